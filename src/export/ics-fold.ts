// Line folding of iCalendar text (RFC 5545 §3.1: lines of at most 75 octets, continued after
// CRLF + space), exactly as ical-generator 10 folds: a line breaks before the character that
// would take it past 74 octets, and the continuation's leading space is not counted. Written here
// because ical-generator encodes every character with a new TextEncoder (80 ms for one document's
// calendar, minutes for a merged one); this one is linear and allocation-free per character.

const NON_ASCII = /[\u0080-\u{10ffff}]/u;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** UTF-8 length of one UTF-16 unit that is not a high surrogate (a lone low one encodes as U+FFFD). */
function unitOctets(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return 3;
}

/** Fold every CRLF-separated line of `text`. */
export function foldIcs(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      // Most content lines are short and ASCII: nothing to do.
      if (line.length <= 74 && !NON_ASCII.test(line)) return line;
      let out = '';
      let from = 0;
      let n = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        let width = unitOctets(code);
        let size = 1;
        // ical-generator takes a high surrogate together with the unit after it, whatever it is.
        if (isHigh(code) && i + 1 < line.length) {
          const next = line.charCodeAt(i + 1);
          width = isLow(next) ? 4 : 3 + unitOctets(next);
          size = 2;
        }
        n += width;
        if (n > 74) {
          out += `${line.slice(from, i)}\r\n `;
          from = i;
          n = width;
        }
        i += size - 1;
      }
      return out + line.slice(from);
    })
    .join('\r\n');
}
