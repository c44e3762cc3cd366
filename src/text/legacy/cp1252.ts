// Windows-1252, the code page through which every legacy Vietnamese font encoding was written and
// read on Windows. TCVN3 and VNI files are Windows-1252 text whose letters a special font draws as
// Vietnamese; a "mis-saved" file is that same Windows-1252 reading stored as real Unicode.
//
// Node 20's TextDecoder('windows-1252') reads 0x80–0x9F as ISO-8859-1 (no smart quotes), so the table
// comes from iconv-lite. The five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) map to
// the C1 control of the same number, as the WHATWG Encoding Standard does: the reading is lossless.

import iconv from 'iconv-lite';
import { mapBytes } from './units.js';

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

/** Byte → UTF-16 code unit (every Windows-1252 character is in the BMP). */
const TO_UNICODE: Uint16Array = Uint16Array.from(
  [...iconv.decode(ALL_BYTES, 'windows1252')].map((c, i) => (c === '\ufffd' ? i : c.charCodeAt(0))),
);

const TO_BYTE = new Map<string, number>();
TO_UNICODE.forEach((u, b) => {
  TO_BYTE.set(String.fromCharCode(u), b);
});

/** Read bytes as Windows-1252 text (never fails). */
export function readCp1252(bytes: Uint8Array): string {
  return mapBytes(bytes, TO_UNICODE);
}

/** True for a character Windows-1252 can carry (so a legacy reading may have produced it). */
export function inCp1252(char: string): boolean {
  return TO_BYTE.has(char);
}
