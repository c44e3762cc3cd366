// A task written as a table row, as kế hoạch appendices do:
//   | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
//   | 1   | Rà soát … | Sở Nội vụ      | Sở Tài chính     | Quý II/2026 |
// The first cell numbers the task. When the table's header names its columns (`Đơn vị chủ trì`,
// `Đơn vị phối hợp`), their cells are the assignee (who leads) and the support, as written;
// otherwise the first cell naming a unit is the assignee, the next one the support.
import { canonTones } from '../text/fold.js';
import { isAllCaps } from '../text/labels.js';
import { type Marker, parseMarker } from '../text/markers.js';
import { alternation } from '../text/patterns.js';
import {
  TABLE_DATA_HEADERS,
  TABLE_DUE_HEADERS,
  TABLE_LEAD_HEADERS,
  TABLE_NUMBER_HEADERS,
  TABLE_SUPPORT_HEADERS,
  TABLE_TIME_HEADERS,
} from '../text/vocabulary.js';
import { findAssignee } from './assignee.js';

/** Which cells of the rows below a header hold the lead and the support (-1: none). */
export interface TableHeader {
  width: number;
  lead: number;
  support: number;
  /** The time column (`Thời gian`, `Thời hạn`, `Tiến độ`, `Hạn gửi`). */
  time: number;
  /** Whether the time column holds due dates (`Thời gian hoàn thành`, `Thời hạn`; TABLE_DUE_HEADERS). */
  due: boolean;
  /** A column of the span reported on (`Thời gian chốt số liệu`). */
  data: number;
  /** Whether the first column numbers the rows (`STT`). */
  numbered: boolean;
}

const header = (words: readonly string[]) => new RegExp(`(?<![\\p{L}])${alternation(words)}(?![\\p{L}])`, 'iu');
const LEAD_HEADER = header(TABLE_LEAD_HEADERS);
const SUPPORT_HEADER = header(TABLE_SUPPORT_HEADERS);
const TIME_HEADER = header(TABLE_TIME_HEADERS);
const DATA_HEADER = header(TABLE_DATA_HEADERS);
const DUE_HEADER = header(TABLE_DUE_HEADERS);
const NUMBER_HEADER = new RegExp(`^\\s*${alternation(TABLE_NUMBER_HEADERS)}\\s*\\.?\\s*$`, 'iu');

export interface RowTask {
  marker: Marker;
  /** The content cells joined, as the task text. */
  text: string;
  assignee: string | null;
  support: string | null;
}

const ORDINALS: ReadonlyArray<[RegExp, Marker['type'], number]> = [
  [/^(?<n>\d{1,3})\s*[.)]?$/u, 'arabic', 20],
  [/^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?$/u, 'decimal', 30],
  [/^(?<n>(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)]?$/u, 'roman', 10],
  [/^(?<n>[a-eđg-ik-vxy])\s*[.)]?$/u, 'letter', 50],
  // "| A | NHIỆM VỤ CHUNG |": a group of an appendix above its Roman or numbered rows
  [/^(?<n>[ABCDĐEGH])\s*[.)]?$/u, 'upper', 5],
];

function ordinal(cell: string): Marker | null {
  const t = cell.trim();
  for (const [re, type, rank] of ORDINALS) {
    const n = re.exec(t)?.groups?.n;
    if (!n) continue;
    const depth = type === 'decimal' ? n.split('.').length - 2 : 0;
    return { type, key: n, raw: t, length: 0, rank: rank + depth };
  }
  return null;
}

/**
 * Index in `cells` of a task row's content cell: the one after its number, or the first cell of
 * a row without one under a task table's header (see `unnumbered`); -1 when not a task row.
 */
export function contentCell(cells: readonly string[], header: TableHeader | null = null): number {
  const filled = cells.flatMap((c, i) => (c.trim() === '' ? [] : [i]));
  const [first, content] = filled;
  if (first !== undefined && content !== undefined && ordinal(cells[first] as string)) return content;
  return first !== undefined && unnumbered(cells, header) ? first : -1;
}

/** The marker of a task row written without a number: the row's own `|`. */
const ROW_MARKER: Marker = { type: 'row', key: '|', raw: '|', length: 0, rank: 55 };

/**
 * A row of a task table that has no STT column (`| Nội dung | Cơ quan chủ trì | Thời gian |`): a
 * task of its own when the header names who leads it or when, and the row is not a header itself.
 * Under an `STT` column, or with its first cell empty, a row continues the one above.
 */
function unnumbered(cells: readonly string[], header: TableHeader | null): boolean {
  if (!header || header.numbered || (header.lead < 0 && header.time < 0) || !fitsHeader(header, cells)) return false;
  const first = cells[0]?.trim() ?? '';
  return first !== '' && ordinal(first) === null && tableHeader(cells) === null;
}

