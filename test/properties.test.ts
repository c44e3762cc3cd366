// Property-based tests: random and mutated directives never make the parser throw, always give a
// schema-valid record, and every output format serializes and reads back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { toCsv } from '../src/export/csv.js';
import { toIcs } from '../src/export/ics.js';
import { toJson } from '../src/export/json.js';
import { renderSummary } from '../src/export/summary.js';
import { toYaml } from '../src/export/yaml.js';
import { parseDirective } from '../src/index.js';
import { validateRecord } from './helpers/schema.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const inputs = readdirSync(FIXTURES).map((n) => readFileSync(join(FIXTURES, n, 'input.txt'), 'utf8'));

// Pieces real directives are made of, to build plausible nonsense from.
const PIECES = [
  'Số 12-CV/TU',
  'Số: /UBND-VP',
  'Hà Nội, ngày 05 tháng 3 năm 2026',
  'ngày tháng năm 2026',
  'V/v triển khai',
  'KẾ HOẠCH',
  'Kính gửi:',
  '- Các sở, ngành;',
  'I. NHIỆM VỤ QUÝ II NĂM 2026',
  '1. Ban Tổ chức Tỉnh ủy',
  '1.1. Giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính',
  '(1) Hoàn thành trước ngày **30/4/2026**².',
  'a) Báo cáo hằng tháng (trước ngày 20).',
  '+ Thực hiện thường xuyên.',
  'Điều 1. Thực hiện sau khi có hướng dẫn.',
  'trước 17 giờ ngày 31/2/2026',
  'trong vòng 15 ngày kể từ ngày ký',
  'Công văn số 323-CV/TU, ngày 14/4/2026 của Ban Thường vụ',
  '¹ Nghị định số 30/2020/NĐ-CP',
  'Nơi nhận:',
  '- Lưu: VT.',
  'T/M BAN THƯỜNG VỤ',
  'KT. CHỦ TỊCH',
  'PHÓ BÍ THƯ',
  'Nguyễn Văn A',
  'PHỤ LỤC',
  '| a | b |',
  '|---|---|',
  '*',
  '',
  '\t',
  '**',
  '<br>',
  '\u0000\u001b[31m',
];

const line = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);
const document = fc.array(line, { maxLength: 60 }).map((lines) => lines.join('\n'));

/** A fixture with random lines deleted, duplicated, cut or shuffled in. */
const mutated = fc
  .tuple(
    fc.constantFrom(...inputs),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 10 })), { maxLength: 12 }),
  )
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [at, op, junk] of edits) {
      const i = lines.length ? at % lines.length : 0;
      if (op === 0) lines.splice(i, 1);
      else if (op === 1) lines.splice(i, 0, lines[(at * 7) % Math.max(1, lines.length)] ?? '');
      else if (op === 2) lines[i] = (lines[i] ?? '').slice(0, at % 40) + junk;
      else lines.splice(i, 0, junk);
    }
    return lines.join('\n');
  });

function checkEverything(text: string): void {
  const record = parseDirective(text);
  expect(validateRecord(JSON.parse(JSON.stringify(record)))).toEqual([]);
  const json = toJson(record);
  expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(record)));
  expect(YAML.parse(toYaml(record))).toEqual(JSON.parse(json));
  const ics = toIcs([record], { includeUndated: true, todo: 'also' }).text;
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  toCsv([{ record }]);
  // The terminal summary carries no control characters from the input.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
  expect(renderSummary(record, { color: false })).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
}

describe('properties', { timeout: 120_000 }, () => {
  it('random directive-like texts', () => {
    fc.assert(fc.property(document, checkEverything), { numRuns: 150, seed: 20261201 });
  });

  it('mutated real directives', () => {
    fc.assert(fc.property(mutated, checkEverything), { numRuns: 100, seed: 42 });
  });

  it('parsing is deterministic', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        expect(toJson(parseDirective(text))).toBe(toJson(parseDirective(text)));
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});
