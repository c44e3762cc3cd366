// Fast character-for-character mapping of UTF-16 code units through a 256-entry table (code units
// above 0xFF pass through). Linear; builds the result through TextDecoder instead of string
// concatenation, so a 2 MB text maps in milliseconds.

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16LE = new TextDecoder('utf-16le');

/** Code units → string. */
export function unitsToString(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16LE.decode(units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 0x2000) parts.push(String.fromCharCode(...units.subarray(i, i + 0x2000)));
  return parts.join('');
}

/** A table that maps every unit below 256 to itself, then `changes` applied (character → character). */
export function unitTable(changes: Iterable<readonly [string, string]>): Uint16Array {
  const table = Uint16Array.from({ length: 256 }, (_, i) => i);
  for (const [from, to] of changes) {
    if (from.length !== 1 || to.length !== 1 || from.charCodeAt(0) > 0xff) {
      throw new Error(
        `unitTable: ${JSON.stringify(from)} → ${JSON.stringify(to)} is not one unit below 256 → one unit`,
      );
    }
    table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return table;
}

/** Map each code unit below 256 of `text` through `table`. */
export function mapUnits(text: string, table: Uint16Array): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 256 ? (table[c] as number) : c;
  }
  return unitsToString(out);
}

/** Map each byte through `table`. */
export function mapBytes(bytes: Uint8Array, table: Uint16Array): string {
  const out = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = table[bytes[i] as number] as number;
  return unitsToString(out);
}
