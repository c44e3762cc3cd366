// Regex building blocks shared by the deadline rule modules: word boundaries, whitespace, the
// year, the RegExp constructors, and the case-/tone-insensitive key used to look words up in the
// vocabulary tables (src/text/deadline-vocabulary.ts).

import { canonTones } from '../../text/fold.js';
import { alternation } from '../../text/patterns.js';

// ---------------------------------------------------------------------------------------------
// Pattern fragments (strings; combined into RegExps with flags `giud`).

/** Start of a word: no letter or digit before. */
export const WB = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter after (digits are checked separately, see YEAR). */
export const WE = '(?![\\p{L}])';
export const alt = (words: readonly string[]) => alternation(words);
export const S = '\\s+';

// 2026 — but not the first four digits of 20262 (superscript marks are not [0-9], so `2026²` is fine).
export const YEAR = '(?:19|20)\\d{2}(?![0-9])';

export function rx(source: string): RegExp {
  return new RegExp(source, 'giud');
}

/** Non-global form for `test`/`exec` (no `lastIndex` state). */
export function rx1(source: string): RegExp {
  return new RegExp(source, 'iud');
}

/** Sticky form: matches only at `lastIndex` (set it before each `exec`). */
export function rxAt(source: string): RegExp {
  return new RegExp(source, 'iuy');
}

export function lowerKey(s: string): string {
  return canonTones(s).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

const wordSetCache = new Map<readonly string[], RegExp>();

/** True when one of `words` (whole words, case-insensitive) occurs in `s`. */
export function containsWord(s: string, words: readonly string[]): boolean {
  let re = wordSetCache.get(words);
  if (!re) {
    re = rx1(`${WB}${alt(words)}${WE}`);
    wordSetCache.set(words, re);
  }
  return re.test(s);
}
