import { describe, expect, it } from 'vitest';
import { decodeInput, InputError } from '../../src/text/decode.js';

const VI = 'Kính gửi: Các chi bộ, đảng bộ trực thuộc Đảng ủy\nThủy Nguyên, ngày 14 tháng 4 năm 2026\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(text: string, little: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out.push(...(little ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(out);
}

function reasonOf(input: Uint8Array): string {
  try {
    decodeInput(input, 'x.txt');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.file).toBe('x.txt');
    expect(e.message).toBe(`x.txt: ${e.reason}`);
    return e.reason;
  }
  throw new Error('expected an InputError');
}

describe('decodeInput', () => {
  it.each([
    ['utf-8', utf8(VI), 'utf-8'],
    ['utf-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8(VI)), 'utf-8-bom'],
    ['utf-16le with BOM', bytes([0xff, 0xfe], utf16(VI, true)), 'utf-16le'],
    ['utf-16be with BOM', bytes([0xfe, 0xff], utf16(VI, false)), 'utf-16be'],
  ] as const)('%s', (_name, input, encoding) => {
    expect(decodeInput(input, 'x.txt')).toEqual({ text: VI, encoding });
  });

  it('keeps the text as written (no NFC, no line-end changes: that is the parser’s job)', () => {
    const nfd = 'Đảng ủy\r\n'.normalize('NFD');
    expect(decodeInput(utf8(nfd), 'x').text).toBe(nfd);
  });

  it.each([
    ['empty', new Uint8Array(), 'file is empty'],
    ['only a BOM', bytes([0xef, 0xbb, 0xbf]), 'file is empty'],
    ['only whitespace', utf8(' \n\r\n\t'), 'file is empty'],
    ['PDF', utf8('%PDF-1.7\n%âãÏÓ\n'), 'looks like a PDF file, not text'],
    [
      'DOCX',
      bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]),
      'looks like a ZIP archive (e.g. a .docx or .xlsx file), not text',
    ],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'looks like a PNG image, not text'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'looks like a JPEG image, not text'],
    ['GIF', utf8('GIF89a\u0001\u0000'), 'looks like a GIF image, not text'],
    [
      'OLE .doc',
      bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]),
      'looks like a Word .doc (OLE) file, not text',
    ],
  ])('rejects %s', (_name, input, reason) => {
    expect(reasonOf(input)).toBe(reason);
  });

  it('rejects NUL bytes outside UTF-16 as binary', () => {
    expect(reasonOf(bytes(utf8('abc'), [0, 1, 2], utf8('def')))).toMatch(
      /^contains NUL bytes: looks like a binary file/,
    );
  });

  it('rejects invalid UTF-8 (e.g. TCVN3/VNI or Windows-1258 bytes) with a clear reason', () => {
    // "Đảng" in Windows-1258-ish single bytes: not UTF-8.
    expect(reasonOf(bytes(utf8('Kính gửi: '), [0xd0, 0xe1, 0x6e, 0x67, 0x20, 0xf9, 0x79]))).toBe(
      'not valid UTF-8 text (legacy encodings such as TCVN3/VNI are not supported yet)',
    );
  });

  it('rejects truncated UTF-16 and UTF-16 holding binary', () => {
    expect(reasonOf(bytes([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBe('not valid UTF-16LE text');
    expect(reasonOf(bytes([0xff, 0xfe], utf16('ab\u0000cd', true)))).toMatch(/binary/);
    expect(reasonOf(bytes([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]))).toBe('not valid UTF-16BE text'); // lone surrogate
  });

  it('rejects text made mostly of control characters', () => {
    expect(reasonOf(utf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f ab'))).toMatch(
      /control characters/,
    );
  });
});
