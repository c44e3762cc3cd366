// Hostile shapes of input must cost about what a normal file of the same size costs: no
// catastrophic backtracking. A generous bound here; the benchmark reports the real figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../src/index.js';
import { adversarialCases } from './helpers/adversarial.js';
import { validateRecord } from './helpers/schema.js';

const SIZE = 300_000;
const sample = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'party-ket-luan', 'input.txt'), 'utf8');
const normal = sample.repeat(Math.ceil(SIZE / sample.length)).slice(0, SIZE);
const CASES = adversarialCases(normal, SIZE);

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
