// Golden tests: every fixtures/<name>/input.txt against its reviewed expected.json / .yaml / .ics.
// To update after an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts, then
// read the diff of fixtures/ like code before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { toIcs } from '../src/export/ics.js';
import { toJson } from '../src/export/json.js';
import { toYaml } from '../src/export/yaml.js';
import { parseDirective } from '../src/index.js';
import { validateRecord } from './helpers/schema.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const names = readdirSync(FIXTURES).filter((n) => existsSync(join(FIXTURES, n, 'input.txt')));
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(names)('%s', (name) => {
  const dir = join(FIXTURES, name);
  const record = parseDirective(readFileSync(join(dir, 'input.txt'), 'utf8'));
  const json = toJson(record);
  const yaml = toYaml(record);
  const ics = toIcs([record]).text;
  if (update) {
    writeFileSync(join(dir, 'expected.json'), json);
    writeFileSync(join(dir, 'expected.yaml'), yaml);
    writeFileSync(join(dir, 'expected.ics'), ics);
  }

  it('matches the reviewed JSON', () => {
    expect(json).toBe(readFileSync(join(dir, 'expected.json'), 'utf8'));
  });

  it('matches the reviewed YAML, which reads back as the JSON', () => {
    expect(yaml).toBe(readFileSync(join(dir, 'expected.yaml'), 'utf8'));
    expect(YAML.parse(yaml)).toEqual(JSON.parse(json));
  });

  it('matches the reviewed calendar (byte for byte, whatever the machine time zone)', () => {
    expect(ics).toBe(readFileSync(join(dir, 'expected.ics'), 'utf8'));
  });

  it('validates against the JSON Schema', () => {
    expect(validateRecord(JSON.parse(json))).toEqual([]);
  });

  it('is deterministic', () => {
    expect(toJson(parseDirective(readFileSync(join(dir, 'input.txt'), 'utf8')))).toBe(json);
  });
});
