// Find deadlines paragraph by paragraph and attach each to the innermost task containing it.

import { isPlanHeading } from '../rules/deadlines/heading.js';
import { rollYearless } from '../rules/deadlines/merge.js';
import { type DateProblem, type DeadlineFinding, findDeadlines } from '../rules/deadlines.js';
import { findReferences } from '../rules/references.js';
import { contentCell, fitsHeader, type TableHeader, tableHeaders } from '../rules/table-row.js';
import { type Block, isBold, locate } from '../text/blocks.js';
import { isoDate, parseNumericDate, periodStart } from '../text/dates.js';
import { FINDINGS_HEADING_WORDS, FORWARD_IN_HEADING } from '../text/deadline-vocabulary.js';
import { canonTones } from '../text/fold.js';
import { isAllCaps } from '../text/labels.js';
import { parseMarker } from '../text/markers.js';
import { alternation } from '../text/patterns.js';
import type { Deadline, Source, Task, Warning } from '../types.js';

const DATED_KINDS = new Set(['by', 'on']);

const FINDINGS_OPENING = new RegExp(`^${alternation(FINDINGS_HEADING_WORDS)}(?![\\p{L}])`, 'iu');
const LOOKS_FORWARD = new RegExp(`(?<![\\p{L}])${alternation(FORWARD_IN_HEADING)}(?![\\p{L}])`, 'iu');
const FINDINGS_TITLE_MAX = 80;

/** A findings section's heading: "I- ĐÁNH GIÁ CHUNG", "1. Ưu điểm" (a title, not a sentence). */
function isFindingsHeading(text: string): boolean {
  const t = canonTones(text.trim());
  return t.length <= FINDINGS_TITLE_MAX && !/[.;]$/u.test(t) && FINDINGS_OPENING.test(t) && !LOOKS_FORWARD.test(t);
}

/** Tasks under a findings heading, the heading's own task included. */
function findingsTasks(owner: ReadonlyArray<Task | null>): Set<Task> {
  const out = new Set<Task>();
  const add = (t: Task) => {
    out.add(t);
    for (const c of t.children) add(c);
  };
  for (const t of owner) if (t && !out.has(t) && isFindingsHeading(t.text)) add(t);
  return out;
}

export interface DeadlineInput {
  blocks: readonly Block[];
  owner: ReadonlyArray<Task | null>;
  firstTask: number;
  hasTasks: boolean;
  docDate: string | null;
  /** The document takes effect on signing (see DeadlineContext). */
  effectiveOnSigning?: boolean;
}

function toDeadline(f: DeadlineFinding, block: Block, task: Task | null): Deadline {
  const at = locate(block, f.start);
  const d: Deadline = {
    date: f.date,
    kind: f.kind,
    task: task ? [...task.path] : null,
    text: f.text,
    line: at.line,
    bold: isBold(block, f.start, f.end),
  };
  if (f.time) d.time = f.time;
  if (f.rrule) d.rrule = f.rrule;
  if (f.inferred) d.inferred = true;
  return d;
}

export interface CollectedDeadlines {
  deadlines: Deadline[];
  /** One per deadline, same order: where it was read and by which pattern. */
  sources: Source[];
  warnings: Warning[];
}

/**
 * "hằng tháng (trước ngày 20 hằng tháng)" states one rule twice: drop a recurring finding whose
 * rule the next one refines (FREQ=MONTHLY vs FREQ=MONTHLY;BYMONTHDAY=20) when they are close.
 */
function dropRestatedRecurrences(found: readonly DeadlineFinding[]): DeadlineFinding[] {
  const NEAR = 40;
  return found.filter((f, i) => {
    const rule = f.rrule;
    if (f.kind !== 'recurring' || !rule) return true;
    return !found.some(
      (g, j) =>
        j !== i &&
        g.kind === 'recurring' &&
        g.rrule !== undefined &&
        g.rrule !== rule &&
        g.rrule.startsWith(`${rule};`) &&
        // (a quarter is FREQ=MONTHLY;INTERVAL=3: another rule, not the monthly one refined)
        !g.rrule.startsWith('INTERVAL=', rule.length + 1) &&
        Math.abs(g.start - f.end) <= NEAR,
    );
  });
}

