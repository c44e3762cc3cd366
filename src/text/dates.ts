// Calendar helpers on ISO strings ('YYYY-MM-DD'). Pure integer arithmetic on day numbers (no `Date`
// objects), so results never depend on the host time zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `isoDate(2026, 4, 30)` → `'2026-04-30'`; null for impossible dates such as 31/2. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Parse a full ISO date; null when malformed or impossible. */
export function parseIso(iso: string): Ymd | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isoDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

/** First day of a full or partial ISO date: `'2026-04'` → `'2026-04-01'`, `'2026'` → `'2026-01-01'`. */
export function periodStart(partial: string): string | null {
  const m = ISO_PARTIAL.exec(partial);
  if (!m) return null;
  return isoDate(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1);
}

/** Year of a full or partial ISO date, or null. */
export function isoYear(partial: string): number | null {
  const m = ISO_PARTIAL.exec(partial);
  return m ? Number(m[1]) : null;
}

export function monthEnd(y: number, m: number): string | null {
  return m >= 1 && m <= 12 ? isoDate(y, m, daysInMonth(y, m)) : null;
}

/** Quarter 1–4, written as a number or a Roman/Arabic string (`'II'`, `'2'`). */
function quarterNumber(q: number | string): number | null {
  const n = typeof q === 'number' ? q : /^\d$/.test(q) ? Number(q) : parseRoman(q);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 4 ? n : null;
}

/** `quarterEnd(2026, 'II')` → `'2026-06-30'` (calendar quarters). */
export function quarterEnd(y: number, q: number | string): string | null {
  const n = quarterNumber(q);
  return n === null ? null : monthEnd(y, n * 3);
}

/** `quarterStart(2026, 'II')` → `'2026-04-01'`. */
export function quarterStart(y: number, q: number | string): string | null {
  const n = quarterNumber(q);
  return n === null ? null : isoDate(y, n * 3 - 2, 1);
}

/** Half 1 (6 tháng đầu năm) ends 30/6, half 2 (6 tháng cuối năm) ends 31/12. */
export function halfYearEnd(y: number, half: 1 | 2): string | null {
  return half === 1 ? isoDate(y, 6, 30) : isoDate(y, 12, 31);
}

export function yearEnd(y: number): string | null {
  return isoDate(y, 12, 31);
}

