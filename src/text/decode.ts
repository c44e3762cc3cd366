// Raw bytes → text. Pure: no I/O. Detects the byte-order mark, refuses binary files with a reason a
// clerk can act on, decodes strictly (a wrong byte is an error, never a silent U+FFFD: a UTF-8 file
// with a stray byte or two, or one read with --encoding utf-8, keeps U+FFFD there and the record
// warns of it), and recognises
// the legacy Vietnamese encodings of old archives (TCVN3, VNI-Windows, Windows-1258), also when such
// text was later saved again as UTF-8/UTF-16 (see ./legacy/detect.ts for the rule).
// Unicode input is returned as written; further normalisation (NFC, line ends, NBSP …) belongs to the
// parser. Text converted from a legacy encoding is returned in NFC.

import type { EncodingOption, LegacyEncoding } from './encodings.js';
import { InputError } from './input-error.js';
import { readCp1252 } from './legacy/cp1252.js';
import { convertLegacy, detectLegacy } from './legacy/detect.js';
import { decodeTcvn3 } from './legacy/tcvn3.js';
import { vniToUnicode } from './legacy/vni.js';
import { decodeWindows1258 } from './legacy/windows1258.js';

export type { LegacyEncoding } from './legacy/detect.js';

export type UnicodeEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/**
 * How the text was read. A bare legacy name means the file's bytes were in that encoding;
 * `…-as-utf8` / `…-as-utf16` mean the file was UTF-8 (with or without BOM) / UTF-16 whose characters
 * were the Windows-1252 reading of legacy text (`Céng hßa` saved as Unicode) and were converted back.
 */
export type InputEncoding =
  | UnicodeEncoding
  | LegacyEncoding
  | `${LegacyEncoding}-as-utf8`
  | `${LegacyEncoding}-as-utf16`;

export { ENCODING_OPTIONS, type EncodingOption } from './encodings.js';
export { InputError } from './input-error.js';

export interface DecodeOptions {
  /** `auto` (default) detects; any other value forces that reading (BOM refusals still apply). */
  encoding?: EncodingOption;
}

export interface DecodedInput {
  text: string;
  encoding: InputEncoding;
}

interface Magic {
  bytes: readonly number[];
  what: string;
}

/** Signatures of files people save by mistake instead of the text of a directive. */
const MAGIC: readonly Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file' }, // %PDF
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (e.g. a .docx or .xlsx file)' }, // PK\3\4
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'a Word .doc (OLE) file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' }, // GIF8(7|9)a
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file' }, // {\rtf
];

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

const NOT_RECOGNISED =
  'not valid UTF-8 text, and not recognisable as Vietnamese in TCVN3 (ABC), VNI-Windows or Windows-1258 ' +
  '(all three were tried); use --encoding to force one (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function decodeStrict(label: 'utf-8' | 'utf-16le', bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Swap each byte pair so UTF-16BE can be decoded as UTF-16LE (not every runtime ships a BE decoder). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus DEL.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/gu;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const STRAY_CONTROL_ONE = /[\u0000-\u0008\u000e-\u001f\u007f]/u;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  return controls > 8 && controls * 20 > text.length;
}

function decodeUtf16(name: string, body: Uint8Array, little: boolean): string {
  const label = little ? 'UTF-16LE' : 'UTF-16BE';
  if (body.length % 2 !== 0) throw new InputError(name, `not valid ${label} text`);
  const text = decodeStrict('utf-16le', little ? body : swapPairs(body));
  if (text === null) throw new InputError(name, `not valid ${label} text`);
  return text;
}

function refuseMagic(name: string, bytes: Uint8Array): void {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) throw new InputError(name, `looks like ${magic.what}, not text`);
}

function refuseNonText(name: string, bytes: Uint8Array): void {
  refuseMagic(name, bytes);
  if (bytes.includes(0)) {
    throw new InputError(name, 'contains NUL bytes: looks like a binary file, not text');
  }
}

// At most this many undecodable bytes, among at least MIN_LETTERS well-formed non-ASCII characters.
const MAX_DAMAGED = 4;
const MIN_LETTERS = 20;

/** The text read as UTF-8 when only a few bytes are not UTF-8, else null. */
function damagedUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let bad = 0;
  let wide = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch > '\u007f') wide++;
  }
  return bad > 0 && bad <= MAX_DAMAGED && wide >= MIN_LETTERS ? text : null;
}

/** Raw legacy bytes → Unicode (NFC). */
function decodeLegacyBytes(bytes: Uint8Array, encoding: LegacyEncoding): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(bytes);
    case 'vni':
      return vniToUnicode(readCp1252(bytes));
    case 'windows-1258':
      return decodeWindows1258(bytes);
  }
}

/** Text read from a Unicode file (UTF-8 with or without BOM, UTF-16 with BOM), before any legacy repair. */
interface Container {
  text: string;
  encoding: UnicodeEncoding;
}

function unicodeContainer(name: string, bytes: Uint8Array, forced: 'utf-8' | 'utf-16le' | 'utf-16be' | null) {
  if (startsWith(bytes, UTF8_BOM) && (forced === null || forced === 'utf-8')) {
    const text = decodeStrict('utf-8', bytes.subarray(3));
    if (text === null)
      throw new InputError(name, 'not valid UTF-8 text (though it starts with a UTF-8 byte-order mark)');
    return { text, encoding: 'utf-8-bom' } satisfies Container;
  }
  const le = startsWith(bytes, UTF16LE_BOM);
  const be = startsWith(bytes, UTF16BE_BOM);
  if ((le && (forced === null || forced === 'utf-16le')) || (be && (forced === null || forced === 'utf-16be'))) {
    return {
      text: decodeUtf16(name, bytes.subarray(2), le),
      encoding: le ? 'utf-16le' : 'utf-16be',
    } satisfies Container;
  }
  if (forced === null) return bomlessUtf16(bytes);
  return null;
}

