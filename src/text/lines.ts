// Lines as the rules see them: markdown emphasis removed (bold remembered), table rows split
// into cells, each unit keeping its input line and column.
import { canonTones } from './fold.js';
import { normalizeText } from './normalize.js';

export interface Line {
  /** 1-based input line. */
  no: number;
  /** 1-based column in the normalised input line where `text` starts. */
  col: number;
  /** Clean text: emphasis markers and escapes removed, trimmed. */
  text: string;
  /** `canonTones(text)`: same length, canonical tone placement, for matching. */
  canon: string;
  /** [start, end) ranges of `text` that were bold (`**…**`) in the source. */
  bold: Array<[number, number]>;
  /** The whole (non-empty) text was bold. */
  allBold: boolean;
  /** Index of this unit in the document's unit list. */
  index: number;
  /** Cut out of a header line that held several items (a flattened PDF header). */
  flattened?: boolean;
  /** A cell of a table row ("| 1 | Rà soát … | Sở Nội vụ |"): its position in the row. */
  cell?: number;
}

// Markdown images and footnote refs carry no text: "![](media/image1.png)", "[^1]", "^1^".
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/gu;
const FOOTREF = /\[\^(\d{1,2})\]|\^(\d{1,2})\^/gu;
const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '0': '⁰',
};
// A table separator row: "|---|:---:|".
// Table borders: markdown "|---|:---:|", grid tables "+-----+=====+".
const TABLE_RULE = /^[|+]?\s*:?[-=]{2,}:?\s*(?:[|+]\s*:?[-=]{2,}:?\s*)*[|+]?$/u;
// A line break inside a table cell: "**ỦY BAN NHÂN DÂN**<br>**TỈNH X**".
const CELL_BREAK = /<br\s*\/?>/giu;

// Markdown block syntax from converted .docx files: "## I. NHIỆM VỤ", "> trích dẫn", and list items
// "* nội dung" (a "*" followed by a space is a bullet, never emphasis). Widths are kept so columns hold.
const HEADING = /^(\s*)(#{1,6})(\s+)/u;
const QUOTE = /^(\s*)(>+)(\s?)/u;
const STAR_BULLET = /^(\s*)\*(\s+)(?=\S)/u;

// The first visible character of a line that can open block syntax.
const BLOCK_START = /^\s*[#>*]/u;

function blockSyntax(line: string): string {
  if (!BLOCK_START.test(line)) return line;
  return line
    .replace(HEADING, (_m, a: string, h: string, b: string) => `${a}${' '.repeat(h.length)}${b}`)
    .replace(QUOTE, (_m, a: string, q: string, b: string) => `${a}${' '.repeat(q.length)}${b}`)
    .replace(STAR_BULLET, (_m, a: string, b: string) => `${a}-${b}`);
}

const HARD_BREAK = /(?<!\\)\\[ \t]*$/u;

interface Stripped {
  text: string;
  bold: Array<[number, number]>;
  lead: number;
  open: boolean;
}

/**
 * Remove emphasis markers and markdown escapes from one cell, tracking bold spans. `open` says
 * whether a `**` span is still open from the previous line (bold may span lines).
 */
function stripMarkdown(cell: string, boldOpen: boolean): Stripped {
  let src = blockSyntax(cell);
  // A markdown hard line break: a backslash that ends the line ("ĐẢNG ỦY XÃ GIA VIỄN\\").
  if (src.includes('\\')) src = src.replace(HARD_BREAK, '');
  if (src.includes('[') || src.includes('^')) {
    src = src.replace(IMAGE, '').replace(FOOTREF, (_m, a: string | undefined, b: string | undefined) => {
      const digit = a ?? b ?? '';
      return [...digit].map((d) => SUPERSCRIPT_DIGITS[d] ?? d).join('');
    });
  }
  // Plain text (no emphasis, no escapes) is its own clean copy.
  if (!src.includes('*') && !src.includes('\\')) {
    const text = src.trim();
    return {
      text,
      bold: boldOpen && text !== '' ? [[0, text.length]] : [],
      lead: Math.max(0, src.search(/[^ ]/u)),
      open: boldOpen,
    };
  }
  // The Party star under the issuer name is a header cue, not emphasis.
  if (/^\s*\\?\*\s*$/u.test(src)) return { text: '*', bold: [], lead: src.indexOf('*'), open: boldOpen };
  let out = '';
  let open = boldOpen;
  let start = 0;
  const bold: Array<[number, number]> = [];
  let i = 0;
  let lead = -1;
  while (i < src.length) {
    const ch = src[i] as string;
    if (ch === '\\' && i + 1 < src.length && /[*\-.\\_#>+()[\]!|`]/u.test(src[i + 1] as string)) {
      if (lead < 0) lead = i;
      out += src[i + 1];
      i += 2;
      continue;
    }
    if (ch === '*') {
      let run = 0;
      while (src[i + run] === '*') run++;
      // Runs of 2+ toggle bold (***x*** is bold italic); a single * is italic only.
      if (run >= 2) {
        if (open) bold.push([start, out.length]);
        else start = out.length;
        open = !open;
      }
      i += run;
      continue;
    }
    if (lead < 0 && ch !== ' ') lead = i;
    out += ch;
    i++;
  }
  if (open) bold.push([start, out.length]);
  // Trim, shifting bold ranges.
  const left = out.length - out.trimStart().length;
  const text = out.trim();
  const ranges = bold
    .map(([a, b]) => [Math.max(0, a - left), Math.min(text.length, b - left)] as [number, number])
    .filter(([a, b]) => b > a);
  return { text, bold: ranges, lead: Math.max(0, lead), open };
}

// Two columns side by side in a text copy: "ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI …",
// "- Như trên;              KT. CHỦ TỊCH". A wide gap splits them, except the blanks a draft
// leaves in its number and date ("Số:        /UBND", "ngày      tháng 4 năm 2026").
const COLUMN_GAP = / {4,}/gu;
// `S[ốoô](?:\s*:)?`, not `S[ốoô]\s*:?` before `\s*$`: same matches, no quadratic split of a space run.
const DRAFT_BLANK_BEFORE = /(?:S[ốoô](?:\s*:)?|ngày|tháng|năm|\()\s*$/iu;
const DRAFT_BLANK_AFTER = /^\s*(?:tháng|năm|[-–/.…_)])/iu;
// "Hà Nội,      ngày 5 …": a comma before the gap continues into a date; "- Các đồng chí …,      (Đã ký)"
// in a distribution list does not (the right column is the signature block).
const DATE_AFTER_COMMA = /^\s*(?:ngày|tháng|năm|[0-9])/iu;

const MARKER_ONLY = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)/-]?|[a-zđ][.)]|[IVXLC]{1,6}[.)-]?|[-–+•]|\(\d{1,2}\))\s*$/u;

