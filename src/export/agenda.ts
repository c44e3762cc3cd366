// The agenda: what is due across many documents, soonest first, grouped by week. Pure: records
// and a reference "today" in, items out; renderers for people (text), JSON and CSV.
import { Chalk } from 'chalk';
import { addDaysIso, diffDaysIso, periodStart, weekdayIso } from '../text/dates.js';
import type { Directive } from '../types.js';
import { csvTable } from './csv.js';
import { shorten } from './ics-plan.js';
import { defaultRecurrenceEnd, expandRecurrence, planRecurrence } from './ics-recurrence.js';
import { assigneeMatches, deadlineAssignee } from './select.js';
import { sanitize } from './summary.js';
import { documentId, pathKey, taskIndex } from './tasks.js';

export interface AgendaOptions {
  /** Reference day, YYYY-MM-DD (the CLI passes the clock's date unless --today is given). */
  today: string;
  /** Inclusive window. */
  from: string;
  until: string;
  assignee?: string;
}

export interface AgendaItem {
  date: string;
  time: string | null;
  /** Days from today; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  kind: string;
  summary: string;
  assignee: string | null;
  document: string | null;
  file: string;
  line: number;
  text: string;
}

export interface AgendaSource {
  record: Directive;
  file: string;
}

/** Dates of a recurring deadline from its first occurrence after the document date to `until`. */
export function occurrences(record: Directive, rrule: string, until: string): string[] {
  const anchor = record.date ? periodStart(record.date) : null;
  if (!anchor) return [];
  const end = defaultRecurrenceEnd(record.subject, anchor);
  const planned = planRecurrence(rrule, anchor, end < until ? end : until);
  return planned ? expandRecurrence(planned, until) : [];
}

export function buildAgenda(sources: readonly AgendaSource[], options: AgendaOptions): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const { record, file } of sources) {
    const index = taskIndex(record);
    const who = deadlineAssignee(record, index);
    for (const d of record.deadlines) {
      const assignee = who(d);
      if (options.assignee !== undefined && !assigneeMatches(assignee, options.assignee)) continue;
      const dates =
        d.kind === 'recurring' && d.rrule ? occurrences(record, d.rrule, options.until) : d.date ? [d.date] : [];
      const task = d.task ? index.get(pathKey(d.task))?.task : undefined;
      for (const date of dates) {
        if (date < options.from || date > options.until) continue;
        const daysLeft = diffDaysIso(options.today, date) ?? 0;
        items.push({
          date,
          time: d.time ?? null,
          daysLeft,
          overdue: daysLeft < 0,
          kind: d.kind,
          summary: shorten(task?.text ?? record.subject ?? d.text),
          assignee,
          document: documentId(record),
          file,
          line: d.line,
          text: d.text,
        });
      }
    }
  }
  // Code-unit order, not localeCompare: the same agenda on every machine, whatever its locale.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return items.sort(
    (a, b) => cmp(a.date, b.date) || cmp(a.time ?? '', b.time ?? '') || cmp(a.file, b.file) || a.line - b.line,
  );
}

/** Monday of the week holding `date`. */
export function weekStart(date: string): string {
  const wd = weekdayIso(date) ?? 1; // 0 = Sunday, 1 = Monday … 6 = Saturday
  return addDaysIso(date, wd === 0 ? -6 : 1 - wd) ?? date;
}

const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};

function daysLabel(item: AgendaItem): string {
  if (item.daysLeft < 0) return `quá hạn ${-item.daysLeft} ngày`;
  if (item.daysLeft === 0) return 'hôm nay';
  return `còn ${item.daysLeft} ngày`;
}

export function renderAgenda(items: readonly AgendaItem[], options: { color: boolean; today: string }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  if (items.length === 0) return 'Không có hạn nào trong khoảng thời gian này.\n';
  const lines: string[] = [];
  let week = '';
  for (const item of items) {
    const start = weekStart(item.date);
    if (start !== week) {
      week = start;
      lines.push('', c.bold(`Tuần ${dmy(start)} – ${dmy(addDaysIso(start, 6) ?? start)}`));
    }
    const paint = item.overdue ? c.red : item.daysLeft <= 3 ? c.yellow : (s: string) => s;
    const when = `${dmy(item.date)}${item.time ? ` ${item.time}` : ''}`;
    // Texts and file names come from outside: no escape sequence reaches the terminal.
    const who = item.assignee ? ` — ${sanitize(item.assignee)}` : '';
    const where = `${sanitize(item.document ?? '(chưa có số)')} · ${sanitize(item.file)}:${item.line}`;
    lines.push(
      `  ${paint(`${when}  ${daysLabel(item).padEnd(16)}`)} ${sanitize(item.summary)}${who}`,
      `  ${' '.repeat(when.length + 18)} ${c.dim(where)}`,
    );
  }
  return `${lines.join('\n').replace(/^\n/u, '')}\n`;
}

export function agendaJson(items: readonly AgendaItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

export function agendaCsv(items: readonly AgendaItem[]): string {
  return csvTable(
    ['date', 'time', 'days_left', 'status', 'summary', 'assignee', 'document', 'file', 'line', 'text'],
    items.map((i) => [
      i.date,
      i.time,
      i.daysLeft,
      i.overdue ? 'overdue' : 'due',
      i.summary,
      i.assignee,
      i.document,
      i.file,
      i.line,
      i.text,
    ]),
  );
}

/**
 * The window as records a calendar can take: dated deadlines inside the window, recurring ones as
 * their rules (the calendar bounds them; their UIDs are those of the normal export, so a weekly
 * agenda re-imported updates instead of moving events), of one unit when asked.
 */
export function windowRecords(sources: readonly AgendaSource[], options: Omit<AgendaOptions, 'today'>): Directive[] {
  return sources.map(({ record }) => {
    const who = deadlineAssignee(record);
    const deadlines = record.deadlines.filter((d) => {
      if (options.assignee !== undefined && !assigneeMatches(who(d), options.assignee)) return false;
      if (d.kind === 'recurring')
        return d.rrule !== undefined && occurrences(record, d.rrule, options.until).some((x) => x >= options.from);
      return d.date !== null && d.date >= options.from && d.date <= options.until;
    });
    return { ...record, deadlines };
  });
}
