// Due dates (`by`): a written date after a deadline cue (`trước ngày 30/4/2026`, `chậm nhất là
// ngày 15/6`), after a `Thời hạn:` label, after a time (`17h00 ngày 20/4/2026`), or at the end of
// a range (`từ ngày 01/4 đến ngày 15/4/2026`). Labels and times are read here for both kinds: an
// event label (`Thời gian:`) or an event-time lead (`vào lúc`) makes the same shape an `on` date.

import {
  BY_CUES,
  BY_CUES_WITH_NGAY,
  BY_LABELS,
  DATA_SPAN_WORDS,
  EVENT_TIME_CUES,
  ON_LABELS,
  SAME_DAY_WORDS,
} from '../../text/deadline-vocabulary.js';
import { clauseStart, type Env } from './context.js';
import {
  DATE,
  DATE_AFTER_DASH,
  DATE_LIST_SEP,
  DAY_LEAD,
  LENGTH_LEAD,
  NGAY,
  pushDate,
  readTime,
  TIME,
  TIME_JOIN,
} from './dates-in-text.js';
import { alt, lazy, lowerKey, rxAt, S, Scan, WB, WE, YEAR_IN } from './fragments.js';
import { narrativeBefore } from './narrative.js';

// trước ngày 30/4/2026 · chậm nhất là ngày 15/6 · hạn chót 20/4/2026 · trước 17 giờ ngày 20/4/2026 ·
// trước thứ Sáu, ngày 28/5/2027
const BY_CUE_DATE = new Scan(
  () =>
    `${WB}${alt(BY_CUES)}${WE}\\s{0,3}:?\\s{0,3}(?:(?<time>${TIME})${TIME_JOIN}|(?<day>${DAY_LEAD}))?(?<ngay>${NGAY})?(?<date>${DATE})`,
  'giu',
  [['trước', 'chậm', 'muộn', 'hạn', 'không']],
);
// trong ngày 20/4/2026 · đến hết ngày 30/6/2026 · ngay trong ngày 15/5
const BY_CUE_NGAY_DATE = new Scan(
  () => `${WB}${alt(BY_CUES_WITH_NGAY)}${S}(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`,
  'giu',
  [['ngày']],
);
// Thời hạn: 30/4/2026 · Thời gian hoàn thành: ngày 15/5/2026 · Thời gian: 8 giờ 00, ngày 20/4/2026 ·
// Thời gian: sáng thứ Năm, ngày 19/5/2027 ·
// Hạn nộp báo cáo: ngày 20/7/2026 (up to three words of what is due between the label and ":")
const LABEL_DATE = new Scan(
  () =>
    `${WB}(?<label>${alt([...BY_LABELS, ...ON_LABELS])})(?:\\s{1,3}\\p{L}{1,12}){0,3}\\s{0,3}:\\s{0,3}(?<until>(?:đến|tới)(?:${S}hết)?${S})?${LENGTH_LEAD}(?:(?<time>${TIME})${TIME_JOIN}|${DAY_LEAD})?(?:${NGAY})?(?<date>${DATE})`,
  'giu',
  [[':']],
);
const BY_LABEL_KEYS = new Set(BY_LABELS.map(lowerKey));
// Hạn chót nộp hồ sơ là ngày 20/7/2026 · hạn cuối tiếp nhận là 15/8/2026
const DEADLINE_IS = new Scan(
  () => `${WB}hạn${S}(?:chót|cuối)(?:\\s{1,3}\\p{L}{1,12}){0,6}\\s{1,3}là\\s{1,3}(?:${NGAY})?(?<date>${DATE})`,
  'giu',
  [['hạn']],
);
// 17h00 ngày 20/4/2026 (by) · vào lúc 14 giờ ngày 20/4/2026 (on)
const TIME_DATE = new Scan(
  () => `(?:${WB}(?<lead>${alt(EVENT_TIME_CUES)})${S})?(?<time>${TIME})${TIME_JOIN}${NGAY}(?<date>${DATE})`,
  'giu',
  [['ngày']],
);
// từ ngày 01/4 đến ngày 15/4/2026 · từ 01/4/2026 - 15/4/2026 · từ 30/4/2027-15/5/2027 (one `by` at
// the end date); in parentheses or after a label, without `từ`: (30/4/2027 – 15/5/2027).
// The first day may stand alone, its month and year written once at the end: `từ ngày 20 đến ngày
// 25 tháng 7 năm 2027` · `từ 25-27/6/2027`.
// `từ ngày 05/01 - 10/01/2028`: a yearless first day before a dash and a full date (the dash
// otherwise makes `15/6-2` no date).
const FROM_BEFORE_DASH = `(?<![0-9/.-])\\d{1,2}\\s{0,3}[/.]\\s{0,3}\\d{1,2}(?=\\s{0,3}[-–—]\\s{0,3}\\d{1,2}\\s{0,3}[/.]\\s{0,3}\\d{1,2}\\s{0,3}[/.]\\s{0,3}(?:19|20)\\d{2})`;
const RANGE_SPAN = `(?:${NGAY})?(?<from>${DATE}|${FROM_BEFORE_DASH}|\\d{1,2}(?![0-9]|\\s{0,3}[/.]))\\s{0,3}(?:đến|-|–|—)\\s{0,3}(?:hết${S})?(?:${NGAY})?(?<date>${DATE_AFTER_DASH})`;
const RANGE = new Scan(() => `${WB}(?:từ|trong${S}thời${S}gian)${S}${RANGE_SPAN}`, 'giu', [['từ', 'thời']]);
const RANGE_PAREN = new Scan(() => `\\(\\s{0,2}(?:từ${S})?${RANGE_SPAN}\\s{0,2}\\)`, 'giu', [['(']]);
const RANGE_LABEL = new Scan(
  () =>
    `${WB}(?<label>${alt([...BY_LABELS, ...ON_LABELS])})(?:\\s{1,3}\\p{L}{1,12}){0,3}\\s{0,3}:\\s{0,3}(?:từ${S})?${RANGE_SPAN}`,
  'giu',
  [[':']],
);

