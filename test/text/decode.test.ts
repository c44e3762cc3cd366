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

  it('rejects invalid UTF-8 that is no recognisable legacy encoding, saying what was tried and how to force one', () => {
    // A UTF-8 line followed by a few Windows-1258 bytes: neither UTF-8 nor readable in one legacy encoding.
    expect(reasonOf(bytes(utf8('Kính gửi: '), [0xd0, 0xe1, 0x6e, 0x67, 0x20, 0xf9, 0x79]))).toBe(
      'not valid UTF-8 text, and not recognisable as Vietnamese in TCVN3 (ABC), VNI-Windows or Windows-1258 ' +
        '(all three were tried); use --encoding to force one (utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni)',
    );
    // ISO-8859-1 French is not Vietnamese either.
    expect(
      reasonOf(Uint8Array.from([...'Le café était très naïf, déjà vu à Noël.'].map((c) => c.charCodeAt(0)))),
    ).toMatch(/^not valid UTF-8 text, and not recognisable as Vietnamese/);
  });

  it('does not guess on a file too short to be sure of (one or two legacy-looking words)', () => {
    // "Kính g\xadi": readable as TCVN3 ("Kớnh gưi"), but two words prove nothing.
    expect(reasonOf(Uint8Array.from([0x4b, 0xed, 0x6e, 0x68, 0x20, 0x67, 0xad, 0x69]))).toMatch(
      /^not valid UTF-8 text, and not recognisable as Vietnamese .*use --encoding to force one/,
    );
    expect(reasonOf(Uint8Array.from([0x6e, 0xa8, 0x6d]))).toMatch(/use --encoding/); // "n¨m" (năm)
  });

  it('rejects invalid UTF-8 after a UTF-8 byte-order mark without guessing', () => {
    expect(reasonOf(bytes([0xef, 0xbb, 0xbf], [0x43, 0xe9, 0x6e, 0x67]))).toBe(
      'not valid UTF-8 text (though it starts with a UTF-8 byte-order mark)',
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

// "Cộng hòa xã hội chủ nghĩa Việt Nam" in each legacy encoding (bytes as the format doc shows them).
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const MOTTO = 'Cộng hòa xã hội chủ nghĩa Việt Nam';
const TCVN3 = latin1('Céng hßa x· héi chñ nghÜa ViÖt Nam');
const VNI = latin1('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam');
const CP1258 = latin1('Côòng hoÌa xaÞ hôòi chuÒ nghiÞa Viêòt Nam');

describe('decodeInput: legacy encodings', () => {
  it.each([
    ['TCVN3', TCVN3, 'tcvn3'],
    ['VNI-Windows', VNI, 'vni'],
    ['Windows-1258', CP1258, 'windows-1258'],
  ] as const)('detects %s bytes', (_name, input, encoding) => {
    expect(decodeInput(input, 'x.txt')).toEqual({ text: MOTTO, encoding });
    expect(decodeInput(input, 'x.txt', { encoding: 'auto' })).toEqual({ text: MOTTO, encoding });
  });

  it('detects legacy text saved again as UTF-8, with or without BOM, and as UTF-16 with BOM', () => {
    const misSaved = 'Céng hßa x· héi chñ nghÜa ViÖt Nam';
    expect(decodeInput(utf8(misSaved), 'x')).toEqual({ text: MOTTO, encoding: 'tcvn3-as-utf8' });
    expect(decodeInput(bytes([0xef, 0xbb, 0xbf], utf8(misSaved)), 'x').encoding).toBe('tcvn3-as-utf8');
    expect(decodeInput(bytes([0xff, 0xfe], utf16(misSaved, true)), 'x')).toEqual({
      text: MOTTO,
      encoding: 'tcvn3-as-utf16',
    });
    expect(decodeInput(bytes([0xfe, 0xff], utf16(misSaved, false)), 'x').encoding).toBe('tcvn3-as-utf16');
  });

  it('returns converted text in NFC', () => {
    const { text } = decodeInput(CP1258, 'x');
    expect(text).toBe(text.normalize('NFC'));
  });

  it('leaves proper Unicode Vietnamese and English alone', () => {
    expect(decodeInput(utf8(VI), 'x')).toEqual({ text: VI, encoding: 'utf-8' });
    const withSymbols = `${VI}Xem § 3 và phụ lục ß, µ.\n`;
    expect(decodeInput(utf8(withSymbols), 'x')).toEqual({ text: withSymbols, encoding: 'utf-8' });
    const english = 'Dear colleagues, the meeting is moved to Friday.\n';
    expect(decodeInput(utf8(english), 'x')).toEqual({ text: english, encoding: 'utf-8' });
  });
});

describe('decodeInput: the encoding option forces a reading', () => {
  it('forces a legacy encoding on raw bytes, even where auto would not be sure', () => {
    const short = latin1('n¨m'); // one word
    expect(decodeInput(short, 'x', { encoding: 'tcvn3' })).toEqual({ text: 'năm', encoding: 'tcvn3' });
    expect(decodeInput(VNI, 'x', { encoding: 'vni' })).toEqual({ text: MOTTO, encoding: 'vni' });
    expect(decodeInput(CP1258, 'x', { encoding: 'windows-1258' })).toEqual({ text: MOTTO, encoding: 'windows-1258' });
    // The wrong one is obeyed too: TCVN3 bytes read as VNI stay garbage, but they are what was asked for.
    expect(decodeInput(TCVN3, 'x', { encoding: 'vni' }).encoding).toBe('vni');
  });

  it('forces a legacy reading of a Unicode file (mis-saved legacy text)', () => {
    expect(decodeInput(utf8('n¨m ngµy'), 'x', { encoding: 'tcvn3' })).toEqual({
      text: 'năm ngày',
      encoding: 'tcvn3-as-utf8',
    });
    expect(decodeInput(utf8('Vieät'), 'x', { encoding: 'vni' })).toEqual({ text: 'Việt', encoding: 'vni-as-utf8' });
    expect(decodeInput(utf8('plain ASCII'), 'x', { encoding: 'vni' })).toEqual({
      text: 'plain ASCII',
      encoding: 'vni',
    });
  });

  it('forces UTF-8: no legacy conversion, invalid bytes read as U+FFFD', () => {
    const misSaved = 'Céng hßa x· héi chñ nghÜa ViÖt Nam';
    expect(decodeInput(utf8(misSaved), 'x', { encoding: 'utf-8' })).toEqual({ text: misSaved, encoding: 'utf-8' });
    expect(decodeInput(bytes([0xef, 0xbb, 0xbf], utf8(VI)), 'x', { encoding: 'utf-8' })).toEqual({
      text: VI,
      encoding: 'utf-8-bom',
    });
    const forced = decodeInput(TCVN3, 'x', { encoding: 'utf-8' });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.text).toContain('\uFFFD');
  });

  it('reads UTF-8 with a stray byte or two, the bytes as U+FFFD; legacy text is still recognised', () => {
    const damaged = bytes(utf8('Số'), [0xa0], utf8(VI + VI));
    const read = decodeInput(damaged, 'x');
    expect(read.encoding).toBe('utf-8');
    expect(read.text).toBe(`Số\uFFFD${VI}${VI}`);
    expect(decodeInput(TCVN3, 'x').encoding).toBe('tcvn3');
  });

  it('detects UTF-16 without a byte-order mark by the side its NUL bytes fall on', () => {
    const text = `${VI}\nKính gửi: Sở Nội vụ.\n`;
    expect(decodeInput(utf16(text, true), 'x')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeInput(utf16(text, false), 'x')).toEqual({ text, encoding: 'utf-16be' });
    // NULs on both sides of the pairs are binary, not UTF-16.
    expect(reasonOf(bytes(utf16('Kính gửi các sở', true), utf16('Kính gửi các sở', false)))).toMatch(
      /^contains NUL bytes/,
    );
    // An odd length cannot be UTF-16; nor can pairs that read as control characters.
    expect(reasonOf(bytes(utf16('Kính gửi các sở', true), [0x41]))).toMatch(/^contains NUL bytes/);
    expect(reasonOf(bytes(utf16('Kính gửi các sở', true), [1, 0, 2, 0]))).toMatch(/^contains NUL bytes/);
  });

  it('forces UTF-16 without a byte-order mark', () => {
    expect(decodeInput(utf16(VI, true), 'x', { encoding: 'utf-16le' })).toEqual({ text: VI, encoding: 'utf-16le' });
    expect(decodeInput(utf16(VI, false), 'x', { encoding: 'utf-16be' })).toEqual({ text: VI, encoding: 'utf-16be' });
    expect(decodeInput(bytes([0xfe, 0xff], utf16(VI, false)), 'x', { encoding: 'utf-16be' }).text).toBe(VI);
  });

  it('still refuses empty and non-text files', () => {
    for (const encoding of ['utf-8', 'utf-16le', 'tcvn3', 'vni', 'windows-1258'] as const) {
      expect(() => decodeInput(new Uint8Array(), 'x', { encoding })).toThrow('x: file is empty');
      expect(() => decodeInput(utf8('%PDF-1.7\n%âãÏÓ\n'), 'x', { encoding })).toThrow('looks like a PDF file');
    }
    expect(() => decodeInput(bytes(utf8('abc'), [0, 1, 2]), 'x', { encoding: 'tcvn3' })).toThrow(/NUL bytes/);
  });
});

describe('decodeInput: speed', () => {
  it('detects and converts a 2 MB legacy file', () => {
    const line = 'Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. QuyÕt ®Þnh n¨m 2026.\n';
    const big = latin1(line.repeat(Math.ceil(2_000_000 / line.length)));
    const { encoding, text } = decodeInput(big, 'x');
    expect(encoding).toBe('tcvn3');
    expect(text.startsWith('Cộng hòa xã hội chủ nghĩa Việt Nam.')).toBe(true);
  });

  it('refuses a 2 MB single "word" of legacy-looking bytes', () => {
    const junk = Uint8Array.from({ length: 2_000_000 }, (_, i) => 0xa1 + (i % 90));
    expect(() => decodeInput(junk, 'x')).toThrow(/not recognisable/);
  });
});
