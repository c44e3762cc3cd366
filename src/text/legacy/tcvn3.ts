// TCVN3 (TCVN 5712:1993, the "ABC" fonts `.VnTime`, `.VnArial` … and their capital-only twins
// `.VnTimeH` …). A TCVN3 file is Windows-1252 text: `Céng hßa` is how `Cộng hòa` looks when the
// `.VnTime` font is missing.
//
// The table is iconv-lite's `tcvn` codec (TCVN 5712 VN1), used for bytes 0xA0–0xFF. VN1 also puts
// capitals with tone marks on C0 control bytes and on 0x80–0x9F; the `.VnTime` fonts (VN3) have no
// glyphs there and real files carry Windows-1252 punctuation in 0x80–0x9F (smart quotes, dashes, `…`),
// so those bytes keep their Windows-1252 meaning and control bytes stay control characters.
//
// Capitals: VN3 has only Ă Â Ê Ô Ơ Ư Đ and the capitals iconv-lite's table places in 0xA0–0xFF
// (Ắ Ầ Ẩ Ẫ Ấ Ề Ể Ễ Ế Ồ Ổ Ỗ Ố Ằ Ẳ Ẵ). Other capitals were typed in a caps font (`.VnTimeH`) using the
// lower-case bytes — the text says `CéNG HßA` and only the font made it upper case. `restoreCapsFont`
// recovers that from the surrounding capitals (see there); a lone capital typed in the caps font inside
// a normal word (`Ñy ban` for `Ủy ban`) cannot be told from a lower-case letter and stays lower case.

import { readCp1252 } from './cp1252.js';
import { loadIconv } from './iconv.js';
import { mapUnits, unitTable } from './units.js';

let table: Uint16Array | undefined;

/** Windows-1252 character (U+00A0–U+00FF) → what the TCVN3 byte of the same number means (built on first use). */
function tcvn3Table(): Uint16Array {
  if (table === undefined) {
    const first = 0xa0;
    const bytes = Buffer.from(Array.from({ length: 0x100 - first }, (_, i) => first + i));
    const decoded = [...loadIconv().decode(bytes, 'tcvn')];
    table = unitTable(decoded.map((to, i) => [String.fromCharCode(first + i), to] as const));
  }
  return table;
}

/** Map each character of a Windows-1252 reading through the TCVN3 table (no case repair, no NFC). */
export function mapTcvn3(text: string): string {
  return mapUnits(text, tcvn3Table());
}

/** A Windows-1252 reading of TCVN3 text → Unicode (NFC), with caps-font words restored. */
export function tcvn3ToUnicode(text: string): string {
  return restoreInitials(restoreCapsFont(mapTcvn3(text).normalize('NFC')));
}

// A capital with a tone mark that VN3 lacks, typed in the caps font as the word's first letter, is
// read in lower case: "3. ủy ban Kiểm tra". Where a capital must stand — after a list marker at a
// line's start — it is restored (not elsewhere: "các cơ quan đảng, đảng ủy ủy ban nhân dân" is
// written so).
// (Only a toned vowel: VN3 has every other capital, so "- tham nhũng" continues a line as typed.)
const MARKER_START =
  /^(\s*(?:[-+•]|\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[IVX]{1,5}[.-])\s+)([àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])/gmu;

function restoreInitials(text: string): string {
  return text.replace(MARKER_START, (_, lead: string, ch: string) => lead + ch.toUpperCase());
}

/** TCVN3 bytes → Unicode (NFC). Pure. */
export function decodeTcvn3(bytes: Uint8Array): string {
  return tcvn3ToUnicode(readCp1252(bytes));
}

// Character classes for the caps-font repair, computed once per code unit and cached.
const NOT_LETTER = 1;
const LOWER = 2;
const UPPER = 3;
const CASELESS = 4; // combining mark, or a letter without case
const CLASS = new Uint8Array(0x10000);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function classOf(code: number): number {
  let k = CLASS[code] as number;
  if (k === 0) {
    const c = String.fromCharCode(code);
    if (!LETTER_OR_MARK.test(c)) k = NOT_LETTER;
    else if (c !== c.toUpperCase()) k = LOWER;
    else if (c !== c.toLowerCase()) k = UPPER;
    else k = CASELESS;
    CLASS[code] = k;
  }
  return k;
}

/** Blanks, hyphens, dashes, commas and full stops: what may separate the words of one run of capitals. */
function isRunGap(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x2c ||
    code === 0x2e ||
    code === 0x2d ||
    code === 0x2013 ||
    code === 0x2014
  );
}

