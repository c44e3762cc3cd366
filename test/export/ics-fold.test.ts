import fc from 'fast-check';
import ical from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldIcs } from '../../src/export/ics-fold.js';

// ical-generator's own folding, as the reference: render a calendar, then unfold it (RFC 5545
// unfolding removes CRLF + space; the unfolded text never holds that sequence itself).
function referenceFold(summary: string): { folded: string; raw: string } {
  const calendar = ical({ prodId: { company: 'x', product: 'y' }, name: 'n' });
  calendar.createEvent({ start: '2026-04-30', allDay: true, summary, id: 'u', stamp: '2026-01-01T00:00:00Z' });
  const folded = calendar.toString();
  return { folded, raw: folded.replaceAll('\r\n ', '') };
}

describe('foldIcs', () => {
  it('folds as ical-generator does: ASCII, Vietnamese, astral characters and long runs', () => {
    const unit = fc.constantFrom('a', ' ', 'ệ', 'Đ', 'ữ', '—', '😀', '𝐀', ',', ';');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), (units) => {
        const { folded, raw } = referenceFold(units.join(''));
        expect(foldIcs(raw)).toBe(folded);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every line within 75 octets', () => {
    const out = foldIcs(`DESCRIPTION:${'Việt Nam 😀 '.repeat(50)}`);
    for (const line of out.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(out.replaceAll('\r\n ', '')).toBe(`DESCRIPTION:${'Việt Nam 😀 '.repeat(50)}`);
  });
});
