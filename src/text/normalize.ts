// Raw text → clean NFC text, line for line (line numbers stay those of the input).
// Order follows the format reference §10: characters first, then page furniture.

import { titleType } from './labels.js';
import { SUPERSCRIPT_DIGITS } from './patterns.js';
import { splitGluedSyllables } from './syllables.js';

const LOOKALIKES: ReadonlyArray<[RegExp, string]> = [
  [/\u00D0/gu, 'Đ'], // Ð (Icelandic eth) looks like Đ
  [/\u00F0/gu, 'đ'],
  [/[\uFF0F\u2044\u2215]/gu, '/'], // full-width and fraction slashes
  [/[\u201C\u201D\u201E\u00AB\u00BB]/gu, '"'],
  [/[\u2018\u2019\u201A]/gu, "'"],
  [/[\u2010\u2011\u2012\u2212]/gu, '-'], // hyphen look-alikes; en/em dashes are kept (prose uses them)
];

const FULL_WIDTH = /[\uFF10-\uFF1A]/gu;

// Spaces that are not U+0020, and invisible characters.
const WIDE_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu;
// Tabs separate the columns of a two-column header or footer: keep them visible as a wide gap.
const TAB = /\t+/gu;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

// A digital-signature timestamp glued anywhere: "27-01-2026 08:23:58 +07:00". Gaps are spaces within
// the line (`H`), since the whole text is cleaned at once.
const H = '[^\\S\\n\\r\\u2028\\u2029]';
const SIGN_TIMESTAMP = new RegExp(
  `\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}${H}+\\d{1,2}:\\d{2}:\\d{2}${H}*[+-]\\d{2}:?\\d{2}`,
  'gu',
);
// Stamp lines added by portal signing tools: "Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …".
const STAMP_LINE =
  /^\s*(?:Người\s+ký|Ký\s+bởi|Email|Cơ\s+quan|Thời\s+gian\s+ký|Ngày\s+ký|Signature\s+Not\s+Verified)\s*:/iu;
// A personal certificate's stamp adds the signer's post ("Chức vụ: Phó Bí thư Đảng ủy"): a stamp
// line only beside the others.
const STAMP_LINE_BESIDE = /^\s*Chức\s+vụ\s*:/iu;
const STAMP_REACH = 3;
// The same stamp glued after an item of the list beside it: "- Các ban Đảng ủy, Ký bởi: Đảng ủy …",
// "- Lưu VP. Thời gian ký: 02.06.2026 …" (only the labels no sentence writes mid-line).
const STAMP_TAIL = /[\s,;]+(?:Người\s+ký|Ký\s+bởi|Thời\s+gian\s+ký|Signature\s+Not\s+Verified)\s*:.*$/iu;
// Page furniture: a lone page number, "- 2 -", "Trang 2/5".
const PAGE_NUMBER = /^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*Trang\s+\d{1,3}(?:\s*\/\s*\d{1,3})?\s*$/iu;

// Words glued after a diacritic letter in PDF copies: "vụĐảng" → "vụ Đảng". Only a lower-case
// letter followed by a capitalised word, so mixed-case codes (CTr, QyĐ, TTr) are left alone.
const GLUED = /(\p{Ll})(\p{Lu}\p{Ll})/gu;
// "QUÝII NĂM 2026", "quýIII/2027": the quarter's numeral glued to its word.
const QUARTER_GLUED = /(?<![\p{L}])(qu[ýí]|QU[ÝÍ]|Qu[ýí])(?=(?:IV|I{1,3})(?![\p{L}]))/gu;
const QUARTER_HINT = /[ýíÝÍ]I/u;
// A PDF copy turns a footnote's superscript mark into a digit glued to the year before it:
// "ngày 22/12/20241 của …", "năm 20262." No year has five digits: the extra ones go back to
// superscripts (one code unit each, so columns stay put).
const FOOTNOTE_YEAR = /(\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?|năm\s)((?:19|20)\d\d)(\d{1,2})(?!\d)/giu;
const FIVE_DIGITS = /\d{5}/u;
// Letter-spaced runs: "K Í N H  G Ử I" → "KÍNH GỬI" (3+ single letters separated by one space).
const LETTER_SPACED = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){2,}(?![\p{L}\p{N}])/gu;
// The last two letters of every such run: a cheap pre-check (a pattern that opens with a
// look-behind is tried at every position of the text).
const LETTER_SPACED_HINT = / \p{L} \p{L}(?![\p{L}\p{N}])/u;

// Letter case of each UTF-16 unit (0 not yet known, then LOWER, UPPER or OTHER), worked out by the
// property escapes on first sight: a document uses few distinct characters.
const LOWER = 1;
const UPPER = 2;
const OTHER = 3;
const CASE = new Uint8Array(0x10000);
const IS_LOWER = /^\p{Ll}$/u;
const IS_UPPER = /^\p{Lu}$/u;
// Without `u`: the class then matches either half of a surrogate pair.
const SURROGATE = /[\uD800-\uDFFF]/;