/**
 * A table row's cells are read one by one, each like a heading: a "Thời gian" column holds
 * "Quý II/2026" or "Thường xuyên" with no cue word before it. A task's own text ("Ban hành Kế
 * hoạch tuyên truyền năm 2026") is read as a sentence: a period there needs its cue; so are the
 * other cells when the header names the time column.
 */
function cellDeadlines(
  block: Block,
  docDate: string | null,
  header: TableHeader | null,
): ReturnType<typeof findDeadlines> {
  const found: DeadlineFinding[] = [];
  const problems: ReturnType<typeof findDeadlines>['problems'] = [];
  const cells = block.cells ?? [];
  const content = contentCell(cells, header);
  const fits = header !== null && fitsHeader(header, cells);
  const timeCell = fits ? header.time : -1;
  const dataCell = fits ? header.data : -1;
  const due = fits && header.due;
  for (const cell of cellTexts(block)) {
    // The span a report covers is no deadline; beside a named time column, the other cells are
    // labels and text (`Quý I` naming the report), read as sentences.
    if (cell.index !== undefined && cell.index === dataCell) continue;
    const heading = cell.index !== content && (timeCell < 0 || cell.index === timeCell);
    const r = findDeadlines(cell.text, { docDate, heading });
    // Under a "Thời gian" header a date alone is the task's date: `Ngày 15/4/2026`, `15/4/2026`;
    // under "Thời gian hoàn thành", "Thời hạn" its due date.
    const date = cell.index === timeCell && r.found.length === 0 ? dateAlone(cell.text, docDate, due) : null;
    // (A yearless date before the document is kept with its problem, as in a sentence.)
    if (date && (date.inferred || docDate === null || date.date >= docDate.slice(0, 7))) {
      if (date.problem) problems.push({ ...date.problem, start: cell.toBlock(date.start) });
      found.push({
        kind: due ? 'by' : 'on',
        date: date.date,
        ...(date.inferred ? { inferred: true } : {}),
        text: date.text,
        start: cell.toBlock(date.start),
        end: cell.toBlock(date.end),
        rule: 'cell-date',
      });
    }
    for (const f of r.found) found.push({ ...f, start: cell.toBlock(f.start), end: cell.toBlock(f.end) });
    for (const p of r.problems) problems.push({ ...p, start: cell.toBlock(p.start) });
  }
  return { found, problems };
}

interface CellText {
  index: number | undefined;
  text: string;
  /** Block offset of an offset in `text`. */
  toBlock(offset: number): number;
}

/**
 * A row's cells as read: a cell that wraps over several lines of a grid or antiword table is one
 * text (`Trước` ⏎ `30/9/2027`), with offsets that lead back to each line's place in the block.
 */
function cellTexts(block: Block): CellText[] {
  const groups = new Map<number | undefined, Block['segments']>();
  const order: Array<number | undefined> = [];
  for (const seg of block.segments) {
    const key = seg.line.cell;
    const group = key === undefined ? undefined : groups.get(key);
    if (group) group.push(seg);
    else {
      groups.set(key, [seg]);
      order.push(key);
    }
  }
  const out: CellText[] = [];
  for (const key of order) {
    const segs = groups.get(key) ?? [];
    if (key === undefined) {
      // Lines outside any cell are read one by one.
      for (const seg of block.segments.filter((s) => s.line.cell === undefined)) {
        out.push({ index: undefined, text: seg.line.text, toBlock: (o) => seg.at + o });
      }
      continue;
    }
    const starts: number[] = [];
    let text = '';
    for (const seg of segs) {
      if (text !== '') text += ' ';
      starts.push(text.length);
      text += seg.line.text;
    }
    out.push({
      index: key,
      text,
      toBlock: (o) => {
        let k = starts.length - 1;
        while (k > 0 && (starts[k] as number) > o) k--;
        const seg = segs[k] as Block['segments'][number];
        return seg.at + Math.min(o - (starts[k] as number), seg.line.text.length);
      },
    });
  }
  return out;
}

