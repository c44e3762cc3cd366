// Windows-1252, the code page through which every legacy Vietnamese font encoding was written and
// read on Windows. TCVN3 and VNI files are Windows-1252 text whose letters a special font draws as
// Vietnamese; a "mis-saved" file is that same Windows-1252 reading stored as real Unicode.
//
// Node 20's TextDecoder('windows-1252') reads 0x80–0x9F as ISO-8859-1 (no smart quotes), so the table
// comes from iconv-lite. The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) map to
// the C1 control of the same number, as the WHATWG Encoding Standard does: the reading is lossless.

import { loadIconv } from './iconv.js';
import { mapBytes } from './units.js';

interface Tables {
  /** Byte → UTF-16 code unit (every Windows-1252 character is in the BMP). */
  toUnicode: Uint16Array;
  toByte: Map<string, number>;
}

let tables: Tables | undefined;

/** Built on first use: a Unicode file never needs them. */
function cp1252(): Tables {
  if (tables === undefined) {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const toUnicode = Uint16Array.from(
      [...loadIconv().decode(all, 'windows1252')].map((c, i) => (c === '\ufffd' ? i : c.charCodeAt(0))),
    );
    const toByte = new Map<string, number>();
    toUnicode.forEach((u, b) => {
      toByte.set(String.fromCharCode(u), b);
    });
    tables = { toUnicode, toByte };
  }
  return tables;
}

/** Read bytes as Windows-1252 text (never fails). */
export function readCp1252(bytes: Uint8Array): string {
  return mapBytes(bytes, cp1252().toUnicode);
}

/** True for a character Windows-1252 can carry (so a legacy reading may have produced it). */
export function inCp1252(char: string): boolean {
  return cp1252().toByte.has(char);
}
