// Raw bytes → text. Pure: no I/O. Detects the byte-order mark, refuses binary files with a reason a
// clerk can act on, and decodes strictly (a wrong byte is an error, never a silent U+FFFD).
// Further normalisation (NFC, line ends, NBSP …) belongs to the parser.

export type InputEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

export interface DecodedInput {
  text: string;
  encoding: InputEncoding;
}

/** An input that cannot be used, with the file name as given and a short reason. */
export class InputError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
  }
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

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  return controls > 8 && controls * 20 > text.length;
}

/**
 * Decode the bytes of an input file. `name` is only used in error messages.
 * @throws InputError for an empty file, a binary or non-text file, or text that is not valid UTF-8/UTF-16.
 */
export function decodeInput(bytes: Uint8Array, name: string): DecodedInput {
  if (bytes.length === 0) throw new InputError(name, 'file is empty');

  let encoding: InputEncoding;
  let text: string | null;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8-bom';
    text = decodeStrict('utf-8', bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const little = bytes[0] === 0xff;
    encoding = little ? 'utf-16le' : 'utf-16be';
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0) throw new InputError(name, `not valid ${little ? 'UTF-16LE' : 'UTF-16BE'} text`);
    text = decodeStrict('utf-16le', little ? body : swapPairs(body));
    if (text === null) throw new InputError(name, `not valid ${little ? 'UTF-16LE' : 'UTF-16BE'} text`);
  } else {
    const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
    if (magic) throw new InputError(name, `looks like ${magic.what}, not text`);
    if (bytes.includes(0)) {
      throw new InputError(
        name,
        'contains NUL bytes: looks like a binary file (or UTF-16 without a byte-order mark), not text',
      );
    }
    encoding = 'utf-8';
    text = decodeStrict('utf-8', bytes);
  }

  if (text === null) {
    throw new InputError(name, 'not valid UTF-8 text (legacy encodings such as TCVN3/VNI are not supported yet)');
  }
  if (looksBinary(text)) throw new InputError(name, 'contains control characters: looks like a binary file, not text');
  if (text.trim() === '') throw new InputError(name, 'file is empty');
  return { text, encoding };
}
