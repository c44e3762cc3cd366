// Hostile shapes of input must cost about what a normal file of the same size costs: no
// catastrophic backtracking. A generous bound here; the benchmark reports the real figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../src/index.js';
import { validateRecord } from './helpers/schema.js';

const SIZE = 300_000;
const sample = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'party-ket-luan', 'input.txt'), 'utf8');
const normal = sample.repeat(Math.ceil(SIZE / sample.length)).slice(0, SIZE);
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const CASES: Record<string, string> = {
  'one long line': normal.replace(/\n/gu, ' '),
  '(1) markers': fill('(1) '),
  'a run of spaces': `a${' '.repeat(SIZE)}b`,
  'spaces before a comma': `${fill('Hà Nội ')}     ,`,
  dots: fill('.'),
  digits: fill('1'),
  'digits and slashes': fill('12/'),
  'bold markers': fill('**'),
  'unmatched brackets': fill('(['),
  'deep outline': fill('1.1.1.1. a\n'),
  'dash lines': fill('- \n'),
  'deadline phrases': fill('trước ngày 30/4/2026 '),
  numbers: fill('Số 12-CV/TU '),
  'capital lines': fill('ỦY BAN NHÂN DÂN\n'),
  'tone marks': fill('hoà uỷ khoẻ '),
  'table rows': fill('| a | b |\n'),
};

function seconds(text: string): number {
  const t = performance.now();
  const record = parseDirective(text);
  const elapsed = (performance.now() - t) / 1000;
  expect(validateRecord(JSON.parse(JSON.stringify(record)))).toEqual([]);
  return elapsed;
}

describe('adversarial inputs', { timeout: 120_000 }, () => {
  const baseline = seconds(normal);

  it.each(Object.keys(CASES))('%s', (name) => {
    const text = CASES[name] as string;
    expect(seconds(text)).toBeLessThan(Math.max(10 * baseline, 3));
  });
});
