// Regex building blocks shared by the deadline rule modules: word boundaries, whitespace, the
// year, the RegExp constructors, and the case-/tone-insensitive key used to look words up in the
// vocabulary tables (src/text/deadline-vocabulary.ts).

import { canonTones } from '../../text/fold.js';
import { alternation } from '../../text/patterns.js';

// ---------------------------------------------------------------------------------------------
// Pattern fragments (strings; combined into RegExps with flags `giu`, see `Scan`).

/** Start of a word: no letter or digit before. */
export const WB = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter after (digits are checked separately, see YEAR). */
export const WE = '(?![\\p{L}])';
export const alt = (words: readonly string[]) => alternation(words);
export const S = '\\s+';

// 2026 — but not the first four digits of 20262 (superscript marks are not [0-9], so `2026²` is fine).
export const YEAR = '(?:19|20)\\d{2}(?![0-9])';
/** Whether a written date holds its year (`15/12/2027`, not `15/12`). */
export const YEAR_IN = /(?:19|20)\d{2}/u;

/** Non-global form for `test`/`exec` (no `lastIndex` state); `d` only where group offsets are read. */
export function rx1(source: string, indices = false): RegExp {
  return new RegExp(source, indices ? 'iud' : 'iu');
}

/** Sticky form: matches only at `lastIndex` (set it before each `exec`). */
export function rxAt(source: string): RegExp {
  return new RegExp(source, 'iuy');
}

/** `make()` on first call, the same value after: patterns are compiled when a rule first needs them. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = make();
    return value;
  };
}

/**
 * A rule pattern compiled on first use: a document needs few of them, and compiling a large `/iu`
 * pattern costs milliseconds. When the source opens with `WB`, that lookbehind is checked in code
 * instead (a leading `[\p{L}\p{N}]` class is most of the compile cost); the matches are the same.
 * `hints` (lower-case) let a text skip the pattern without running it: every match contains one
 * word of each hint list.
 */
export class Scan {
  private compiled: RegExp | undefined;

  private readonly hints: Hints;

  constructor(
    private readonly build: () => string,
    private readonly flags = 'giu',
    hints: readonly (readonly string[])[] = [],
  ) {
    this.hints = new Hints(hints);
  }

  private get re(): RegExp {
    if (!this.compiled) {
      const source = this.build();
      this.wordStart = source.startsWith(WB);
      this.compiled = new RegExp(this.wordStart ? source.slice(WB.length) : source, this.flags);
    }
    return this.compiled;
  }

  private wordStart = false;

  /**
   * Every match in `c`, as `c.matchAll` gives them; `lower` is `c` lower-cased (see `lowerCopy`).
   * A match `accept` refuses is tried again from its next position, so it cannot hide a later one.
   */
  all(c: string, lower?: string | null, accept?: (m: RegExpExecArray) => boolean): RegExpExecArray[] {
    if (!this.hints.in(lower)) return [];
    const out: RegExpExecArray[] = [];
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(c); m; m = re.exec(c)) {
      if ((this.wordStart && wordCharBefore(c, m.index)) || (accept && !accept(m))) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (m[0].length === 0) re.lastIndex = m.index + 1;
      out.push(m);
    }
    return out;
  }

  /** Whether `c` has a match (as `re.test` with the non-global form). */
  test(c: string): boolean {
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(c); m; m = re.exec(c)) {
      if (!this.wordStart || !wordCharBefore(c, m.index)) return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  }
}

// The patterns share their hint words ('ngày', 'trước' …): each is looked up once per paragraph,
// in the lower-cased copy last seen (a paragraph's copy is one string, passed to every pattern).
const UNKNOWN = 0;
const PRESENT = 1;
const ABSENT = 2;
const HINT_IDS = new Map<string, number>();
let hintState = new Uint8Array(0);
let hintText: string | null = null;

function hintId(word: string): number {
  let id = HINT_IDS.get(word);
  if (id === undefined) {
    id = HINT_IDS.size;
    HINT_IDS.set(word, id);
    const grown = new Uint8Array(HINT_IDS.size);
    grown.set(hintState);
    hintState = grown;
    hintText = null;
  }
  return id;
}

/**
 * Lists of lower-case words of which a text must hold one each (as substrings) for a pattern to
 * match: a cheap test before running the pattern.
 */
export class Hints {
  private readonly ids: readonly (readonly number[])[];

  constructor(private readonly lists: readonly (readonly string[])[]) {
    this.ids = lists.map((any) => any.map(hintId));
  }

  /** Whether `lower` holds one word of each list; true when there is no copy to test (null). */
  in(lower: string | null | undefined): boolean {
    if (!lower) return true;
    if (lower !== hintText) {
      hintText = lower;
      hintState.fill(UNKNOWN);
    }
    const { lists, ids } = this;
    for (let i = 0; i < lists.length; i++) {
      const any = lists[i] as readonly string[];
      const anyIds = ids[i] as readonly number[];
      let found = false;
      for (let j = 0; j < any.length; j++) {
        const id = anyIds[j] as number;
        let state = hintState[id];
        if (state === UNKNOWN) {
          state = lower.includes(any[j] as string) ? PRESENT : ABSENT;
          hintState[id] = state;
        }
        if (state === PRESENT) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
}

const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;

/** Whether the code point that ends at `at` is a letter or a digit (what `WB` rules out). */
function wordCharBefore(c: string, at: number): boolean {
  if (at === 0) return false;
  const unit = c.charCodeAt(at - 1);
  if (unit < 0x80) return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
  const low = unit >= 0xdc00 && unit <= 0xdfff;
  const high = at >= 2 ? c.charCodeAt(at - 2) : 0;
  WORD_CHAR_AT.lastIndex = low && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
  return WORD_CHAR_AT.test(c);
}

/**
 * `c` lower-cased for the `Scan` hints, or null when that copy could miss a match: it changed
 * length, or `ſ` (which matches `s` case-insensitively but lower-cases to itself) occurs.
 */
export function lowerCopy(c: string): string | null {
  const lower = c.toLowerCase();
  return lower.length === c.length && !c.includes('ſ') ? lower : null;
}

export function lowerKey(s: string): string {
  return canonTones(s).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

const wordSetCache = new Map<readonly string[], Scan>();

/** True when one of `words` (whole words, case-insensitive) occurs in `s`. */
export function containsWord(s: string, words: readonly string[]): boolean {
  let scan = wordSetCache.get(words);
  if (!scan) {
    scan = new Scan(() => `${WB}${alt(words)}${WE}`);
    wordSetCache.set(words, scan);
  }
  return scan.test(s);
}
