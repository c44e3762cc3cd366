import { describe, expect, it } from 'vitest';
import {
  addDaysIso,
  addMonthsIso,
  addWorkingDaysIso,
  diffDaysIso,
  halfYearEnd,
  isoDate,
  isPublicHoliday,
  isWorkingDay,
  monthEnd,
  nextWorkingDayIso,
  parseNumericDate,
  parseRoman,
  periodStart,
  publicHolidays,
  quarterEnd,
  quarterStart,
  weekdayIso,
  yearEnd,
} from '../../src/text/dates.js';

describe('isoDate', () => {
  it.each([
    [2026, 4, 30, '2026-04-30'],
    [2026, 1, 5, '2026-01-05'],
    [2024, 2, 29, '2024-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [2026, 2, 31, null],
    [2025, 2, 29, null],
    [1900, 2, 29, null],
    [2026, 4, 31, null],
    [2026, 13, 1, null],
    [2026, 0, 1, null],
    [2026, 6, 0, null],
    [2026.5, 6, 1, null],
  ])('%i-%i-%i → %s', (y, m, d, want) => {
    expect(isoDate(y, m, d)).toBe(want);
  });
});

describe('period ends', () => {
  it('month end, including leap February', () => {
    expect(monthEnd(2026, 2)).toBe('2026-02-28');
    expect(monthEnd(2028, 2)).toBe('2028-02-29');
    expect(monthEnd(2026, 4)).toBe('2026-04-30');
    expect(monthEnd(2026, 12)).toBe('2026-12-31');
    expect(monthEnd(2026, 13)).toBeNull();
  });
  it.each([
    ['I', '2026-03-31', '2026-01-01'],
    ['II', '2026-06-30', '2026-04-01'],
    ['III', '2026-09-30', '2026-07-01'],
    ['IV', '2026-12-31', '2026-10-01'],
    ['2', '2026-06-30', '2026-04-01'],
    [4, '2026-12-31', '2026-10-01'],
  ])('quarter %s', (q, end, start) => {
    expect(quarterEnd(2026, q)).toBe(end);
    expect(quarterStart(2026, q)).toBe(start);
  });
  it('rejects quarters outside I–IV', () => {
    expect(quarterEnd(2026, 'V')).toBeNull();
    expect(quarterEnd(2026, 0)).toBeNull();
    expect(quarterEnd(2026, '5')).toBeNull();
    expect(quarterEnd(2026, 'ii')).toBeNull();
  });
  it('half-year and year ends', () => {
    expect(halfYearEnd(2026, 1)).toBe('2026-06-30');
    expect(halfYearEnd(2026, 2)).toBe('2026-12-31');
    expect(yearEnd(2027)).toBe('2027-12-31');
  });
  it('periodStart of full and partial dates', () => {
    expect(periodStart('2026-04-07')).toBe('2026-04-07');
    expect(periodStart('2026-04')).toBe('2026-04-01');
    expect(periodStart('2026')).toBe('2026-01-01');
    expect(periodStart('April')).toBeNull();
  });
});

describe('day and month arithmetic', () => {
  it.each([
    ['2026-04-07', 15, '2026-04-22'],
    ['2026-12-25', 10, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i days = %s', (iso, n, want) => {
    expect(addDaysIso(iso, n)).toBe(want);
  });
  it('rejects malformed input instead of throwing', () => {
    expect(addDaysIso('2026-02-31', 1)).toBeNull();
    expect(addDaysIso('30/4/2026', 1)).toBeNull();
    expect(addMonthsIso('2026-4-1', 1)).toBeNull();
  });
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-04-15', 3, '2026-07-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-31', -3, '2026-02-28'],
  ])('%s + %i months = %s (civil-code clamping)', (iso, n, want) => {
    expect(addMonthsIso(iso, n)).toBe(want);
  });
  it('diff and weekday', () => {
    expect(diffDaysIso('2026-04-07', '2026-04-22')).toBe(15);
    expect(weekdayIso('2026-04-07')).toBe(2); // Tuesday
    expect(weekdayIso('1970-01-01')).toBe(4); // Thursday
    expect(weekdayIso('2026-04-26')).toBe(0); // Sunday
  });
});

