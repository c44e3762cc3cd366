// Turning the rules' candidates into the result: overlapping candidates are resolved
// earliest-first, longest-first; a lead-in label that opens the clause (`Thời gian hoàn thành …`)
// is attached; full dates before the document's own period are dropped as the past, and yearless
// ones that fall there are kept with a YEAR_ROLLOVER problem.

import { LEAD_LABELS } from '../../text/deadline-vocabulary.js';
import { type Candidate, clauseStart, type DateProblem, type DeadlineFinding, groupStart } from './context.js';
import { alt, lazy, rx1, WE } from './fragments.js';

const LEAD_LABEL = lazy(() => rx1(`^\\s*(?:[-+*]\\s*)?(?<label>${alt(LEAD_LABELS)})${WE}`, true));

/** Move `start` back to a `Thời gian hoàn thành …` label that opens the clause. */
function withLeadLabel(c: string, start: number, floor: number): number {
  const cs = clauseStart(c, start, 160);
  if (cs < 0 || cs < floor) return start;
  const m = LEAD_LABEL().exec(c.slice(cs, start));
  return m ? cs + groupStart(m, 'label') : start;
}

/**
 * Pick the winning candidates of one paragraph. `text` is the original paragraph, `c` its
 * `canonTones` form (same length), `docStart` the first day of the document's period.
 */
export function mergeCandidates(
  text: string,
  c: string,
  candidates: readonly Candidate[],
  docDate: string | null,
  docStart: string | null,
): { found: DeadlineFinding[]; problems: DateProblem[] } {
  const found: DeadlineFinding[] = [];
  const problems: DateProblem[] = [];
  // Earliest first, then longest: a cue that starts earlier owns the date inside it
  // (`chậm nhất vào ngày …` over `vào ngày …`, `hằng năm (trước ngày 15/12)` over `trước ngày 15/12`).
  const ordered = candidates.filter((x) => x.end > x.start).sort((a, b) => a.start - b.start || b.end - a.end);
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
    if (f.date && docStart && f.date < docStart) {
      if (!f.inferred) continue; // written in full and before the document's period: the past
      problems.push({
        code: 'YEAR_ROLLOVER',
        message: `Yearless date resolved to ${f.date}, before the document date ${docDate}; it may mean the next year`,
        start: cand.start,
      });
    }
    const start = cand.label ? withLeadLabel(c, cand.start, lastEnd) : cand.start;
    found.push({ ...f, text: text.slice(start, cand.end), start, end: cand.end, rule: cand.rule });
    lastEnd = cand.end;
  }
  return { found, problems };
}
