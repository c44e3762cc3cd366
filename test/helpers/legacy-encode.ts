// Encoders for the legacy Vietnamese encodings, used only by tests to build samples from real texts.
// Written independently of the decoders in src/text/legacy (hand-typed TCVN3 table, VNI built from
// the letter's parts), so a round trip checks one against the other.
//
// What a legacy file cannot carry is refused with an error; `prepareSample` first replaces the few
// such characters the dev-set texts contain (documented there).

import iconv from 'iconv-lite';

// ---------------------------------------------------------------- TCVN3 (.VnTime / .VnTimeH)

/** TCVN3 bytes 0xA1–0xFF, hand-typed from TCVN 5712:1993; `-` marks a byte with no Vietnamese letter. */
const TCVN3_HIGH: readonly (readonly [number, string])[] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđẰ'],
  [0xb5, 'àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậè'],
  [0xcd, 'Ểẻẽéẹềểễếệìỉ'],
  [0xd9, 'ỄẾỒĩíịò'],
  [0xe0, 'Ổỏõóọồổỗốộờởỡớợù'],
  [0xf0, 'Ỗủũúụừửữứựỳỷỹýỵ'],
  [0xff, 'Ố'],
];

const TCVN3_BYTE = new Map<string, number>();
for (const [first, letters] of TCVN3_HIGH) {
  [...letters].forEach((c, i) => {
    TCVN3_BYTE.set(c, first + i);
  });
}

/** Windows-1252 punctuation a `.VnTime` document keeps as is (bytes 0x80–0x9F). */
const CP1252_PUNCTUATION = new Map<string, number>([
  ['€', 0x80],
  ['‚', 0x82],
  ['„', 0x84],
  ['…', 0x85],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['•', 0x95],
  ['–', 0x96],
  ['—', 0x97],
]);

function asciiByte(c: string): number | undefined {
  const code = c.charCodeAt(0);
  if (c.length === 1 && (code === 0x09 || code === 0x0a || code === 0x0d || (code >= 0x20 && code < 0x7f))) {
    return code;
  }
  return CP1252_PUNCTUATION.get(c);
}

const WORD = /[\p{L}\p{M}]+|[^\p{L}\p{M}]+/gu;

