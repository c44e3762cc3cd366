// Length-preserving folds of NFC text, so a match found in a folded copy can be sliced from the
// original at the same offsets.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/u;
const TONE_MARKS_G = /[\u0300\u0301\u0303\u0309\u0323]/gu;
// Only words ending in a vowel pair that can carry a movable tone are worth looking at.
const CANDIDATE = /\p{L}*(?:[oOòóỏõọÒÓỎÕỌ][aAeEàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uUùúủũụÙÚỦŨỤ][yYỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;

/** Open syllables whose tone placement differs between the old and new orthography. */
const MOVABLE_PAIRS = new Set(['oa', 'oe', 'uy']);

/**
 * Canonical tone placement (old style: hòa, khỏe, ủy): for a word ending in the open pairs
 * `oa`, `oe`, `uy` (not `qu`+`y`), the tone mark sits on the first vowel. `uỷ` → `ủy`,
 * `hoá` → `hóa`, `THUỶ` → `THỦY`; `quý`, `hoàn`, `khuyến` are unchanged. Length-preserving.
 */
export function canonTones(text: string): string {
  return text.replace(CANDIDATE, (word) => {
    if (word.length < 2) return word;
    const chars = [...word];
    const n = chars.length;
    const a = chars[n - 2] as string;
    const b = chars[n - 1] as string;
    const da = a.normalize('NFD');
    const db = b.normalize('NFD');
    const baseA = da.replace(TONE_MARKS_G, '');
    const baseB = db.replace(TONE_MARKS_G, '');
    // Only bare letters (no breve, circumflex, horn) form the movable pairs.
    if (baseA.length !== 1 || baseB.length !== 1) return word;
    const pair = (baseA + baseB).toLowerCase();
    if (!MOVABLE_PAIRS.has(pair)) return word;
    if (pair === 'uy' && n >= 3 && (chars[n - 3] as string).toLowerCase() === 'q') return word;
    const tone = da.match(TONE_MARKS)?.[0] ?? db.match(TONE_MARKS)?.[0];
    if (!tone) return word;
    chars[n - 2] = (baseA + tone).normalize('NFC');
    chars[n - 1] = baseB;
    return chars.join('');
  });
}

/**
 * Strip every diacritic and map đ→d, keeping one character per character (length-preserving for
 * NFC input): `CỘNG HÒA` → `CONG HOA`. Used to match banners and labels written without accents.
 */
export function foldDiacritics(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === 'đ') out += 'd';
    else if (ch === 'Đ') out += 'D';
    else {
      const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
      out += base.length === ch.length ? base : ch;
    }
  }
  return out;
}

/**
 * A comparison key for names: tone placement, case, spaces and spelling pairs folded
 * (`Văn phòng Đảng uỷ` = `văn  phòng đảng ủy`). Not length-preserving; for equality only.
 */
export function nameKey(text: string): string {
  return canonTones(text.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}
