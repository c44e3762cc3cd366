// Is a word a well-formed Vietnamese syllable? Used only to score candidate decodings: a correct
// conversion turns nearly every word into a syllable, a wrong one (or legacy garbage such as `hßa`,
// `n¨m`, `Vieät`) does not. Structural check (initial + vowel nucleus + final, at most one tone), not a
// dictionary: `céng` passes, `ngµy` does not. Linear in the word length, no regular expressions.

/** Vowels without tone; a tone mark on any of them gives one precomposed character. */
const VOWELS = 'aăâeêioôơuưy';
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;

/** Toned vowel → the same vowel without tone (lower case only; words are lower-cased first). */
const UNTONED = new Map<string, string>();
for (const vowel of VOWELS) {
  for (const mark of TONE_MARKS) UNTONED.set((vowel + mark).normalize('NFC'), vowel);
}

const LETTERS = new Set([...'abcdeghiklmnopqrstuvxyăâêôơưđ']);

const INITIALS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'th',
  'tr',
  'qu',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
  '',
] as const;

const FINALS = ['ch', 'ng', 'nh', 'c', 'm', 'n', 'p', 't', ''] as const;

/** Nuclei that end in a glide (i/y/o/u) or are open diphthongs: no final consonant may follow. */
const OPEN_NUCLEI = new Set([
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oeo',
  'uây',
  'uôi',
  'uya',
  'ươi',
  'ươu',
  'uyu',
]);

const NUCLEI = new Set([
  ...OPEN_NUCLEI,
  ...VOWELS,
  'iê',
  'yê',
  'oa',
  'oă',
  'oe',
  'oo',
  'ôô',
  'uâ',
  'uê',
  'uô',
  'uơ',
  'uy',
  'ươ',
  'uyê',
]);

const MAX_SYLLABLE = 7; // nghiêng

/** True when `word` (any case, NFC or NFD) is a structurally valid Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_SYLLABLE * 3) return false;
  const lower = word.normalize('NFC').toLowerCase();
  if (lower.length > MAX_SYLLABLE) return false;
  let base = '';
  let tones = 0;
  for (const c of lower) {
    const untoned = UNTONED.get(c);
    if (untoned !== undefined) {
      base += untoned;
      tones++;
    } else if (LETTERS.has(c)) {
      base += c;
    } else {
      return false;
    }
  }
  if (tones > 1) return false;
  for (const initial of INITIALS) {
    if (!base.startsWith(initial)) continue;
    const rest = base.slice(initial.length);
    for (const final of FINALS) {
      if (rest.length <= final.length || !rest.endsWith(final)) continue;
      const nucleus = rest.slice(0, rest.length - final.length);
      if (NUCLEI.has(nucleus) && (final === '' || !OPEN_NUCLEI.has(nucleus))) return true;
    }
  }
  return false;
}
