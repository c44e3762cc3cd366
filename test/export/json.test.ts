import { describe, expect, it } from 'vitest';
import { toJson, toJsonArray } from '../../src/export/json.js';
import { sampleRecord } from '../helpers/record.js';

describe('toJson', () => {
  it('is 2-space JSON with a trailing newline, keys in record order', () => {
    const record = sampleRecord();
    const json = toJson(record);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "number": "323",');
    expect(Object.keys(JSON.parse(json))).toEqual(Object.keys(record));
    expect(JSON.parse(json)).toEqual(record);
  });

  it('keeps non-ASCII text as is (no \\u escapes)', () => {
    expect(toJson(sampleRecord())).toContain('"ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ"');
  });

  it('is a pure function of the record', () => {
    const record = sampleRecord();
    const before = structuredClone(record);
    expect(toJson(record)).toBe(toJson(record));
    expect(record).toEqual(before);
  });

  it('toJsonArray keeps one entry per input, null for failures', () => {
    expect(JSON.parse(toJsonArray([sampleRecord(), null]))).toEqual([sampleRecord(), null]);
  });
});
