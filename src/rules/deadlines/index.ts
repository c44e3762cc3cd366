// Deadlines in one logical paragraph (format reference §9): due dates, event dates, periods,
// recurrences, ongoing and relative deadlines, each with the span of the phrase it was read from.
//
// Design: small regexes run over `canonTones(text)` (same length as `text`, so offsets carry over),
// each producing candidates; overlapping candidates are resolved earliest-first, longest-first;
// then lead-in labels are attached and dates before the document's own period are dropped.
// A date is never a deadline by itself — every rule needs a cue (`trước`, `chậm nhất`, `vào`, a
// `Thời gian:` label, …), which keeps citation dates (`Công văn số 323-CV/TU, ngày 14/4/2026`) and
// narrative dates (`Ngày 31/3/2026, …`) out.
//
// One module per concern: by.ts, on.ts, periods.ts (+ period-patterns.ts, heading.ts),
// recurring.ts, ongoing.ts, relative.ts; written dates in dates-in-text.ts; resolution in merge.ts;
// shared types and span helpers in context.ts, regex building blocks in fragments.ts.

import { isoYear, periodStart } from '../../text/dates.js';
import { canonTones } from '../../text/fold.js';
import { byRules, sameDayRules } from './by.js';
import type { DateProblem, DeadlineContext, DeadlineFinding, DeadlineRule, Env } from './context.js';
import { mayHoldDate } from './dates-in-text.js';
import { lowerCopy } from './fragments.js';
import { entryRule, headingRule } from './heading.js';
import { mergeCandidates } from './merge.js';
import { forecastSpans, notDueBefore, scopeSentenceEnd } from './narrative.js';
import { onRules } from './on.js';
import { ongoingRules } from './ongoing.js';
import { periodRules } from './periods.js';
import { recurringRules } from './recurring.js';
import { countFromRules, triggerRules } from './relative.js';

export type { DateProblem, DeadlineContext, DeadlineFinding } from './context.js';

const PERIOD_KINDS: ReadonlySet<string> = new Set(['month', 'quarter', 'half', 'year']);

/**
 * The rules, in the order they run. The order matters only on a tie: two candidates with the
 * same span are kept in push order, and the first one wins.
 */
const RULES: readonly DeadlineRule[] = [
  byRules,
  onRules,
  sameDayRules,
  periodRules,
  recurringRules,
  ongoingRules,
  countFromRules,
  triggerRules,
];

/**
 * Find every deadline phrase in one logical paragraph. Never throws; returns findings in text
 * order without overlaps, and problems (impossible dates, yearless dates that fall before the
 * document date).
 */
export function findDeadlines(
  text: string,
  ctx: DeadlineContext,
): { found: DeadlineFinding[]; problems: DateProblem[] } {
  if (typeof text !== 'string' || text.length === 0) return { found: [], problems: [] };
  const docDate = ctx?.docDate ?? null;
  const c = canonTones(text);
  const digit = /[0-9]/.test(c);
  const env: Env = {
    c,
    lower: lowerCopy(c),
    digit,
    date: digit && mayHoldDate(c),
    ctx: { docDate, heading: Boolean(ctx?.heading), effectiveOnSigning: Boolean(ctx?.effectiveOnSigning) },
    docYear: docDate ? isoYear(docDate) : null,
    docStart: docDate ? periodStart(docDate) : null,
    out: [],
  };
  for (const rule of RULES) rule(env);
  // `không để dồn vào cuối năm`, `ước thực hiện đến hết năm`: a dated phrase that sets no deadline.
  env.out = env.out.filter((x) => !(x.finding?.date && notDueBefore(c, x.start)));
  // "Theo bản tin …, từ đêm 24/7 đến hết ngày 27/7/2027 có mưa to": when the weather comes.
  const forecasts = forecastSpans(c, env.lower ?? c.toLowerCase());
  if (forecasts.length > 0)
    env.out = env.out.filter((x) => !(x.finding?.date && forecasts.some(([s, e]) => x.start >= s && x.start < e)));
  // "Phạm vi giám sát: … trong năm 2026": a period in a scope label's sentence says what is covered.
  const scope = scopeSentenceEnd(c);
  if (scope > 0) env.out = env.out.filter((x) => !(x.start < scope && x.finding && PERIOD_KINDS.has(x.finding.kind)));
  // A heading names its period without a cue; read it only when nothing else was found.
  if (env.ctx.heading && !env.out.some((x) => x.finding)) headingRule(env);
  else if (!env.out.some((x) => x.finding)) entryRule(env);
  return mergeCandidates(text, env.c, env.out, docDate, env.docStart);
}
