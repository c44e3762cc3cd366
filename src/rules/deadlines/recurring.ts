// Recurring deadlines as RFC 5545 rules: `hằng tháng`, `trước ngày 20 hằng tháng`, `hằng năm
// (trước ngày 15/12)`, `thứ Sáu hằng tuần`, `định kỳ 6 tháng`. A day tail after the recurrence word
// (`(trước ngày 20)`) becomes BYMONTHDAY, or a yearly rule when it names a month too.

import { daysInMonth } from '../../text/dates.js';
import {
  EACH_WORDS,
  EVERY_WORDS,
  FREQUENCY_COUNT_WORDS,
  FREQUENCY_UNITS,
  MONTH_COUNT_WORDS,
  ONCE_WORDS,
  PERIODIC_WORDS,
  RECURRENCE_UNITS,
  REPORT_LEADS,
  REPORT_PERIOD_NOT,
  REPORT_PERIODS,
  REPORT_PERIODS_UNDATED,
  WEEKDAY_ORDINALS,
  WEEKDAYS,
} from '../../text/deadline-vocabulary.js';
import { canonTones } from '../../text/fold.js';
import type { Env } from './context.js';
import { readTime, TIME, TIME_JOIN, WEEKDAY } from './dates-in-text.js';
import { alt, lazy, lowerKey, rxAt, S, Scan, WB, WE, YEAR_IN } from './fragments.js';

const EVERY = alt(EVERY_WORDS);
const UNIT = alt(Object.keys(RECURRENCE_UNITS));
// `(trước ngày 20)`, `, trước ngày 15/12`, `vào ngày 05` after a recurrence word.
// `… ngày 18 (của) tháng cuối quý`: quarterly rules fall in the quarter's last month anyway.
const EACH_QUARTER = `(?:(?:mỗi|hằng|hàng|từng)${S})?`;
const LAST_MONTH = `(?:${S}(?:của${S})?tháng${S}cuối${S}${EACH_QUARTER}(?:quý|kỳ))?`;
// `… ngày 10 (của) tháng đầu quý sau`: a quarterly report due early in the next quarter.
const NEXT_QUARTER = `(?<next>${S}(?:của${S})?tháng${S}đầu${S}(?:của${S})?quý${S}(?:sau|tiếp${S}theo))`;
// `(trước ngày 15/6 và 15/12)`: a second day in the same tail.
const SECOND_DAY = `(?:\\s{0,3}(?:và|,\\s{0,3}ngày)\\s{0,3}(?:ngày\\s{0,3})?(?<d2>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo2>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9]))?`;
// `, gửi trước ngày 20 …`: the report's verb may come first.
const TAIL_VERB = `(?:(?:gửi|nộp|báo cáo)${S})?`;
const DAY_TAIL = `(?<tail>\\s{0,3},?\\s{0,3}(?<open>\\()?\\s{0,3}${TAIL_VERB}(?:(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào|trong)${S})?ngày\\s{0,3}(?<d>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9])${SECOND_DAY}(?:${NEXT_QUARTER}|${LAST_MONTH})\\s{0,2}(?<close>\\))?)?`;

// trước ngày 20 hằng tháng · trước ngày 15/12 hằng năm · vào ngày 05 của tháng đầu hằng quý ·
// trước 16 giờ ngày 20 hằng tháng
const EVERY_HINTS = ['hằng', 'hàng', 'từng'];
// `ngày`, or none before a day with its month (a table cell: `Trước 20/6 và 20/12 hằng năm`).
const DAY_WORD = '(?:ngày\\s{0,3}|(?=\\d{1,2}\\s{0,2}[/.-]\\s{0,2}\\d{1,2}(?![0-9])))';
const DAY_EVERY = new Scan(
  () =>
    `${WB}(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào)${S}(?:(?<time>${TIME})${TIME_JOIN})?${DAY_WORD}(?<d>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9])\\s{0,3},?\\s{0,3}(?:của${S})?(?<every>${EVERY})${S}(?<unit>${UNIT})${WE}`,
  'giu',
  [EVERY_HINTS],
);
// trước ngày 15/6 và 15/12 hằng năm · trước ngày 05, ngày 20 hằng tháng — one rule per day listed
const DAY = `\\d{1,2}(?:\\s{0,2}[/.-]\\s{0,2}\\d{1,2})?(?![0-9])(?!\\s?[/.-]\\s?[0-9])`;
const LIST_SEP = `\\s{0,3}(?:,\\s{0,3}(?:và${S})?|và${S})(?:(?:trước|vào)${S})?(?:ngày\\s{0,3})?`;
const DAY_LIST_EVERY = new Scan(
  () =>
    `${WB}(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào)${S}${DAY_WORD}(?<first>${DAY})(?<rest>(?:${LIST_SEP}${DAY}){1,3})\\s{0,3},?\\s{0,3}(?:của${S})?(?<every>${EVERY})${S}(?<unit>${UNIT})${WE}`,
  'giud',
  [EVERY_HINTS, ['và', ',']],
);
const LIST_ITEM = new RegExp(`${LIST_SEP}(?<item>${DAY})`, 'iuy');
const DAY_MONTH = /^(?<d>\d{1,2})(?:\s{0,2}[/.-]\s{0,2}(?<mo>\d{1,2}))?$/u;