describe('public holidays and working days', () => {
  it('knows solar holidays in any year', () => {
    for (const day of ['2031-01-01', '2031-04-30', '2031-05-01', '2031-09-02']) expect(isPublicHoliday(day)).toBe(true);
    expect(isPublicHoliday('2031-04-29')).toBe(false);
  });
  it('knows Tết 2026 (17/02) and its eve, five days in all', () => {
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(isPublicHoliday(day)).toBe(true);
    }
    expect(isPublicHoliday('2026-02-23')).toBe(false);
  });
  it.each([
    ['2024-02-10', '2024-04-18'],
    ['2025-01-29', '2025-04-07'],
    ['2026-02-17', '2026-04-26'],
    ['2027-02-06', '2027-04-16'],
    ['2028-01-26', '2028-04-04'],
  ])('Tết %s and Giỗ Tổ %s are in the table', (tet, gioTo) => {
    expect(isPublicHoliday(tet)).toBe(true);
    expect(isPublicHoliday(gioTo)).toBe(true);
  });
  it('adds a compensatory day when a holiday falls on a weekend', () => {
    // Giỗ Tổ 2026 is a Sunday → Monday 27/4 off.
    expect(isPublicHoliday('2026-04-27')).toBe(true);
    // 1/1/2028 is a Saturday → Monday 3/1 off.
    expect(isPublicHoliday('2028-01-03')).toBe(true);
  });
  it('24/11 is configurable (‡)', () => {
    expect(isPublicHoliday('2026-11-24')).toBe(true);
    expect(isPublicHoliday('2026-11-24', { cultureDay: false })).toBe(false);
    expect(isPublicHoliday('2025-11-24')).toBe(false);
  });
  it('the 2/9 adjacent day comes from the table', () => {
    expect(publicHolidays(2025).has('2025-09-01')).toBe(true);
    expect(publicHolidays(2024).has('2024-09-03')).toBe(true);
  });
  it('working days skip weekends and holidays', () => {
    expect(isWorkingDay('2026-04-07')).toBe(true);
    expect(isWorkingDay('2026-04-11')).toBe(false); // Saturday
    expect(isWorkingDay('2026-04-30')).toBe(false);
    expect(nextWorkingDayIso('2026-04-25')).toBe('2026-04-28'); // Sat → Sun Giỗ Tổ → Mon nghỉ bù → Tue
    expect(nextWorkingDayIso('2026-04-07')).toBe('2026-04-07');
  });
  it.each([
    ['2026-04-07', 3, '2026-04-10'], // Tue → Fri
    ['2026-04-09', 3, '2026-04-14'], // Thu → over the weekend
    ['2026-04-24', 1, '2026-04-28'], // Fri → Mon 27/4 is nghỉ bù for Giỗ Tổ
    ['2026-04-28', 2, '2026-05-04'], // Wed 29/4, then 30/4, 1/5 and the weekend off
    ['2026-04-28', 3, '2026-05-05'],
    ['2026-02-13', 1, '2026-02-23'], // Tết week
    ['2026-04-07', 0, '2026-04-07'],
  ])('%s + %i working days = %s', (iso, n, want) => {
    expect(addWorkingDaysIso(iso, n)).toBe(want);
  });
});

describe('parseNumericDate', () => {
  it.each([
    ['14/4/2026', '2026-04-14'],
    ['14/04/2026', '2026-04-14'],
    ['14-4-2026', '2026-04-14'],
    ['14.04.2026', '2026-04-14'],
    ['01-10-1997', '1997-10-01'],
    ['30/ 4/2026', '2026-04-30'],
    [' 5/2/2026 ', '2026-02-05'],
  ])('%s → %s', (text, want) => {
    expect(parseNumericDate(text)).toBe(want);
  });
  it.each(['31/2/2026', '14/13/2026', '14/4', '14/4-2026', '2026-04-14', '45/QĐ-UBND', ''])('%s → null', (text) => {
    expect(parseNumericDate(text)).toBeNull();
  });
});

describe('parseRoman', () => {
  it.each([
    ['I', 1],
    ['II', 2],
    ['III', 3],
    ['IV', 4],
    ['IX', 9],
    ['XII', 12],
  ])('%s → %i', (text, want) => {
    expect(parseRoman(text)).toBe(want);
  });
  it.each(['ii', 'XIII', 'IIII', 'V I', 'constructor', ''])('%s → null', (text) => {
    expect(parseRoman(text)).toBeNull();
  });
});
