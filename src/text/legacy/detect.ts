// Which legacy encoding, if any, a text is in. The text is either a Windows-1252 reading of raw bytes
// (the file was not UTF-8) or real Unicode that may be such a reading saved again as UTF-8/UTF-16;
// the same rule serves both.
//
// Scoring, per word (a run of letters, combining marks and U+00A1–U+00FF characters, since TCVN3 and VNI
// use symbols such as `§ ¨ µ ·` as letters) that contains a non-ASCII character:
//   valid   — the word is a well-formed Vietnamese syllable (`isVietnameseSyllable`);
//   unicode — it holds a Vietnamese letter Windows-1252 cannot carry (ư ơ đ ạ …) or a combining mark:
//             proof of real Unicode, no legacy reading produces one;
//   for each candidate encoding, the word converted: fixed (invalid → valid), broken (valid → invalid),
//   validAfter.
// The thresholds (see `accepts`) demand that the legacy reading clearly wins and that the converted
// text reads as Vietnamese. At most `MAX_WORDS` words are scored, so detection is linear and bounded.

import type { LegacyEncoding } from '../encodings.js';
import { inCp1252 } from './cp1252.js';
import { isVietnameseSyllable } from './syllable.js';
import { mapTcvn3, tcvn3ToUnicode } from './tcvn3.js';
import { vniToUnicode } from './vni.js';
import { mapWindows1258, windows1258ToUnicode } from './windows1258.js';

export type { LegacyEncoding };
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258'];

/** Per-word conversion used for scoring (case repair is irrelevant: syllables are checked case-blind). */
const SCORE_CONVERT: Readonly<Record<LegacyEncoding, (word: string) => string>> = {
  tcvn3: (w) => mapTcvn3(w),
  vni: (w) => vniToUnicode(w),
  'windows-1258': (w) => mapWindows1258(w),
};

/** Full conversion of a Windows-1252 reading of legacy text to Unicode (NFC). */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return tcvn3ToUnicode(text);
    case 'vni':
      return vniToUnicode(text);
    case 'windows-1258':
      return windows1258ToUnicode(text);
  }
}

export const MAX_WORDS = 50_000;
/** Longer "words" (no syllable is) are counted as invalid without converting them. */
const MAX_WORD_LENGTH = 32;

export interface CandidateScore {
  encoding: LegacyEncoding;
  fixed: number;
  broken: number;
  validAfter: number;
}

export interface LegacyScores {
  /** Scored words (those with a non-ASCII character). */
  words: number;
  valid: number;
  unicode: number;
  candidates: CandidateScore[];
}

function isWordUnit(code: number): boolean {
  if (code < 0x41) return false;
  if (code <= 0x5a) return true;
  if (code < 0x61) return false;
  if (code <= 0x7a) return true;
  if (code < 0xa1) return false;
  if (code <= 0x24f) return true; // Latin-1 high half, Latin Extended-A/B
  if (code >= 0x300 && code <= 0x36f) return true; // combining marks
  return code >= 0x1e00 && code <= 0x1eff; // Latin Extended Additional (ạ … ỹ)
}

function hasUnicodeOnlyLetter(word: string): boolean {
  for (const c of word) {
    if (c.charCodeAt(0) >= 0x100 && !inCp1252(c)) return true;
  }
  return false;
}

/** Distinct scored words with their counts (at most `max` occurrences in all). */
function collectWords(text: string, max: number): Map<string, number> {
  const counts = new Map<string, number>();
  let seen = 0;
  let start = -1;
  let nonAscii = false;
  for (let i = 0; i <= text.length && seen < max; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (isWordUnit(code)) {
      if (start < 0) start = i;
      if (code >= 0x80) nonAscii = true;
      continue;
    }
    if (start >= 0 && nonAscii) {
      const word = text.slice(start, i);
      counts.set(word, (counts.get(word) ?? 0) + 1);
      seen++;
    }
    start = -1;
    nonAscii = false;
  }
  return counts;
}