function columns(line: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const m of line.matchAll(COLUMN_GAP)) {
    const left = line.slice(from, m.index);
    const right = line.slice(m.index + m[0].length);
    if (left.trim() === '' || DRAFT_BLANK_BEFORE.test(left) || DRAFT_BLANK_AFTER.test(right)) continue;
    // "1.<tab>Thời gian …": a list marker and its text, not two columns.
    if (MARKER_ONLY.test(left)) continue;
    if (left.trimEnd().endsWith(',') && DATE_AFTER_COMMA.test(right)) continue;
    out.push({ text: left, at: from });
    from = m.index + m[0].length;
  }
  out.push({ text: line.slice(from), at: from });
  return out;
}

/** Split a table row "| a | b |" into cells, or a line into side-by-side columns (0-based starts). */
function cells(line: string): Array<{ text: string; at: number; cell?: number }> {
  const trimmed = line.trim();
  // An old .doc dump may leave out the outer pipes: "SỞ Y TẾ THANH HÓA|CỘNG HÒA XÃ HỘI …".
  if (trimmed.length < 2 || !trimmed.includes('|')) return columns(line);
  const open = trimmed.startsWith('|');
  const close = trimmed.endsWith('|');
  const inner = trimmed.slice(open ? 1 : 0, close ? -1 : undefined);
  const out: Array<{ text: string; at: number; cell: number }> = [];
  let index = 0;
  let at = line.length - line.trimStart().length + (open ? 1 : 0);
  for (const part of inner.split('|')) {
    let from = 0;
    for (const br of part.matchAll(CELL_BREAK)) {
      out.push({ text: part.slice(from, br.index), at: at + from, cell: index });
      from = br.index + br[0].length;
    }
    out.push({ text: part.slice(from), at: at + from, cell: index });
    at += part.length + 1;
    index++;
  }
  return out;
}

/** Input text → units. Blank lines are kept as units with empty text (they separate paragraphs). */
export function toLines(raw: string): Line[] {
  const { lines } = normalizeText(raw);
  const units: Line[] = [];
  let boldOpen = false;
  lines.forEach((line, i) => {
    const no = i + 1;
    const t = line.trim();
    if (TABLE_RULE.test(t) && /[|+]/u.test(t) && /[-=]{3}/u.test(t)) {
      units.push({ no, col: 1, text: '', canon: '', bold: [], allBold: false, index: units.length });
      return;
    }
    for (const cell of cells(line)) {
      const s = stripMarkdown(cell.text, boldOpen);
      boldOpen = s.text === '' && !cell.text.includes('*') ? false : s.open;
      const allBold = s.text.length > 0 && s.bold.some(([a, b]) => a === 0 && b >= s.text.length);
      units.push({
        no,
        col: cell.at + s.lead + 1,
        text: s.text,
        canon: canonTones(s.text),
        bold: s.bold,
        allBold,
        index: units.length,
        ...(cell.cell === undefined ? {} : { cell: cell.cell }),
      });
    }
  });
  return units;
}
