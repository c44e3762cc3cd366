// Length-preserving folds of NFC text, so a match found in a folded copy can be sliced from the
// original at the same offsets.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS_G = /[\u0300\u0301\u0303\u0309\u0323]/gu;

// A vowel pair that can carry a movable tone, with the tone on its second vowel. The two classes
// never share a letter, so global matches cannot hide one another.
const TONE_ON_SECOND = /[oOòóỏõọÒÓỎÕỌ][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uUùúủũụÙÚỦŨỤ][ỳýỷỹỵỲÝỶỸỴ]/u;
const TONE_ON_SECOND_G = new RegExp(TONE_ON_SECOND.source, 'gu');
const LETTER_AT = /\p{L}/uy;

/** Open syllables whose tone placement differs between the old and new orthography. */
const MOVABLE_PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * Canonical tone placement (old style: hòa, khỏe, ủy): for a word ending in the open pairs
 * `oa`, `oe`, `uy` (not `qu`+`y`), the tone mark sits on the first vowel. `uỷ` → `ủy`,
 * `hoá` → `hóa`, `THUỶ` → `THỦY`; `quý`, `hoàn`, `khuyến` are unchanged. Length-preserving.
 */
export function canonTones(text: string): string {
  for (let i = 0; i < recentIn.length; i++) if (recentIn[i] === text) return recentOut[i] as string;
  const out = quSpelling(placeTones(text));
  recentIn[recentNext] = text;
  recentOut[recentNext] = out;
  recentNext = (recentNext + 1) % RECENT;
  return out;
}

// The rules fold one paragraph several times in a row (tree, deadlines, assignee, references): the
// last few results are kept, compared by value.
const RECENT = 4;
const recentIn: string[] = [];
const recentOut: string[] = [];
let recentNext = 0;

function placeTones(text: string): string {
  // A pair changes only when its second vowel carries the tone: most lines have none. Only those
  // pairs are visited (a pattern over every pair, checked for a word end each time, was slower).
  if (!TONE_ON_SECOND.test(text)) return text;
  let out = '';
  let last = 0;
  TONE_ON_SECOND_G.lastIndex = 0;
  for (let m = TONE_ON_SECOND_G.exec(text); m; m = TONE_ON_SECOND_G.exec(text)) {
    const at = m.index;
    LETTER_AT.lastIndex = at + 2;
    if (LETTER_AT.test(text)) continue; // not at the end of a word
    const pair = m[0];
    const moved = movedPair(pair);
    // `quý`: the u belongs to qu (a `q` before the pair is always part of the same word). A moved
    // pair keeps its second letter bare, so `y` there means the pair was `uy`.
    const prev = text[at - 1];
    if (moved === pair || ((moved[1] === 'y' || moved[1] === 'Y') && (prev === 'q' || prev === 'Q'))) continue;
    out += text.slice(last, at) + moved;
    last = at + 2;
  }
  return last === 0 ? text : out + text.slice(last);
}

// `quí`, `qui` (the old spelling) and `qúy` (the tone on the u of qu) are `quý`, `quy`: "hằng quí",
// "QUÍ II", "Qui định". Length-preserving, at a word's end only.
const QU_SPELLING = /(?<![\p{L}])([qQ])(?:([uU])([iIíìỉĩịÍÌỈĨỊ])|([úùủũụÚÙỦŨỤ])([yY]))(?![\p{L}])/gu;
const QU_HINT = /[qQ](?:[uU][iIíìỉĩịÍÌỈĨỊ]|[úùủũụÚÙỦŨỤ][yY])/u;
const I_TO_Y: Readonly<Record<string, string>> = {
  i: 'y',
  í: 'ý',
  ì: 'ỳ',
  ỉ: 'ỷ',
  ĩ: 'ỹ',
  ị: 'ỵ',
  I: 'Y',
  Í: 'Ý',
  Ì: 'Ỳ',
  Ỉ: 'Ỷ',
  Ĩ: 'Ỹ',
  Ị: 'Ỵ',
};

function quSpelling(text: string): string {
  if (!QU_HINT.test(text)) return text;
  return text.replace(QU_SPELLING, (m, q: string, u?: string, i?: string, tonedU?: string, y?: string) => {
    if (u && i) return q + u + (I_TO_Y[i] ?? i);
    if (!tonedU || !y) return m;
    const nfd = tonedU.normalize('NFD');
    const tone = nfd.slice(1);
    return q + (nfd[0] as string) + (y + tone).normalize('NFC');
  });
}

// A document repeats few distinct pairs: each is worked out once.
const MOVED = new Map<string, string>();

/** `pair` with its tone on the first vowel when it is one of the movable open pairs. */
function movedPair(pair: string): string {
  let moved = MOVED.get(pair);
  if (moved === undefined) {
    moved = movePairTone(pair);
    MOVED.set(pair, moved);
  }
  return moved;
}

function movePairTone(pair: string): string {
  const a = pair[0] as string;
  const b = pair[1] as string;
  const da = a.normalize('NFD');
  const db = b.normalize('NFD');
  const baseA = da.replace(TONE_MARKS_G, '');
  const baseB = db.replace(TONE_MARKS_G, '');
  // Only bare letters (no breve, circumflex, horn) form the movable pairs.
  if (baseA.length !== 1 || baseB.length !== 1) return pair;
  if (!MOVABLE_PAIRS.has((baseA + baseB).toLowerCase())) return pair;
  const tone = da.match(TONE_MARKS)?.[0] ?? db.match(TONE_MARKS)?.[0];
  if (!tone) return pair;
  return (baseA + tone).normalize('NFC') + baseB;
}

/**
 * Strip every diacritic and map đ→d, keeping one character per character (length-preserving for
 * NFC input): `CỘNG HÒA` → `CONG HOA`. Used to match banners and labels written without accents.
 */
export function foldDiacritics(text: string): string {
  // Plain ASCII folds to itself.
  if (!NON_ASCII.test(text)) return text;
  let out = '';
  for (const ch of text) out += ch < '\u0080' ? ch : foldChar(ch);
  return out;
}

const NON_ASCII = /[\u0080-\u{10ffff}]/u;
const FOLDED = new Map<string, string>([
  ['đ', 'd'],
  ['Đ', 'D'],
]);

/** One character without its marks (cached: a document uses few distinct letters). */
function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    f = base.length === ch.length ? base : ch;
    if (FOLDED.size < 4096) FOLDED.set(ch, f);
  }
  return f;
}

/**
 * A comparison key for names: tone placement, case, spaces and spelling pairs folded
 * (`Văn phòng Đảng uỷ` = `văn  phòng đảng ủy`). Not length-preserving; for equality only.
 */
export function nameKey(text: string): string {
  return canonTones(text.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}
