// Syllables glued together in PDF copies ("hoàn thànhtrước ngày", "hằngngày", "thựchiện"). A
// Vietnamese syllable holds one run of vowels, so a word with two runs, written with Vietnamese
// letters, is two syllables whose space was lost. It is split where the consonants between the
// runs part into a final and an onset one way only ("nh|tr", "ng|ng"); where they part two ways
// ("ĐẢNGỦY": "ĐẢ|NGỦY" or "ĐẢNG|ỦY") it is left as written.

import { GLUE_FINALS, GLUE_ONSETS, GLUE_STOP_FINALS } from './vocabulary.js';

const BASE_VOWELS = 'aăâeêioôơuưy';
// grave, acute, tilde, hook above, dot below
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';

const VOWEL = 1;
/** A vowel only Vietnamese writes (ă, â, ê, ô, ơ, ư, or a toned one). */
const VIET_VOWEL = 2;
const CONSONANT = 3;
/** đ: a consonant only Vietnamese writes. */
const VIET_CONSONANT = 4;

const KIND = new Map<string, number>();
/** Toned vowels whose tone allows a stop final (sắc, nặng), upper and lower case. */
const STOP_TONED = new Set<string>();
for (const base of BASE_VOWELS) {
  for (const ch of [base, base.toUpperCase()]) {
    KIND.set(ch, 'aeiouyAEIOUY'.includes(ch) ? VOWEL : VIET_VOWEL);
    for (const tone of TONES) {
      const toned = (ch + tone).normalize('NFC');
      KIND.set(toned, VIET_VOWEL);
      if (tone === ACUTE || tone === DOT_BELOW) STOP_TONED.add(toned);
    }
  }
}
for (const ch of 'bcdghklmnpqrstvxfjwz') {
  KIND.set(ch, CONSONANT);
  KIND.set(ch.toUpperCase(), CONSONANT);
}
KIND.set('đ', VIET_CONSONANT);
KIND.set('Đ', VIET_CONSONANT);

const FINALS: ReadonlySet<string> = new Set(GLUE_FINALS);
const ONSETS: ReadonlySet<string> = new Set(GLUE_ONSETS);
const STOPS: ReadonlySet<string> = new Set(GLUE_STOP_FINALS);

/** Where the consonants `run` after a syllable with vowels `vowels` part (the final's length), or -1. */
function partAt(run: string, vowels: string): number {
  let at = -1;
  for (let k = 0; k < run.length; k++) {
    const final = run.slice(0, k);
    const onset = run.slice(k);
    if (!FINALS.has(final) || !ONSETS.has(onset)) continue;
    // A syllable closed by c, ch, p, t carries sắc or nặng: "thực", "học", "tất".
    if (STOPS.has(final) && ![...vowels].some((v) => STOP_TONED.has(v))) continue;
    if (at >= 0) return -1; // two ways: leave it
    at = k;
  }
  return at;
}

/** The word with a space at each place two glued syllables meet. */
function splitWord(word: string): string {
  let viet = false;
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < word.length; i++) {
    const kind = KIND.get(word[i] as string);
    if (kind === undefined) return word; // a letter Vietnamese does not write
    if (kind === VIET_VOWEL || kind === VIET_CONSONANT) viet = true;
    if (kind === VOWEL || kind === VIET_VOWEL) {
      const last = runs[runs.length - 1];
      if (last && last.end === i) last.end = i + 1;
      else runs.push({ start: i, end: i + 1 });
    }
  }
  if (!viet || runs.length < 2) return word;
  let out = '';
  let from = 0;
  for (let r = 1; r < runs.length; r++) {
    const prev = runs[r - 1] as { start: number; end: number };
    const next = runs[r] as { start: number; end: number };
    const run = word.slice(prev.end, next.start).toLowerCase();
    if (run === '') continue;
    const k = partAt(run, word.slice(prev.start, prev.end));
    if (k < 0) continue;
    out += `${word.slice(from, prev.end + k)} `;
    from = prev.end + k;
  }
  return from === 0 ? word : out + word.slice(from);
}

// Kind of each UTF-16 unit (0: not a Vietnamese letter), for the scan below.
const KIND_OF = new Uint8Array(0x10000);
for (const [ch, kind] of KIND) KIND_OF[ch.charCodeAt(0)] = kind;
const MAX_WORD = 20;

/**
 * `text` with glued syllables parted (see above); text without them is returned as is. One pass
 * over the code units: only a word with two vowel runs and a Vietnamese letter is looked at again.
 */
export function splitGluedSyllables(text: string): string {
  let out = '';
  let last = 0;
  let start = -1;
  let runs = 0;
  let viet = false;
  let inVowels = false;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? (KIND_OF[text.charCodeAt(i)] as number) : 0;
    if (kind !== 0) {
      if (start < 0) {
        start = i;
        runs = 0;
        viet = false;
        inVowels = false;
      }
      const vowel = kind === VOWEL || kind === VIET_VOWEL;
      if (vowel && !inVowels) runs++;
      inVowels = vowel;
      if (kind === VIET_VOWEL || kind === VIET_CONSONANT) viet = true;
      continue;
    }
    if (
      start >= 0 &&
      runs >= 2 &&
      viet &&
      i - start <= MAX_WORD &&
      !isLetterAt(text, start - 1) &&
      !isLetterAt(text, i)
    ) {
      const word = text.slice(start, i);
      const split = splitWord(word);
      if (split !== word) {
        out += text.slice(last, start) + split;
        last = i;
      }
    }
    start = -1;
  }
  return last === 0 ? text : out + text.slice(last);
}

// A letter Vietnamese does not write, next to a word, makes it a foreign one: left alone.
const LETTER = /\p{L}/u;
function isLetterAt(text: string, at: number): boolean {
  const ch = text[at];
  return ch !== undefined && ch > '\u007f' && LETTER.test(ch);
}
