// The period patterns — month, part of a month, quarter, part of a quarter, half-year, year, part
// of a year — each with its source (uncued) and how a match resolves to the period's last day
// (or its first/middle day for `đầu`/`giữa`). How the patterns are introduced (cues, labels,
// parentheses, headings) is in periods.ts and heading.ts.

import {
  daysInMonth,
  halfYearEnd,
  isoDate,
  monthEnd,
  parseRoman,
  quarterEnd,
  quarterStart,
  yearEnd,
} from '../../text/dates.js';
import {
  HALF_WORDS,
  MONTH_COUNT_WORDS,
  PERIOD_CUES,
  PERIOD_MODIFIERS,
  SCHOOL_YEAR_END,
  WEEK_OF_MONTH,
  YEAR_CUES,
  YEAR_SPAN_CUES,
  YEAR_SPAN_MAX,
} from '../../text/deadline-vocabulary.js';
import type { DeadlineKind } from '../../types.js';
import type { Env } from './context.js';
import { alt, lowerKey, S, WE, YEAR } from './fragments.js';

export interface PeriodValue {
  kind: DeadlineKind;
  date: string;
  inferred: boolean;
}

export interface PeriodPattern {
  name: string;
  /**
   * The pattern, written to follow a word boundary: every form puts it after whitespace, `(`,
   * `:`, `,` or clause punctuation, or (headings) adds `WB` in front.
   */
  source: string;
  /** Lower-case words of which every match contains one (see `Scan`). */
  hints: readonly string[];
  /** Whether the plain-period cues may introduce it (year uses the narrower YEAR_CUES). */
  cues: readonly string[];
  /**
   * The period without its noun, as the later items of a list write it (`quý II, III/2026`,
   * `tháng 6, 7 và 8/2026`): with the same groups as `source`, and a year of its own or at the
   * end of the list (a bare `12` alone is a count, not a month).
   */
  item?: string;
  /** False when a heading naming the period uncued is no deadline (default true). */
  inHeadings?: boolean;
  /** False when a parenthesis holding the period alone is no deadline (default true). */
  inParens?: boolean;
  resolve(g: Record<string, string | undefined>, env: Env): PeriodValue | null;
}

// `/2026` or ` năm 2026` after a month or quarter.
const YEAR_SUFFIX = `(?:\\s{0,3}/\\s{0,3}(?<y>${YEAR})|${S}năm${S}(?<y2>${YEAR}))?`;
export const ROMAN_Q = '(?:IV|III|II|I|[1-4])';
// quý II · quý 2 · Q2 (Roman numeral checked upper-case in `resolve`; `quý báu` fails the boundary).
// Always at a word start (see PeriodPattern.source).
const QUARTER_CORE = `(?:quý${S}(?<q>${ROMAN_Q})|Q(?<q2>[1-4]))(?![\\p{L}0-9])`;
// quý II - III/2026: a range of quarters, one deadline at the end of the last.
const QUARTER_RANGE_CORE = `(?:quý${S}(?<q>${ROMAN_Q})(?:\\s{0,2}[-–]\\s{0,2}(?<qto>${ROMAN_Q}))?|Q(?<q2>[1-4]))(?![\\p{L}0-9])`;
const QUARTER_HINTS = ['quý', 'q1', 'q2', 'q3', 'q4'];
const MOD = alt(Object.keys(PERIOD_MODIFIERS));
// What separates the items of a list of periods: `, ` · ` và ` · `, và `.
export const LIST_SEP = `\\s{0,3}(?:,\\s{0,3}(?:và${S})?|và${S})`;
// A bare item's year is its own or written after the last item of the list (of at most twelve:
// the look-ahead stays bounded on a long run of numbers).
const ITEM_NUMBER = `(?:\\d{1,2}|${ROMAN_Q})(?:\\s{0,2}[-–]\\s{0,2}(?:\\d{1,2}|${ROMAN_Q}))?(?![\\p{L}0-9])`;
const LIST_YEAR_AHEAD = `(?=${ITEM_NUMBER}(?:${LIST_SEP}${ITEM_NUMBER}){0,11}(?:\\s{0,3}/\\s{0,3}|${S}năm${S})${YEAR})`;

function pickYear(g: Record<string, string | undefined>, env: Env): { y: number; inferred: boolean } | null {
  const written = g.y ?? g.y2;
  if (written) return { y: Number(written), inferred: false };
  return env.docYear === null ? null : { y: env.docYear, inferred: true };
}

function quarterNumber(q: string): number | null {
  return /^\d$/.test(q) ? Number(q) : parseRoman(q);
}

function quarterOf(g: Record<string, string | undefined>): number | null {
  if (g.q2) return Number(g.q2);
  if (!g.q) return null;
  return quarterNumber(g.q);
}

/** The last quarter of `quý II - III` (null when the range runs backwards), else the quarter. */
function lastQuarterOf(g: Record<string, string | undefined>): number | null {
  const q = quarterOf(g);
  if (!g.qto || q === null) return q;
  const to = quarterNumber(g.qto);
  return to !== null && to > q && to <= 4 ? to : null;
}