// hằng tháng · hàng quý · định kỳ hằng quý · theo từng quý · hằng tháng (trước ngày 20) · hằng năm (trước ngày 15/12)
// `định kỳ 6 tháng, năm` · `hằng quý và năm`: the yearly report named with the other.
const AND_YEAR = `(?<andYear>(?:\\s{0,3},\\s{0,3}(?:và${S})?|${S}và${S})năm${WE}(?!\\s{0,3}\\d))?`;
const EVERY_UNIT = new Scan(() => `${WB}(?<every>${EVERY})${S}(?<unit>${UNIT})${WE}${AND_YEAR}${DAY_TAIL}`, 'giud', [
  EVERY_HINTS,
]);
// thứ Sáu hằng tuần · vào thứ Hai hàng tuần · vào thứ Hai và thứ Năm hằng tuần
const WEEKDAY_SEP = `\\s{0,3}(?:,\\s{0,3}(?:và${S})?|${S}và${S})`;
const WEEKDAY_LIST = `(?<wd>${WEEKDAY}${WE}(?:${WEEKDAY_SEP}${WEEKDAY}${WE}){0,6})`;
const WEEKDAY_EVERY = new Scan(
  () => `${WB}(?:vào${S}(?:các${S})?)?${WEEKDAY_LIST}\\s{0,3}(?:${EVERY})${S}tuần${WE}`,
  'giu',
  [['tuần'], EVERY_HINTS],
);
// hằng tuần vào thứ Sáu · định kỳ hằng tuần (vào thứ Năm) · hằng tuần vào thứ Hai, thứ Năm
const EVERY_WEEK_DAY = new Scan(
  () =>
    `${WB}(?:${EVERY})${S}tuần(?:\\s{0,3},)?\\s{1,3}(?:\\(\\s{0,2})?(?:vào${S}(?:các${S})?)?(?:(?:sáng|chiều|tối)${S})?${WEEKDAY_LIST}(?:\\s{0,2}\\))?`,
  'giu',
  [['tuần'], EVERY_HINTS],
);
const ONE_WEEKDAY = new RegExp(WEEKDAY, 'giu');
const WEEK_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** BYDAY of a weekday list, in the week's order (`thứ Năm và thứ Hai` → MO,TH). */
function byDays(list: string): string | null {
  const days = new Set<string>();
  for (const m of list.matchAll(ONE_WEEKDAY)) {
    const day = WEEKDAYS[lowerKey(m[0])];
    if (day) days.add(day);
  }
  const ordered = WEEK_ORDER.filter((d) => days.has(d));
  return ordered.length > 0 ? ordered.join(',') : null;
}

// mỗi quý một lần · cứ 3 tháng một lần · 03 tháng một lần · 6 tháng/lần (trước ngày 15/6)
const ONCE_EVERY = new Scan(
  () =>
    `${WB}(?:(?<each>${alt(EACH_WORDS)})${S})?(?:(?<n>\\d{1,2}|${alt(Object.keys(FREQUENCY_COUNT_WORDS))})${S})?(?<unit>${alt(Object.keys(FREQUENCY_UNITS))})(?:${S}${alt(ONCE_WORDS)}|\\s{0,2}\\/\\s{0,2}(?:1\\s{0,2})?lần)${WE}(?!${S}nữa${WE})${AND_YEAR}${DAY_TAIL}`,
  'giud',
  [['lần']],
);

// 2 lần/ngày · 02 lần / tuần · hai lần mỗi tháng · 4 lần/năm: so many times in each unit.
const TIMES_PER = new Scan(
  () =>
    `${WB}(?<n>\\d{1,2}|${alt(['một', ...Object.keys(FREQUENCY_COUNT_WORDS)])})${S}lần(?:\\s{0,2}\\/\\s{0,2}|${S}(?:${alt(EACH_WORDS)})${S})(?<unit>${alt(Object.keys(FREQUENCY_UNITS))})${WE}`,
  'giu',
  [['lần']],
);

// `hằng tháng gửi UBND huyện trước ngày 25`: the day of a monthly report written after its
// recipient, in the same clause (no digit or stop between: a dated day is a one-off).
// (The gap may hold where the report goes: "hằng quý báo cáo … (qua Văn phòng Thành ủy) trước ngày 15 …".)
const EVERY_GAP_DAY = new Scan(
  () =>
    `${WB}(?<every>${EVERY})${S}(?<unit>tháng|quý|năm)${WE}(?<gap>(?:[^.;:!?()\\[\\]\\d\\n]|\\((?:qua|thông${S}qua)${S}[^()\\d\\n]{1,40}\\)){1,60}?)${S}(?:\\(\\s{0,2})?(?:trước|chậm nhất(?:${S}(?:là|vào))?)${S}ngày\\s{0,3}(?<d>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9])(?!${NEXT_QUARTER})${LAST_MONTH}(?:\\s{0,2}\\))?`,
  'giu',
  [EVERY_HINTS, ['ngày']],
);
// `hằng tuần tổng hợp … gửi về Sở trước 16 giờ 00 ngày thứ Sáu`: the weekday of a weekly report
// written a few words on, in the same clause (a date after it makes it a one-off).
const EVERY_GAP_WEEKDAY = new Scan(
  () =>
    `${WB}(?:${EVERY})${S}tuần${WE}(?<gap>[^.;:!?()\\[\\]\\d\\n]{1,60}?)${S}(?:\\(\\s{0,2})?${TIME_CUE}${S}(?:(?<time>${TIME})\\s{0,3},?\\s{0,3})?(?:(?:buổi${S})?(?:sáng|chiều|tối)${S})?(?:ngày${S})?(?<wd>${WEEKDAY})${WE}(?!\\s{0,3},?\\s{0,3}(?:ngày\\s{0,3})?\\d)(?:\\s{0,2}\\))?`,
  'giu',
  [['tuần'], EVERY_HINTS, ['thứ', 'chủ nhật']],
);
// định kỳ 6 tháng · định kỳ 03 tháng một lần · định kỳ 6 tháng (trước ngày 15/6)
const PERIODIC = new Scan(
  () =>
    `${WB}${alt(PERIODIC_WORDS)}${S}(?<n>\\d{1,2}|${alt(Object.keys(MONTH_COUNT_WORDS).filter((k) => !/\d/.test(k)))})${S}(?<unit>tháng|tuần|năm|ngày)${WE}(?:${S}(?:một|1)${S}lần${WE})?${AND_YEAR}${DAY_TAIL}`,
  'giud',
  [['định']],
);