/** Word kinds. */
const OTHER = 0;
/** No a–z, ≥ 2 capitals and ≥ 1 Vietnamese lower-case letter: `CộNG`, `HòA`, `LậP`. */
const STRONG = 1;
/** Capitals only, one of them Vietnamese (`THƯ`, `NHÂN`, `TIÊN`). */
const CAPS_VIETNAMESE = 2;
/** Capitals only, all ASCII (`BAN`, `DO`, `UBND`). */
const CAPS = 3;
/** No a–z, one capital, ≥ 1 Vietnamese lower-case letter: `Xã`, `Tự`, `Bí`, `ủY`. */
const WEAK_CAPITAL = 4;
/** No a–z, no capital, ≥ 1 Vietnamese lower-case letter: `ở`. */
const WEAK = 5;

function kindOf(asciiLower: number, upper: number, vietnameseUpper: number, otherLower: number): number {
  if (asciiLower > 0) return OTHER;
  if (otherLower === 0) {
    if (upper < 2) return OTHER;
    return vietnameseUpper > 0 ? CAPS_VIETNAMESE : CAPS;
  }
  if (upper >= 2) return STRONG;
  return upper === 1 ? WEAK_CAPITAL : WEAK;
}

/**
 * Undo the caps font. A word with no a–z letters, at least two capitals and some Vietnamese lower-case
 * letters (`CộNG`) is upper-cased. A run of words on one line, separated only by blanks, hyphens,
 * dashes, commas or full stops, each without a–z letters, is then examined: if it holds such a word,
 * its words with one capital or none (`Xã`, `Tự`, `ở`) are upper-cased too; if it holds a capitals-only
 * word with a Vietnamese capital (`THƯ`, `NHÂN`), its words with exactly one capital (`Bí`, `ủY`) are.
 * `Sè: 12/Q§-UBND` stays `Số: 12/QĐ-UBND`; `ở ĐBSCL` stays as it is. Linear time.
 */
export function restoreCapsFont(text: string): string {
  // Pass 1: words (maximal runs of letters and marks) and their kinds.
  const capacity = (text.length >> 1) + 1; // words are separated, so at most half the units start one
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const kinds = new Uint8Array(capacity);
  let count = 0;
  let evidence = false;
  let start = -1;
  let asciiLower = 0;
  let upper = 0;
  let vietnameseUpper = 0;
  let otherLower = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    const k =
      code >= 0x61 && code <= 0x7a
        ? LOWER
        : code >= 0x41 && code <= 0x5a
          ? UPPER
          : code < 0x80
            ? NOT_LETTER
            : classOf(code);
    if (k !== NOT_LETTER) {
      if (start < 0) start = i;
      if (k === LOWER) {
        if (code <= 0x7a) asciiLower++;
        else otherLower++;
      } else if (k === UPPER) {
        upper++;
        if (code >= 0x80) vietnameseUpper++;
      }
      continue;
    }
    if (start >= 0) {
      const kind = kindOf(asciiLower, upper, vietnameseUpper, otherLower);
      if (kind === STRONG || kind === CAPS_VIETNAMESE) evidence = true;
      starts[count] = start;
      ends[count] = i;
      kinds[count] = kind;
      count++;
    }
    start = -1;
    asciiLower = upper = vietnameseUpper = otherLower = 0;
  }
  if (!evidence) return text;

  // Pass 2: runs of non-OTHER words joined by run gaps; mark the words to upper-case.
  const toUpper = new Uint8Array(count);
  let runStart = 0;
  for (let i = 0; i <= count; i++) {
    let continues = i < count && kinds[i] !== OTHER;
    if (continues && i > runStart) {
      for (let j = ends[i - 1] as number; j < (starts[i] as number); j++) {
        if (!isRunGap(text.charCodeAt(j))) {
          continues = false;
          break;
        }
      }
    }
    if (continues) continue;
    let strong = false;
    let capsVietnamese = false;
    for (let j = runStart; j < i; j++) {
      if (kinds[j] === STRONG) strong = true;
      if (kinds[j] === CAPS_VIETNAMESE) capsVietnamese = true;
    }
    for (let j = runStart; j < i; j++) {
      const kind = kinds[j];
      if (kind === STRONG || (kind === WEAK_CAPITAL && (strong || capsVietnamese)) || (kind === WEAK && strong)) {
        toUpper[j] = 1;
      }
    }
    runStart = i < count && kinds[i] !== OTHER ? i : i + 1;
  }

  // Pass 3: rebuild.
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < count; i++) {
    if (toUpper[i] !== 1) continue;
    const s = starts[i] as number;
    const e = ends[i] as number;
    parts.push(text.slice(last, s), text.slice(s, e).toUpperCase());
    last = e;
  }
  parts.push(text.slice(last));
  return parts.join('');
}