// Day numbers (days since 1970-01-01, proleptic Gregorian) after H. Hinnant's civil algorithms.
function toDayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): string | null {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return isoDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDaysIso(iso: string, days: number): string | null {
  const ymd = parseIso(iso);
  if (!ymd || !Number.isInteger(days)) return null;
  return fromDayNumber(toDayNumber(ymd) + days);
}

/** Whole days from `a` to `b` (b − a); null when either is not a full ISO date. */
export function diffDaysIso(a: string, b: string): number | null {
  const ya = parseIso(a);
  const yb = parseIso(b);
  return ya && yb ? toDayNumber(yb) - toDayNumber(ya) : null;
}

/**
 * Add calendar months the civil-code way: same day-number in the final month, or that month's
 * last day when it has none (`2026-01-31` + 1 → `2026-02-28`).
 */
export function addMonthsIso(iso: string, months: number): string | null {
  const ymd = parseIso(iso);
  if (!ymd || !Number.isInteger(months)) return null;
  const total = ymd.y * 12 + (ymd.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return isoDate(y, m, Math.min(ymd.d, daysInMonth(y, m)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayIso(iso: string): number | null {
  const ymd = parseIso(iso);
  if (!ymd) return null;
  return (((toDayNumber(ymd) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(iso: string): boolean {
  const w = weekdayIso(iso);
  return w === 0 || w === 6;
}

/**
 * Lunar-calendar holidays per year (Labour Code 2019, art. 112): first day of Tết Nguyên đán and
 * Giỗ Tổ Hùng Vương (10/3 lunar), converted with Hồ Ngọc Đức's lunar algorithm (UTC+7) and
 * checked against published calendars. `sep2Adjacent` is the extra day next to Quốc khánh 2/9
 * chosen by the Prime Minister each year (2024: 3/9, 2025: 1/9; later years are placeholders ‡).
 * Extend this table yearly; outside it only the solar holidays are known.
 */
export const LUNAR_HOLIDAYS: Readonly<Record<number, { tet: string; gioTo: string; sep2Adjacent: string }>> = {
  2024: { tet: '2024-02-10', gioTo: '2024-04-18', sep2Adjacent: '2024-09-03' },
  2025: { tet: '2025-01-29', gioTo: '2025-04-07', sep2Adjacent: '2025-09-01' },
  2026: { tet: '2026-02-17', gioTo: '2026-04-26', sep2Adjacent: '2026-09-01' },
  2027: { tet: '2027-02-06', gioTo: '2027-04-16', sep2Adjacent: '2027-09-03' },
  2028: { tet: '2028-01-26', gioTo: '2028-04-04', sep2Adjacent: '2028-09-01' },
};

/** Solar holidays (month-day). Ngày Văn hóa Việt Nam 24/11 applies from 2026 (‡, see options). */
export const SOLAR_HOLIDAYS: readonly string[] = ['01-01', '04-30', '05-01', '09-02'];
export const CULTURE_DAY = { monthDay: '11-24', fromYear: 2026 } as const;

export interface HolidayOptions {
  /** Count 24/11 (Ngày Văn hóa Việt Nam) as a holiday from 2026. Default true (‡). */
  cultureDay?: boolean;
}

const holidayCache = new Map<string, Set<string>>();

/**
 * Public holidays of a year as ISO dates: solar days, Tết (eve + first four days, the statutory five),
 * Giỗ Tổ, and a compensatory day (nghỉ bù) on the next working day for each holiday on a weekend.
 * Published schedules that swap extra days are not modelled.
 */
export function publicHolidays(year: number, options: HolidayOptions = {}): ReadonlySet<string> {
  const culture = options.cultureDay ?? true;
  const key = `${year}:${culture}`;
  const cached = holidayCache.get(key);
  if (cached) return cached;
  const days: string[] = [];
  for (const md of SOLAR_HOLIDAYS) days.push(`${pad(year, 4)}-${md}`);
  if (culture && year >= CULTURE_DAY.fromYear) days.push(`${pad(year, 4)}-${CULTURE_DAY.monthDay}`);
  const lunar = LUNAR_HOLIDAYS[year];
  if (lunar) {
    for (let i = -1; i <= 3; i++) {
      const day = addDaysIso(lunar.tet, i);
      if (day) days.push(day);
    }
    days.push(lunar.gioTo, lunar.sep2Adjacent);
  }
  const set = new Set(days);
  for (const day of [...set].sort()) {
    if (!isWeekend(day)) continue;
    let next = addDaysIso(day, 1);
    while (next && (isWeekend(next) || set.has(next))) next = addDaysIso(next, 1);
    if (next) set.add(next);
  }
  holidayCache.set(key, set);
  return set;
}

export function isPublicHoliday(iso: string, options: HolidayOptions = {}): boolean {
  const ymd = parseIso(iso);
  return ymd !== null && publicHolidays(ymd.y, options).has(iso);
}

/** Monday–Friday and not a public holiday (state working week). */
export function isWorkingDay(iso: string, options: HolidayOptions = {}): boolean {
  return parseIso(iso) !== null && !isWeekend(iso) && !isPublicHoliday(iso, options);
}

/** The day itself when it is a working day, else the next working day. */
export function nextWorkingDayIso(iso: string, options: HolidayOptions = {}): string | null {
  let day: string | null = parseIso(iso) ? iso : null;
  for (let guard = 0; day && guard < 60; guard++) {
    if (isWorkingDay(day, options)) return day;
    day = addDaysIso(day, 1);
  }
  return null;
}

/**
 * Count `n` working days after `iso` (the anchor day itself is not counted, as in the civil code):
 * Friday 2026-04-24 + 1 → Tuesday 2026-04-28 (weekend, then Giỗ Tổ's compensatory Monday).
 */
export function addWorkingDaysIso(iso: string, n: number, options: HolidayOptions = {}): string | null {
  if (!parseIso(iso) || !Number.isInteger(n) || n < 0 || n > 3650) return null;
  let day: string | null = iso;
  let left = n;
  while (day && left > 0) {
    day = addDaysIso(day, 1);
    if (day && isWorkingDay(day, options)) left--;
  }
  return day;
}

// 14/4/2026 · 14-4-2026 · 14.04.2026 · 30/ 4/2026 (line-join space); one separator kind per date.
const NUMERIC_DATE = /^\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\s*$/;

/** `'14/4/2026'`, `'14-4-2026'`, `'14.04.2026'` → `'2026-04-14'`; null when malformed or impossible. */
export function parseNumericDate(text: string): string | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  return isoDate(Number(m[4]), Number(m[3]), Number(m[1]));
}

const ROMAN: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  V: 5,
  VI: 6,
  VII: 7,
  VIII: 8,
  IX: 9,
  X: 10,
  XI: 11,
  XII: 12,
};

/** Upper-case Roman numerals I–XII (quarters, sections, months); null otherwise. */
export function parseRoman(text: string): number | null {
  const key = text.trim();
  return Object.hasOwn(ROMAN, key) ? (ROMAN[key] ?? null) : null;
}