// `định kỳ 6 tháng (trước ngày 20/6) và năm (trước ngày 20/12)`: the yearly report joined to a
// recurrence just before it, without its own `hằng`.
const JOINED_YEAR = new Scan(
  () =>
    `(?<=(?:^|[^\\p{L}])và${S}(?:báo cáo${S})?)năm\\s{0,3}\\(\\s{0,3}(?:trước|chậm nhất|vào)${S}ngày\\s{0,3}(?<d>\\d{1,2})\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2})(?![0-9])\\s{0,2}\\)`,
  'giu',
  [['và'], ['('], ['năm']],
);
const JOIN_REACH = 80;

function rruleFor(head: string, unit: string, d?: string, mo?: string): string | null {
  const day = d === undefined ? null : Number(d);
  const month = mo === undefined ? null : Number(mo);
  if (day !== null && (day < 1 || day > 31)) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null) {
    if (day > daysInMonth(2024, month)) return null;
    // A day and month recur once a year (format §9: `định kỳ 6 tháng (trước ngày 15/6)` → yearly on 15/6).
    return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}`;
  }
  if (day !== null && (unit === 'tháng' || unit === 'quý' || unit === 'năm')) return `${head};BYMONTHDAY=${day}`;
  return head;
}

function pushRecurring(
  env: Env,
  start: number,
  end: number,
  rule: string,
  rrule: string | null,
  rawTime?: string,
): void {
  if (!rrule) return;
  const time = rawTime ? readTime(rawTime) : undefined;
  env.out.push({ start, end, rule, finding: { kind: 'recurring', date: null, rrule, ...(time ? { time } : {}) } });
}

// The hour of a recurring report, written beside its recurrence: `hằng ngày trước 15 giờ 00`,
// `hằng tuần (trước 16 giờ thứ Năm)` (its weekday too), `trước 10 giờ 00 hằng ngày`. A date after the time makes it
// a one-off (`hằng tháng, trước 16 giờ ngày 20/4/2026`): not the recurrence's hour.
const TIME_CUE = `(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào(?:${S}lúc)?|lúc)`;
const TIME_AFTER = new RegExp(
  `^\\s{0,3},?\\s{0,3}(?<open>\\()?\\s{0,3}${TAIL_VERB}${TIME_CUE}${S}(?<time>${TIME})(?!${TIME_JOIN}ngày)(?:\\s{0,3},?\\s{0,3}(?:(?:vào${S})?(?<wd>${WEEKDAY})${WE}))?(?:\\s{0,2}(?<close>\\)))?`,
  'iu',
);
const TIME_BEFORE = new RegExp(`(?<![\\p{L}])${TIME_CUE}${S}(?<time>${TIME})\\s{0,3},?\\s{0,3}$`, 'iu');
const TIME_REACH = 48;

/** Give the recurring candidates pushed since `from` the hour written just after or before them. */
function attachTimes(env: Env, from: number): void {
  const { c } = env;
  for (const x of env.out.slice(from)) {
    if (x.finding?.kind !== 'recurring' || x.finding.time) continue;
    const after = TIME_AFTER.exec(c.slice(x.end, x.end + TIME_REACH));
    const before = after ? null : TIME_BEFORE.exec(c.slice(Math.max(0, x.start - TIME_REACH), x.start));
    const time = readTime(after?.groups?.time ?? before?.groups?.time ?? '');
    if (!time || !(after || before)) continue;
    if (after) x.end += after[0].length;
    if (before) x.start -= before[0].length;
    // `hằng tuần (trước 16 giờ thứ Năm)`: the weekday written with the hour.
    const byday = WEEKDAYS[lowerKey(after?.groups?.wd ?? '')];
    const rrule = x.finding.rrule;
    const weekly = byday && rrule === 'FREQ=WEEKLY' ? `${rrule};BYDAY=${byday}` : rrule;
    x.finding = { ...x.finding, time, ...(weekly ? { rrule: weekly } : {}) };
  }
}

/**
 * End of a recurrence match with an optional day tail, and whether the tail's day counts:
 * `hằng tháng (trước ngày 20)` keeps both parentheses; an unopened `)` belongs to an outer
 * parenthesis and is left out; an unclosed `(` drops the tail.
 */
function tailEnd(c: string, m: RegExpExecArray): { end: number; day: boolean } {
  const g = m.groups ?? {};
  const full = m.index + m[0].length;
  const trim = (pos: number) => {
    let p = pos;
    while (p > m.index && /\s/.test(c[p - 1] ?? '')) p--;
    return p;
  };
  const tail = m.indices?.groups?.tail;
  if (g.tail === undefined || !tail) return { end: trim(full), day: false };
  if (g.open && !g.close) return { end: trim(tail[0]), day: false };
  const close = m.indices?.groups?.close;
  if (!g.open && close) return { end: trim(close[0]), day: true };
  return { end: trim(full), day: true };
}

/**
 * A list of days before one recurrence word: each day its own rule, reported on its own span (the
 * first with the cue, the last with the recurrence word). The one-off due date the by rules read
 * in the first item (`trước ngày 15/6`) is the same words: it gives way. Returns how many earlier
 * candidates were dropped.
 */
function dayListRules(env: Env): number {
  const { c, lower } = env;
  const from = env.out.length;
  let removed = 0;
  for (const m of DAY_LIST_EVERY.all(c, lower)) {
    const g = m.groups ?? {};
    const unit = lowerKey(g.unit ?? '');
    const head = RECURRENCE_UNITS[unit];
    const first = m.indices?.groups?.first;
    const rest = m.indices?.groups?.rest;
    if (!head || !first || !rest) continue;
    const end = m.index + m[0].length;
    const items: Array<{ start: number; end: number; day: string }> = [
      { start: m.index, end: first[1], day: g.first ?? '' },
    ];
    LIST_ITEM.lastIndex = rest[0];
    for (let it = LIST_ITEM.exec(c); it && LIST_ITEM.lastIndex <= rest[1]; it = LIST_ITEM.exec(c)) {
      const item = it.groups?.item ?? '';
      const at = it.index + it[0].length - item.length;
      items.push({ start: at, end: at + item.length, day: item });
      if (LIST_ITEM.lastIndex === rest[1]) break;
    }
    const last = items[items.length - 1];
    if (last) last.end = end;
    const rules = items.map((item) => {
      const dm = DAY_MONTH.exec(item.day.trim())?.groups ?? {};
      return rruleFor(head, unit, dm.d, dm.mo);
    });
    if (rules.some((r) => r === null)) continue;
    for (let i = env.out.length - 1; i >= 0; i--) {
      const x = env.out[i] as (typeof env.out)[number];
      if (x.start >= m.index && x.end <= end) {
        env.out.splice(i, 1);
        if (i < from) removed++;
      }
    }
    oneOffsGiveWay(env, m.index, end);
    items.forEach((item, i) => {
      pushRecurring(env, item.start, item.end, 'recurring-day-list', rules[i] ?? null);
    });
  }
  return removed;
}

// From a recurrence to the parenthesis of its clause that dates it: `… 6 tháng về Ban Thường vụ (`.
const TO_PAREN = /^[^.;:!?()\n]{0,60}\(\s{0,2}/u;

/**
 * `định kỳ 6 tháng về Ban Thường vụ (trước ngày 15/6 và 15/12/2027)`: a recurrence without a day
 * whose parenthesis gives full dates is those deadlines, not a rule of its own as well.
 */
function dropDatedRepeats(env: Env, from: number): void {
  for (let i = env.out.length - 1; i >= from; i--) {
    const x = env.out[i] as (typeof env.out)[number];
    const rrule = x.finding?.kind === 'recurring' ? (x.finding.rrule ?? '') : null;
    // Monthly and weekly reports go on beside a dated one; a half-yearly or yearly one is its dates.
    if (rrule === null || !/INTERVAL|YEARLY/u.test(rrule) || /BYMONTHDAY|BYDAY/u.test(rrule)) continue;
    const paren = TO_PAREN.exec(env.c.slice(x.end));
    if (!paren) continue;
    const at = x.end + paren[0].length;
    const close = env.c.indexOf(')', at);
    const inParen = env.c.slice(at, close < 0 ? undefined : close);
    // `hằng quý và năm (trước ngày 15/12)`: the parenthesis dates the report in between.
    const between = env.out.some((y) => y !== x && y.finding?.kind === 'recurring' && y.start >= x.end && y.start < at);
    const dated = env.out.some((y) => y.finding?.kind === 'by' && y.start >= at - 1 && y.start <= at + 12);
    if (dated && !between && YEAR_IN.test(inParen)) env.out.splice(i, 1);
  }
}

// `báo cáo quý trước ngày 15 tháng cuối quý` · `; trước ngày 10 tháng đầu quý sau`: a day of a
// quarter's month recurs each quarter, whether or not `hằng quý` is written beside it.
const QUARTER_DAY = new Scan(
  () =>
    `${WB}(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào)${S}ngày\\s{0,3}(?<d>\\d{1,2})${S}(?:của${S})?tháng${S}(?<pos>cuối|đầu)${S}(?:của${S})?${EACH_QUARTER}quý(?<next>${S}(?:sau|tiếp${S}theo))?${WE}`,
  'giu',
  [['quý'], ['tháng']],
);

function quarterDayRules(env: Env, from: number): void {
  const { c, lower } = env;
  for (const m of QUARTER_DAY.all(c, lower)) {
    const end = m.index + m[0].length;
    const g = m.groups ?? {};
    const day = Number(g.d);
    if (!(day >= 1 && day <= 31)) continue;
    // `hằng quý (trước ngày 10 tháng đầu quý sau)` was read with its recurrence word: widen nothing.
    if (overlapsRecurring(env, from, m.index, end)) continue;
    const early = lowerKey(g.pos ?? '') === 'đầu';
    const rrule = `${RECURRENCE_UNITS.quý};${early ? `${NEXT_QUARTER_MONTHS};` : ''}BYMONTHDAY=${day}`;
    // `định kỳ hằng quý; trước ngày 10 …`: the day of the dayless quarterly rule just before it.
    const before = env.out.findIndex(
      (x, k) =>
        k >= from &&
        x.finding?.rrule === RECURRENCE_UNITS.quý &&
        x.end <= m.index &&
        /^\s{0,2}[;,]?\s{0,2}$/u.test(c.slice(x.end, m.index)),
    );
    const x = env.out[before];
    if (x) env.out[before] = { ...x, end, finding: { kind: 'recurring', date: null, rrule } };
    else pushRecurring(env, m.index, end, 'recurring-quarter-day', rrule);
  }
}

/** Whether a recurring candidate pushed since `from` overlaps start…end. */
function overlapsRecurring(env: Env, from: number, start: number, end: number): boolean {
  return env.out.slice(from).some((x) => x.finding?.kind === 'recurring' && x.start < end && start < x.end);
}

/** `mỗi quý một lần`, `03 tháng một lần`: a count (or `mỗi`/`cứ`) is needed; `định kỳ …` was read already. */
function onceEveryRules(env: Env, from: number): void {
  const { c, lower } = env;
  for (const m of ONCE_EVERY.all(c, lower)) {
    const g = m.groups ?? {};
    if (g.each === undefined && g.n === undefined) continue;
    const n = g.n === undefined ? 1 : /^\d+$/.test(g.n) ? Number(g.n) : (FREQUENCY_COUNT_WORDS[lowerKey(g.n)] ?? 0);
    const unit = lowerKey(g.unit ?? '');
    const f = FREQUENCY_UNITS[unit];
    if (!f || n < 1) continue;
    if (overlapsRecurring(env, from, m.index, m.index + m[0].length)) continue;
    const interval = n * f.times;
    const head = interval === 1 ? `FREQ=${f.freq}` : `FREQ=${f.freq};INTERVAL=${interval}`;
    pushWithTail(env, m, head, unit, 'recurring-once-every');
  }
}

const ITEM_SEP = `\\s{0,3}(?:,\\s{0,3}(?:và${S})?|và${S})`;
const DAYS_NAMED = lazy(() =>
  rxAt(
    `\\s{0,3}[(,:]?\\s{0,3}(?:vào${S})?(?:các${S})?ngày\\s{0,3}\\d{1,2}(?![0-9/.])(?:${ITEM_SEP}(?:ngày\\s{0,3})?\\d{1,2}(?![0-9/.])){1,5}(?:\\s{0,2}\\))?`,
  ),
);
const HOURS_NAMED = lazy(() =>
  rxAt(
    `\\s{0,3}[(,:]?\\s{0,3}(?:${TIME_CUE}${S})?${TIME}(?:${ITEM_SEP}(?:${TIME_CUE}${S})?${TIME}){1,5}(?!\\s{0,3},?\\s{0,3}ngày\\s{0,3}\\d)(?:\\s{0,2}\\))?(?:${S}(?:${EVERY}|mỗi)${S}ngày${WE})?`,
  ),
);
const NAMED_DAY = /(?:ngày\s{0,3})?(?<![0-9])\d{1,2}(?![0-9])/gu;
const NAMED_TIME = lazy(() => new RegExp(TIME, 'giu'));

/**
 * The days of the month (`(vào ngày 05 và ngày 20)`) or the hours of the day (`(trước 9 giờ và 15
 * giờ)`) written after `N lần/tháng|ngày`: one rule each, on its own span (the first with the
 * count). Returns whether any were read; a recurrence inside the span (`… hằng ngày`) gives way.
 */
function pushListedTimes(env: Env, start: number, end: number, monthly: boolean, daily: boolean): boolean {
  const { c } = env;
  const re = monthly ? DAYS_NAMED() : daily ? HOURS_NAMED() : null;
  if (!re) return false;
  re.lastIndex = end;
  const tail = re.exec(c);
  if (!tail) return false;
  const tailEnd = tail.index + tail[0].length;
  const items = [...tail[0].matchAll(monthly ? NAMED_DAY : NAMED_TIME())].map((x) => ({
    at: tail.index + x.index,
    end: tail.index + x.index + x[0].length,
    raw: x[0],
  }));
  const rules = items.map((x) => {
    if (!monthly) {
      const time = readTime(x.raw);
      return time ? { rrule: 'FREQ=DAILY', time } : null;
    }
    const day = Number(x.raw.replace(/\D/gu, ''));
    return day >= 1 && day <= 31 ? { rrule: `FREQ=MONTHLY;BYMONTHDAY=${day}` } : null;
  });
  if (items.length < 2 || rules.some((r) => r === null)) return false;
  giveWay(env, end, tailEnd);
  items.forEach((x, i) => {
    const r = rules[i];
    if (!r) return;
    const s = i === 0 ? start : x.at;
    const e = i === items.length - 1 ? Math.max(x.end, trimmedEnd(c, tail.index, tailEnd)) : x.end;
    env.out.push({
      start: s,
      end: e,
      rule: 'recurring-times-named',
      finding: { kind: 'recurring', date: null, rrule: r.rrule, ...(r.time ? { time: r.time } : {}) },
    });
  });
  return true;
}

// `trước 7 giờ 00 và 14 giờ 00 hằng ngày`: the hours listed before the daily word, a rule each.
const HOURS_THEN_DAILY = new Scan(
  () =>
    `${WB}${TIME_CUE}${S}${TIME}(?:${ITEM_SEP}(?:${TIME_CUE}${S})?${TIME}){1,5}\\s{0,3},?\\s{0,3}(?:${EVERY}|mỗi)${S}ngày${WE}`,
  'giu',
  [[...EVERY_HINTS, 'mỗi'], ['ngày']],
);

function hoursThenDailyRules(env: Env): void {
  const { c, lower } = env;
  for (const m of HOURS_THEN_DAILY.all(c, lower)) {
    const end = m.index + m[0].length;
    const items = [...m[0].matchAll(NAMED_TIME())].map((x) => ({
      at: m.index + x.index,
      end: m.index + x.index + x[0].length,
      time: readTime(x[0]),
    }));
    if (items.some((x) => !x.time)) continue;
    giveWay(env, m.index, end);
    items.forEach((x, i) => {
      const s = i === 0 ? m.index : x.at;
      const e = i === items.length - 1 ? end : x.end;
      env.out.push({
        start: s,
        end: e,
        rule: 'recurring-hours-daily',
        finding: { kind: 'recurring', date: null, rrule: 'FREQ=DAILY', ...(x.time ? { time: x.time } : {}) },
      });
    });
  }
}

/**
 * A recurring candidate read wholly inside start…end gives way to the rule that reads those words
 * whole (it is emptied, not removed: the pass's rules count candidates from an index).
 */
function giveWay(env: Env, start: number, end: number): void {
  for (const x of env.out)
    if (x.finding?.kind === 'recurring' && x.start >= start && x.end <= end) x.finding = undefined;
}

/**
 * `hoàn thành trước ngày 15/12 hằng năm`, `Tổ chức vào ngày 19/5 hằng năm`: a one-off read from a
 * longer cue (`hoàn thành trước`, an event word) that ends inside the recurrence's day is that day.
 */
function oneOffsGiveWay(env: Env, start: number, end: number): void {
  for (const x of env.out)
    if (x.finding?.date && x.finding.kind !== 'recurring' && x.start < start && x.end > start && x.end <= end)
      x.finding = undefined;
}

/** `to` moved back over a closing parenthesis and spaces that close the tail (not opened in it). */
function trimmedEnd(c: string, from: number, to: number): number {
  let e = to;
  while (e > from && /[\s)]/u.test(c[e - 1] ?? '')) e--;
  return e;
}

/**
 * `2 lần/ngày`: a daily (weekly, …) rule; several times a year or a quarter spread evenly over it
 * (`4 lần/năm` every 3 months) when the count divides its months, else once each unit.
 */
function timesPerRules(env: Env, from: number): void {
  const { c, lower } = env;
  for (const m of TIMES_PER.all(c, lower)) {
    const g = m.groups ?? {};
    const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : (FREQUENCY_COUNT_WORDS[lowerKey(g.n ?? '')] ?? 1);
    const f = FREQUENCY_UNITS[lowerKey(g.unit ?? '')];
    if (!f || n < 1) continue;
    const end = m.index + m[0].length;
    if (overlapsRecurring(env, from, m.index, end)) continue;
    // `2 lần/tháng (vào ngày 05 và ngày 20)`, `02 lần/ngày (trước 9 giờ và 15 giờ)`: the times named.
    if (n > 1 && pushListedTimes(env, m.index, end, f.freq === 'MONTHLY' && f.times === 1, f.freq === 'DAILY'))
      continue;
    const months = f.freq === 'YEARLY' ? 12 : f.freq === 'MONTHLY' ? f.times : 0;
    const spread = n > 1 && months > 0 && months % n === 0 ? months / n : null;
    const interval = spread ?? (f.freq === 'YEARLY' ? 1 : f.times);
    const freq = spread === null ? f.freq : 'MONTHLY';
    pushRecurring(
      env,
      m.index,
      end,
      'recurring-times-per',
      interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`,
    );
  }
}