/** The last month of `tháng 6 - 7` (null when the range runs backwards), else the month. */
function lastMonthOf(g: Record<string, string | undefined>): number | null {
  const mo = Number(g.mo);
  if (!g.mo2) return mo;
  const to = Number(g.mo2);
  return to > mo && to <= 12 ? to : null;
}

export const PERIODS: readonly PeriodPattern[] = [
  {
    // tháng 5/2026 · tháng 5 năm 2026 · tháng 05 (year from the document) · tháng 6 - 7/2026 (its end)
    name: 'month',
    source: `tháng${S}(?<mo>\\d{1,2})(?:\\s{0,2}[-–]\\s{0,2}(?<mo2>\\d{1,2}))?(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
    hints: ['tháng'],
    cues: PERIOD_CUES,
    item: `${LIST_YEAR_AHEAD}(?<mo>\\d{1,2})(?:\\s{0,2}[-–]\\s{0,2}(?<mo2>\\d{1,2}))?(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
    resolve(g, env) {
      const yr = pickYear(g, env);
      const last = lastMonthOf(g);
      const date = yr && last !== null && monthEnd(yr.y, last);
      return yr && date ? { kind: 'month', date, inferred: yr.inferred } : null;
    },
  },
  {
    // đầu tháng 5/2026 → 1st · giữa tháng 5 → 15th · cuối tháng 5/2026 → last day
    name: 'month-part',
    source: `(?<mod>${MOD})${S}tháng${S}(?<mo>\\d{1,2})(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
    hints: ['tháng'],
    cues: PERIOD_CUES,
    resolve(g, env) {
      const yr = pickYear(g, env);
      const mo = Number(g.mo);
      if (!yr || mo < 1 || mo > 12) return null;
      const pos = PERIOD_MODIFIERS[lowerKey(g.mod ?? '')];
      const day = pos === 'start' ? 1 : pos === 'middle' ? 15 : daysInMonth(yr.y, mo);
      const date = isoDate(yr.y, mo, day);
      return date ? { kind: 'month', date, inferred: yr.inferred } : null;
    },
  },
  {
    // 15 ngày đầu tháng 3/2027 → 15/3 · 10 ngày cuối tháng 6 → 30/6: the first or last days of a month
    name: 'month-days',
    source: `(?<![0-9])(?<n>\\d{1,2})${S}ngày${S}(?<mod>đầu|cuối)${S}(?:của${S})?tháng${S}(?<mo>\\d{1,2})(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
    // (not 'ngày' alone: nearly every paragraph has it, and this pattern has seven forms to try)
    hints: ['ngày đầu', 'ngày cuối'],
    cues: PERIOD_CUES,
    resolve(g, env) {
      const yr = pickYear(g, env);
      const mo = Number(g.mo);
      const n = Number(g.n);
      if (!yr || mo < 1 || mo > 12 || n < 1 || n > daysInMonth(yr.y, mo)) return null;
      const first = PERIOD_MODIFIERS[lowerKey(g.mod ?? '')] === 'start';
      const date = isoDate(yr.y, mo, first ? n : daysInMonth(yr.y, mo));
      return date ? { kind: 'month', date, inferred: yr.inferred } : null;
    },
  },
  {
    // tuần đầu tháng 10/2026 → 07/10 · tuần thứ hai của tháng 5 → 14/5 · tuần cuối tháng 6 → 30/6
    name: 'week-of-month',
    source: `tuần${S}(?<wk>${alt(Object.keys(WEEK_OF_MONTH))})${S}(?:của${S})?tháng${S}(?<mo>\\d{1,2})(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
    hints: ['tuần'],
    cues: PERIOD_CUES,
    resolve(g, env) {
      const yr = pickYear(g, env);
      const mo = Number(g.mo);
      const end = WEEK_OF_MONTH[lowerKey(g.wk ?? '')];
      if (!yr || end === undefined || mo < 1 || mo > 12) return null;
      const date = isoDate(yr.y, mo, end === 0 ? daysInMonth(yr.y, mo) : end);
      return date ? { kind: 'month', date, inferred: yr.inferred } : null;
    },
  },
  {
    // quý II/2026 · quý II năm 2026 · Quý 2/2026 · Q2/2026 · quý III (year from the document) ·
    // quý II - III/2026 (its end)
    name: 'quarter',
    source: `${QUARTER_RANGE_CORE}${YEAR_SUFFIX}`,
    hints: QUARTER_HINTS,
    cues: PERIOD_CUES,
    item: `${LIST_YEAR_AHEAD}(?<q>${ROMAN_Q})(?:\\s{0,2}[-–]\\s{0,2}(?<qto>${ROMAN_Q}))?(?![\\p{L}0-9])${YEAR_SUFFIX}`,
    resolve(g, env) {
      const q = lastQuarterOf(g);
      const yr = pickYear(g, env);
      const date = q !== null && yr ? quarterEnd(yr.y, q) : null;
      return yr && date ? { kind: 'quarter', date, inferred: yr.inferred } : null;
    },
  },
  {
    // đầu quý III/2026 → 01/7 · cuối quý II → 30/6
    name: 'quarter-part',
    source: `(?<mod>đầu|cuối)${S}${QUARTER_CORE}${YEAR_SUFFIX}`,
    hints: QUARTER_HINTS,
    cues: PERIOD_CUES,
    resolve(g, env) {
      const q = quarterOf(g);
      const yr = pickYear(g, env);
      if (q === null || !yr) return null;
      const date = lowerKey(g.mod ?? '') === 'đầu' ? quarterStart(yr.y, q) : quarterEnd(yr.y, q);
      return date ? { kind: 'quarter', date, inferred: yr.inferred } : null;
    },
  },
  {
    // 6 tháng đầu năm 2026 → 30/6 · 6 tháng cuối năm → 31/12 · 9 tháng đầu năm → 30/9 · nửa đầu năm
    name: 'half',
    source: `(?:(?<n>${alt(Object.keys(MONTH_COUNT_WORDS))})${S}tháng|(?<half>${alt(HALF_WORDS)}))${S}(?<pos>đầu|cuối)${S}năm(?:${S}(?<y>${YEAR}))?${WE}`,
    hints: ['năm'],
    cues: PERIOD_CUES,
    resolve(g, env) {
      const yr = pickYear(g, env);
      if (!yr) return null;
      const n = g.half ? 6 : (MONTH_COUNT_WORDS[lowerKey(g.n ?? '')] ?? 0);
      const first = lowerKey(g.pos ?? '') === 'đầu';
      const date = n === 6 ? halfYearEnd(yr.y, first ? 1 : 2) : n === 9 && first ? monthEnd(yr.y, 9) : null;
      return date ? { kind: 'half', date, inferred: yr.inferred } : null;
    },
  },
  {
    // năm 2026 (not a range `năm 2026 - 2030`)
    name: 'year',
    source: `năm${S}(?<y>${YEAR})(?!\\s{0,3}[-–]\\s{0,3}(?:19|20)\\d{2})`,
    hints: ['năm'],
    cues: YEAR_CUES,
    resolve(g) {
      const date = yearEnd(Number(g.y));
      return date ? { kind: 'year', date, inferred: false } : null;
    },
  },
  {
    // đầu năm 2026 → 01/01 · giữa năm → 30/6 · cuối năm 2026 / cuối năm nay → 31/12 (not `năm học`)
    name: 'year-part',
    source: `(?<mod>${MOD})${S}năm(?:${S}(?<y>${YEAR})(?!\\s{0,3}[-–]\\s{0,3}(?:19|20)\\d{2})|(?!\\s+học)${WE})`,
    hints: ['năm'],
    cues: PERIOD_CUES,
    resolve(g, env) {
      const yr = pickYear(g, env);
      if (!yr) return null;
      const pos = PERIOD_MODIFIERS[lowerKey(g.mod ?? '')];
      const date = pos === 'start' ? isoDate(yr.y, 1, 1) : pos === 'middle' ? isoDate(yr.y, 6, 30) : yearEnd(yr.y);
      return date ? { kind: 'year', date, inferred: yr.inferred } : null;
    },
  },
  {
    // giai đoạn 2027 - 2030 · năm 2027 - 2028 → the last year's end: one period, not a deadline
    // for each year (format §9); only labelled, in parentheses or after a verb of doing (YEAR_SPAN_CUES)
    name: 'year-span',
    source: `(?:giai${S}đoạn|năm)${S}(?<y1>${YEAR})\\s{0,3}[-–]\\s{0,3}(?<y>${YEAR})`,
    hints: ['giai', 'năm'],
    cues: YEAR_SPAN_CUES,
    // `Chương trình … (giai đoạn 2026 - 2030)` qualifies a programme's title
    inParens: false,
    resolve(g) {
      const first = Number(g.y1);
      const last = Number(g.y);
      const date = last > first && last - first <= YEAR_SPAN_MAX ? yearEnd(last) : null;
      return date ? { kind: 'year', date, inferred: false } : null;
    },
  },
  {
    // năm học 2026 - 2027 · cuối năm học 2026-2027 → the school year's last day (31/5/2027): a
    // school year runs September–May, it is not two calendar years
    name: 'school-year',
    source: `(?:cuối${S})?năm${S}học${S}(?<y1>${YEAR})\\s{0,3}[-–]\\s{0,3}(?<y>${YEAR})`,
    hints: ['học'],
    cues: YEAR_CUES,
    // `KỲ THI TUYỂN SINH VÀO LỚP 10 NĂM HỌC 2026 - 2027` names the intake, not a due date
    inHeadings: false,
    resolve(g) {
      const first = Number(g.y1);
      const last = Number(g.y);
      const date = last === first + 1 ? isoDate(last, SCHOOL_YEAR_END.month, SCHOOL_YEAR_END.day) : null;
      return date ? { kind: 'year', date, inferred: false } : null;
    },
  },
];