// A time cell or heading that is only the range: `15/5 - 30/6/2026`, `01/8 đến 31/8/2026`.
const RANGE_ALONE = new Scan(() => `^\\s{0,3}${RANGE_SPAN}\\s{0,3}\\.?\\s*$`, 'giu');

// trước 16 giờ 00 cùng ngày · chậm nhất 17h ngày hôm đó: the day of the date written before.
const SAME_DAY = new Scan(
  () => `${WB}${alt(BY_CUES)}${WE}\\s{0,3}(?:(?<time>${TIME})\\s{0,3},?\\s{0,3})?${alt(SAME_DAY_WORDS)}${WE}`,
  'giu',
  [['cùng', 'hôm']],
);

// A time and date that open a line and end in a colon: an entry of a programme (chương trình).
const AGENDA_OPEN = /^\s*(?:[-+•*–]\s*)?$/u;
const AGENDA_CLOSE = /^\s{0,3}[:：]/u;
const CLAUSE_END = /^\s{0,3}(?:[.;,:)!?]|$)/u;
const SPAN_START = /(?:^|[^\p{L}])(?:kể\s+)?từ\s+$/iu;
// "Từ 13 giờ 30 đến 17 giờ, ngày 15/10/2026": an event's hours; it starts at the first.
const HOURS_FROM = lazy(() => new RegExp(`(?:^|[^\\p{L}])từ${S}(?<from>${TIME})\\s{0,3}(?:đến|[-–])\\s{0,3}$`, 'iu'));
const ON_LABEL_OPENS = new RegExp(`^\\s*(?:[-+*]\\s*)?${alt(ON_LABELS)}\\s*:`, 'iu');
const clauseStartOf = (c: string, at: number) => Math.max(0, clauseStart(c, at, 120));
const DATA_SPAN_BEFORE = new RegExp(`(?<![\\p{L}])${alt(DATA_SPAN_WORDS)}\\s+$`, 'iu');

