// Turning the rules' candidates into the result: overlapping candidates are resolved
// earliest-first, longest-first; a lead-in label that opens the clause (`Thời gian hoàn thành …`)
// is attached; full dates before the document's own period are dropped as the past, and yearless
// ones that fall there are kept with a YEAR_ROLLOVER problem.

import { diffDaysIso, isoDate } from '../../text/dates.js';
import { LEAD_LABELS } from '../../text/deadline-vocabulary.js';
import { type Candidate, clauseStart, type DateProblem, type DeadlineFinding, groupStart } from './context.js';
import { alt, lazy, rx1, WE } from './fragments.js';

/** How far before the document a yearless date may fall and still mean the document's year. */
const ROLLOVER_DAYS = 60;

function nextYear(iso: string): string | null {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? isoDate(y + 1, m, d) : null;
}

/**
 * A yearless date (taken in the document's year) that falls before `docStart`: well before the
 * document ("trước ngày 05/01" in a December letter) it means the next year; just before it, the
 * document's year. Either way it is flagged.
 */
export function rollYearless(
  date: string,
  docDate: string | null,
  docStart: string,
  start: number,
): { date: string; problem: DateProblem } {
  const next = nextYear(date);
  const rolled = next !== null && (diffDaysIso(date, docStart) ?? 0) > ROLLOVER_DAYS;
  const message = rolled
    ? `Yearless date taken as ${next}: in the document's year it would fall before the document date ${docDate}`
    : `Yearless date resolved to ${date}, before the document date ${docDate}; it may mean the next year`;
  return { date: rolled && next ? next : date, problem: { code: 'YEAR_ROLLOVER', message, start } };
}

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
    let date = f.date;
    if (date && docStart && date < docStart) {
      if (!f.inferred) {
        // Written in full and before the document's period: the past, not a deadline. A due date
        // is noted (an event or a period in a review of results — "Tại phiên họp ngày 12/5/2026",
        // "quý I/2026" — is narrative, not worth a warning).
        if (f.kind === 'by') {
          problems.push({
            code: 'PAST_DEADLINE',
            message: `${date} is before the document date ${docDate}; not taken as a deadline`,
            start: cand.start,
          });
        }
        continue;
      }
      const r = rollYearless(date, docDate, docStart, cand.start);
      problems.push(r.problem);
      date = r.date;
    }
    const start = cand.label ? withLeadLabel(c, cand.start, lastEnd) : cand.start;
    found.push({ ...f, date, text: text.slice(start, cand.end), start, end: cand.end, rule: cand.rule });
    lastEnd = cand.end;
  }
  return { found, problems };
}