function caseOf(unit: number): number {
  let kind = CASE[unit] ?? OTHER;
  if (kind === 0) {
    const ch = String.fromCharCode(unit);
    kind = IS_LOWER.test(ch) ? LOWER : IS_UPPER.test(ch) ? UPPER : OTHER;
    CASE[unit] = kind;
  }
  return kind;
}

/**
 * `s.replace(GLUED, '$1 $2')`, by a scan of code units (the pattern tests two large Unicode
 * classes at every position, six times slower). Same matches: left to right, never overlapping.
 * Text with astral characters takes the pattern.
 */
export function splitGlued(s: string): string {
  if (SURROGATE.test(s)) return s.replace(GLUED, '$1 $2');
  let out = '';
  let last = 0;
  for (let i = 1; i + 1 < s.length; i++) {
    if (caseOf(s.charCodeAt(i)) !== UPPER) continue;
    if (caseOf(s.charCodeAt(i - 1)) !== LOWER || caseOf(s.charCodeAt(i + 1)) !== LOWER) continue;
    out += `${s.slice(last, i)} `;
    last = i;
    i += 2; // the match used i - 1 … i + 1; the next one starts after it
  }
  return last === 0 ? s : out + s.slice(last);
}

export interface NormalizedText {
  /** One entry per input line, same numbering. */
  lines: string[];
}

// Any character one of the replacements above changes: most texts have none, and one test skips them all.
const NEEDS_CLEANUP =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among those replaced
  /[\u00D0\u00F0\uFF0F\uFF10-\uFF1A\u2044\u2215\u201C-\u201E\u00AB\u00BB\u2018-\u201A\u2010-\u2012\u2212\u00A0\u2000-\u200D\u202F\u205F\u3000\u2060\uFEFF\u00AD\t\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/**
 * Character-level clean-up (keeps markdown markers: they carry bold). Never adds or removes a
 * line break, so it runs on the whole text at once and the line numbers stay those of the input.
 */
function cleanCharacters(text: string): string {
  let s = text.normalize('NFC');
  if (NEEDS_CLEANUP.test(s)) {
    for (const [re, to] of LOOKALIKES) s = s.replace(re, to);
    // Full-width digits and colon (text pasted through an East Asian input method): "Số ４５-KH/TU".
    s = s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    s = s.replace(INVISIBLE, '').replace(WIDE_SPACES, ' ').replace(TAB, '    ').replace(CONTROL, '');
  }
  if (s.includes(':')) s = s.replace(SIGN_TIMESTAMP, ' ');
  s = splitGluedSyllables(splitGlued(s));
  if (FIVE_DIGITS.test(s)) s = s.replace(FOOTNOTE_YEAR, footnoteYear);
  if (QUARTER_HINT.test(s)) s = s.replace(QUARTER_GLUED, '$1 ');
  return LETTER_SPACED_HINT.test(s) ? s.replace(LETTER_SPACED, (run) => run.replace(/ /g, '')) : s;
}

function footnoteYear(_all: string, lead: string, year: string, mark: string): string {
  return lead + year + mark.replace(/\d/gu, (d) => SUPERSCRIPT_DIGITS[Number(d)] as string);
}

/** Character-level clean-up of one line (see `cleanCharacters`), trailing spaces trimmed. */
export function normalizeLine(line: string): string {
  return cleanCharacters(line).trimEnd();
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;

// A stamp's value on the lines after its label, as some PDF copies break it: an address, a
// signing time, its UTC offset ("Thời gian ký:" ⏎ "21.05.2026 17:03:11" ⏎ "+07:00").
const STAMP_VALUE =
  /^\s*(?:\S+@\S+|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{2}:?\d{2})?|[+-]\d{2}:\d{2})\s*$/u;
// The signer's name run onto the next line, before the next label: "Người ký: Ủy ban Nhân dân tỉnh" ⏎ "Hà Tĩnh".
const STAMP_RUN_ON = /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s*$/u;
const STAMP_VALUE_LINES = 3;

// A table copied out of Word keeps its cells apart with tabs: "1⇥Nội dung⇥Sở Nội vụ⇥Quý II/2026".
const TAB_ROW = /^[^\n\r\t]*\t[^\n\r]*\t[^\n\r]*$/gmu;
const MIN_TAB_CELLS = 3;

/**
 * Rows of such a table as markdown rows ("| 1 | Nội dung | … |"), so tables read the same however
 * they were copied. A line is a row when its tabs part three or more filled cells (a tab that
 * indents, or one between two columns of the header, is not).
 */
export function tabRowsAsPipes(text: string): string {
  if (!text.includes('\t')) return text;
  return text.replace(TAB_ROW, (line) => {
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.filter((c) => c !== '').length < MIN_TAB_CELLS) return line;
    while (cells.length && cells[0] === '') cells.shift();
    return `| ${cells.join(' | ')} |`;
  });
}