// `trước ngày 15/6 và 15/12/2027` · `trước ngày 10/3, 10/6 và 10/9/2027`: more dates after the first.
const LISTED_DATE = lazy(() => rxAt(`${DATE_LIST_SEP}(?:${NGAY})?(?<date>${DATE})`));
const LIST_MAX = 6;
const NEW_CLAUSE_AFTER = /^,?\s+\p{Lu}/u;
const JOINED_BY_AND = /(?<![\p{L}])và(?![\p{L}])/u;

/**
 * A due date and the dates listed after it, each its own `by` on its own span; a year written
 * once after the last applies to the others (`trước ngày 10/3, 10/6 và 10/9/2027`).
 */
function pushListed(env: Env, start: number, end: number, rule: string, raw: string, time?: string): void {
  const items: Array<{ start: number; end: number; raw: string }> = [{ start, end, raw }];
  const re = LISTED_DATE();
  for (let at = end; items.length < LIST_MAX; ) {
    re.lastIndex = at;
    const m = re.exec(env.c);
    const date = m?.groups?.date;
    if (!m || !date) break;
    const next = m.index + m[0].length;
    // "… trước ngày 20/4/2027, ngày 15/01/2027 Ban Thường vụ đã họp": after a full date, a date
    // that opens a clause of its own is no item of the list.
    const prevDated = YEAR_IN.test(items[items.length - 1]?.raw ?? '');
    if (prevDated && !JOINED_BY_AND.test(m[0]) && NEW_CLAUSE_AFTER.test(env.c.slice(next, next + 4))) break;
    at = next;
    items.push({ start: at - date.length, end: at, raw: date });
  }
  const year = [...items]
    .reverse()
    .find((it) => YEAR_IN.test(it.raw))
    ?.raw.match(YEAR_IN)?.[0];
  for (const [i, it] of items.entries()) {
    const dated = year && !YEAR_IN.test(it.raw) && items.length > 1 ? withYear(it.raw, year) : it.raw;
    pushDate(env, it.start, it.end, i === 0 ? rule : `${rule}-listed`, 'by', dated, i === 0 ? time : undefined);
  }
}

/**
 * Whether a range spans a task's time, not an anniversary's years (`(26/3/1931 - 26/3/2027)`): its
 * start, where the year is written, at most a year before its end.
 */
function shortSpan(m: RegExpExecArray): boolean {
  const from = m.groups?.from?.match(/(?:19|20)\d{2}/u)?.[0];
  const to = m.groups?.date?.match(/(?:19|20)\d{2}/u)?.[0];
  return !from || !to || Number(to) - Number(from) <= 1;
}

/** `15/6` + 2027 → `15/6/2027`; `15 tháng 6` + 2027 → `15 tháng 6 năm 2027`. */
function withYear(raw: string, year: string): string {
  return /tháng/iu.test(raw) ? `${raw} năm ${year}` : `${raw}/${year}`;
}

