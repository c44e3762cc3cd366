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
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((w) => escapeRegExp(w).replace(/ +/g, '\\s+')).join('|')})`;
}

/** Letter boundaries that know Vietnamese letters (`\b` does not). */
export const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** Wrap a fragment so it matches only as a whole word. */
export function word(fragment: string): string {
  return `${NOT_LETTER_BEFORE}${fragment}${NOT_LETTER_AFTER}`;
}