// UTF-16 saved without a byte-order mark (some exporters and PowerShell redirections do): the
// spaces, digits and ASCII letters of any Vietnamese text put a NUL in one byte of many pairs,
// always the same one, while binary data scatters its NULs over both.
const SNIFF_BYTES = 4096;
const MIN_SNIFF_BYTES = 16;
const MIN_NUL_SHARE = 0.2;
// A few code points do have a NUL low byte (U+2000 en quad, U+0100 Ā): tolerate a sprinkling.
const MAX_OTHER_NUL_SHARE = 0.02;

/** The text when `bytes` read as UTF-16 without BOM (NULs on one side only, strictly valid), else null. */
function bomlessUtf16(bytes: Uint8Array): Container | null {
  if (bytes.length < MIN_SNIFF_BYTES || bytes.length % 2 !== 0) return null;
  if (MAGIC.some((m) => startsWith(bytes, m.bytes))) return null;
  const head = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES));
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const pairs = head.length / 2;
  const little = odd >= pairs * MIN_NUL_SHARE && even <= pairs * MAX_OTHER_NUL_SHARE;
  const big = even >= pairs * MIN_NUL_SHARE && odd <= pairs * MAX_OTHER_NUL_SHARE;
  if (!little && !big) return null;
  const text = decodeStrict('utf-16le', little ? bytes : swapPairs(bytes));
  // Text has no control characters but line ends and tabs; binary read as UTF-16 has plenty.
  if (text === null || STRAY_CONTROL_ONE.test(text)) return null;
  return { text, encoding: little ? 'utf-16le' : 'utf-16be' };
}

function finish(name: string, decoded: DecodedInput): DecodedInput {
  if (looksBinary(decoded.text)) {
    throw new InputError(name, 'contains control characters: looks like a binary file, not text');
  }
  if (decoded.text.trim() === '') throw new InputError(name, 'file is empty');
  return decoded;
}

function legacyInUnicode(container: Container, legacy: LegacyEncoding): DecodedInput {
  const utf16 = container.encoding === 'utf-16le' || container.encoding === 'utf-16be';
  return { text: convertLegacy(container.text, legacy), encoding: `${legacy}-as-${utf16 ? 'utf16' : 'utf8'}` };
}

/**
 * Decode the bytes of an input file. `name` is only used in error messages.
 * @throws InputError for an empty file, a binary or non-text file, or text that is neither valid
 *   UTF-8/UTF-16 nor recognisable legacy Vietnamese (or not valid in the forced encoding).
 */
export function decodeInput(bytes: Uint8Array, name: string, options: DecodeOptions = {}): DecodedInput {
  const forced = options.encoding ?? 'auto';
  if (bytes.length === 0) throw new InputError(name, 'file is empty');

  if (forced === 'utf-8' || forced === 'utf-16le' || forced === 'utf-16be') {
    const container = unicodeContainer(name, bytes, forced);
    if (container) return finish(name, container);
    if (forced === 'utf-8') {
      // Forced: a byte that is not UTF-8 is read as U+FFFD (the record warns of it), not refused.
      refuseNonText(name, bytes);
      return finish(name, { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8' });
    }
    refuseMagic(name, bytes);
    return finish(name, { text: decodeUtf16(name, bytes, forced === 'utf-16le'), encoding: forced });
  }

  const legacy = forced === 'auto' ? null : forced;
  let container: Container | null = unicodeContainer(name, bytes, null);
  if (container === null) {
    refuseNonText(name, bytes);
    const text = decodeStrict('utf-8', bytes);
    if (text !== null) container = { text, encoding: 'utf-8' };
  }

  if (container !== null) {
    if (legacy !== null) {
      // Forced: pure ASCII reads the same either way and is reported as the raw legacy encoding.
      const ascii = container.encoding === 'utf-8' && !bytes.some((b) => b >= 0x80);
      return finish(name, ascii ? { text: container.text, encoding: legacy } : legacyInUnicode(container, legacy));
    }
    const detected = detectLegacy(container.text);
    return finish(name, detected === null ? container : legacyInUnicode(container, detected));
  }

  // Not UTF-8: legacy bytes.
  if (legacy !== null) return finish(name, { text: decodeLegacyBytes(bytes, legacy), encoding: legacy });
  // UTF-8 but for a stray byte or two (a Latin-1 space pasted in, a file cut off mid-character):
  // read as UTF-8 with those bytes as U+FFFD, which the record warns of. Legacy text fails on
  // nearly every Vietnamese letter instead.
  const damaged = damagedUtf8(bytes);
  if (damaged !== null) return finish(name, { text: damaged, encoding: 'utf-8' });
  const reading = readCp1252(bytes);
  if (looksBinary(reading))
    throw new InputError(name, 'contains control characters: looks like a binary file, not text');
  const detected = detectLegacy(reading);
  if (detected === null) throw new InputError(name, NOT_RECOGNISED);
  return finish(name, { text: decodeLegacyBytes(bytes, detected), encoding: detected });
}