/**
 * `hằng tháng … trước ngày 25`: a monthly (quarterly, yearly) recurrence read without a day gets
 * the day its clause names a few words on.
 */
function gapDayRules(env: Env, from: number): void {
  const { c, lower } = env;
  for (const m of EVERY_GAP_DAY.all(c, lower)) {
    const g = m.groups ?? {};
    const unit = lowerKey(g.unit ?? '');
    const head = RECURRENCE_UNITS[unit];
    const i = env.out.findIndex(
      (x, k) => k >= from && x.start === m.index && x.finding?.kind === 'recurring' && x.finding.rrule === head,
    );
    const rrule = head ? rruleFor(head, unit, g.d, g.mo) : null;
    const x = env.out[i];
    const end = m.index + m[0].length;
    if (!x || !rrule || rrule === head) continue;
    // `hằng tháng, báo cáo quý trước ngày 15 …`: the day is the other period's report's.
    if (otherPeriodIn(g.gap ?? '', unit)) continue;
    // `hằng quý và năm (trước ngày 15/12)`: the day was read already, for the report in between.
    if (env.out.some((y, k) => k >= from && y !== x && y.start >= x.end && y.start < end)) continue;
    env.out[i] = { ...x, end, finding: { kind: 'recurring', date: null, rrule } };
  }
}