export function byRules(env: Env): void {
  const { c, lower } = env;
  // Every pattern here reads a written date.
  if (!env.date) return;
  for (const m of BY_CUE_DATE.all(c, lower)) {
    const g = m.groups ?? {};
    const hasYear = /\d{4}/.test(g.date ?? '');
    // `trước 2/3 số xã …` without `ngày`, a time or a year is a fraction, not a date — unless the
    // clause ends there (`hoàn thành trước 15/8.`): a fraction is followed by what it counts.
    const end = m.index + m[0].length;
    if (
      !g.ngay &&
      !g.time &&
      !g.day &&
      !hasYear &&
      !/tháng/i.test(g.date ?? '') &&
      !CLAUSE_END.test(c.slice(end, end + 4))
    ) {
      continue;
    }
    pushListed(env, m.index, end, 'by-cue-date', g.date ?? '', g.time);
  }
  for (const m of BY_CUE_NGAY_DATE.all(c, lower)) {
    const g = m.groups ?? {};
    pushListed(env, m.index, m.index + m[0].length, 'by-cue-ngay-date', g.date ?? '', g.time);
  }
  for (const m of DEADLINE_IS.all(c, lower)) {
    pushDate(env, m.index, m.index + m[0].length, 'deadline-is-date', 'by', m.groups?.date ?? '');
  }
  for (const m of LABEL_DATE.all(c, lower)) {
    const g = m.groups ?? {};
    // "Thời gian thực hiện: đến ngày 30/11/2026": up to a day, whatever the label.
    const kind = g.until !== undefined || BY_LABEL_KEYS.has(lowerKey(g.label ?? '')) ? 'by' : 'on';
    pushDate(env, m.index, m.index + m[0].length, `${kind}-label-date`, kind, g.date ?? '', g.time);
  }
  for (const m of TIME_DATE.all(c, lower)) {
    const g = m.groups ?? {};
    // "kể từ 12 giờ 00 ngày 26/10/2026 cho đến khi …", "từ 7h30 ngày 05/11 đến hết ngày 06/11": a
    // start, not a due date — an event's start under "Thời gian:", else nothing.
    const starts = !g.lead && SPAN_START.test(c.slice(Math.max(0, m.index - 8), m.index));
    if (starts && !ON_LABEL_OPENS.test(c.slice(clauseStartOf(c, m.index), m.index))) continue;
    // "- 19h00 ngày 18/6/2027: Khai mạc …": a programme's entry, the hour an event starts.
    const entry = AGENDA_OPEN.test(c.slice(0, m.index)) && AGENDA_CLOSE.test(c.slice(m.index + m[0].length));
    const hours = g.lead ? null : HOURS_FROM().exec(c.slice(Math.max(0, m.index - 40), m.index));
    if (hours?.groups?.from) {
      const at = m.index - hours[0].length + hours[0].search(/từ/iu);
      pushDate(env, at, m.index + m[0].length, 'on-hours-date', 'on', g.date ?? '', hours.groups.from);
      continue;
    }
    const kind = g.lead || starts || entry ? 'on' : 'by';
    if (kind === 'on' && narrativeBefore(c, m.index)) continue;
    pushDate(env, m.index, m.index + m[0].length, `${kind}-time-date`, kind, g.date ?? '', g.time);
  }
  for (const m of RANGE.all(c, lower)) {
    // `số liệu tính từ ngày 15/12/2025 đến ngày 14/9/2026`: the span a report covers, not a deadline.
    if (DATA_SPAN_BEFORE.test(c.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!shortSpan(m)) continue;
    pushDate(env, m.index, m.index + m[0].length, 'by-range', 'by', m.groups?.date ?? '');
  }
  for (const m of RANGE_LABEL.all(c, lower)) {
    if (!shortSpan(m)) continue;
    pushDate(env, m.index, m.index + m[0].length, 'by-range-label', 'by', m.groups?.date ?? '');
  }
  if (env.ctx.heading) {
    for (const m of RANGE_ALONE.all(c, lower)) {
      if (shortSpan(m)) pushDate(env, m.index, m.index + m[0].length, 'by-range-alone', 'by', m.groups?.date ?? '');
    }
  }
  for (const m of RANGE_PAREN.all(c, lower)) {
    if (!shortSpan(m)) continue;
    // Report the span without its parentheses.
    const inner = m[0].slice(1, -1);
    const s = m.index + 1 + (inner.length - inner.trimStart().length);
    const e = m.index + m[0].length - 1 - (inner.length - inner.trimEnd().length);
    pushDate(env, s, e, 'by-range-paren', 'by', m.groups?.date ?? '');
  }
}

/**
 * `… vào ngày 28/02/2027; báo cáo trước 16 giờ 00 cùng ngày`: a due time on the day of the last
 * date found before it in the paragraph. Runs after the by/on rules, whose dates it reads.
 */
export function sameDayRules(env: Env): void {
  if (!env.date) return;
  for (const m of SAME_DAY.all(env.c, env.lower)) {
    const before = env.out.filter((x) => x.finding?.date && x.end <= m.index).sort((a, b) => b.end - a.end)[0];
    const date = before?.finding?.date;
    if (!date) continue;
    const time = m.groups?.time ? readTime(m.groups.time) : undefined;
    env.out.push({
      start: m.index,
      end: m.index + m[0].length,
      rule: 'by-same-day',
      label: true,
      finding: { kind: 'by', date, ...(time ? { time } : {}), ...(before.finding?.inferred ? { inferred: true } : {}) },
    });
  }
}
