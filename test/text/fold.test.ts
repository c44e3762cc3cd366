import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonTones, foldDiacritics, nameKey } from '../../src/text/fold.js';

describe('tone placement', () => {
  it.each([
    ['Thành uỷ', 'Thành ủy'],
    ['THÀNH UỶ', 'THÀNH ỦY'],
    ['hoá', 'hóa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ', 'thủy'],
    ['luỹ', 'lũy'],
    ['HUYỆN UỶ ĐỊNH HOÁ', 'HUYỆN ỦY ĐỊNH HÓA'],
  ])('%s → %s', (from, to) => {
    expect(canonTones(from)).toBe(to);
    expect(canonTones(from)).toHaveLength(from.length);
  });

  it.each(['quý', 'hoàn', 'khuyến', 'Đảng ủy', 'quỹ', 'thuyết'])('leaves %s alone', (word) => {
    expect(canonTones(word)).toBe(word);
  });

  it('compares names regardless of tone placement, case and spacing', () => {
    expect(nameKey('Văn phòng Đảng uỷ')).toBe(nameKey('văn  phòng đảng ủy'));
    expect(nameKey('Văn phòng Đảng ủy')).not.toBe(nameKey('Văn phòng Đảng bộ'));
  });

  it('folds diacritics one character for one', () => {
    expect(foldDiacritics('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('CONG HOA XA HOI CHU NGHIA VIET NAM');
    expect(foldDiacritics('Đảng đoàn')).toBe('Dang doan');
  });
});

describe('canonTones against the plain pattern it replaced', () => {
  // The rule as first written: every movable pair at a word end, moved unless it is `qu` + `y`.
  const reference = (text: string) =>
    text.replace(
      /(?:[oOòóỏõọÒÓỎÕỌ][aAeEàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uUùúủũụÙÚỦŨỤ][yYỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu,
      (pair, at: number) => {
        const [a = '', b = ''] = [...pair].map((c) => c.normalize('NFD'));
        const bare = (s: string) => s.replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '');
        if (bare(a).length !== 1 || bare(b).length !== 1) return pair;
        const lower = (bare(a) + bare(b)).toLowerCase();
        if (!['oa', 'oe', 'uy'].includes(lower)) return pair;
        if (lower === 'uy' && /[qQ]/u.test(text[at - 1] ?? '')) return pair;
        const tone = /[\u0300\u0301\u0303\u0309\u0323]/u.exec(a + b)?.[0];
        return tone ? (bare(a) + tone).normalize('NFC') + bare(b) : pair;
      },
    );

  it('gives the same text on random runs of vowels, q, letters and spaces', () => {
    const unit = fc.constantFrom(
      'o',
      'ó',
      'O',
      'u',
      'ủ',
      'U',
      'a',
      'á',
      'à',
      'e',
      'ẻ',
      'y',
      'ý',
      'Ỷ',
      'q',
      'h',
      ' ',
      '.',
      '𝐚',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (units) => {
        const s = units.join('');
        expect(canonTones(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });
});
