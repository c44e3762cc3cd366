// Deadlines in one logical paragraph (format reference §9): due dates, event dates, periods,
// recurrences, ongoing and relative deadlines, each with the span of the phrase it was read from.
//
// Design: small regexes run over `canonTones(text)` (same length as `text`, so offsets carry over),
// each producing candidates; overlapping candidates are resolved earliest-first, longest-first;
// then lead-in labels are attached and dates before the document's own period are dropped.
// A date is never a deadline by itself — every rule needs a cue (`trước`, `chậm nhất`, `vào`, a
// `Thời gian:` label, …), which keeps citation dates (`Công văn số 323-CV/TU, ngày 14/4/2026`) and
// narrative dates (`Ngày 31/3/2026, …`) out.

import {
  addDaysIso,
  addMonthsIso,
  addWorkingDaysIso,
  daysInMonth,
  halfYearEnd,
  isoDate,
  isoYear,
  monthEnd,
  nextWorkingDayIso,
  parseIso,
  parseRoman,
  periodStart,
  quarterEnd,
  quarterStart,
  yearEnd,
} from '../text/dates.js';
import {
  BY_CUES,
  BY_CUES_WITH_NGAY,
  BY_LABELS,
  COUNT_CUES,
  COUNT_UNITS,
  EVENT_CUES,
  EVENT_TIME_CUES,
  EVERY_WORDS,
  FORWARD_HEADING_WORDS,
  FROM_WORDS,
  HALF_WORDS,
  LEAD_LABELS,
  LEAD_VERBS,
  MONTH_COUNT_WORDS,
  NARRATIVE_MARKERS,
  ON_LABELS,
  ONGOING_WORDS,
  PERIOD_CUES,
  PERIOD_LABELS,
  PERIOD_MODIFIERS,
  PERIODIC_WORDS,
  RECURRENCE_UNITS,
  RELATIVE_TRIGGERS,
  RETROSPECTIVE_HEADING_WORDS,
  SIGNING_ANCHORS,
  THIS_DOCUMENT_NOUNS,
  WEEKDAYS,
  YEAR_CUES,
} from '../text/deadline-vocabulary.js';
import { canonTones } from '../text/fold.js';
import { alternation } from '../text/patterns.js';
import type { DeadlineKind } from '../types.js';

export interface DeadlineContext {
  /** The document's own date, ISO; may be partial ('2026-04', '2026') or null. */
  docDate: string | null;
  /** True when `text` is a section heading line (a period in it then counts without a cue). */
  heading: boolean;
}

export interface DeadlineFinding {
  kind: DeadlineKind;
  date: string | null;
  time?: string;
  rrule?: string;
  inferred?: boolean;
  /** The phrase as written in `text` (`text.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  /** Name of the pattern that produced the finding. */
  rule: string;
}

export interface DateProblem {
  code: 'BAD_DATE' | 'YEAR_ROLLOVER';
  message: string;
  start: number;
}

// ---------------------------------------------------------------------------------------------
// Pattern fragments (strings; combined into RegExps with flags `giud`).

/** Start of a word: no letter or digit before. */
const WB = '(?<![\\p{L}\\p{N}])';
/** End of a word: no letter after (digits are checked separately, see YEAR). */
const WE = '(?![\\p{L}])';
const alt = (words: readonly string[]) => alternation(words);
const S = '\\s+';

// 2026 — but not the first four digits of 20262 (superscript marks are not [0-9], so `2026²` is fine).
const YEAR = '(?:19|20)\\d{2}(?![0-9])';

// 30/4/2026 · 30/04/2026 · 30-4-2026 · 14.04.2026 · 30/ 4/2026 (line-join space) · 15/6 (no year).
// A yearless date must not continue with a separator and digits (then it is something else).
const NUMERIC_DATE = `(?<![0-9/.-])\\d{1,2}\\s{0,3}[/.-]\\s{0,3}\\d{1,2}(?![0-9])(?:\\s{0,3}[/.-]\\s{0,3}${YEAR}|(?!\\s?[/-]\\s?[0-9])(?!\\.[0-9]))`;
// 30 tháng 4 năm 2026 · 05 tháng 02, năm 2026 · 15 tháng 6 (no year).
const WORD_DATE = `(?<![0-9])\\d{1,2}${S}tháng${S}\\d{1,2}(?![0-9])(?:\\s{0,3},?\\s{0,3}năm${S}${YEAR})?`;
const DATE = `(?:${WORD_DATE}|${NUMERIC_DATE})`;

