// Logical paragraphs of the body: wrapped lines joined (PDF copies break lines mid-sentence and
// even across page breaks), footnote paragraphs taken out of the flow.
import { brokenAtHyphen } from './hyphen-break.js';
import { continuesInlineList, splitInlineItems } from './inline-list.js';
import { isAllCaps } from './labels.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { alternation } from './patterns.js';
import {
  CITING_WORDS,
  DANGLING_WORDS,
  NAME_HEADS_BEFORE_TITLE,
  SENTENCE_VERBS,
  TABLE_NUMBER_HEADERS,
} from './vocabulary.js';

export interface Segment {
  /** Offset in the block text where this line's text starts. */
  at: number;
  line: Line;
}

export interface Block {
  text: string;
  segments: Segment[];
  /** [start, end) bold ranges in block coordinates. */
  bold: Array<[number, number]>;
  /** A table row: its cells' texts in order (the block text joins them with " | "). */
  cells?: string[];
  /** An item cut out of an inline list ("…: (1) …; (2) …"), not a paragraph of its own line. */
  inline?: boolean;
}

/** Cells of one table row are one block: "1 | Rà soát hồ sơ | Sở Nội vụ | Quý II/2026". */
function addCell(block: Block, line: Line): void {
  const glue = block.text === '' ? '' : ' | ';
  const at = block.text.length + glue.length;
  block.text += glue + line.text;
  block.segments.push({ at, line });
  for (const [a, b] of line.bold) block.bold.push([at + a, at + b]);
  const cells = block.cells ?? [];
  const index = line.cell ?? cells.length;
  while (cells.length < index) cells.push('');
  cells[index] = cells[index] ? `${cells[index]} ${line.text}` : line.text;
  block.cells = cells;
}

export interface FootnoteBlock {
  mark: string;
  block: Block;
}

// "¹ Nghị quyết …", "[^1]: …", "1/ …" is not a footnote (too ambiguous).
const FOOTNOTE_START = /^(?<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^\d{1,2}\]:?)\s*(?=\p{L})/u;
const CLAUSE_END = /[;:]$/u;
const TERMINAL = /[.;:!?]["')\]]*$|\.\/\.$/u;

export function footnoteMark(text: string): string | null {
  const m = FOOTNOTE_START.exec(text);
  if (!m?.groups?.mark) return null;
  return m.groups.mark.replace(/[[\]^:]/gu, '');
}

const DOCUMENT_CODE = /^\S*\d\S*\/\S+$/u;

// The STT cell of a numbered table row: `1`, `2.`, `1.2`, `II`, `a)`.
const NUMBER_CELL = /^\s*(?:\d{1,3}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[a-zđ])\s*[.)]?\s*$/u;
// "| STT | … | Cơ quan phối |" ⏎ "|     | … | hợp          |": a grid table's header wraps the same way.
const NUMBER_HEADER_CELL = new RegExp(`^\\s*${alternation(TABLE_NUMBER_HEADERS)}\\s*$`, 'iu');

/** A caps heading has words, not just a Roman numeral carried over ("II/2026."). */
function isCapsHeading(text: string): boolean {
  // A document code wrapped onto its own line ("01-HD/BTCTW.", "42-CT/TW;") is no heading.
  if (DOCUMENT_CODE.test(text)) return false;
  return isAllCaps(text) && text.length < 160 && text.replace(/[^\p{L}]/gu, '').length >= 4;
}

function startsStructure(line: Line): boolean {
  return parseMarker(line.text) !== null || isCapsHeading(line.text);
}

/** The row that starts at `lines[k]` has one filled cell, a numbered caps heading ("II. XÂY DỰNG …"). */
function groupHeadingRow(lines: readonly Line[], k: number): boolean {
  const no = lines[k]?.no;
  const filled: Line[] = [];
  for (let j = k; j < lines.length && lines[j]?.no === no; j++) {
    const l = lines[j] as Line;
    if (l.text !== '') filled.push(l);
  }
  const only = filled.length === 1 ? (filled[0] as Line) : null;
  if (!only) return false;
  const marker = parseMarker(only.text);
  return marker !== null && isCapsHeading(only.text.slice(marker.length));
}

/** Typical wrapped-line width: lines of a PDF copy break near it, headings fall short of it. */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines
    .map((l) => l.text.length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length === 0) return 0;
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}

