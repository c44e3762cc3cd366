// Periods as deadlines — `trong quý II/2026`, `Thời gian thực hiện: Quý II/2026`, `(tháng 5/2026)`,
// `Cuối tháng 5/2026, …` — each period pattern of period-patterns.ts compiled in its cued forms,
// plus lists of periods that share one cue (`trong quý III và quý IV/2026`) and the year written
// once after such a list. Headings (no cue) are in heading.ts.

import {
  EVERY_WORDS,
  PERIOD_CUES,
  PERIOD_LABELS,
  RANGE_FROM,
  RANGE_TO,
  RECURRENCE_UNITS,
} from '../../text/deadline-vocabulary.js';
import type { Env } from './context.js';
import { alt, Hints, lazy, rx1, rxAt, S, Scan, WB, YEAR } from './fragments.js';
import { retrospectiveBefore, retrospectiveSentence, reviewedBefore } from './narrative.js';
import { PERIODS, type PeriodPattern, type PeriodValue, ROMAN_Q } from './period-patterns.js';

/**
 * Compiled forms of each period pattern: after a cue, after a label, in parentheses, at clause start,
 * and joined to the one before.
 */
const RANGE_TO_HINTS = ['đến', 'tới'];
const CLAUSE_OPEN_BEFORE = /(?:^|[.;,:()]|^\s*[-+])\s*$/u;
const HALF_BEFORE = /(?:tháng|nửa)\s+$/iu;

// Positional phrases (`đầu tháng 5`, `tuần đầu tháng 5`, `15 ngày đầu tháng 3`): they may open a
// clause or end it without a cue.
const POSITIONAL: ReadonlySet<string> = new Set([
  'month-part',
  'quarter-part',
  'year-part',
  'week-of-month',
  'month-days',
]);

const PERIOD_RULES = PERIODS.map((p) => ({
  p,
  // Every form below needs one of the period's own words: a paragraph without them skips all.
  hints: new Hints([p.hints]),
  // trong quý II/2026 · hoàn thành trong tháng 5 · đến hết năm 2026 · vào cuối tháng 5/2026
  cue: new Scan(() => `${WB}${alt(p.cues)}${S}(?<period>${p.source})`, 'giu', [p.hints]),
  // Thời gian thực hiện: Quý II/2026 · …; thời gian tháng 6/2027 (the colon left out)
  // · …, thời gian huấn luyện Quý II/2027 (up to two words naming what is timed)
  label: new Scan(
    () => `${WB}${alt(PERIOD_LABELS)}(?:\\s+\\p{Ll}{2,12}){0,2}?(?:\\s{0,3}:\\s{0,3}|\\s+)(?<period>${p.source})`,
    'giu',
    [['thời'], p.hints],
  ),
  // (quý II/2026) · (trong tháng 5) — the whole parenthesis is the time annotation of a task
  paren:
    p.inParens === false
      ? null
      : new Scan(() => `\\(\\s{0,2}(?:${alt(p.cues)}${S})?(?<period>${p.source})\\s{0,2}\\)`, 'giu', [['('], p.hints]),
  // Cuối tháng 5/2026, tổ chức … — only positional phrases (đầu/giữa/cuối) may stand at clause start
  clause: POSITIONAL.has(p.name)
    ? new Scan(() => `(?<=(?:^|[.;:!?()]|^\\s*[-+])\\s{0,3})(?<period>${p.source})`, 'giu', [p.hints])
    : null,
  // … báo cáo kết quả về Bộ Chỉ huy quân sự tỉnh giữa tháng 2/2027. — a positional phrase of a
  // month or quarter that ends the clause is its time, cue or not; of a year only with the year
  // written (`Sở Nội vụ báo cáo cuối năm 2027.`; a bare `cuối năm` is too often a review)
  tail: POSITIONAL.has(p.name)
    ? new Scan(() => `(?<=\\s)(?<period>${p.source})(?=\\s{0,3}(?:[.;!?]|$))`, 'giu', [p.hints])
    : null,
  // "- Dữ liệu an sinh xã hội, giáo dục: 6 tháng cuối năm 2027." · "Sở G hoàn thành: quý II/2027." —
  // a period that is all a colon says, to the clause's end (not a bare year: `Kế hoạch năm: 2027`)
  // (tried right after each colon: a pattern opening with a look-behind is tried at every position)
  colon: p.name === 'year' ? null : lazy(() => rxAt(`\\s{0,3}(?<period>${p.source})(?=\\s{0,3}(?:[.;!?]|$))`)),
  // từ tháng 5 đến tháng 12/2026 · từ quý II đến hết quý IV/2026 · từ nay đến tháng 6/2026 — one
  // deadline at the end of the window. Not for whole years (`từ năm 2021 đến năm 2025` reviews or
  // sets goals, as YEAR_CUES note).
  range:
    p.cues === PERIOD_CUES
      ? new Scan(
          () => `${WB}${alt(RANGE_FROM)}${S}[^.;:!?()\n]{1,40}?${S}${alt(RANGE_TO)}${S}(?<period>${p.source})`,
          'giu',
          [RANGE_FROM, RANGE_TO_HINTS, p.hints],
        )
      : null,
  // trong quý III và quý IV/2026 · trong tháng 5, tháng 6 và tháng 7/2026 — the same pattern again
  // right after a cued or labelled one, joined by `và` or a comma (sticky: tried at its end)
  joined: lazy(() => rxAt(`\\s{0,3}(?:,\\s{0,3}(?:và${S})?|${WB}và${S})(?<period>${p.source})`)),
  // quý II, III/2026 · tháng 6, 7 và 8/2026 — later items without the noun
  joinedBare: p.item ? lazy(() => rxAt(`\\s{0,3}(?:,\\s{0,3}(?:và${S})?|${WB}và${S})(?<period>${p.item})`)) : null,
}));