// 17h00 · 17h · 16 giờ 00 · 8 giờ 30 phút · 14:30.
const TIME = `(?<![0-9])\\d{1,2}(?:\\s{0,2}(?:giờ|h|g)(?:\\s{0,2}\\d{2}(?![0-9]))?(?:\\s{0,2}phút)?|:\\d{2})(?![\\p{L}0-9])`;
const WEEKDAY = alt(Object.keys(WEEKDAYS));
// Between a time and its date: `17h00, thứ Sáu, ngày …` · `8 giờ sáng ngày …`.
const TIME_JOIN = `\\s{0,3},?\\s{0,3}(?:(?:sáng|chiều|tối)${WE}\\s{0,3})?(?:${WEEKDAY}${WE}\\s{0,3},?\\s{0,3})?`;
const NGAY = `ngày\\s{0,3}`;

function rx(source: string): RegExp {
  return new RegExp(source, 'giud');
}

/** Non-global form for `test`/`exec` (no `lastIndex` state). */
function rx1(source: string): RegExp {
  return new RegExp(source, 'iud');
}

// ---------------------------------------------------------------------------------------------
// Candidates

interface Candidate {
  start: number;
  end: number;
  rule: string;
  /** A finding (without text) or a problem to report when this candidate wins. */
  finding?: Omit<DeadlineFinding, 'text' | 'start' | 'end' | 'rule'>;
  problem?: Omit<DateProblem, 'start'>;
  /** Whether a lead-in label at the start of the clause may be attached. */
  label?: boolean;
}

interface Env {
  c: string;
  ctx: DeadlineContext;
  docYear: number | null;
  docStart: string | null;
  out: Candidate[];
}

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