/** The header row of a task table, when it names a lead or a support column. */
export function tableHeader(cells: readonly string[]): TableHeader | null {
  const first = cells.find((c) => c.trim() !== '');
  if (first === undefined || ordinal(first) !== null) return null; // a task row
  const canon = cells.map((c) => canonTones(c));
  const lead = canon.findIndex((c) => LEAD_HEADER.test(c) && !SUPPORT_HEADER.test(c) && !TIME_HEADER.test(c));
  const support = canon.findIndex((c) => SUPPORT_HEADER.test(c) && !TIME_HEADER.test(c));
  const data = canon.findIndex((c) => DATA_HEADER.test(c));
  const time = canon.findIndex((c, i) => TIME_HEADER.test(c) && i !== data);
  const numbered = NUMBER_HEADER.test(first);
  const due = time >= 0 && DUE_HEADER.test(canon[time] ?? '');
  return lead >= 0 || support >= 0 || time >= 0
    ? { width: cells.length, lead, support, time, due, data, numbered }
    : null;
}

/**
 * The header in force at each block: the last header row of the table being read; a paragraph
 * outside a table ends it. (The task tree and the deadlines read the same tables.)
 */
/**
 * Whether a row's cells line up with the header's columns: as many, or one fewer when the last
 * column (`Ghi chú`, left empty) is none that the rules read. A row with merged cells has fewer.
 */
export function fitsHeader(header: TableHeader, cells: readonly unknown[]): boolean {
  if (cells.length === header.width) return true;
  const last = header.width - 1;
  return cells.length === last && ![header.lead, header.support, header.time, header.data].includes(last);
}

export function tableHeaders(blocks: ReadonlyArray<{ cells?: readonly string[] }>): Array<TableHeader | null> {
  let header: TableHeader | null = null;
  return blocks.map((block) => {
    header = block.cells ? (tableHeader(block.cells) ?? header) : null;
    return header;
  });
}

// "Sở Tư pháp (chủ trì)": the role the column already names.
const ROLE_NOTE = new RegExp(
  `\\s*\\(\\s*(?:${alternation([...TABLE_LEAD_HEADERS, ...TABLE_SUPPORT_HEADERS])})\\s*\\)\\s*$`,
  'iu',
);

const cellAt = (cells: readonly string[], i: number) => {
  const t =
    i >= 0
      ? (cells[i] ?? '')
          .trim()
          .replace(/[\s;,.]+$/u, '')
          .replace(ROLE_NOTE, '')
      : '';
  return t === '' ? null : t;
};

const FIGURE = /^[-+]?[\d.,%\s]+$/u;
const FIGURES_IN_DATA_ROW = 2;
const MONEY = /^\d{1,3}(?:[.,]\d{3}){2,}(?:\s*(?:đồng|đ|triệu|tỷ))?$/u;

function groupHeading(cell: string): RowTask | null {
  const marker = parseMarker(cell);
  const text = marker ? cell.slice(marker.length).trim() : '';
  if (!marker || !['upper', 'roman', 'arabic'].includes(marker.type) || !isAllCaps(text)) return null;
  return { marker: { ...marker, length: 0 }, text, assignee: null, support: null };
}

export function rowTask(cells: readonly string[], header: TableHeader | null = null): RowTask | null {
  const numbered = cells.map((c) => c.trim()).filter(Boolean);
  const numberless = numbered[0] !== undefined && !ordinal(numbered[0]) && unnumbered(cells, header);
  const filled = numberless ? ['|', ...numbered] : numbered;
  const [first, content, ...rest] = filled;
  const marker = numberless ? ROW_MARKER : first ? ordinal(first) : null;
  // "| I. CÔNG TÁC TUYÊN TRUYỀN, VẬN ĐỘNG |" (one merged cell): a group's heading, its number inside.
  if (numbered.length === 1 && first && !marker) return groupHeading(first);
  if (!marker || !content) return null;
  // "| 1 | Văn phòng Sở | 0 | 12.450 | Ghi chú |": a row of figures (a budget, statistics) is data.
  if (rest.filter((c) => FIGURE.test(c)).length >= FIGURES_IN_DATA_ROW) return null;
  // "| 1. | Hỗ trợ lực lượng tuần tra | 650.000.000 |": a sum of money is a budget line, not a task.
  if (rest.some((c) => MONEY.test(c.trim()))) return null;
  const text = [content, ...rest].join(' | ');
  // The header's columns, when this row has the same cells (no merged ones).
  if (header && fitsHeader(header, cells)) {
    // The columns that say who and when are the task's roles and deadline: its text is the rest.
    const roles = new Set([header.lead, header.support, header.time, header.data]);
    const own = cells.flatMap((c, i) => (c.trim() === '' || roles.has(i) ? [] : [c.trim()]));
    const described = (numberless ? own : own.slice(1)).join(' | ');
    return {
      marker,
      text: described || text,
      assignee: cellAt(cells, header.lead),
      support: cellAt(cells, header.support),
    };
  }
  const units = rest.map((c) => findAssignee(c)).filter((a) => a !== null && a.start === 0);
  return {
    marker,
    text,
    assignee: units[0]?.unit ?? null,
    support: units[1]?.unit ?? null,
  };
}