// A PDF copy repeats the issuer's banner at the top of each page: "- 3 -" ⏎ "TỈNH ỦY AN GIANG".
const HEADER_LINES = 8;
const COLUMN_GAP = /\s{3,}|\t/u;
const RUNNING_REACH = 2;

/** The banner lines (or their columns) of the first lines, upper-case only, as written. */
function bannerCells(all: readonly string[]): Set<string> {
  const cells = new Set<string>();
  for (const line of all.slice(0, HEADER_LINES)) {
    for (const cell of line.split(COLUMN_GAP)) {
      const t = cell.trim();
      // (Not the title, which an appendix repeats: "KẾ HOẠCH" ⏎ "…".)
      if (t.length >= 6 && /\p{Lu}/u.test(t) && t === t.toLocaleUpperCase('vi') && !titleType(t)) cells.add(t);
    }
  }
  return cells;
}

/**
 * Blank a running header or footer beside a page number below the header: a banner line repeated
 * ("- 3 -" ⏎ "TỈNH ỦY AN GIANG"), or any line printed the same beside the page numbers more than once
 * ("2" ⏎ "Hướng dẫn số 05-HD/UBKTTU ngày … của Ủy ban Kiểm tra Tỉnh ủy").
 */
function blankRunningHeaders(all: readonly string[], lines: string[]): void {
  let cells: Set<string> | null = null;
  const beside = new Map<string, number[]>();
  for (let i = HEADER_LINES; i < all.length; i++) {
    // The banner alone on a line below the header, page number or not (the copy may have lost it):
    // "- Như trên," ⏎ "THÀNH ỦY HẢI PHÒNG" ⏎ "- Lưu Văn phòng." is the top of the next page.
    const own = (all[i] as string).trim();
    if (own.length >= 6 && !own.includes('|') && own === own.toLocaleUpperCase('vi')) {
      cells ??= bannerCells(all);
      if (cells.has(own)) lines[i] = '';
    }
    if (!PAGE_NUMBER.test(all[i] as string)) continue;
    cells ??= bannerCells(all);
    for (const step of [1, -1]) {
      for (let k = 1, j = i + step; k <= RUNNING_REACH && j >= HEADER_LINES && j < all.length; k++, j += step) {
        const t = (all[j] as string).trim();
        if (t === '') continue;
        if (cells.has(t)) lines[j] = '';
        else if (t.length >= RUNNING_MIN && !PAGE_NUMBER.test(t)) beside.set(t, [...(beside.get(t) ?? []), j]);
        break;
      }
    }
  }
  for (const at of beside.values()) {
    const distinct = new Set(at);
    if (distinct.size >= 2) for (const j of distinct) lines[j] = '';
  }
}
// A running line is a title or a code, not a word or two that happen to stand beside two page numbers.
const RUNNING_MIN = 12;

/** Split into lines (LF, CRLF, CR), normalise each, blank out page numbers and stamp lines. */
export function normalizeText(raw: string): NormalizedText {
  const text = cleanCharacters(tabRowsAsPipes(raw.replace(/^\uFEFF/u, '')));
  const all = text.split(LINE_BREAK).map((line) => line.trimEnd());
  const lines = all.map((clean) => {
    if (STAMP_LINE.test(clean) || PAGE_NUMBER.test(clean)) return '';
    const tail = clean.includes(':') ? STAMP_TAIL.exec(clean) : null;
    return tail ? clean.slice(0, tail.index) : clean;
  });
  all.forEach((line, i) => {
    if (!STAMP_LINE_BESIDE.test(line)) return;
    const near = all.slice(Math.max(0, i - STAMP_REACH), i + STAMP_REACH + 1).some((l) => STAMP_LINE.test(l));
    if (near) lines[i] = '';
  });
  blankRunningHeaders(all, lines);
  for (let i = 0; i < all.length; i++) {
    if (!STAMP_LINE.test(all[i] as string)) continue;
    for (let j = i + 1; j <= i + STAMP_VALUE_LINES && j < all.length; j++) {
      const line = all[j] as string;
      if (STAMP_LINE.test(line)) break;
      const beforeLabel = STAMP_LINE.test(all[j + 1] ?? '');
      if (!STAMP_VALUE.test(line) && !(beforeLabel && STAMP_RUN_ON.test(line))) break;
      lines[j] = '';
    }
  }
  return { lines };
}
