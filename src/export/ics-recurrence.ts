// Recurring deadlines as calendar rules: the first occurrence on or after the document date and
// an end (UNTIL as a DATE, which every client accepts on an all-day event; calcurse rejects a
// DATE-TIME UNTIL there).
import { addDaysIso, addMonthsIso, daysInMonth, isoDate, parseIso } from '../text/dates.js';

export interface Recurrence {
  /** First occurrence, YYYY-MM-DD. */
  start: string;
  /** RFC 5545 rule without the "RRULE:" prefix, with UNTIL=YYYYMMDD. */
  rule: string;
}

type Parts = Map<string, string>;

function parts(rrule: string): Parts {
  const out: Parts = new Map();
  for (const part of rrule.split(';')) {
    const [k, v] = part.split('=');
    if (k && v) out.set(k.toUpperCase(), v);
  }
  return out;
}

function serialize(p: Parts): string {
  // FREQ first, then a fixed order: the same rule always prints the same way.
  const order = ['FREQ', 'INTERVAL', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'UNTIL'];
  return order
    .filter((k) => p.has(k))
    .map((k) => `${k}=${p.get(k)}`)
    .join(';');
}

/** The day `day` of month y-m; -1 is the last day; a day the month lacks is skipped (RFC 5545). */
function dayOf(y: number, m: number, day: number): string | null {
  const d = day < 0 ? daysInMonth(y, m) + day + 1 : day;
  return isoDate(y, m, d);
}

