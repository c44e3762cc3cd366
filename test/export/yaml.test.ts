import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { toJson } from '../../src/export/json.js';
import { needsQuotes, toYaml, toYamlStream } from '../../src/export/yaml.js';
import type { Directive } from '../../src/types.js';
import { sampleRecord } from '../helpers/record.js';

const TRICKY = [
  '2026-04-30',
  '2026-04',
  '2026',
  'on',
  'no',
  'yes',
  'Off',
  'y',
  'n',
  'null',
  '~',
  '1.1',
  '17:00',
  '0o17',
  '1e3',
  '.inf',
  '<<',
  'true',
  '',
];

function trickyRecord(): Directive {
  const r = sampleRecord();
  r.recipients = [...TRICKY];
  r.number = '2026';
  r.subject = 'on';
  return r;
}

describe('toYaml', () => {
  it('reads back as exactly the JSON data (YAML 1.2)', () => {
    for (const record of [sampleRecord(), trickyRecord()]) {
      expect(YAML.parse(toYaml(record))).toEqual(JSON.parse(toJson(record)));
    }
  });

  it('reads back the same under a YAML 1.1 reader', () => {
    const record = trickyRecord();
    expect(YAML.parse(toYaml(record), { version: '1.1' })).toEqual(JSON.parse(toJson(record)));
  });

  it.each(TRICKY.filter((s) => s !== ''))('quotes %j', (value) => {
    expect(needsQuotes(value)).toBe(true);
    expect(toYaml(trickyRecord())).toContain(`  - ${JSON.stringify(value)}\n`);
  });

  it('leaves ordinary text plain and keeps keys in record order', () => {
    const yaml = toYaml(sampleRecord());
    expect(yaml).toContain('issuer: ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ\n');
    expect(yaml).toContain('date: "2026-04-14"\n');
    expect(yaml).toContain('time: "17:00"\n');
    expect(yaml).toContain('number: "323"\n');
    expect(yaml).toContain('urgency: Khẩn\n');
    expect(yaml).toContain('confidentiality: null\n');
    expect(Object.keys(YAML.parse(yaml))).toEqual(Object.keys(sampleRecord()));
    for (const s of ['T/M BAN THƯỜNG VỤ', 'quý II/2026', 'Như trên']) expect(needsQuotes(s)).toBe(false);
  });

  it('writes shared objects out in full (no anchors or aliases) and long text on one line', () => {
    const r = sampleRecord();
    const path = ['1', '(1)'];
    const task = r.tasks[0]?.children[0];
    if (!task) throw new Error('sample changed');
    task.path = path;
    task.text = 'rất dài '.repeat(40).trim();
    const first = r.deadlines[0];
    if (first) first.task = path;
    const yaml = toYaml(r);
    expect(yaml).not.toMatch(/[&*]a\d/);
    expect(yaml).toContain(`text: ${task.text}\n`);
  });

  it('toYamlStream writes one document per input, null for failures, file names as comments', () => {
    const yaml = toYamlStream([sampleRecord(), null], ['a.txt', 'b\n.txt']);
    expect(yaml.startsWith('# a.txt\n---\n')).toBe(true);
    expect(yaml).toContain('# b .txt\n---\n');
    expect(YAML.parseAllDocuments(yaml).map((d) => d.toJS())).toEqual([JSON.parse(toJson(sampleRecord())), null]);
  });
});
