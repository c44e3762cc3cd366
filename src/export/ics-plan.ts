// What goes into the calendar, decided without any calendar library: one entry per dated
// deadline (plus recurring ones resolved to a first date), stable UIDs, readable texts.
// ics.ts turns the entries into iCalendar text.
import { createHash } from 'node:crypto';
import { addDaysIso, diffDaysIso, periodStart } from '../text/dates.js';
import { trimEndOf } from '../text/patterns.js';
import type { Deadline, DeadlineKind, Directive } from '../types.js';
import { defaultRecurrenceEnd, planRecurrence } from './ics-recurrence.js';
import { documentId, pathKey, type TaskInfo, taskIndex } from './tasks.js';

export interface CalendarEntry {
  uid: string;
  kind: DeadlineKind | 'note';
  /** All-day date, or the local date of a timed entry (Asia/Ho_Chi_Minh). */
  date: string;
  /** "HH:MM" for a timed entry. */
  time?: string;
  /** Rule without "RRULE:", UNTIL as a DATE. */
  rule?: string;
  summary: string;
  description: string;
  categories: string[];
  sequence: number;
  /** DTSTAMP and LAST-MODIFIED, UTC "YYYY-MM-DDTHH:MM:SSZ". */
  stamp: string;
}

export interface Skipped {
  kind: DeadlineKind;
  count: number;
  reason: string;
}

export interface PlanOptions {
  includeUndated: boolean;
  /** DTSTAMP for every entry; default: the document date at 00:00 UTC. */
  now?: string;
  /** Last day for recurring deadlines; default: the plan's period, else a year. */
  recurUntil?: string;
}

export interface Plan {
  entries: CalendarEntry[];
  skipped: Skipped[];
}

const DATED: ReadonlySet<DeadlineKind> = new Set(['by', 'on', 'month', 'quarter', 'half', 'year']);
const UNDATED: ReadonlySet<DeadlineKind> = new Set(['ongoing', 'relative']);
const FALLBACK_STAMP = '2000-01-01T00:00:00Z';
const SUMMARY_WORDS = 60;

const KIND_LABEL: Readonly<Record<DeadlineKind, string>> = {
  by: 'hạn',
  on: 'ngày diễn ra',
  month: 'trong tháng',
  quarter: 'trong quý',
  half: 'trong 6 tháng',
  year: 'trong năm',
  recurring: 'định kỳ',
  ongoing: 'thường xuyên',
  relative: 'theo sự kiện',
};

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

/** The document's identity: its id, issuer and date — or, for a draft, what it is about. */
export function documentKey(r: Directive): string {
  if (r.number !== null) return [r.number, r.symbol, r.issuer ?? '', r.date ?? ''].join('|');
  // A draft has no number: its content identifies it (two drafts on one subject stay apart).
  const content = r.tasks.map((t) => t.text).join('\u0002');
  return ['draft', r.symbol ?? '', r.issuer ?? '', r.subject ?? '', hash(content)].join('|');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function displayDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  if (d && m && y) return `${d}/${m}/${y}`;
  if (m && y) return `tháng ${Number(m)}/${y}`;
  return y ?? '';
}

