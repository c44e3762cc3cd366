import { type Line, toLines } from '../../src/text/lines.js';

/** The first non-empty unit of a one-line text. */
export function line(text: string): Line {
  const found = toLines(text).find((l) => l.text !== '');
  if (!found) throw new Error(`no text in ${JSON.stringify(text)}`);
  return found;
}
