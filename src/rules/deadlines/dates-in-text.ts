// Written dates and times inside a phrase — `30/4/2026`, `ngày 30 tháng 4 năm 2026`, `15/6`,
// `17h00`, `8 giờ 30 phút` — as pattern fragments for the by/on rules, and how a match is read:
// a yearless date takes the document's year and is marked inferred; an impossible one is a
// BAD_DATE problem instead of a finding.

import { isoDate } from '../../text/dates.js';
import { AFTERNOON_PARTS, DAY_PARTS, WEEKDAYS } from '../../text/deadline-vocabulary.js';
import type { DeadlineKind } from '../../types.js';
import type { Env } from './context.js';
import { alt, S, WE, YEAR } from './fragments.js';

// 30/4/2026 · 30/04/2026 · 30-4-2026 · 14.04.2026 · 30/ 4/2026 (line-join space) · 15/6 (no year).
// A yearless date must not continue with a separator and digits (then it is something else).
const NUMERIC_DATE = `(?<![0-9/.-])\\d{1,2}\\s{0,3}[/.-]\\s{0,3}\\d{1,2}(?![0-9])(?:\\s{0,3}[/.-]\\s{0,3}${YEAR}|(?!\\s?[/-]\\s?[0-9])(?!\\.[0-9]))`;
// 30 tháng 4 năm 2026 · 05 tháng 02, năm 2026 · 15 tháng 6 (no year).
const WORD_DATE = `(?<![0-9])\\d{1,2}${S}tháng${S}\\d{1,2}(?![0-9])(?:\\s{0,3},?\\s{0,3}năm${S}${YEAR})?`;
export const DATE = `(?:${WORD_DATE}|${NUMERIC_DATE})`;
/** A date right after a dash or a slash of a range (`30/4/2027-15/5/2027`): no look-behind. */
export const DATE_AFTER_DASH = `(?:${WORD_DATE}|${NUMERIC_DATE.replace('(?<![0-9/.-])', '(?<![0-9])')})`;
// Every DATE match contains one of these: a cheap test that lets a paragraph skip the date rules.
const DATE_CORE = /\d\s{0,3}[/.-]\s{0,3}\d|\d\s+tháng\s+\d/iu;

/** Whether `c` may hold a written date (false: no DATE pattern can match in it). */
export function mayHoldDate(c: string): boolean {
  return DATE_CORE.test(c);
}

// 17h00 · 17h · 16 giờ 00 · 8 giờ 30 phút · 14:30 · 8h00' (old files mark minutes with an
// apostrophe) · 2 giờ chiều (the part of the day read with the hour).
export const TIME = `(?<![0-9])\\d{1,2}(?:\\s{0,2}(?:giờ|h|g)(?:\\s{0,2}\\d{2}(?![0-9])['’′]?)?(?:\\s{0,2}phút)?(?:\\s{1,2}${alt(DAY_PARTS)}${WE})?|:\\d{2})(?![\\p{L}0-9])`;
const AFTERNOON = new RegExp(`${alt(AFTERNOON_PARTS)}$`, 'u');
export const WEEKDAY = alt(Object.keys(WEEKDAYS));
// Between a time and its date: `17h00, thứ Sáu, ngày …` · `8 giờ sáng ngày …`.
export const TIME_JOIN = `\\s{0,3},?\\s{0,3}(?:(?:sáng|chiều|tối)${WE}\\s{0,3})?(?:${WEEKDAY}${WE}\\s{0,3},?\\s{0,3})?`;
export const NGAY = `ngày\\s{0,3}`;
// A part of the day or a weekday before a date without an hour: `sáng ngày …` · `chiều thứ Sáu, ngày …`.
export const DAY_LEAD = `(?:(?:buổi\\s{1,3})?(?:sáng|chiều|tối)${WE}\\s{0,3})?(?:${WEEKDAY}${WE}\\s{0,3},?\\s{0,3})?`;
// How long an event lasts, written before its date: `Thời gian: 01 ngày, ngày 20/5/2027` ·
// `01 buổi, ngày …` · `1/2 ngày (buổi sáng), ngày …`.
export const LENGTH_LEAD = `(?:\\d{1,2}(?:/\\d)?\\s{0,2}(?:ngày|buổi)${WE}(?:\\s{0,3}\\([^()]{0,24}\\))?\\s{0,3},\\s{0,3})?`;
// Between the dates of a list: `10/3, 10/6 và 10/9/2027` · `27 và 28/10/2026`.
export const DATE_LIST_SEP = `\\s{0,3}(?:,\\s{0,3}(?:và${S})?|${S}và${S})`;

type DateRead = { date: string; inferred: boolean } | { bad: string } | null;

/** Read a DATE match: year from the text, else from the document date (inferred). */
function readDate(raw: string, env: Env): DateRead {
  const nums = raw.match(/\d+/g) ?? [];
  const d = Number(nums[0]);
  const m = Number(nums[1]);
  const written = nums[2] !== undefined && nums[2].length === 4 ? Number(nums[2]) : null;
  const y = written ?? env.docYear;
  if (y === null) return null;
  const date = isoDate(y, m, d);
  if (!date) return { bad: `Impossible date "${raw.replace(/\s+/g, ' ').trim()}"` };
  return { date, inferred: written === null };
}

/** `15 giờ 00` · `17h` · `8:30` → "HH:MM" (undefined when out of range). */
export function readTime(raw: string): string | undefined {
  const nums = raw.match(/\d+/g) ?? [];
  const h = Number(nums[0]);
  const min = nums[1] === undefined ? 0 : Number(nums[1]);
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60)) return undefined;
  // "2 giờ chiều" is 14:00; "14 giờ chiều" stays 14:00.
  if (h < 12 && AFTERNOON.test(raw.trimEnd())) return `${String(h + 12)}:${String(min).padStart(2, '0')}`;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Push a dated candidate (or a BAD_DATE problem) for a DATE capture. */
export function pushDate(
  env: Env,
  start: number,
  end: number,
  rule: string,
  kind: DeadlineKind,
  rawDate: string,
  rawTime?: string,
): void {
  const read = readDate(rawDate, env);
  if (read === null) return;
  if ('bad' in read) {
    env.out.push({ start, end, rule, problem: { code: 'BAD_DATE', message: read.bad } });
    return;
  }
  const time = rawTime ? readTime(rawTime) : undefined;
  env.out.push({
    start,
    end,
    rule,
    label: true,
    finding: { kind, date: read.date, ...(time ? { time } : {}), ...(read.inferred ? { inferred: true } : {}) },
  });
}