// The year is written once, after the last of several periods: `quý II và quý III năm 2026`,
// `tháng 5, tháng 6/2026` — a yearless period borrows it instead of the document year.
const SHARED_ITEM = `\\s{0,3}(?:,|và|hoặc)\\s{0,3}(?:(?:tháng|quý)${S})?(?:\\d{1,2}|${ROMAN_Q})(?:\\s{0,2}[-–]\\s{0,2}(?:\\d{1,2}|${ROMAN_Q}))?(?![\\p{L}0-9])`;
const SHARED_YEAR = lazy(() => rx1(`^(?:${SHARED_ITEM}){1,6}(?:\\s{0,3}/\\s{0,3}|${S}năm${S})(?<y>${YEAR})`));

/** The groups of a period match that ends at `end`, with a year borrowed from the next period. */
export function withSharedYear(c: string, groups: Record<string, string | undefined>, end: number) {
  const g = { ...groups };
  if (g.y === undefined && g.y2 === undefined && 'y' in g) {
    const shared = SHARED_YEAR().exec(c.slice(end, end + 80));
    if (shared?.groups?.y) g.y = shared.groups.y;
  }
  return g;
}

export function pushPeriod(
  env: Env,
  start: number,
  end: number,
  rule: string,
  v: PeriodValue | null,
  label = true,
): void {
  if (!v) return;
  env.out.push({
    start,
    end,
    rule,
    label,
    finding: { kind: v.kind, date: v.date, ...(v.inferred ? { inferred: true } : {}) },
  });
}

const JOIN_AHEAD = /^\s{0,3}[,vV]/;
const RECURRENCE_AHEAD = new RegExp(
  `(?:^|[^\\p{L}])(?:${alt(EVERY_WORDS)})${S}(?:${alt(Object.keys(RECURRENCE_UNITS))})(?![\\p{L}])`,
  'iu',
);
const SENTENCE_REACH = 300;