// Letters no Windows-1252 reading produces (so no legacy text holds them): combining marks, the
// Latin Extended Additional block (ạ … ỹ), and ă đ ĩ ũ ơ ư. Windows-1252 has no character in
// these ranges (checked in test/text/legacy.test.ts).
function isVietnameseOnly(code: number): boolean {
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  switch (code) {
    case 0x102: // Ă ă
    case 0x103:
    case 0x110: // Đ đ
    case 0x111:
    case 0x128: // Ĩ ĩ
    case 0x129:
    case 0x168: // Ũ ũ
    case 0x169:
    case 0x1a0: // Ơ ơ
    case 0x1a1:
    case 0x1af: // Ư ư
    case 0x1b0:
      return true;
    default:
      return false;
  }
}

/**
 * True when the words `collectWords(text, max)` would return cannot pass `accepts` for any
 * encoding: `fixed` never exceeds the number of words, and a word with a Vietnamese-only letter
 * counts as `unicode`, so when such words are at least half of all, `fixed > 2 × unicode` fails.
 * Counted in one pass over the same words, with no word table: real Unicode text stops here.
 */
function plainlyUnicode(text: string, max: number): boolean {
  let words = 0;
  let unicode = 0;
  let inWord = false;
  let nonAscii = false;
  let vietnamese = false;
  for (let i = 0; i <= text.length && words < max; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (isWordUnit(code)) {
      inWord = true;
      if (code >= 0x80) {
        nonAscii = true;
        if (isVietnameseOnly(code)) vietnamese = true;
      }
      continue;
    }
    if (inWord && nonAscii) {
      words++;
      if (vietnamese) unicode++;
    }
    inWord = false;
    nonAscii = false;
    vietnamese = false;
  }
  return words > 0 && 2 * unicode >= words;
}

export function scoreLegacy(text: string, maxWords = MAX_WORDS): LegacyScores {
  const counts = collectWords(text, maxWords);
  return scoreWords(counts);
}

function scoreWords(counts: ReadonlyMap<string, number>): LegacyScores {
  const scores: LegacyScores = {
    words: 0,
    valid: 0,
    unicode: 0,
    candidates: LEGACY_ENCODINGS.map((encoding) => ({ encoding, fixed: 0, broken: 0, validAfter: 0 })),
  };
  for (const [word, n] of counts) {
    const valid = isVietnameseSyllable(word);
    scores.words += n;
    if (valid) scores.valid += n;
    if (hasUnicodeOnlyLetter(word)) scores.unicode += n;
    if (word.length > MAX_WORD_LENGTH) continue; // invalid before and after: neither fixed nor broken
    for (const candidate of scores.candidates) {
      const converted = SCORE_CONVERT[candidate.encoding](word);
      const after = converted === word ? valid : isVietnameseSyllable(converted);
      if (after) candidate.validAfter += n;
      if (after && !valid) candidate.fixed += n;
      if (valid && !after) candidate.broken += n;
    }
  }
  return scores;
}

/**
 * The detection rule (the same for raw bytes and for Unicode text). A candidate is accepted when
 *   fixed ≥ 3 and fixed ≥ 20 % of words  (legacy words are frequent, not a stray `ß` or `§`),
 *   fixed ≥ 4 × broken                   (the conversion repairs far more words than it spoils),
 *   fixed > 2 × unicode                  (words only real Unicode can spell do not outweigh them), and
 *   validAfter ≥ 80 % of words           (the result reads as Vietnamese).
 * A file too short to pass (one or two words) needs `--encoding`.
 */
export function accepts(c: CandidateScore, s: LegacyScores): boolean {
  return (
    c.fixed >= 3 &&
    c.fixed >= 0.2 * s.words &&
    c.fixed >= 4 * c.broken &&
    c.fixed > 2 * s.unicode &&
    c.validAfter >= 0.8 * s.words
  );
}

/** The legacy encoding `text` is in, or null when it is not clearly one. */
export function detectLegacy(text: string): LegacyEncoding | null {
  if (plainlyUnicode(text, MAX_WORDS)) return null;
  const scores = scoreWords(collectWords(text, MAX_WORDS));
  const passing = scores.candidates
    .filter((c) => accepts(c, scores))
    .sort((a, b) => b.fixed - b.broken - (a.fixed - a.broken));
  const [best, second] = passing;
  if (best === undefined) return null;
  // Two readings equally good is doubt: leave the text alone (or refuse the bytes).
  if (second !== undefined && second.fixed - second.broken === best.fixed - best.broken) return null;
  return best.encoding;
}