const PERIOD_NOUN = new RegExp(`(?<![\\p{L}])(?<u>${alt(['tuần', 'tháng', 'quý', 'năm'])})${WE}`, 'giu');

/** Whether `gap` names a report period other than `unit` (`…, báo cáo quý`). */
function otherPeriodIn(gap: string, unit: string): boolean {
  for (const m of gap.matchAll(PERIOD_NOUN)) if (lowerKey(m.groups?.u ?? '') !== unit) return true;
  return false;
}

/** `hằng tuần … trước 16 giờ ngày thứ Sáu`: a weekly recurrence read without a day gets the weekday its clause names. */
function gapWeekdayRules(env: Env, from: number): void {
  const { c, lower } = env;
  for (const m of EVERY_GAP_WEEKDAY.all(c, lower)) {
    const g = m.groups ?? {};
    const i = env.out.findIndex(
      (x, k) =>
        k >= from && x.start === m.index && x.finding?.kind === 'recurring' && x.finding.rrule === 'FREQ=WEEKLY',
    );
    const x = env.out[i];
    const byday = WEEKDAYS[lowerKey(g.wd ?? '')];
    if (!x || !byday) continue;
    const end = m.index + m[0].length;
    // `hằng tuần vào thứ Năm` was read whole already; a dated report in between is a one-off.
    if (env.out.some((y, k) => k >= from && y !== x && y.start < end && x.start < y.end)) continue;
    const time = g.time ? readTime(g.time) : undefined;
    env.out[i] = {
      ...x,
      end,
      rule: 'recurring-gap-weekday',
      finding: { kind: 'recurring', date: null, rrule: `FREQ=WEEKLY;BYDAY=${byday}`, ...(time ? { time } : {}) },
    };
  }
}