/** The rest of the sentence after `at`. */
function sentenceAfter(c: string, at: number): string {
  const rest = c.slice(at, at + SENTENCE_REACH);
  const stop = rest.search(/[.;!?]/u);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * Push each period joined to the list whose last period ends at `end`, in text order. A joined
 * period never takes a lead-in label: the label belongs to the first period of the list.
 */
function pushJoined(
  env: Env,
  p: PeriodPattern,
  joinedRx: () => RegExp,
  bareRx: (() => RegExp) | null,
  end: number,
): void {
  const { c } = env;
  let at = end;
  for (;;) {
    // Cheap pre-check: the pattern opens with up to three spaces, then `,` or `và`.
    if (!JOIN_AHEAD.test(c.slice(at, at + 4))) return;
    const m = stickyAt(joinedRx(), c, at) ?? (bareRx ? stickyAt(bareRx(), c, at) : null);
    if (!m) return;
    const e = m.index + m[0].length;
    const s = e - (m.groups?.period ?? '').length;
    pushPeriod(env, s, e, `${p.name}-joined`, p.resolve(withSharedYear(c, m.groups ?? {}, e), env), false);
    at = e;
  }
}

function stickyAt(re: RegExp, c: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(c);
}

/**
 * Push the periods listed after one that ends at `end` (`Quý II, III/2026` in a table cell or a
 * heading); returns whether there were any.
 */
export function pushListedAfter(env: Env, p: PeriodPattern, end: number): boolean {
  const rules = PERIOD_RULES.find((r) => r.p === p);
  if (!rules) return false;
  const before = env.out.length;
  pushJoined(env, p, rules.joined, rules.joinedBare, end);
  return env.out.length > before;
}

export function periodRules(env: Env): void {
  const { c, lower } = env;
  for (const { p, hints, cue, label, paren, clause, tail, colon, range, joined, joinedBare } of PERIOD_RULES) {
    if (!hints.in(lower)) continue;
    if (range) {
      for (const m of range.all(c, lower)) {
        const end = m.index + m[0].length;
        // "Từ tháng 01/2027 đến tháng 3/2027, … trước ngày 20 hằng tháng": the months a recurring
        // report runs over, not a deadline of their own.
        if (RECURRENCE_AHEAD.test(sentenceAfter(c, end))) continue;
        pushPeriod(env, m.index, end, `${p.name}-range`, p.resolve(m.groups ?? {}, env));
      }
    }
    for (const m of cue.all(c, lower)) {
      // `kết quả đạt được trong 6 tháng đầu năm`, `đã hoàn thành trong quý I`: looking back.
      const end = m.index + m[0].length;
      if (retrospectiveBefore(c, m.index) || retrospectiveSentence(c, m.index, end)) continue;
      // `Đánh giá kết quả thực hiện trong 9 tháng đầu năm`: the span reviewed, not one to finish in.
      if (p.name === 'half' && reviewedBefore(c, m.index)) continue;
      pushPeriod(env, m.index, end, `${p.name}-cue`, p.resolve(withSharedYear(c, m.groups ?? {}, end), env));
      pushJoined(env, p, joined, joinedBare, end);
    }
    for (const m of label.all(c, lower)) {
      // Without its colon a label opens its clause: "…; thời gian tháng 6/2027", not "sau một thời gian năm 2026".
      if (!m[0].includes(':') && !CLAUSE_OPEN_BEFORE.test(c.slice(Math.max(0, m.index - 4), m.index))) continue;
      const end = m.index + m[0].length;
      pushPeriod(env, m.index, end, `${p.name}-label`, p.resolve(withSharedYear(c, m.groups ?? {}, end), env));
      pushJoined(env, p, joined, joinedBare, end);
    }
    for (const m of paren?.all(c, lower) ?? []) {
      // Report the annotation without its parentheses.
      const inner = m[0].slice(1, -1);
      const s = m.index + 1 + (inner.length - inner.trimStart().length);
      const e = m.index + m[0].length - 1 - (inner.length - inner.trimEnd().length);
      pushPeriod(env, s, e, `${p.name}-paren`, p.resolve(m.groups ?? {}, env));
    }
    if (clause) {
      for (const m of clause.all(c, lower)) {
        pushPeriod(env, m.index, m.index + m[0].length, `${p.name}-clause`, p.resolve(m.groups ?? {}, env));
      }
    }
    if (colon) {
      const re = colon();
      for (let k = c.indexOf(':'); k >= 0; k = c.indexOf(':', k + 1)) {
        re.lastIndex = k + 1;
        const m = re.exec(c);
        if (!m) continue;
        const end = m.index + m[0].length;
        const start = end - (m.groups?.period ?? '').length;
        if (retrospectiveBefore(c, start)) continue;
        pushPeriod(env, start, end, `${p.name}-colon`, p.resolve(m.groups ?? {}, env));
      }
    }
    if (tail) {
      for (const m of tail.all(c, lower)) {
        if (retrospectiveBefore(c, m.index)) continue;
        // (`6 tháng cuối năm 2027` is a half-year, read by its own pattern, or a review's span.)
        if (p.name === 'year-part' && (!m.groups?.y || HALF_BEFORE.test(c.slice(Math.max(0, m.index - 12), m.index)))) {
          continue;
        }
        pushPeriod(env, m.index, m.index + m[0].length, `${p.name}-tail`, p.resolve(m.groups ?? {}, env));
      }
    }
  }
}
