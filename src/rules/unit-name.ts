// Where a unit's name ends when no known verb ends it: after a word that completes a name
// (`tỉnh`, `các xã, phường`, `Thành ủy`, `liên quan`), the first lower-case word that does not
// carry the name on is the predicate. "Sở Nội vụ bồi dưỡng …" has no such word: the verb list
// ends it.
import { canonTones } from '../text/fold.js';
import { UNIT_NAME_CLOSERS, UNIT_NAME_CONTINUERS, UNIT_NOUNS_AFTER_CAC } from '../text/vocabulary.js';

const WORD = /\p{L}+/gu;

/** Phrases as lists of lower-case words in the text's tone placement, longest first. */
function phrases(list: readonly string[]): string[][] {
  return list.map((p) => canonTones(p).toLowerCase().split(/\s+/u)).sort((a, b) => b.length - a.length);
}

const CLOSERS = phrases(UNIT_NAME_CLOSERS);
const CONTINUERS = phrases([...UNIT_NAME_CONTINUERS, ...UNIT_NOUNS_AFTER_CAC, ...UNIT_NAME_CLOSERS]);

/** Length in words of the first phrase of `list` at word `i`, or 0. */
function phraseAt(words: readonly string[], i: number, list: readonly string[][]): number {
  for (const p of list) {
    if (p.every((w, k) => words[i + k] === w)) return p.length;
  }
  return 0;
}

/**
 * Offset in `canon` (tone-normalised text opening with a unit) where the name ends before
 * `to`, or null when nothing there ends it.
 */
export function unitNameEnd(canon: string, to: number): number | null {
  const found = [...canon.slice(0, to).matchAll(WORD)];
  const words = found.map((m) => m[0].toLowerCase());
  let closed = false;
  // "UBND các xã vùng núi (Đam Rông, … và các xã khu vực Đắk Nông cũ)": words inside a parenthesis
  // the name opened never end it.
  let depth = 0;
  let seen = found[0] ? (found[0].index ?? 0) + found[0][0].length : 0;
  // The first word is the name's head.
  for (let i = 1; i < found.length; ) {
    const raw = found[i]?.[0] ?? '';
    const at = found[i]?.index ?? 0;
    for (let k = seen; k < at; k++) {
      const ch = canon[k];
      if (ch === '(') depth++;
      else if (ch === ')' && depth > 0) depth--;
    }
    seen = at;
    if (depth > 0) {
      i++;
      continue;
    }
    const closer = phraseAt(words, i, CLOSERS);
    if (closer) {
      closed = true;
      i += closer;
      continue;
    }
    if (/^\p{Lu}/u.test(raw)) {
      // A capital starts a proper name or a new unit ("tỉnh Quảng Ngãi", "…; Ủy ban nhân dân …").
      closed = false;
      i++;
      continue;
    }
    if (closed) {
      // "… UBND xã, công chức Địa chính …": after a comma the next unit of a list.
      const prev = found[i - 1];
      const gap = prev ? canon.slice((prev.index ?? 0) + prev[0].length, found[i]?.index ?? 0) : '';
      const goesOn = /[,;]/u.test(gap) ? 1 : phraseAt(words, i, CONTINUERS);
      if (!goesOn) return found[i]?.index ?? null;
      closed = false;
      i += goesOn;
      continue;
    }
    i++;
  }
  return null;
}