/** One line, no control characters: texts from the input go into calendar fields. */
export function clean(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

/** A short title: the first clause, cut at a word boundary. */
export function shorten(text: string, max = SUMMARY_WORDS): string {
  const clause = clean(text).split(/(?<=[.;:])\s/u)[0] ?? '';
  // trimEndOf, not /[.;:,]+$/ (quadratic on a long run of punctuation).
  const t = trimEndOf(clause, '.;:,');
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > 20 ? cut : max - 1)}…`;
}

function stampOf(r: Directive, now: string | undefined): string {
  if (now) return now;
  const day = r.date ? periodStart(r.date) : null;
  return day ? `${day}T00:00:00Z` : FALLBACK_STAMP;
}

/** SEQUENCE grows with the document date, so an amended directive (issued later) wins on re-import. */
function sequenceOf(r: Directive): number {
  const day = r.date ? periodStart(r.date) : null;
  return day ? Math.max(0, diffDaysIso('2000-01-01', day) ?? 0) : 0;
}

function describeDocument(r: Directive): string[] {
  const id = documentId(r);
  const head = [r.docType ?? 'Văn bản', id ? `số ${id}` : '(chưa có số)', r.date ? `ngày ${displayDate(r.date)}` : '']
    .filter(Boolean)
    .join(' ');
  const lines = [`Văn bản: ${head}${r.issuer ? ` — ${r.issuer}` : ''}`];
  if (r.subject) lines.push(`Trích yếu: ${clean(r.subject)}`);
  return lines;
}

function summaryOf(d: Deadline, info: TaskInfo | undefined, r: Directive): string {
  const what = info ? shorten(info.task.text) : shorten(r.subject ?? d.text);
  const label = d.kind === 'on' ? 'Lịch' : 'Hạn';
  return clean(`${label}: ${what || shorten(d.text)}${info?.assignee ? ` — ${info.assignee}` : ''}`);
}

function descriptionOf(d: Deadline, info: TaskInfo | undefined, r: Directive): string {
  const lines: string[] = [];
  if (info) lines.push(`Nhiệm vụ ${info.task.path.join(' › ')}: ${clean(info.task.text)}`);
  if (info?.assignee) lines.push(`Đơn vị: ${info.assignee}`);
  lines.push(`Thời hạn (${KIND_LABEL[d.kind]}): «${clean(d.text)}»`);
  lines.push(...describeDocument(r));
  lines.push(`Nguồn: dòng ${d.line}`);
  return lines.join('\n');
}

function categoriesOf(info: TaskInfo | undefined, r: Directive): string[] {
  const out = [info?.assignee ?? null, documentId(r)].filter((c): c is string => c !== null).map(clean);
  return [...new Set(out)];
}

function count(skipped: Map<DeadlineKind, Skipped>, kind: DeadlineKind, reason: string): void {
  const prev = skipped.get(kind);
  if (prev) prev.count++;
  else skipped.set(kind, { kind, count: 1, reason });
}

/** Calendar entries for one record. Pure: the same record and options give the same entries. */
export function planCalendar(r: Directive, options: PlanOptions): Plan {
  const tasks = taskIndex(r);
  const key = documentKey(r);
  const stamp = stampOf(r, options.now);
  const sequence = sequenceOf(r);
  const anchor = r.date ? periodStart(r.date) : null;
  const until = options.recurUntil ?? (anchor ? defaultRecurrenceEnd(r.subject, anchor) : null);
  const entries: CalendarEntry[] = [];
  const skipped = new Map<DeadlineKind, Skipped>();
  const undated: Array<[Deadline, TaskInfo | undefined]> = [];
  // Ordinal of a deadline within its task: the UID stays put when other tasks change.
  const ordinals = new Map<string, number>();

  for (const d of r.deadlines) {
    const taskKey = d.task ? pathKey(d.task) : '';
    const info = d.task ? tasks.get(taskKey) : undefined;
    const n = (ordinals.get(taskKey) ?? 0) + 1;
    ordinals.set(taskKey, n);
    const uid = `${hash(`${key}\u0001${taskKey}\u0001${n}`)}@directive-parse`;
    const base = {
      uid,
      kind: d.kind,
      summary: summaryOf(d, info, r),
      description: descriptionOf(d, info, r),
      categories: categoriesOf(info, r),
      sequence,
      stamp,
    };
    if (DATED.has(d.kind) && d.date) {
      entries.push(d.time ? { ...base, date: d.date, time: d.time } : { ...base, date: d.date });
    } else if (d.kind === 'recurring' && d.rrule) {
      const planned = anchor && until ? planRecurrence(d.rrule, anchor, until) : null;
      if (planned && d.time)
        entries.push({ ...base, date: planned.start, time: d.time, rule: timedUntil(planned.rule) });
      else if (planned) entries.push({ ...base, date: planned.start, rule: planned.rule });
      else
        count(
          skipped,
          d.kind,
          anchor ? 'no occurrence before the end of the period' : 'no document date to start from',
        );
    } else if (UNDATED.has(d.kind) || d.kind === 'recurring') {
      if (options.includeUndated && anchor) undated.push([d, info]);
      else count(skipped, d.kind, options.includeUndated ? 'no document date to note them on' : 'no date');
    }
  }

  if (undated.length && anchor) {
    const lines = undated.map(([d, info]) => {
      const who = info?.assignee ? ` — ${info.assignee}` : '';
      const what = info ? `${info.task.path.join(' › ')} ${shorten(info.task.text)}` : shorten(d.text);
      return `• [${KIND_LABEL[d.kind]}] «${clean(d.text)}»: ${what}${who} (dòng ${d.line})`;
    });
    entries.push({
      uid: `${hash(`${key}\u0001undated`)}@directive-parse`,
      kind: 'note',
      date: anchor,
      summary: clean(`Việc không có hạn cụ thể (${undated.length})${documentId(r) ? ` — ${documentId(r)}` : ''}`),
      description: [...lines, ...describeDocument(r)].join('\n'),
      categories: [documentId(r)].filter((c): c is string => c !== null),
      sequence,
      stamp,
    });
  }
  return { entries, skipped: [...skipped.values()] };
}

/**
 * A timed series ends at a UTC date-time (RFC 5545 §3.3.10: UNTIL takes DTSTART's value type):
 * the last day's end in Viet Nam, 23:59:59 +07:00.
 */
function timedUntil(rule: string): string {
  return rule.replace(/UNTIL=(\d{8})(?![T\d])/, 'UNTIL=$1T165959Z');
}

/** "2026-11-25" + "17:00" + minutes → local date-time string "2026-11-25T16:30:00". */
export function localDateTime(date: string, time: string, minutes = 0): string {
  const [h, m] = time.split(':').map(Number);
  let total = (h ?? 0) * 60 + (m ?? 0) + minutes;
  let day = date;
  while (total < 0) {
    total += 1440;
    day = addDaysIso(day, -1) ?? day;
  }
  while (total >= 1440) {
    total -= 1440;
    day = addDaysIso(day, 1) ?? day;
  }
  return `${day}T${pad(Math.floor(total / 60))}:${pad(total % 60)}:00`;
}