function readTime(raw: string): string | undefined {
  const nums = raw.match(/\d+/g) ?? [];
  const h = Number(nums[0]);
  const min = nums[1] === undefined ? 0 : Number(nums[1]);
  if (!(h >= 0 && h <= 24 && min >= 0 && min < 60)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Push a dated candidate (or a BAD_DATE problem) for a DATE capture. */
function pushDate(
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

function groupStart(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index;
}

function lowerKey(s: string): string {
  return canonTones(s).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

const wordSetCache = new Map<readonly string[], RegExp>();

/** True when one of `words` (whole words, case-insensitive) occurs in `s`. */
function containsWord(s: string, words: readonly string[]): boolean {
  let re = wordSetCache.get(words);
  if (!re) {
    re = rx1(`${WB}${alt(words)}${WE}`);
    wordSetCache.set(words, re);
  }
  return re.test(s);
}

// ---------------------------------------------------------------------------------------------
// Dated rules: by / on / ranges.

// trước ngày 30/4/2026 · chậm nhất là ngày 15/6 · hạn chót 20/4/2026 · trước 17 giờ ngày 20/4/2026
const BY_CUE_DATE = rx(
  `${WB}${alt(BY_CUES)}${WE}\\s{0,3}:?\\s{0,3}(?:(?<time>${TIME})${TIME_JOIN})?(?<ngay>${NGAY})?(?<date>${DATE})`,
);
// trong ngày 20/4/2026 · đến hết ngày 30/6/2026 · ngay trong ngày 15/5
const BY_CUE_NGAY_DATE = rx(
  `${WB}${alt(BY_CUES_WITH_NGAY)}${S}(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`,
);
// Thời hạn: 30/4/2026 · Thời gian hoàn thành: ngày 15/5/2026 · Thời gian: 8 giờ 00, ngày 20/4/2026
const LABEL_DATE = rx(
  `${WB}(?<label>${alt([...BY_LABELS, ...ON_LABELS])})\\s{0,3}:\\s{0,3}(?:(?<time>${TIME})${TIME_JOIN})?(?:${NGAY})?(?<date>${DATE})`,
);
const BY_LABEL_KEYS = new Set(BY_LABELS.map(lowerKey));
// 17h00 ngày 20/4/2026 (by) · vào lúc 14 giờ ngày 20/4/2026 (on)
const TIME_DATE = rx(
  `(?:${WB}(?<lead>${alt(EVENT_TIME_CUES)})${S})?(?<time>${TIME})${TIME_JOIN}${NGAY}(?<date>${DATE})`,
);
// từ ngày 01/4 đến ngày 15/4/2026 · từ 01/4/2026 - 15/4/2026 (one `by` at the end date)
const RANGE = rx(
  `${WB}từ${S}(?:${NGAY})?(?<from>${DATE})\\s{0,3}(?:đến|-|–)\\s{0,3}(?:hết${S})?(?:${NGAY})?(?<date>${DATE})`,
);
// vào ngày 20/4/2026 · vào 8 giờ 00 ngày 20/4/2026
const ON_VAO = rx(`${WB}vào${S}(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`);
// tổ chức Hội nghị sơ kết vào ngày 20/4/2026 · họp ngày 15/5/2026. The gap has no digits, commas or
// clause punctuation, so `Kết luận số 01-KL/TW, ngày …` (a citation) never qualifies.
const ON_EVENT = rx(
  `${WB}(?<cue>${alt(EVENT_CUES)})${WE}(?<gap>[^.;:!?(),\\d]{0,60}?)\\s(?:vào${S})?(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`,
);
const GAP_BLOCKERS = [...BY_CUES, ...BY_CUES_WITH_NGAY, 'số', 'từ', 'đến'] as const;

// `đã tổ chức vào ngày …`, `ban hành vào ngày …`: a narrative marker earlier in the same clause.
const NARRATIVE_IN_CLAUSE = rx1(`${WB}${alt(NARRATIVE_MARKERS)}${WE}`);

function narrativeBefore(c: string, at: number): boolean {
  const cs = clauseStart(c, at, 100);
  return NARRATIVE_IN_CLAUSE.test(c.slice(cs < 0 ? at - 100 : cs, at));
}

function datedRules(env: Env): void {
  const { c } = env;
  for (const m of c.matchAll(BY_CUE_DATE)) {
    const g = m.groups ?? {};
    const hasYear = /\d{4}/.test(g.date ?? '');
    // `trước 2/3 …` without `ngày`, a time or a year is a fraction, not a date.
    if (!g.ngay && !g.time && !hasYear && !/tháng/i.test(g.date ?? '')) continue;
    pushDate(env, m.index, m.index + m[0].length, 'by-cue-date', 'by', g.date ?? '', g.time);
  }
  for (const m of c.matchAll(BY_CUE_NGAY_DATE)) {
    const g = m.groups ?? {};
    pushDate(env, m.index, m.index + m[0].length, 'by-cue-ngay-date', 'by', g.date ?? '', g.time);
  }
  for (const m of c.matchAll(LABEL_DATE)) {
    const g = m.groups ?? {};
    const kind = BY_LABEL_KEYS.has(lowerKey(g.label ?? '')) ? 'by' : 'on';
    pushDate(env, m.index, m.index + m[0].length, `${kind}-label-date`, kind, g.date ?? '', g.time);
  }
  for (const m of c.matchAll(TIME_DATE)) {
    const g = m.groups ?? {};
    const kind = g.lead ? 'on' : 'by';
    pushDate(env, m.index, m.index + m[0].length, `${kind}-time-date`, kind, g.date ?? '', g.time);
  }
  for (const m of c.matchAll(RANGE)) {
    pushDate(env, m.index, m.index + m[0].length, 'by-range', 'by', m.groups?.date ?? '');
  }
  for (const m of c.matchAll(ON_VAO)) {
    if (narrativeBefore(c, m.index)) continue;
    const g = m.groups ?? {};
    pushDate(env, m.index, m.index + m[0].length, 'on-vao-date', 'on', g.date ?? '', g.time);
  }
  for (const m of c.matchAll(ON_EVENT)) {
    const g = m.groups ?? {};
    if (containsWord(g.gap ?? '', GAP_BLOCKERS) || containsWord(g.gap ?? '', NARRATIVE_MARKERS)) continue;
    if (narrativeBefore(c, m.index)) continue;
    pushDate(env, m.index, m.index + m[0].length, 'on-event-date', 'on', g.date ?? '', g.time);
  }
}

// ---------------------------------------------------------------------------------------------
// Periods: month, quarter, half-year, year.

interface PeriodValue {
  kind: DeadlineKind;
  date: string;
  inferred: boolean;
}

interface PeriodPattern {
  name: string;
  source: string;
  /** Whether the plain-period cues may introduce it (year uses the narrower YEAR_CUES). */
  cues: readonly string[];
  resolve(g: Record<string, string | undefined>, env: Env): PeriodValue | null;
}

// `/2026` or ` năm 2026` after a month or quarter.
const YEAR_SUFFIX = `(?:\\s{0,3}/\\s{0,3}(?<y>${YEAR})|${S}năm${S}(?<y2>${YEAR}))?`;
const ROMAN_Q = '(?:IV|III|II|I|[1-4])';
// quý II · quý 2 · Q2 (Roman numeral checked upper-case in `resolve`; `quý báu` fails the boundary).
const QUARTER_CORE = `(?:quý${S}(?<q>${ROMAN_Q})|${WB}Q(?<q2>[1-4]))(?![\\p{L}0-9])`;
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

const PERIODS: readonly PeriodPattern[] = [
  {
    // tháng 5/2026 · tháng 5 năm 2026 · tháng 05 (year from the document)
    name: 'month',
    source: `${WB}tháng${S}(?<mo>\\d{1,2})(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
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
    source: `${WB}(?<mod>${MOD})${S}tháng${S}(?<mo>\\d{1,2})(?![0-9])${YEAR_SUFFIX}(?!\\s{0,3}[/-]\\s{0,3}[0-9])`,
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
    source: `${WB}${QUARTER_CORE}${YEAR_SUFFIX}`,
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
    source: `${WB}(?<mod>đầu|cuối)${S}${QUARTER_CORE}${YEAR_SUFFIX}`,
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
    source: `${WB}(?:(?<n>${alt(Object.keys(MONTH_COUNT_WORDS))})${S}tháng|(?<half>${alt(HALF_WORDS)}))${S}(?<pos>đầu|cuối)${S}năm(?:${S}(?<y>${YEAR}))?${WE}`,
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
    source: `${WB}năm${S}(?<y>${YEAR})(?!\\s{0,3}[-–]\\s{0,3}(?:19|20)\\d{2})`,
    cues: YEAR_CUES,
    resolve(g) {
      const date = yearEnd(Number(g.y));
      return date ? { kind: 'year', date, inferred: false } : null;
    },
  },
  {
    // đầu năm 2026 → 01/01 · giữa năm → 30/6 · cuối năm 2026 / cuối năm nay → 31/12 (not `năm học`)
    name: 'year-part',
    source: `${WB}(?<mod>${MOD})${S}năm(?:${S}(?<y>${YEAR})(?!\\s{0,3}[-–]\\s{0,3}(?:19|20)\\d{2})|(?!\\s+học)${WE})`,
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

/** Compiled forms of each period pattern: after a cue, after a label, in parentheses, at clause start. */
const PERIOD_RULES = PERIODS.map((p) => ({
  p,
  // trong quý II/2026 · hoàn thành trong tháng 5 · đến hết năm 2026 · vào cuối tháng 5/2026
  cue: rx(`${WB}${alt(p.cues)}${S}(?<period>${p.source})`),
  // Thời gian thực hiện: Quý II/2026
  label: rx(`${WB}${alt(PERIOD_LABELS)}\\s{0,3}:\\s{0,3}(?<period>${p.source})`),
  // (quý II/2026) · (trong tháng 5) — the whole parenthesis is the time annotation of a task
  paren: rx(`\\(\\s{0,2}(?:${alt(p.cues)}${S})?(?<period>${p.source})\\s{0,2}\\)`),
  // Cuối tháng 5/2026, tổ chức … — only positional phrases (đầu/giữa/cuối) may stand at clause start
  clause: /-part$/.test(p.name) ? rx(`(?<=(?:^|[.;:!?()]|^\\s*[-+])\\s{0,3})(?<period>${p.source})`) : null,
  bare: rx(p.source),
}));

// The year is written once, after the last of several periods: `quý II và quý III năm 2026`,
// `tháng 5, tháng 6/2026` — a yearless period borrows it instead of the document year.
const SHARED_YEAR = rx1(
  `^\\s{0,3}(?:,|và|hoặc)\\s{0,3}(?:tháng${S}\\d{1,2}|quý${S}${ROMAN_Q})(?:\\s{0,3}/\\s{0,3}|${S}năm${S})(?<y>${YEAR})`,
);

function withSharedYear(c: string, m: RegExpExecArray): Record<string, string | undefined> {
  const g = { ...(m.groups ?? {}) };
  if (g.y === undefined && g.y2 === undefined && 'y' in g) {
    const shared = SHARED_YEAR.exec(c.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (shared?.groups?.y) g.y = shared.groups.y;
  }
  return g;
}

function pushPeriod(env: Env, start: number, end: number, rule: string, v: PeriodValue | null): void {
  if (!v) return;
  env.out.push({
    start,
    end,
    rule,
    label: true,
    finding: { kind: v.kind, date: v.date, ...(v.inferred ? { inferred: true } : {}) },
  });
}

function periodRules(env: Env): void {
  const { c } = env;
  for (const { p, cue, label, paren, clause } of PERIOD_RULES) {
    for (const m of c.matchAll(cue)) {
      pushPeriod(env, m.index, m.index + m[0].length, `${p.name}-cue`, p.resolve(withSharedYear(c, m), env));
    }
    for (const m of c.matchAll(label)) {
      pushPeriod(env, m.index, m.index + m[0].length, `${p.name}-label`, p.resolve(withSharedYear(c, m), env));
    }
    for (const m of c.matchAll(paren)) {
      // Report the annotation without its parentheses.
      const inner = m[0].slice(1, -1);
      const s = m.index + 1 + (inner.length - inner.trimStart().length);
      const e = m.index + m[0].length - 1 - (inner.length - inner.trimEnd().length);
      pushPeriod(env, s, e, `${p.name}-paren`, p.resolve(m.groups ?? {}, env));
    }
    if (clause) {
      for (const m of c.matchAll(clause)) {
        pushPeriod(env, m.index, m.index + m[0].length, `${p.name}-clause`, p.resolve(m.groups ?? {}, env));
      }
    }
  }
}

const HEADING_RETRO = rx(`${WB}${alt(RETROSPECTIVE_HEADING_WORDS)}${WE}`);
const HEADING_FORWARD = rx(`${WB}${alt(FORWARD_HEADING_WORDS)}${WE}`);

/**
 * A section heading names its period without a cue (`II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026`);
 * the finding spans the whole heading. Retrospective headings (`KẾT QUẢ … QUÝ I/2026`) are skipped
 * unless a forward word (`PHƯƠNG HƯỚNG`) follows the retrospective one before the period.
 */
function headingRule(env: Env): void {
  const { c } = env;
  const retro = HEADING_RETRO;
  const forward = HEADING_FORWARD;
  const hits: { at: number; p: PeriodPattern; g: Record<string, string | undefined> }[] = [];
  for (const { p, bare } of PERIOD_RULES) {
    for (const m of c.matchAll(bare)) hits.push({ at: m.index, p, g: m.groups ?? {} });
  }
  // Earliest first; on a tie the longer pattern (`cuối năm` over `năm`) was listed later — prefer parts.
  hits.sort((a, b) => a.at - b.at || Number(/-part$/.test(b.p.name)) - Number(/-part$/.test(a.p.name)));
  for (const hit of hits) {
    const before = c.slice(0, hit.at);
    const lastRetro = Math.max(-1, ...[...before.matchAll(retro)].map((m) => m.index));
    const lastForward = Math.max(-1, ...[...before.matchAll(forward)].map((m) => m.index));
    if (lastRetro > lastForward) continue;
    const v = hit.p.resolve(hit.g, env);
    if (!v) continue;
    const start = c.length - c.trimStart().length;
    const end = c.trimEnd().length;
    pushPeriod(env, start, end, `heading-${hit.p.name}`, v);
    return;
  }
}

// ---------------------------------------------------------------------------------------------
// Recurring

const EVERY = alt(EVERY_WORDS);
const UNIT = alt(Object.keys(RECURRENCE_UNITS));
// `(trước ngày 20)`, `, trước ngày 15/12`, `vào ngày 05` after a recurrence word.
const DAY_TAIL = `(?<tail>\\s{0,3},?\\s{0,3}(?<open>\\()?\\s{0,3}(?:(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào|trong)${S})?ngày\\s{0,3}(?<d>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9])\\s{0,2}(?<close>\\))?)?`;

// trước ngày 20 hằng tháng · trước ngày 15/12 hằng năm · vào ngày 05 của tháng đầu hằng quý
const DAY_EVERY = rx(
  `${WB}(?:trước|chậm nhất(?:${S}(?:là|vào))?|vào)${S}ngày\\s{0,3}(?<d>\\d{1,2})(?:\\s{0,2}[/.-]\\s{0,2}(?<mo>\\d{1,2}))?(?![0-9])(?!\\s?[/.-]\\s?[0-9])\\s{0,3},?\\s{0,3}(?:của${S})?(?<every>${EVERY})${S}(?<unit>${UNIT})${WE}`,
);
// hằng tháng · hàng quý · định kỳ hằng quý · theo từng quý · hằng tháng (trước ngày 20) · hằng năm (trước ngày 15/12)
const EVERY_UNIT = rx(`${WB}(?<every>${EVERY})${S}(?<unit>${UNIT})${WE}${DAY_TAIL}`);
// thứ Sáu hằng tuần · vào thứ Hai hàng tuần
const WEEKDAY_EVERY = rx(`${WB}(?:vào${S})?(?<wd>${WEEKDAY})${WE}\\s{0,3}(?:${EVERY})${S}tuần${WE}`);
// hằng tuần vào thứ Sáu
const EVERY_WEEK_DAY = rx(`${WB}(?:${EVERY})${S}tuần${S}(?:vào${S})?(?<wd>${WEEKDAY})${WE}`);
// định kỳ 6 tháng · định kỳ 03 tháng một lần · định kỳ 6 tháng (trước ngày 15/6)
const PERIODIC = rx(
  `${WB}${alt(PERIODIC_WORDS)}${S}(?<n>\\d{1,2}|${alt(Object.keys(MONTH_COUNT_WORDS).filter((k) => !/\d/.test(k)))})${S}(?<unit>tháng|tuần|năm|ngày)${WE}(?:${S}(?:một|1)${S}lần${WE})?${DAY_TAIL}`,
);

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

function pushRecurring(env: Env, start: number, end: number, rule: string, rrule: string | null): void {
  if (!rrule) return;
  env.out.push({ start, end, rule, finding: { kind: 'recurring', date: null, rrule } });
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

function recurringRules(env: Env): void {
  const { c } = env;
  for (const m of c.matchAll(DAY_EVERY)) {
    const g = m.groups ?? {};
    const unit = lowerKey(g.unit ?? '');
    const head = RECURRENCE_UNITS[unit];
    if (head)
      pushRecurring(env, m.index, m.index + m[0].length, 'recurring-day-every', rruleFor(head, unit, g.d, g.mo));
  }
  for (const m of c.matchAll(EVERY_UNIT)) {
    const g = m.groups ?? {};
    const unit = lowerKey(g.unit ?? '');
    const head = RECURRENCE_UNITS[unit];
    if (!head) continue;
    const { end, day } = tailEnd(c, m);
    pushRecurring(
      env,
      m.index,
      end,
      'recurring-every',
      rruleFor(head, unit, day ? g.d : undefined, day ? g.mo : undefined),
    );
  }
  for (const re of [WEEKDAY_EVERY, EVERY_WEEK_DAY]) {
    for (const m of c.matchAll(re)) {
      const byday = WEEKDAYS[lowerKey(m.groups?.wd ?? '')];
      if (byday) pushRecurring(env, m.index, m.index + m[0].length, 'recurring-weekday', `FREQ=WEEKLY;BYDAY=${byday}`);
    }
  }
  for (const m of c.matchAll(PERIODIC)) {
    const g = m.groups ?? {};
    const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : (MONTH_COUNT_WORDS[lowerKey(g.n ?? '')] ?? 0);
    if (n < 1) continue;
    const unit = lowerKey(g.unit ?? '');
    const freq = { tháng: 'MONTHLY', tuần: 'WEEKLY', năm: 'YEARLY', ngày: 'DAILY' }[unit];
    if (!freq) continue;
    const head = n === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${n}`;
    const { end, day } = tailEnd(c, m);
    pushRecurring(
      env,
      m.index,
      end,
      'recurring-periodic',
      rruleFor(head, unit, day ? g.d : undefined, day ? g.mo : undefined),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Ongoing

const ONGOING = alt(ONGOING_WORDS);
const CLAUSE_END = '(?=\\s{0,3}(?:[.;)!?]|$))';
// Thực hiện thường xuyên. · thực hiện thường xuyên, liên tục; · triển khai liên tục)
const ONGOING_LEAD = rx(`${WB}(?:thực hiện|triển khai)${S}${ONGOING}${CLAUSE_END}`);
// Thời gian: thường xuyên · Thời gian thực hiện: Thường xuyên, liên tục
const ONGOING_LABEL = rx(`${WB}${alt(PERIOD_LABELS)}\\s{0,3}:\\s{0,3}${ONGOING}${WE}`);
// (thường xuyên) · (thực hiện thường xuyên)
const ONGOING_PAREN = rx(`\\(\\s{0,2}(?<inner>(?:thực hiện${S})?${ONGOING})\\s{0,2}\\)`);
// A sentence that is only `Thường xuyên.` (not the adverb in `đôn đốc thường xuyên;`)
const ONGOING_SENTENCE = rx(`(?<=(?:^|[.;:!?]|^\\s*[-+])\\s{0,3})${ONGOING}${CLAUSE_END}`);

function ongoingRules(env: Env): void {
  const { c } = env;
  const push = (start: number, end: number, rule: string) =>
    env.out.push({ start, end, rule, finding: { kind: 'ongoing', date: null } });
  for (const m of c.matchAll(ONGOING_LEAD)) push(m.index, m.index + m[0].length, 'ongoing-lead');
  for (const m of c.matchAll(ONGOING_LABEL)) push(m.index, m.index + m[0].length, 'ongoing-label');
  for (const m of c.matchAll(ONGOING_PAREN)) {
    const s = groupStart(m, 'inner');
    push(s, s + (m.groups?.inner ?? '').length, 'ongoing-paren');
  }
  for (const m of c.matchAll(ONGOING_SENTENCE)) push(m.index, m.index + m[0].length, 'ongoing-sentence');
}

// ---------------------------------------------------------------------------------------------
// Relative: counted periods from an anchor, and triggers.

// trong vòng 15 ngày kể từ ngày ký · trong 03 ngày làm việc kể từ ngày nhận được văn bản · sau 01 tháng kể từ …
const COUNT_FROM = rx(
  `${WB}${alt(COUNT_CUES)}${S}(?<n>\\d{1,3})${S}(?<unit>${alt(Object.keys(COUNT_UNITS))})${WE}\\s{0,3},?\\s{0,3}${alt(FROM_WORDS)}${S}(?<anchor>[^.;,()!?]{1,80})`,
);
// ngày ký · ngày ban hành Kế hoạch này · ký ban hành văn bản
const SIGNING = rx1(`^(?:${alt(SIGNING_ANCHORS)})${WE}(?:${S}${alt(THIS_DOCUMENT_NOUNS)}${WE})?`);
// sau khi sơ kết mô hình … · ngay sau khi có kết quả · ngay khi có yêu cầu (not a bare `khi có …`)
const TRIGGER = rx(`${WB}${alt(RELATIVE_TRIGGERS)}${WE}(?!\\s+thể${WE})(?<rest>[^.;,()!?:]{1,200})`);
const LEAD_VERB_PREFIX = rx1(`^\\s*(?:[-+]\\s*)?(?<verb>${alt(LEAD_VERBS)})${WE}(?:\\s+\\p{L}+){0,3}\\s*$`);

function countFromRules(env: Env): void {
  const { c, ctx } = env;
  for (const m of c.matchAll(COUNT_FROM)) {
    const g = m.groups ?? {};
    const anchor = g.anchor ?? '';
    const anchorStart = groupStart(m, 'anchor');
    // Only an anchor that is just the signing (`kể từ ngày ký.`); `ngày ký kết hợp đồng` is another event.
    const sm = SIGNING.exec(anchor);
    const signing = sm && anchor.slice(sm[0].length).trim() === '' ? sm : null;
    const end = signing ? anchorStart + signing[0].length : anchorStart + anchor.trimEnd().length;
    const unit = COUNT_UNITS[lowerKey(g.unit ?? '')];
    const n = Number(g.n);
    const base = ctx.docDate && parseIso(ctx.docDate) ? ctx.docDate : null;
    let date: string | null = null;
    if (signing && base && unit) {
      // Civil code: the period starts the day after the anchor; a weekend/holiday end moves on.
      if (unit === 'workday') date = addWorkingDaysIso(base, n);
      else {
        const raw = unit === 'month' ? addMonthsIso(base, n) : addDaysIso(base, unit === 'week' ? 7 * n : n);
        date = raw && nextWorkingDayIso(raw);
      }
    }
    env.out.push({
      start: m.index,
      end,
      rule: date ? 'by-count-from-signing' : 'relative-count',
      label: Boolean(date),
      finding: { kind: date ? 'by' : 'relative', date },
    });
  }
}

function clauseStart(c: string, at: number, limit = 160): number {
  const from = Math.max(0, at - limit);
  const before = c.slice(from, at);
  const cut = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
  );
  if (cut >= 0) return from + cut + 1;
  return from === 0 ? 0 : -1;
}

function triggerRules(env: Env): void {
  const { c } = env;
  for (const m of c.matchAll(TRIGGER)) {
    const rest = m.groups?.rest ?? '';
    const end = groupStart(m, 'rest') + rest.trimEnd().length;
    let start = m.index;
    // Start at a lead verb that opens the clause: `Thực hiện sau khi sơ kết …`.
    const cs = Math.max(clauseStart(c, m.index, 80), c.lastIndexOf(',', m.index) + 1);
    if (cs >= 0) {
      const prefix = c.slice(cs, m.index);
      const lead = LEAD_VERB_PREFIX.exec(prefix);
      if (lead) start = cs + groupStart(lead, 'verb');
      // `Sau khi thảo luận, Ban Chấp hành … kết luận như sau:` is narrative, not a task trigger.
      if (/^\s*(?:[-+]\s*)?$/.test(prefix) && c[end] === ',') {
        const sentenceEnd = c.slice(end).search(/[.:;!?]/);
        const sentence = sentenceEnd < 0 ? c.slice(end) : c.slice(end, end + sentenceEnd + 1);
        if (sentence.endsWith(':') || containsWord(sentence, NARRATIVE_MARKERS)) continue;
      }
    }
    env.out.push({ start, end, rule: 'relative-trigger', label: true, finding: { kind: 'relative', date: null } });
  }
}

// ---------------------------------------------------------------------------------------------
// Resolution

const LEAD_LABEL = rx1(`^\\s*(?:[-+*]\\s*)?(?<label>${alt(LEAD_LABELS)})${WE}`);

/** Move `start` back to a `Thời gian hoàn thành …` label that opens the clause. */
function withLeadLabel(c: string, start: number, floor: number): number {
  const cs = clauseStart(c, start, 160);
  if (cs < 0 || cs < floor) return start;
  const m = LEAD_LABEL.exec(c.slice(cs, start));
  return m ? cs + groupStart(m, 'label') : start;
}

/**
 * Find every deadline phrase in one logical paragraph. Never throws; returns findings in text
 * order without overlaps, and problems (impossible dates, yearless dates that fall before the
 * document date).
 */
export function findDeadlines(
  text: string,
  ctx: DeadlineContext,
): { found: DeadlineFinding[]; problems: DateProblem[] } {
  const found: DeadlineFinding[] = [];
  const problems: DateProblem[] = [];
  if (typeof text !== 'string' || text.length === 0) return { found, problems };
  const docDate = ctx?.docDate ?? null;
  const env: Env = {
    c: canonTones(text),
    ctx: { docDate, heading: Boolean(ctx?.heading) },
    docYear: docDate ? isoYear(docDate) : null,
    docStart: docDate ? periodStart(docDate) : null,
    out: [],
  };
  datedRules(env);
  periodRules(env);
  recurringRules(env);
  ongoingRules(env);
  countFromRules(env);
  triggerRules(env);
  if (env.ctx.heading && !env.out.some((x) => x.finding)) headingRule(env);

  // Earliest first, then longest: a cue that starts earlier owns the date inside it
  // (`chậm nhất vào ngày …` over `vào ngày …`, `hằng năm (trước ngày 15/12)` over `trước ngày 15/12`).
  const ordered = env.out.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = 0;
  for (const cand of ordered) {
    if (cand.start < lastEnd) continue;
    if (cand.problem) {
      problems.push({ ...cand.problem, start: cand.start });
      lastEnd = cand.end;
      continue;
    }
    const f = cand.finding;
    if (!f) continue;
    if (f.date && env.docStart && f.date < env.docStart) {
      if (!f.inferred) continue; // written in full and before the document's period: the past
      problems.push({
        code: 'YEAR_ROLLOVER',
        message: `Yearless date resolved to ${f.date}, before the document date ${docDate}; it may mean the next year`,
        start: cand.start,
      });
    }
    const start = cand.label ? withLeadLabel(env.c, cand.start, lastEnd) : cand.start;
    found.push({ ...f, text: text.slice(start, cand.end), start, end: cand.end, rule: cand.rule });
    lastEnd = cand.end;
  }
  return { found, problems };
}
