// Windows-1258, Microsoft's Vietnamese code page: precomposed base letters (â ê ô ơ ư ă đ and the
// Latin-1 ones) plus five combining tone marks (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde,
// 0xF2 dot below), so `Việt` is `Vi` `ê` `0xF2` `t`. Decoding is Node's TextDecoder (full ICU), then
// NFC. Read as Windows-1252 the same bytes look like `Viêòt`: `mapWindows1258` undoes that reading.

import { mapUnits, unitTable } from './units.js';

const DECODER = new TextDecoder('windows-1258');

/** Windows-1258 bytes → Unicode (NFC). Pure. */
export function decodeWindows1258(bytes: Uint8Array): string {
  return DECODER.decode(bytes).normalize('NFC');
}

/** Windows-1252 character → the Windows-1258 character of the same byte. */
const TABLE = (() => {
  const first = 0xa0; // 0x80–0x9F only differ where Windows-1258 leaves a byte undefined
  const bytes = Uint8Array.from({ length: 0x100 - first }, (_, i) => first + i);
  const decoded = DECODER.decode(bytes);
  return unitTable([...decoded].map((to, i) => [String.fromCharCode(first + i), to] as const));
})();

/** Map a Windows-1252 reading of Windows-1258 text back to Unicode (not normalised). */
export function mapWindows1258(text: string): string {
  return mapUnits(text, TABLE);
}

/** A Windows-1252 reading of Windows-1258 text → Unicode (NFC). */
export function windows1258ToUnicode(text: string): string {
  return mapWindows1258(text).normalize('NFC');
}