function isCapsWord(word: string): boolean {
  return [...word].length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Unicode → TCVN3 bytes as a `.VnTime` typist produced them: lower case and the capitals VN3 has
 * (Ă Â Ê Ô Ơ Ư Đ …) in their own bytes; the other capitals of a word all in capitals typed in the caps
 * font `.VnTimeH`, i.e. with the lower-case bytes (`CỘNG` → `CéNG`). A capital with a tone VN3 lacks, in a word not all in capitals (`Ủy`),
 * cannot be written and throws.
 */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const [piece] of text.normalize('NFC').matchAll(WORD)) {
    const caps = isCapsWord(piece);
    for (const c of piece) {
      const b = asciiByte(c) ?? TCVN3_BYTE.get(c) ?? (caps ? TCVN3_BYTE.get(c.toLowerCase()) : undefined);
      if (b === undefined) throw new Error(`TCVN3 cannot carry ${JSON.stringify(c)} (in ${JSON.stringify(piece)})`);
      out.push(b);
    }
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- VNI-Windows

const TONE_NAMES = { '\u0301': 0, '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0323': 4 } as const;
type Tone = (typeof TONE_NAMES)[keyof typeof TONE_NAMES] | -1;

/** Marks by tone (acute, grave, hook, tilde, dot). */
const VNI_TONE = ['ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['á', 'à', 'å', 'ã', 'ä']; // â alone: 'â'
const VNI_BREVE = ['é', 'è', 'ú', 'ü', 'ë']; // ă alone: 'ê'
const VNI_I = ['í', 'ì', 'æ', 'ó', 'ò'];

function vniLetter(lower: string): string | undefined {
  if (lower === 'đ') return 'ñ';
  const parts = [...lower.normalize('NFD')];
  const base = parts[0];
  let shape = '';
  let tone: Tone = -1;
  for (const m of parts.slice(1)) {
    if (m in TONE_NAMES) tone = TONE_NAMES[m as keyof typeof TONE_NAMES];
    else if (m === '\u0302' || m === '\u0306' || m === '\u031b') shape = m;
    else return undefined;
  }
  const t = (marks: readonly string[], none: string) => (tone === -1 ? none : (marks[tone] as string));
  if (base === undefined || !'aeiouy'.includes(base)) return parts.length === 1 ? lower : undefined;
  if (base === 'i') return shape === '' ? t(VNI_I, 'i') : undefined;
  if (shape === '\u031b')
    return base === 'o' ? `ô${t(VNI_TONE, '')}` : base === 'u' ? `ö${t(VNI_TONE, '')}` : undefined;
  if (shape === '\u0302') return 'aeo'.includes(base) ? base + t(VNI_CIRCUMFLEX, 'â') : undefined;
  if (shape === '\u0306') return base === 'a' ? base + t(VNI_BREVE, 'ê') : undefined;
  if (base === 'y' && tone === 4) return 'î';
  return base + t(VNI_TONE, '');
}

/** Unicode → VNI-Windows bytes. Characters VNI cannot carry throw. */
export function encodeVni(text: string): Uint8Array {
  let latin = '';
  for (const c of text.normalize('NFC')) {
    const ascii = asciiByte(c);
    if (ascii !== undefined) {
      latin += c;
      continue;
    }
    if (c === '¹' || c === '²' || c === '³') {
      latin += c; // not a VNI character: a VNI file keeps it
      continue;
    }
    const lower = c.toLowerCase();
    const v = vniLetter(lower);
    if (v === undefined || lower === c.toUpperCase()) {
      throw new Error(`VNI cannot carry ${JSON.stringify(c)}`);
    }
    latin += c === lower ? v : v.toUpperCase();
  }
  return iconv.encode(latin, 'windows1252');
}

// ---------------------------------------------------------------- Windows-1258

const CP1258 = new TextDecoder('windows-1258').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
const CP1258_BYTE = new Map<string, number>();
[...CP1258].forEach((c, b) => {
  if (b < 0x80 || c.charCodeAt(0) >= 0xa0) CP1258_BYTE.set(c, b);
});

/** Unicode → Windows-1258 bytes the way Windows writes them: precomposed where the code page has the letter, else base + combining tone. */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const c of text.normalize('NFC')) {
    const direct = CP1258_BYTE.get(c);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...c.normalize('NFD')];
    const tone = parts.find((m) => m in TONE_NAMES) ?? '';
    const base = CP1258_BYTE.get(
      parts
        .filter((m) => m !== tone)
        .join('')
        .normalize('NFC'),
    );
    const mark = CP1258_BYTE.get(tone);
    if (base === undefined || mark === undefined) {
      throw new Error(`Windows-1258 cannot carry ${JSON.stringify(c)}`);
    }
    out.push(base, mark);
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- samples

export type LegacyName = 'tcvn3' | 'vni' | 'windows-1258';

export const ENCODERS: Readonly<Record<LegacyName, (text: string) => Uint8Array>> = {
  tcvn3: encodeTcvn3,
  vni: encodeVni,
  'windows-1258': encodeWindows1258,
};

/**
 * The dev-set text as a legacy file could hold it. For TCVN3 only: footnote marks `¹ ² ³` are TCVN3
 * letters (ạ, combining tilde …), so they become `1 2 3`; and `Ủy` — a capital with a tone VN3 has no
 * byte for, in a word not all in capitals — becomes `Uỷ`, as `.VnTime` typists wrote it (`Uû`).
 * Nothing else in the dev set needs changing; the encoders throw if it ever does.
 */
export function prepareSample(text: string, encoding: LegacyName): string {
  const nfc = text.normalize('NFC');
  if (encoding !== 'tcvn3') return nfc;
  return nfc.replace(/[¹²³]/g, (c) => String('¹²³'.indexOf(c) + 1)).replace(/Ủy/g, 'Uỷ');
}

/** What a legacy file looks like after being opened as Windows-1252 and saved as UTF-8. */
export function misSaveAsUtf8(bytes: Uint8Array): Uint8Array {
  return new TextEncoder().encode(iconv.decode(Buffer.from(bytes), 'windows1252'));
}

/** Same, saved as UTF-16LE with a byte-order mark (Word's "Unicode Text"). */
export function misSaveAsUtf16le(bytes: Uint8Array): Uint8Array {
  const text = iconv.decode(Buffer.from(bytes), 'windows1252');
  return Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}
