// Helpers that turn vocabulary tables into regular-expression fragments.
import { canonTones } from './fold.js';

const SPECIAL = /[.*+?^${}()|[\]\\/]/g;

export function escapeRegExp(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/**
 * An alternation of vocabulary entries: escaped, tone placement made canonical (match it
 * against `canonTones(text)`), spaces made flexible, longest first so `tháng 10` wins over `tháng 1`.
 */
export function alternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => canonTones(w.normalize('NFC'))))];
  // Ties in code-unit order (not localeCompare: the collator costs ~20 ms to start, and two
  // entries of one length never match the same text, so their order does not change a match).
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${unique.map((w) => escapeRegExp(w).replace(/ +/g, '\\s+')).join('|')})`;
}

/** Letter boundaries that know Vietnamese letters (`\b` does not). */
export const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

const LETTER_AT = /\p{L}/uy;

/** Whether the code point that ends at `at` is a letter (what a leading `(?<![\p{L}])` rules out). */
export function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  LETTER_AT.lastIndex = pair ? at - 2 : at - 1;
  return LETTER_AT.test(text);
}

/**
 * The matches `text.matchAll` gives for `(?<![\p{L}])` + `re`, where `re` (global) is written
 * without that look-behind: it is checked here instead, since a pattern that opens with a
 * look-behind is tried at every position of the text (and cannot skip ahead to its first word).
 */
export function* matchesAfterNonLetter(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (letterBefore(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].length === 0) re.lastIndex = m.index + 1;
    yield m;
  }
}

/** Wrap a fragment so it matches only as a whole word. */
export function word(fragment: string): string {
  return `${NOT_LETTER_BEFORE}${fragment}${NOT_LETTER_AFTER}`;
}

/**
 * Strip trailing characters of a set without a regex: `/[…]+$/` rescans a long run once per
 * starting position (quadratic on "a" + 100,000 spaces + "b").
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

export function trimStartOf(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start] as string)) start++;
  return text.slice(start);
}

/** Whitespace as `\s` sees it, for trimEndOf/trimStartOf. */
export const SPACE_CHARS =
  ' \t\n\r\f\v\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Superscript digits: footnote marks (`16-KL/TW¹`, `ngày 22/12/2024¹²`). */
export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const GLUED_MARKS = /(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

/** `text` without the footnote marks glued to its words (a subject names no footnote). */
export function withoutFootnoteMarks(text: string): string {
  return text.replace(GLUED_MARKS, '');
}