// A wrapped line may start with a dash that is not a bullet: "… nhiệm kỳ 2025" ⏎ "- 2030) …",
// "… phòng, chống" ⏎ "- tham nhũng" (a number after a dash continues only a number: "- 100% …"
// under a heading is a bullet).
const DASH_CONTINUATION = /^[-–—]\s*\p{Ll}/u;
const DASH_NUMBER = /^[-–—]\s*\d/u;
const DASH_NAME = /^[-–—]\s+\p{Lu}/u;
const ENDS_NUMBER = /\d$/u;

function openParenthesis(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

const SENTENCE_VERB = new RegExp(`^${alternation(SENTENCE_VERBS)}(?![\\p{L}])`, 'u');
const NAME_HEAD_END = new RegExp(`(?<![\\p{L}])${alternation(NAME_HEADS_BEFORE_TITLE)}\\s*$`, 'u');
const DANGLING_END = new RegExp(`(?<![\\p{L}])${alternation(DANGLING_WORDS)}\\s*$`, 'iu');

// "… hoàn thành trong quý" ⏎ "III/2027.": the quarter's numeral carried over.
const QUARTER_NUMERAL = /^(?:I{1,3}|IV)(?:\s*[/-]\s*\d|\s+(?:năm|và|,)|\s*[.;,]?$)/u;

// "… theo quy trình tại" ⏎ "Điều 4 …": a citation broken before the article it cites.
const CITING_END = new RegExp(`(?<![\\p{L}])${alternation(CITING_WORDS)}\\s*$`, 'iu');
const CITED_PART = /^(?:Điều|khoản|điểm|Khoản|Điểm)\s+\d/u;

// "… Kế hoạch số 215/KH-" ⏎ "UBND ngày …": a document number broken inside its symbol.
const BROKEN_NUMBER_END = /(?<![\p{L}\d])\d{1,5}(?:[/-][\p{Lu}\d]{1,12})*[/-]$/u;
const SYMBOL_PART = /^[\p{Lu}\d]{1,12}(?:[-/.][\p{Lu}\d]{1,12})*(?![\p{Ll}])/u;

function joins(prev: Line, next: Line, blankBetween: boolean, width: number): boolean {
  const p = prev.text;
  if (!blankBetween && brokenAtHyphen(prev.canon, next.canon)) return true;
  if (!blankBetween && BROKEN_NUMBER_END.test(p) && SYMBOL_PART.test(next.text)) return true;
  if (!blankBetween && CITING_END.test(prev.canon) && CITED_PART.test(next.text)) return true;
  const dashJoins = DASH_CONTINUATION.test(next.text) || (DASH_NUMBER.test(next.text) && ENDS_NUMBER.test(p));
  if (!blankBetween && dashJoins && !TERMINAL.test(p) && !isAllCaps(p)) return true;
  // "… các dự án của phường Xuân Hương" ⏎ "- Đà Lạt; hoàn thành …": a full line broken mid-sentence
  // before a name's dash (a bullet follows a line its punctuation closes, or a short one).
  if (!blankBetween && DASH_NAME.test(next.text) && !TERMINAL.test(p) && !CLAUSE_END.test(p) && !/[,:]$/u.test(p)) {
    if (width > 0 && width < 200 && p.length >= width * 0.9 && !isAllCaps(p) && !startsStructure(prev)) return true;
  }
  // "… (qua Phòng Thông tin" ⏎ "- Báo chí, Email: …)": inside an open parenthesis nothing is a bullet.
  if (!blankBetween && openParenthesis(p) && !TERMINAL.test(p)) return true;
  if (startsStructure(next) || footnoteMark(next.text)) return false;
  if (DANGLING_END.test(p) && (/^\d/u.test(next.text) || QUARTER_NUMERAL.test(next.text))) return true;
  // "… thực hiện Kế hoạch;" ⏎ "tổng hợp kết quả …": a clause of the same item, not a paragraph
  // (a new paragraph opens with a capital or a marker).
  if (!blankBetween && CLAUSE_END.test(p) && /^\p{Ll}/u.test(next.text)) return true;
  if (TERMINAL.test(p)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  if (isCapsHeading(p)) return false;
  // "5. Các đồng chí Ủy viên BTV …, Ủy viên BCH Đảng bộ phường" ⏎ "Chỉ đạo …": a capitalised verb
  // opens the item's paragraph (after "Ban" ⏎ "Chỉ đạo tỉnh" it goes on with the name).
  if (SENTENCE_VERB.test(next.text) && !NAME_HEAD_END.test(p)) return false;
  // Without a lower-case start, join only a line that ran to the wrapping width.
  const full = width > 0 && p.length >= width * 0.75 && width < 200;
  return full && (!blankBetween || p.length >= width * 0.85);
}

function appendLine(block: Block, line: Line): void {
  const glue = block.text === '' ? '' : /[-/]$/u.test(block.text) && /^[\p{Lu}\d]/u.test(line.text) ? '' : ' ';
  const at = block.text.length + glue.length;
  block.text += glue + line.text;
  block.segments.push({ at, line });
  for (const [a, b] of line.bold) {
    const last = block.bold[block.bold.length - 1];
    // Bold spanning a line break continues the previous range.
    if (last && last[1] === at - glue.length && a === 0) last[1] = at + b;
    else block.bold.push([at + a, at + b]);
  }
}

export function newBlock(line: Line): Block {
  const block: Block = { text: '', segments: [], bold: [] };
  appendLine(block, line);
  return block;
}

/** Paragraphs of `lines` (a zone), plus the footnote paragraphs found among them. */
export function toBlocks(lines: readonly Line[]): { blocks: Block[]; footnotes: FootnoteBlock[] } {
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  const footnotes: FootnoteBlock[] = [];
  let current: Block | null = null;
  let currentFoot: FootnoteBlock | null = null;
  let prev: Line | null = null;
  let blank = false;
  let row: Block | null = null;
  let rowLine = -1;
  for (const [k, line] of lines.entries()) {
    if (line.cell !== undefined) {
      if (!row || rowLine !== line.no) {
        // "| 1 | Xây dựng kho | … |" ⏎ "|   | dữ liệu | … |": a row without its number wraps the one above
        // — unless it is a group's heading ("|   | II. XÂY DỰNG KHU DÂN CƯ KIỂU MẪU |   |").
        const first = row?.cells?.[0] ?? '';
        const continues =
          row !== null &&
          line.cell === 0 &&
          line.text === '' &&
          (NUMBER_CELL.test(first) || NUMBER_HEADER_CELL.test(first)) &&
          !groupHeadingRow(lines, k);
        if (!continues || !row) {
          row = { text: '', segments: [], bold: [], cells: [] };
          blocks.push(row);
        }
        rowLine = line.no;
      }
      if (line.text !== '') addCell(row, line);
      else {
        // "| 2 | Lập hồ sơ … | Trước ngày 30/4/2027 | Công an các xã | |": an empty cell still counts
        // (the row keeps its width, so its cells line up with the header's).
        const cells = row.cells ?? [];
        while (cells.length <= line.cell) cells.push('');
        row.cells = cells;
      }
      current = null;
      prev = null;
      currentFoot = null;
      continue;
    }
    row = null;
    if (line.text === '') {
      blank = true;
      continue;
    }
    const mark = footnoteMark(line.text);
    if (mark) {
      currentFoot = { mark, block: newBlock(line) };
      footnotes.push(currentFoot);
      blank = false;
      continue;
    }
    // A footnote's own wrapped lines continue it until a blank line.
    if (currentFoot && !blank && !startsStructure(line)) {
      appendLine(currentFoot.block, line);
      continue;
    }
    currentFoot = null;
    if (
      current &&
      prev &&
      (joins(prev, line, blank, width) || (!blank && continuesInlineList(current.text, line.text)))
    )
      appendLine(current, line);
    else {
      current = newBlock(line);
      blocks.push(current);
    }
    prev = line;
    blank = false;
  }
  return { blocks: blocks.filter((b) => b.text !== '').flatMap(splitInlineItems), footnotes };
}

/** Line and column of an offset in a block. */
export function locate(block: Block, offset: number): { line: number; column: number } {
  let seg = block.segments[0];
  for (const s of block.segments) {
    if (s.at <= offset) seg = s;
    else break;
  }
  if (!seg) return { line: 0, column: 0 };
  return { line: seg.line.no, column: seg.line.col + Math.max(0, offset - seg.at) };
}

export function isBold(block: Block, start: number, end: number): boolean {
  return block.bold.some(([a, b]) => a < end && b > start);
}
