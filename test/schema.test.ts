import { describe, expect, it } from 'vitest';
import type { Directive } from '../src/types.js';
import { sampleRecord } from './helpers/record.js';
import { schema, validateRecord } from './helpers/schema.js';

type Mutate = (r: Record<string, unknown> & Directive) => void;

describe('schema/directive.schema.json', () => {
  it('accepts a complete hand-built record', () => {
    expect(validateRecord(sampleRecord())).toEqual([]);
  });

  it('lists the record keys in the contract order (as the sample, typed by src/types.ts, builds them)', () => {
    const keys = Object.keys(sampleRecord());
    expect(schema.required).toEqual(keys);
    expect(Object.keys(schema.properties as object)).toEqual(keys);
  });

  it('accepts partial document dates and a draft without number', () => {
    for (const date of ['2026', '2026-04', '2026-04-30', null]) {
      expect(validateRecord({ ...sampleRecord(), date, number: null })).toEqual([]);
    }
  });

  const invalid: [string, Mutate, RegExp][] = [
    ['missing key', (r) => delete (r as Partial<Directive>).deadlines, /must have required property 'deadlines'/],
    ['unknown key', (r) => Object.assign(r, { extra: 1 }), /additional properties \(extra\)/],
    ['bad date', (r) => Object.assign(r, { date: '14/04/2026' }), /^\/date/],
    ['impossible month', (r) => Object.assign(r, { date: '2026-13' }), /^\/date/],
    ['bad urgency', (r) => Object.assign(r, { urgency: 'khẩn trương' }), /^\/urgency/],
    ['bad deadline kind', (r) => Object.assign(r.deadlines[0] ?? {}, { kind: 'soon' }), /^\/deadlines\/0\/kind/],
    ['partial deadline date', (r) => Object.assign(r.deadlines[0] ?? {}, { date: '2026-04' }), /^\/deadlines\/0\/date/],
    [
      'ongoing with a date',
      (r) => Object.assign(r.deadlines[3] ?? {}, { date: '2026-12-31' }),
      /^\/deadlines\/3\/date/,
    ],
    ['bad time', (r) => Object.assign(r.deadlines[1] ?? {}, { time: '17h' }), /^\/deadlines\/1\/time/],
    ['bad warning code', (r) => Object.assign(r.warnings[0] ?? {}, { code: 'OOPS' }), /^\/warnings\/0\/code/],
    ['line 0', (r) => Object.assign(r.references[0] ?? {}, { line: 0 }), /^\/references\/0\/line/],
    ['empty task path', (r) => Object.assign(r.tasks[0] ?? {}, { path: [] }), /^\/tasks\/0\/path/],
    [
      'nested task missing children',
      (r) => {
        const child: Partial<Directive['tasks'][number]> = r.tasks[0]?.children[0] ?? {};
        delete child.children;
      },
      /^\/tasks\/0\/children\/0: must have required property 'children'/,
    ],
    ['signer missing line', (r) => delete (r.signer as Partial<Directive['signer']>).line, /^\/signer/],
    [
      'source without rule',
      (r) => Object.assign(r.sources, { date: { line: 1, column: 1, text: 'x' } }),
      /^\/sources\/date/,
    ],
  ];

  it.each(invalid)('rejects: %s', (_name, mutate, message) => {
    const record = sampleRecord() as Record<string, unknown> & Directive;
    mutate(record);
    const errors = validateRecord(record);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });
});
