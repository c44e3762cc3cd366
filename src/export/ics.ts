// iCalendar export: a pure function of the records. Entries are planned in ics-plan.ts; this
// file renders them with ical-generator (VEVENT) and, for task apps, ics-todo.ts (VTODO).
//
// Time zones: all-day dates are passed as "YYYY-MM-DD" strings (a local-midnight Date would land
// a day early east of UTC); timed entries carry TZID=Asia/Ho_Chi_Minh with a VTIMEZONE, never a
// calendar-level floating zone; DTSTAMP is fixed (document date or --now). Output is therefore
// byte-identical under every TZ.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { escape as escapeText, ICalAlarmType, type ICalEventData } from 'ical-generator';
import type { Directive } from '../types.js';
import { type CalendarEntry, clean, localDateTime, planCalendar, type Skipped } from './ics-plan.js';
import { renderTodos } from './ics-todo.js';
import { documentId } from './tasks.js';

export const ZONE = 'Asia/Ho_Chi_Minh';
const PRODID = { company: 'directive-parse', product: 'directive-parse', language: 'VI' } as const;
/** Default reminders: 3 days and 1 day before. */
export const DEFAULT_REMINDERS: readonly number[] = [3 * 1440, 1440];

export interface IcsOptions {
  /** Reminders, in minutes before the start; [] for none. */
  remind?: readonly number[];
  /** Put ongoing/relative deadlines into one note on the document date. */
  includeUndated?: boolean;
  /** VTODO items too ("also") or instead of events ("only"). */
  todo?: 'none' | 'also' | 'only';
  calendarName?: string;
  /** DTSTAMP, "YYYY-MM-DDTHH:MM:SSZ". */
  now?: string;
  /** Last day of recurring deadlines, YYYY-MM-DD. */
  recurUntil?: string;
}

export interface IcsResult {
  text: string;
  events: number;
  todos: number;
  /** Deadlines that were not put in the calendar, by kind, with the reason. */
  skipped: Skipped[];
}

/** A calendar name from the document: "Hạn — Kế hoạch 125/KH-UBND". */
function nameFor(records: readonly Directive[]): string {
  if (records.length !== 1) return 'Hạn — directive-parse';
  const r = records[0] as Directive;
  const id = documentId(r);
  return `Hạn — ${r.docType ?? 'Văn bản'}${id ? ` ${id}` : ''}`;
}

/** Calendar-level names are not escaped by ical-generator: one line, TEXT-escaped, bounded. */
function safeName(name: string): string {
  return escapeText(clean(name).slice(0, 120), false);
}

function eventData(e: CalendarEntry, remind: readonly number[]): ICalEventData {
  const alarms = remind.map((minutes) => ({
    type: ICalAlarmType.display,
    trigger: minutes * 60,
    description: e.summary,
  }));
  const common = {
    id: e.uid,
    summary: e.summary,
    description: e.description,
    categories: e.categories.map((name) => ({ name })),
    sequence: e.sequence,
    stamp: e.stamp,
    lastModified: e.stamp,
    alarms,
    ...(e.rule ? { repeating: `RRULE:${e.rule}` } : {}),
  };
  if (e.time) {
    // A deadline "trước 17 giờ" ends at 17:00; an event "vào 8 giờ" starts then.
    const [start, end] =
      e.kind === 'on'
        ? [localDateTime(e.date, e.time), localDateTime(e.date, e.time, 60)]
        : [localDateTime(e.date, e.time, -30), localDateTime(e.date, e.time)];
    return { ...common, start, end, timezone: ZONE };
  }
  return { ...common, start: e.date, end: nextDay(e.date), allDay: true };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Several records give one calendar; a UID seen twice is kept once (the first). */
export function toIcs(records: readonly Directive[], options: IcsOptions = {}): IcsResult {
  const remind = options.remind ?? DEFAULT_REMINDERS;
  const entries: CalendarEntry[] = [];
  const skipped: Skipped[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const plan = planCalendar(r, {
      includeUndated: options.includeUndated ?? false,
      ...(options.now ? { now: options.now } : {}),
      ...(options.recurUntil ? { recurUntil: options.recurUntil } : {}),
    });
    for (const e of plan.entries) {
      if (seen.has(e.uid)) continue;
      seen.add(e.uid);
      entries.push(e);
    }
    for (const s of plan.skipped) {
      const prev = skipped.find((x) => x.kind === s.kind && x.reason === s.reason);
      if (prev) prev.count += s.count;
      else skipped.push({ ...s });
    }
  }
  const mode = options.todo ?? 'none';
  const calendar = ical({
    prodId: PRODID,
    name: safeName(options.calendarName ?? nameFor(records)),
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  const events = mode === 'only' ? [] : entries;
  for (const e of events) calendar.createEvent(eventData(e, remind));
  let text = calendar.toString();
  const todos = mode === 'none' ? [] : entries;
  if (todos.length) {
    // Timed VTODOs need the zone too, also when no event brought it in.
    const zone =
      todos.some((e) => e.time) && !text.includes('BEGIN:VTIMEZONE') ? (getVtimezoneComponent(ZONE) ?? '') : '';
    const block = `${zone.replace(/\r?\n/gu, '\r\n').replace(/(?<!\r\n)$/u, zone ? '\r\n' : '')}${renderTodos(todos, remind)}`;
    text = text.replace(/END:VCALENDAR\r?\n?$/u, `${block}END:VCALENDAR\r\n`);
  }
  if (!text.endsWith('\r\n')) text += '\r\n';
  return { text, events: events.length, todos: todos.length, skipped };
}
