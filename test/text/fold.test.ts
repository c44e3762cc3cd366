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
