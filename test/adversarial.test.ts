// Hostile shapes of input must parse to a valid record: no crash, no catastrophic backtracking
// (a case that backtracked would run into the test's timeout). Their cost is measured by
// `npm run bench`, not here.
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

function parsesValid(text: string): void {
  const record = parseDirective(text);
  expect(validateRecord(JSON.parse(JSON.stringify(record)))).toEqual([]);
}

describe('adversarial inputs', { timeout: 60_000 }, () => {
  it('a normal text of the same size', () => {
    parsesValid(normal);
  });

  it.each(Object.keys(CASES))('%s', (name) => {
    parsesValid(CASES[name] as string);
  });
});
