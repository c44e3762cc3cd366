import { describe, expect, it } from 'vitest';
import { matchPlaceDate } from '../../src/rules/date.js';
import { line } from '../helpers/lines.js';

describe('place and date', () => {
  it.each([
    ['Hải Phòng, ngày 07 tháng 4 năm 2026', 'Hải Phòng', '2026-04-07'],
    ['Hà Nội, ngày 05 tháng 02 năm 2026', 'Hà Nội', '2026-02-05'],
    ['*Hà Nội, ngày 28 tháng 05 năm 2004*', 'Hà Nội', '2004-05-28'],
    ['Hải Phòng, ngày tháng 4 năm 2026', 'Hải Phòng', '2026-04'],
    ['Hải Phòng, ngày   tháng   năm 2026', 'Hải Phòng', '2026'],
    ['Thủy Nguyên, ngày … tháng … năm 2026', 'Thủy Nguyên', '2026'],
    ['TP. Hồ Chí Minh, ngày 1 tháng 7 năm 2025', 'TP. Hồ Chí Minh', '2025-07-01'],
    ['Thành phố Hồ Chí Minh, ngày 10 tháng 12 năm 2025', 'Thành phố Hồ Chí Minh', '2025-12-10'],
    ['Bắc Ninh, ngày …/…/2026', 'Bắc Ninh', '2026'],
    ['Bắc Ninh, ngày 03/4/2026', 'Bắc Ninh', '2026-04-03'],
    // typed with hyphens or dots
    ['An Hải, ngày 5-6-2027', 'An Hải', '2027-06-05'],
    ['An Hải, 05.6.2027', 'An Hải', '2027-06-05'],
    ['An Hải, ngày …-…-2027', 'An Hải', '2027'],
    ['ngày 03 tháng 4 năm 2018', null, '2018-04-03'],
    ['ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018', 'Hà Nội', '2018-04-03'],
    // the comma lost in a copy
    ['Hà Nội ngày 05 tháng 3 năm 2026', 'Hà Nội', '2026-03-05'],
    ['Buôn Ma Thuột ngày 5 tháng 3 năm 2026', 'Buôn Ma Thuột', '2026-03-05'],
  ])('%s', (text, place, date) => {
    const found = matchPlaceDate(line(text));
    expect(found?.value).toEqual({ place, date, invalid: false });
  });

  it('does not take a sentence with a date for the date line', () => {
    expect(matchPlaceDate(line('Tổ chức hội nghị ngày 05 tháng 3 năm 2026'))).toBeNull();
    expect(matchPlaceDate(line('Đề nghị gửi trước ngày 05 tháng 3 năm 2026'))).toBeNull();
    // separators must agree: a range of days is not a date line
    expect(matchPlaceDate(line('Hà Nam, 5-6/2027'))).toBeNull();
  });

  it('flags an impossible date and keeps what is certain', () => {
    expect(matchPlaceDate(line('Hà Nội, ngày 31 tháng 2 năm 2026'))?.value).toEqual({
      place: 'Hà Nội',
      date: '2026-02',
      invalid: true,
    });
  });

  it.each([
    'VIỆT NAM',
    'Ngày 14/4/2026, Đảng ủy nhận được Công văn số 323-CV/TU',
    '*Kết luận số 16-KL/TW, ngày 31/3/2026',
    'Thực hiện Kế hoạch số 5-KH/TU, ngày 03 tháng 4 năm 2026 của Ban Thường vụ',
  ])('not a document date: %s', (text) => {
    expect(matchPlaceDate(line(text))).toBeNull();
  });
});