const DATE_ALONE =
  /^(?<lead>\s*(?:ngày\s{0,3})?)(?<date>(?<d>\d{1,2})\s{0,2}(?<sep>[/.-])\s{0,2}(?<m>\d{1,2})(?:\s{0,2}\k<sep>\s{0,2}(?<y>\d{4}))?)\s*\.?\s*$/iu;

interface CellDate {
  date: string;
  text: string;
  start: number;
  end: number;
  inferred: boolean;
  problem?: DateProblem;
}

/**
 * A cell that holds only a date (`Ngày 15/4/2026`, `15/4/2026`; under a due column `15/10` too, in
 * the document's year, or the next as yearless due dates are read): the date and the span of the words.
 */
function dateAlone(text: string, docDate: string | null, due: boolean): CellDate | null {
  const m = DATE_ALONE.exec(text);
  const g = m?.groups ?? {};
  if (!m || !g.date) return null;
  const start = text.length - text.trimStart().length;
  const end = (g.lead ?? '').length + g.date.length;
  const span = { text: text.slice(start, end), start, end };
  if (g.y !== undefined) {
    const iso = parseNumericDate(g.date);
    return iso ? { date: iso, ...span, inferred: false } : null;
  }
  const iso = due && docDate ? isoDate(Number(docDate.slice(0, 4)), Number(g.m), Number(g.d)) : null;
  const docStart = docDate ? periodStart(docDate) : null;
  if (!iso || !docStart) return null;
  const rolled = iso < docStart ? rollYearless(iso, docDate, docStart, start) : { date: iso };
  return { ...span, ...rolled, inferred: true };
}

export function collectDeadlines(input: DeadlineInput): CollectedDeadlines {
  const deadlines: Deadline[] = [];
  const sources: Source[] = [];
  const warnings: Warning[] = [];
  const headers = tableHeaders(input.blocks);
  const findings = findingsTasks(input.owner);
  input.blocks.forEach((block, i) => {
    const task = input.owner[i] ?? null;
    // "I- ĐÁNH GIÁ CHUNG" ⏎ "… đã ban hành chương trình kiểm tra, giám sát hằng năm": a finding.
    if (task && findings.has(task)) return;
    const heading = isAllCaps(block.text) || (!block.cells && isPlanHeading(block.text));
    const { found, problems } = block.cells
      ? cellDeadlines(block, input.docDate, headers[i] ?? null)
      : findDeadlines(block.text, {
          docDate: input.docDate,
          heading,
          effectiveOnSigning: input.effectiveOnSigning ?? false,
        });
    for (const p of problems) {
      warnings.push({ code: p.code, message: p.message, line: locate(block, p.start).line });
    }
    // Document-level narrative (the preamble, sentences describing cited documents) mentions
    // periods that are not deadlines: keep only explicit dates there.
    const narrative =
      task === null && !heading && (input.hasTasks ? i < input.firstTask : findReferences(block.text).length > 0);
    // ("Chương II" ⏎ "NHIỆM VỤ QUÝ II NĂM 2026": the title line under a bare marker is the task's own.)
    const caption = heading && !block.cells && parseMarker(block.text) === null && task?.text !== block.text.trim();
    for (const f of dropRestatedRecurrences(found)) {
      if (narrative && !DATED_KINDS.has(f.kind)) continue;
      // A caps caption that is no task's own line ("DANH MỤC NHIỆM VỤ … NĂM 2027" over an appendix table)
      // names what it lists; its period is no deadline.
      if (caption && f.rule.startsWith('heading-')) continue;
      deadlines.push(toDeadline(f, block, task));
      const at = locate(block, f.start);
      sources.push({ line: at.line, column: at.column, text: f.text, rule: `deadline.${f.rule}` });
    }
  });
  return { deadlines, sources, warnings };
}
