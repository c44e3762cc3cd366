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
import { foldIcs } from './ics-fold.js';
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

/**
 * The VCALENDAR text: ical-generator renders each VEVENT; the envelope around them is written
 * here as ical-generator 10 writes it (PRODID, NAME, X-WR-CALNAME, a VTIMEZONE per zone the events
 * use), so that the whole text is folded once by `foldIcs` instead of ical-generator's folder,
 * which costs a TextEncoder per character. The golden .ics files hold the output byte for byte.
 */
function renderCalendar(name: string, events: readonly ICalEventData[]): string {
  const calendar = ical({ prodId: PRODID, name });
  const made = events.map((e) => calendar.createEvent(e));
  let raw = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-${calendar.prodId()}\r\n`;
  if (name) raw += `NAME:${name}\r\nX-WR-CALNAME:${name}\r\n`;
  const zones = [...new Set(made.map((e) => e.timezone()))].filter(
    (z): z is string => z !== null && !z.startsWith('/'),
  );
  for (const zone of zones) {
    const block = getVtimezoneComponent(zone);
    if (block) raw += `${block.replace(/\r\n/gu, '\n').replace(/\n/gu, '\r\n').trim()}\r\n`;
  }
  for (const e of made) raw += e.toString();
  return foldIcs(`${raw}END:VCALENDAR`);
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
  const events = mode === 'only' ? [] : entries;
  let text = renderCalendar(
    safeName(options.calendarName ?? nameFor(records)),
    events.map((e) => eventData(e, remind)),
  );
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