// `hằng tháng, quý, 6 tháng và năm`: more periods listed after one recurrence word, each a rule
// of its own (not `hằng tháng, năm 2027`, `…, quý II`; a day written after one is read elsewhere).
const LISTED_UNIT =
  /\s{0,3}(?:,\s{0,3}(?:và\s+)?|\s+và\s+)(?<u>6\s+tháng|tháng|quý|năm)(?![\p{L}\d])(?!\s{0,3}(?:\d|[IVX]|\())/uy;
const LISTED_HEADS: Readonly<Record<string, string>> = {
  ...RECURRENCE_UNITS,
  '6 tháng': 'FREQ=MONTHLY;INTERVAL=6',
};
const PLAIN_HEADS: ReadonlySet<string> = new Set(Object.values(RECURRENCE_UNITS));

function listedUnitRules(env: Env, from: number): void {
  const { c } = env;
  const every = env.out
    .slice(from)
    .filter((x) => x.rule === 'recurring-every' && PLAIN_HEADS.has(x.finding?.rrule ?? ''));
  for (const x of every) {
    let at = x.end;
    for (;;) {
      LISTED_UNIT.lastIndex = at;
      const m = LISTED_UNIT.exec(c);
      const head = m ? LISTED_HEADS[lowerKey(m.groups?.u ?? '').replace(/\s+/gu, ' ')] : undefined;
      if (!m || !head) break;
      const end = m.index + m[0].length;
      const start = end - (m.groups?.u ?? '').length;
      if (overlapsRecurring(env, from, start, end)) break;
      pushRecurring(env, start, end, 'recurring-listed', head);
      at = end;
    }
  }
}

// `báo cáo tháng trước ngày 20` · `định kỳ tháng (trước ngày 20), quý (…), 6 tháng (trước ngày
// 15/6), năm (trước ngày 15/11)`: a report named by its period, then its day (a yearless day and
// month for a half-yearly or yearly one). A quarter's day is read by quarterDayRules.
const REPORT_ITEM = () =>
  `(?<unit>${alt(Object.keys(REPORT_PERIODS))})${WE}(?!\\s{0,3}(?:\\d|[IVX]+${WE}|${alt(REPORT_PERIOD_NOT)}${WE}))` +
  `(?<gap>[^.;:!?()\\d\\n]{0,50}?)\\s{0,3}(?<open>\\()?\\s{0,3}(?:${TAIL_VERB}(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào)${S}ngày\\s{0,3}(?<d>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9])(?:${NEXT_QUARTER}|${LAST_MONTH})(?:\\s{0,2}(?<close>\\)))?)?`;
const REPORT_PERIOD = new Scan(() => `${WB}${alt(REPORT_LEADS)}${S}${REPORT_ITEM()}`, 'giu', [['báo cáo', 'định k']]);
const REPORT_NEXT = lazy(() =>
  rxAt(`\\s{0,3}(?:[,;]\\s{0,3}(?:và${S})?|${S}và${S})(?:báo${S}cáo${S})?${REPORT_ITEM()}`),
);
// The next item's span starts after its separator.
const REPORT_SEP = /^\s{0,3}(?:[,;]\s{0,3}(?:và\s+)?|\s+và\s+)/iu;

const PERIODIC_LEAD = new RegExp(`^${alt(REPORT_LEADS)}`, 'iu');

function reportPeriodRules(env: Env, from: number): void {
  const { c, lower } = env;
  for (const first of REPORT_PERIOD.all(c, lower)) {
    let m: RegExpExecArray | null = first;
    let start = first.index;
    // `báo cáo định kỳ tháng, quý, năm`: periods named without a day are rules when the lead says
    // `định kỳ` or more than one is listed (`báo cáo năm` alone is one report).
    const lead = PERIODIC_LEAD.exec(first[0])?.[0] ?? '';
    const undated: Array<{ start: number; end: number; rrule: string }> = [];
    while (m) {
      const g = m.groups ?? {};
      const end = m.index + m[0].length;
      const unit = lowerKey(g.unit ?? '').replace(/\s+/gu, ' ');
      const head = REPORT_PERIODS[unit];
      const yearly = head === 'FREQ=YEARLY';
      // A day for a month's report, a day and month for a yearly one; an open parenthesis closed.
      const dated = g.d !== undefined && (yearly ? g.mo !== undefined : g.mo === undefined) && !g.open === !g.close;
      const rrule = head && dated && unit !== 'quý' ? rruleFor(yearly ? 'FREQ=YEARLY' : head, unit, g.d, g.mo) : null;
      // (The one-off due date the by rules read inside the same words gives way when merged: this span starts first.)
      if (rrule && !overlapsRecurring(env, from, start, end))
        pushRecurring(env, start, end, 'recurring-report-period', rrule);
      const every = g.d === undefined ? REPORT_PERIODS_UNDATED[unit] : undefined;
      if (every) undated.push({ start, end: m.index + m[0].trimEnd().length, rrule: every });
      const next = REPORT_NEXT();
      next.lastIndex = end;
      m = next.exec(c);
      if (m) start = m.index + (REPORT_SEP.exec(m[0])?.[0].length ?? 0);
    }
    if (undated.length === 0 || (undated.length < 2 && !PERIODIC_WORDS.some((w) => lowerKey(lead).includes(w))))
      continue;
    for (const u of undated)
      if (!overlapsRecurring(env, from, u.start, u.end))
        pushRecurring(env, u.start, u.end, 'recurring-report-period', u.rrule);
  }
}

// `Chủ nhật cuối cùng hằng tháng` · `vào thứ Hai đầu tiên của mỗi tháng`: a weekday by its place in
// the month (BYDAY=-1SU, 1MO).
const NTH_WEEKDAY = new Scan(
  () =>
    `${WB}(?:(?:vào${S})?(?:ngày${S})?)(?<wd>${WEEKDAY})${S}(?:(?:của${S})?tuần${S})?(?<nth>${alt(Object.keys(WEEKDAY_ORDINALS))})${WE}\\s{0,3}(?:của${S})?(?:${EVERY}|mỗi)${S}tháng${WE}`,
  'giu',
  [['tháng'], ['thứ', 'chủ nhật'], [...EVERY_HINTS, 'mỗi']],
);

function nthWeekdayRules(env: Env): void {
  const { c, lower } = env;
  for (const m of NTH_WEEKDAY.all(c, lower)) {
    const g = m.groups ?? {};
    const day = WEEKDAYS[lowerKey(g.wd ?? '')];
    const nth = WEEKDAY_ORDINALS[lowerKey(g.nth ?? '')];
    if (!day || nth === undefined) continue;
    const end = m.index + m[0].length;
    // The bare `hằng tháng` read inside these words gives way.
    giveWay(env, m.index, end);
    pushRecurring(env, m.index, end, 'recurring-nth-weekday', `FREQ=MONTHLY;BYDAY=${nth}${day}`);
  }
}

// `trong tháng 4 hằng năm` · `vào quý IV hằng năm`: a month or quarter that comes back each year
// (its last day, as a yearly rule; not one April's deadline and a yearless rule beside it).
const PERIOD_EVERY_YEAR = new Scan(
  () =>
    `${WB}(?:(?:trong|vào)${S})?(?:tháng${S}(?<mo>\\d{1,2})|quý${S}(?<q>IV|III|II|I|[1-4]))(?![\\p{L}0-9/])\\s{0,3}(?:của${S})?(?:${EVERY}|mỗi)${S}năm${WE}`,
  'giu',
  [['năm'], ['tháng', 'quý'], [...EVERY_HINTS, 'mỗi']],
);
const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

function periodEveryYearRules(env: Env): void {
  const { c, lower } = env;
  for (const m of PERIOD_EVERY_YEAR.all(c, lower)) {
    const g = m.groups ?? {};
    const q = g.q === undefined ? undefined : QUARTER_NUMBERS[g.q.toUpperCase()];
    const month = q === undefined ? Number(g.mo) : q * 3;
    if (!(month >= 1 && month <= 12)) continue;
    const end = m.index + m[0].length;
    // The period read with its own cue (`hoàn thành trong tháng 4`) gives way; its cue opens the rule.
    let start = m.index;
    for (const x of env.out) {
      const kind = x.finding?.kind;
      if ((kind !== 'month' && kind !== 'quarter') || x.end <= m.index || x.start >= end) continue;
      start = Math.min(start, x.start);
      x.finding = undefined;
    }
    pushRecurring(env, start, end, 'recurring-period-every-year', `FREQ=YEARLY;BYMONTH=${month}`);
  }
}

// The months a quarterly report falls in when it is due early in the next quarter.
const NEXT_QUARTER_MONTHS = 'BYMONTH=1,4,7,10';

/**
 * A recurrence with its day tail: one rule, or one per day of `(trước ngày 15/6 và 15/12)` (each on
 * its own span), or a quarterly rule in the first month of the next quarter.
 */
function pushWithTail(env: Env, m: RegExpExecArray, head: string, unit: string, rule: string): void {
  const g = m.groups ?? {};
  const { end, day } = tailEnd(env.c, m);
  const year = m.indices?.groups?.andYear;
  if (year && !(day && g.d2 !== undefined)) {
    // `định kỳ 6 tháng, năm`: two rules; a day written once after `năm` is the yearly report's.
    const at = year[0] + canonTones(g.andYear ?? '').lastIndexOf('năm');
    pushRecurring(env, m.index, year[0], rule, rruleFor(head, unit));
    pushRecurring(env, at, end, rule, rruleFor('FREQ=YEARLY', 'năm', day ? g.d : undefined, day ? g.mo : undefined));
    return;
  }
  if (!day) {
    pushRecurring(env, m.index, end, rule, rruleFor(head, unit));
    return;
  }
  if (g.next !== undefined) {
    const quarterly = head === RECURRENCE_UNITS.quý && g.mo === undefined && g.d2 === undefined;
    const byDay = rruleFor(head, unit, g.d);
    const rrule = quarterly && byDay ? byDay.replace(head, `${head};${NEXT_QUARTER_MONTHS}`) : byDay;
    pushRecurring(env, m.index, end, rule, rrule);
    return;
  }
  const second = m.indices?.groups?.d2;
  if (g.d2 === undefined || !second) {
    pushRecurring(env, m.index, end, rule, rruleFor(head, unit, g.d, g.mo));
    return;
  }
  const first = rruleFor(head, unit, g.d, g.mo);
  const other = rruleFor(head, unit, g.d2, g.mo2);
  const firstEnd = (m.indices?.groups?.mo ?? m.indices?.groups?.d)?.[1];
  if (!first || !other || firstEnd === undefined) return;
  pushRecurring(env, m.index, firstEnd, rule, first);
  pushRecurring(env, second[0], end, rule, other);
}

export function recurringRules(env: Env): void {
  const { c, lower } = env;
  // The day lists drop the one-off dates read in their words: this pass's candidates start that much earlier.
  const before = env.out.length;
  const from = before - dayListRules(env);
  for (const m of DAY_EVERY.all(c, lower)) {
    const g = m.groups ?? {};
    const unit = lowerKey(g.unit ?? '');
    const head = RECURRENCE_UNITS[unit];
    if (!head) continue;
    const end = m.index + m[0].length;
    pushRecurring(env, m.index, end, 'recurring-day-every', rruleFor(head, unit, g.d, g.mo), g.time);
    oneOffsGiveWay(env, m.index, end);
  }
  for (const m of EVERY_UNIT.all(c, lower)) {
    const unit = lowerKey(m.groups?.unit ?? '');
    const head = RECURRENCE_UNITS[unit];
    if (head) pushWithTail(env, m, head, unit, 'recurring-every');
  }
  for (const re of [WEEKDAY_EVERY, EVERY_WEEK_DAY]) {
    for (const m of re.all(c, lower)) {
      const byday = byDays(m.groups?.wd ?? '');
      if (byday) pushRecurring(env, m.index, m.index + m[0].length, 'recurring-weekday', `FREQ=WEEKLY;BYDAY=${byday}`);
    }
  }
  gapDayRules(env, from);
  gapWeekdayRules(env, from);
  for (const m of PERIODIC.all(c, lower)) {
    const g = m.groups ?? {};
    const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : (MONTH_COUNT_WORDS[lowerKey(g.n ?? '')] ?? 0);
    if (n < 1) continue;
    const unit = lowerKey(g.unit ?? '');
    const freq = { tháng: 'MONTHLY', tuần: 'WEEKLY', năm: 'YEARLY', ngày: 'DAILY' }[unit];
    if (!freq) continue;
    const head = n === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${n}`;
    pushWithTail(env, m, head, unit, 'recurring-periodic');
  }
  periodEveryYearRules(env);
  nthWeekdayRules(env);
  hoursThenDailyRules(env);
  listedUnitRules(env, from);
  onceEveryRules(env, from);
  timesPerRules(env, from);
  reportPeriodRules(env, from);
  quarterDayRules(env, from);
  dropDatedRepeats(env, from);
  for (const m of JOINED_YEAR.all(c, lower)) {
    const joined = env.out.some(
      (x) => x.finding?.kind === 'recurring' && x.end <= m.index && m.index - x.end <= JOIN_REACH,
    );
    const g = m.groups ?? {};
    if (joined)
      pushRecurring(
        env,
        m.index,
        m.index + m[0].length,
        'recurring-joined-year',
        rruleFor('FREQ=YEARLY', 'năm', g.d, g.mo),
      );
  }
  attachTimes(env, from);
}
