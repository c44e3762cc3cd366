// The CLI's contract with the parser, checked with a stand-in parser: options are passed through,
// and an unexpected parser failure is one line, exit 1, and does not stop the other files.
import { describe, expect, it, vi } from 'vitest';
import { sampleRecord } from '../helpers/record.js';
import { cli, FIXTURES, fixture, oneLine } from './helpers.js';

const parseDirective = vi.fn();
vi.mock('../../src/index.js', () => ({ parseDirective }));

describe('CLI → parseDirective', () => {
  it('passes the decoded text and --reference-date', async () => {
    parseDirective.mockReset().mockReturnValue(sampleRecord());
    const { code } = await cli(['-f', 'json', '--reference-date', '2026-04-30', '-'], { stdin: '\ufeffKính gửi: X\n' });
    expect(code).toBe(0);
    expect(parseDirective).toHaveBeenCalledWith('Kính gửi: X\n', {
      referenceDate: '2026-04-30',
      encoding: 'utf-8-bom',
    });
  });

  it('passes no referenceDate when the flag is absent, and the decoded encoding', async () => {
    parseDirective.mockReset().mockReturnValue(sampleRecord());
    await cli(['-f', 'json', fixture(FIXTURES[0] ?? '')]);
    expect(parseDirective.mock.calls[0]?.[1]).toEqual({ encoding: 'utf-8' });
  });

  it('an internal error is one line without a stack trace, and the other files go on', async () => {
    parseDirective
      .mockReset()
      .mockImplementationOnce(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
      })
      .mockReturnValue(sampleRecord());
    const a = fixture('party-ket-luan');
    const b = fixture('state-cv-van-phong');
    const { code, stdout, stderr } = await cli(['-f', 'json', '--quiet', a, b]);
    expect(code).toBe(1);
    expect(oneLine(stderr)).toMatch(new RegExp(`^directive-parse: ${a}: internal error while parsing: Cannot read`));
    expect(JSON.parse(stdout)).toEqual([null, sampleRecord()]);
  });
});
