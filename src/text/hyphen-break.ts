// A unit name broken at its hyphen by a PDF copy: "… Phòng Tài chính" ⏎ "- Kế hoạch, …" goes on
// with the name; the dash opens no bullet.
import { canonTones } from './fold.js';
import { alternation } from './patterns.js';
import { HYPHENATED_UNIT_NAMES } from './vocabulary.js';

// Each right-hand part of a name, and the left-hand parts it follows.
const HYPHEN_PAIRS = HYPHENATED_UNIT_NAMES.flatMap((name) => {
  const parts = name.split(' - ');
  return parts.slice(1).map((right, i) => [parts[i] ?? '', right.split(' và ')[0] ?? right] as const);
});
const HYPHEN_RIGHT = new RegExp(`^[-–—]\\s*(?<r>${alternation(HYPHEN_PAIRS.map(([, r]) => r))})(?![\\p{L}])`, 'u');
const HYPHEN_LEFT = new Map(
  [...new Set(HYPHEN_PAIRS.map(([, r]) => r))].map((r) => [
    canonTones(r),
    new RegExp(`(?<![\\p{L}])${alternation(HYPHEN_PAIRS.filter(([, x]) => x === r).map(([l]) => l))}$`, 'u'),
  ]),
);

/** Whether the line `next` goes on with a unit name that `prev` broke at its hyphen (both canonTones). */
export function brokenAtHyphen(prev: string, next: string): boolean {
  const r = HYPHEN_RIGHT.exec(next)?.groups?.r;
  return r !== undefined && (HYPHEN_LEFT.get(r.replace(/\s+/gu, ' '))?.test(prev.trimEnd()) ?? false);
}
