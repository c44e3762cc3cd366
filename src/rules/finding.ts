// What every rule returns: a value with the exact text it was read from and where.
import type { Line } from '../text/lines.js';
import type { Source } from '../types.js';

export interface Finding<T> {
  value: T;
  source: Source;
}

/** A finding located at `offset` in `line.text`. */
export function findingAt<T>(line: Line, offset: number, matched: string, rule: string, value: T): Finding<T> {
  const lead = matched.length - matched.trimStart().length;
  return {
    value,
    source: {
      line: line.no,
      column: line.col + offset + lead,
      text: line.text.slice(offset + lead, offset + matched.length).trim(),
      rule,
    },
  };
}

/** A finding spanning whole lines (wrapped values such as a subject). */
export function findingLines<T>(lines: readonly Line[], rule: string, value: T): Finding<T> {
  const first = lines[0];
  return {
    value,
    source: {
      line: first?.no ?? 0,
      column: first?.col ?? 0,
      text: lines.map((l) => l.text).join(' '),
      rule,
    },
  };
}