/** First month ≥ (y, m) among months ≡ `align` (mod step), e.g. quarter ends 3, 6, 9, 12. */
function* months(y: number, m: number, step: number, align: number): Generator<[number, number]> {
  let year = y;
  let month = m;
  while ((month - align + 120) % step !== 0) {
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  for (let i = 0; i < 60; i++) {
    yield [year, month];
    month += step;
    while (month > 12) {
      month -= 12;
      year++;
    }
  }
}

const NTH_DAY = /^(?<n>-?[1-4])(?<wd>SU|MO|TU|WE|TH|FR|SA)$/u;

/** The `n`-th weekday `code` of month y-m (`-1SU`: the last Sunday); null when the month has none. */
function nthWeekdayOf(y: number, m: number, n: number, code: string): string | null {
  const want = WEEKDAY_CODES.indexOf(code);
  const days = daysInMonth(y, m);
  const first = isoDate(y, m, 1);
  if (want < 0 || !first) return null;
  const firstHit = 1 + ((want - weekdayOf(first) + 7) % 7);
  const lastHit = firstHit + 7 * Math.floor((days - firstHit) / 7);
  const d = n > 0 ? firstHit + 7 * (n - 1) : lastHit + 7 * (n + 1);
  return d >= 1 && d <= days ? isoDate(y, m, d) : null;
}

/** The occurrence in month y-m of a monthly rule: its BYDAY place (`-1SU`) or its BYMONTHDAY. */
function monthlyDay(y: number, m: number, p: Parts): string | null {
  const nth = NTH_DAY.exec(p.get('BYDAY') ?? '')?.groups;
  if (nth?.n && nth.wd) return nthWeekdayOf(y, m, Number(nth.n), nth.wd);
  return dayOf(y, m, Number(p.get('BYMONTHDAY') ?? '-1'));
}

function firstMonthly(anchor: string, p: Parts): string | null {
  const a = parseIso(anchor);
  if (!a) return null;
  const interval = Number(p.get('INTERVAL') ?? '1');
  // Quarterly and half-yearly reports fall in the period's last month (3, 6, 9, 12 / 6, 12),
  // unless the rule names its months (BYMONTH=1,4,7,10: early in the next quarter).
  const named = Number(p.get('BYMONTH')?.split(',')[0]);
  const align = named >= 1 && named <= 12 ? named : interval === 3 || interval === 6 ? 12 : a.m;
  for (const [y, m] of months(a.y, a.m, interval, align)) {
    const date = monthlyDay(y, m, p);
    if (date && date >= anchor) return date;
  }
  return null;
}

function firstYearly(anchor: string, p: Parts): string | null {
  const a = parseIso(anchor);
  if (!a) return null;
  const month = Number(p.get('BYMONTH') ?? '12');
  const day = Number(p.get('BYMONTHDAY') ?? '-1');
  for (let y = a.y; y <= a.y + 4; y++) {
    const date = dayOf(y, month, day);
    if (date && date >= anchor) return date;
  }
  return null;
}

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

/** The weekdays (0 = Sunday) of a BYDAY list ("MO,TH"); null when one is not a weekday code. */
function weekdaySet(codes: string): Set<number> | null {
  const days = codes.split(',').map((c) => WEEKDAY_CODES.indexOf(c));
  return days.some((d) => d < 0) ? null : new Set(days);
}

/** The first day after `anchor` that falls on one of the weekdays `codes` ("FR", "MO,TH"). */
function firstWeekday(anchor: string, codes: string): string | null {
  const want = weekdaySet(codes);
  if (!want) return null;
  for (let k = 1; k <= 7; k++) {
    const d = addDaysIso(anchor, k);
    if (d && want.has(weekdayOf(d))) return d;
  }
  return null;
}

/**
 * Resolve a recorded rule ("FREQ=MONTHLY;BYMONTHDAY=20") against the document date: first
 * occurrence on or after `anchor`, bounded by `until` (inclusive). Null when nothing falls in range.
 */
export function planRecurrence(rrule: string, anchor: string, until: string): Recurrence | null {
  const p = parts(rrule);
  const freq = p.get('FREQ');
  let start: string | null = null;
  if (freq === 'MONTHLY') {
    if (!p.has('BYMONTHDAY') && !NTH_DAY.test(p.get('BYDAY') ?? '')) p.set('BYMONTHDAY', '-1');
    start = firstMonthly(anchor, p);
    // The series runs on from that month every INTERVAL months: the months need no naming.
    p.delete('BYMONTH');
  } else if (freq === 'YEARLY') {
    if (!p.has('BYMONTH')) p.set('BYMONTH', '12');
    if (!p.has('BYMONTHDAY')) p.set('BYMONTHDAY', '-1');
    start = firstYearly(anchor, p);
  } else if (freq === 'WEEKLY') {
    // "hằng tuần": every week from the week after the document; "thứ Sáu hằng tuần": from the
    // first Friday after it (DTSTART must fall on the rule's day).
    const byDay = p.get('BYDAY');
    start = byDay ? firstWeekday(anchor, byDay) : addDaysIso(anchor, 7);
  } else if (freq === 'DAILY') {
    start = addDaysIso(anchor, 1);
  }
  if (!start || start > until) return null;
  p.delete('UNTIL');
  p.delete('COUNT');
  p.set('UNTIL', until.replace(/-/gu, ''));
  return { start, rule: serialize(p) };
}

const PERIOD_YEAR =
  /(?<![\p{L}\d])(?:giai\s+đoạn|đến\s+năm)\s+(?:(?:19|20)\d{2}\s*[-–]\s*)?(?<end>(?:19|20)\d{2})(?!\d)/iu;
const PLAIN_YEAR = /(?<![\p{L}\d])năm\s+(?<y>(?:19|20)\d{2})(?!\d)/giu;

/**
 * Where a plan's recurring deadlines stop: the end of the period its subject names
 * ("giai đoạn 2026 - 2030", "năm 2026"), else twelve months after the document date.
 */
export function defaultRecurrenceEnd(subject: string | null, anchor: string): string {
  const a = parseIso(anchor);
  const fallback = addDaysIso(addMonthsIso(anchor, 12) ?? anchor, -1) ?? anchor;
  if (!subject || !a) return fallback;
  const period = PERIOD_YEAR.exec(subject)?.groups?.end;
  if (period && Number(period) >= a.y) return `${period}-12-31`;
  const years = [...subject.matchAll(PLAIN_YEAR)].map((m) => Number(m.groups?.y));
  const last = years[years.length - 1];
  if (last !== undefined && last >= a.y) return `${last}-12-31`;
  return fallback;
}

/**
 * The occurrences of a planned rule (the subset planRecurrence writes: MONTHLY with INTERVAL and
 * BYMONTHDAY or a BYDAY place, YEARLY with BYMONTH and BYMONTHDAY, WEEKLY, DAILY) from `start` to `to`, inclusive.
 */
export function expandRecurrence(r: Recurrence, to: string, limit = 1000): string[] {
  const p = parts(r.rule);
  const untilRaw = p.get('UNTIL');
  const until = untilRaw ? `${untilRaw.slice(0, 4)}-${untilRaw.slice(4, 6)}-${untilRaw.slice(6, 8)}` : to;
  const last = until < to ? until : to;
  const start = parseIso(r.start);
  if (!start) return [];
  const interval = Number(p.get('INTERVAL') ?? '1');
  const out: string[] = [];
  const push = (d: string | null) => {
    if (d && d >= r.start && d <= last && out.length < limit) out.push(d);
    return d !== null && d > last;
  };
  const freq = p.get('FREQ');
  if (freq === 'MONTHLY') {
    for (const [y, m] of months(start.y, start.m, interval, start.m))
      if (push(monthlyDay(y, m, p)) || out.length >= limit) break;
  } else if (freq === 'YEARLY') {
    const month = Number(p.get('BYMONTH') ?? String(start.m));
    const day = Number(p.get('BYMONTHDAY') ?? String(start.d));
    for (let y = start.y; y < start.y + 200 && out.length < limit; y += interval) if (push(dayOf(y, month, day))) break;
  } else if (freq === 'WEEKLY' && (p.get('BYDAY') ?? '').includes(',')) {
    // Several weekdays: every listed day of every INTERVAL-th week, weeks starting on Monday (WKST).
    const want = weekdaySet(p.get('BYDAY') ?? '') ?? new Set<number>();
    const offset = (weekdayOf(r.start) + 6) % 7;
    for (let d: string | null = r.start, k = offset; d && d <= last && out.length < limit; d = addDaysIso(d, 1), k++)
      if (Math.floor(k / 7) % interval === 0 && want.has(weekdayOf(d))) push(d);
  } else if (freq === 'WEEKLY' || freq === 'DAILY') {
    const step = (freq === 'WEEKLY' ? 7 : 1) * interval;
    for (let d: string | null = r.start; d && out.length < limit; d = addDaysIso(d, step)) if (push(d)) break;
  }
  return out;
}
