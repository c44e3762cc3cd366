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
  YEAR_CUES,
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
  resolve(g: Record<string, string | undefined>, env: Env): PeriodValue | null;
}

// `/2026` or ` năm 2026` after a month or quarter.
const YEAR_SUFFIX = `(?:\\s{0,3}/\\s{0,3}(?<y>${YEAR})|${S}năm${S}(?<y2>${YEAR}))?`;
export const ROMAN_Q = '(?:IV|III|II|I|[1-4])';
// quý II · quý 2 · Q2 (Roman numeral checked upper-case in `resolve`; `quý báu` fails the boundary).
// Always at a word start (see PeriodPattern.source).
const QUARTER_CORE = `(?:quý${S}(?<q>${ROMAN_Q})|Q(?<q2>[1-4]))(?![\\p{L}0-9])`;
const QUARTER_HINTS = ['quý', 'q1', 'q2', 'q3', 'q4'];
const MOD = alt(Object.keys(PERIOD_MODIFIERS));

function pickYear(g: Record<string, string | undefined>, env: Env): { y: number; inferred: boolean } | null {
  const written = g.y ?? g.y2;
  if (written) return { y: Number(written), inferred: false };
  return env.docYear === null ? null : { y: env.docYear, inferred: true };
}

function quarterOf(g: Record<string, string | undefined>): number | null {
  if (g.q2) return Number(g.q2);
  if (!g.q) return null;
  return /^\d$/.test(g.q) ? Number(g.q) : parseRoman(g.q);
}

export const PERIODS: readonly PeriodPattern[] = [
  {
    // tháng 5/2026 · tháng 5 năm 2026 · tháng 05 (year from the document)
    name: 'month',
    source: `tháng${S}(?<mo>\\d{1,2})(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
    hints: ['tháng'],
    cues: PERIOD_CUES,
    resolve(g, env) {
      const yr = pickYear(g, env);
      const date = yr && monthEnd(yr.y, Number(g.mo));
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
    // quý II/2026 · quý II năm 2026 · Quý 2/2026 · Q2/2026 · quý III (year from the document)
    name: 'quarter',
    source: `${QUARTER_CORE}${YEAR_SUFFIX}`,
    hints: QUARTER_HINTS,
    cues: PERIOD_CUES,
    resolve(g, env) {
      const q = quarterOf(g);
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
];
