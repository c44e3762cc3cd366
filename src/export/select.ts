// Narrow a record's deadlines to one unit and/or a date range, for a unit's own calendar or
// register (`-f ics --assignee "Văn phòng"`). Pure: returns a new record.
import { nameKey } from '../text/fold.js';
import type { Deadline, Directive } from '../types.js';
import { pathKey, taskIndex } from './tasks.js';

export interface DeadlineFilter {
  /** Matches the deadline's (inherited) assignee: case-, space- and tone-placement-insensitive, as a substring. */
  assignee?: string;
  /** Inclusive ISO dates. Dated deadlines outside are dropped; undated ones too once a range is given. */
  from?: string;
  until?: string;
}

/** The deadline's assignee: its task's own or the nearest ancestor's. */
export function deadlineAssignee(record: Directive, index = taskIndex(record)): (d: Deadline) => string | null {
  return (d) => (d.task ? (index.get(pathKey(d.task))?.assignee ?? null) : null);
}

const squash = (s: string) => nameKey(s).replace(/\s+/gu, '');

export function assigneeMatches(assignee: string | null, query: string): boolean {
  return assignee !== null && squash(assignee).includes(squash(query));
}

export function selectDeadlines(record: Directive, filter: DeadlineFilter): Directive {
  if (filter.assignee === undefined && filter.from === undefined && filter.until === undefined) return record;
  const who = deadlineAssignee(record);
  const ranged = filter.from !== undefined || filter.until !== undefined;
  const deadlines = record.deadlines.filter((d) => {
    if (filter.assignee !== undefined && !assigneeMatches(who(d), filter.assignee)) return false;
    if (!ranged) return true;
    // Recurring rules are bounded by the calendar export; dated ones must fall in the range.
    if (d.kind === 'recurring') return true;
    if (!d.date) return false;
    return (
      (filter.from === undefined || d.date >= filter.from) && (filter.until === undefined || d.date <= filter.until)
    );
  });
  return { ...record, deadlines };
}
