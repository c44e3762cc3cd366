// Every fixture, rendered the messy ways real inputs arrive, must parse to the same answers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../src/index.js';
import { nameKey } from '../src/text/fold.js';
import type { Directive, Task } from '../src/types.js';
import { VARIANTS } from './helpers/variants.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(FIXTURES).filter((n) => !n.startsWith('.'));

// Compare as the evaluation does: tone placement, case, spaces and markdown folded.
const key = (s: string | null) => (s === null ? null : nameKey(s.replace(/[*"]/gu, '')).replace(/\s+/gu, ''));

function flat(tasks: Task[], out: Array<[string, string | null]> = []): Array<[string, string | null]> {
  for (const t of tasks) {
    out.push([t.path.join(' › '), key(t.assignee)]);
    flat(t.children, out);
  }
  return out;
}

/** The answers a clerk checks, without line numbers (wrapping moves them). */
function answers(r: Directive) {
  return {
    number: r.number,
    symbol: r.symbol,
    docType: r.docType,
    issuer: key(r.issuer),
    parent: key(r.parent),
    place: key(r.place),
    date: r.date,
    subject: key(r.subject),
    recipients: r.recipients.map(key),
    distribution: r.distribution.map(key),
    signer: [key(r.signer.authority), key(r.signer.position), key(r.signer.name)],
    references: r.references.map((x) => x.id),
    tasks: flat(r.tasks),
    deadlines: r.deadlines.map((d) => [d.task?.join(' › ') ?? null, d.kind, d.date]),
  };
}

describe.each(names)('%s survives messy renderings', (name) => {
  const input = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
  const clean = answers(parseDirective(input));

  it.each(Object.keys(VARIANTS))('%s', (variant) => {
    const transform = VARIANTS[variant];
    if (!transform) throw new Error(`unknown variant ${variant}`);
    const messy = transform(input);
    expect(answers(parseDirective(messy))).toEqual(clean);
  });
});

describe('variants', () => {
  it.each(Object.keys(VARIANTS))('%s changes at least one fixture', (variant) => {
    const transform = VARIANTS[variant];
    const inputs = names.map((n) => readFileSync(join(FIXTURES, n, 'input.txt'), 'utf8'));
    expect(inputs.some((t) => transform?.(t) !== t)).toBe(true);
  });
});
