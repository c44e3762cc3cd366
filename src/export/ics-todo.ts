// VTODO items for task apps (ical-generator builds events only): components are built with
// ical.js, never by string concatenation. Google Calendar ignores VTODO, so events stay the default.
import ICAL from 'ical.js';
import type { CalendarEntry } from './ics-plan.js';

const ZONE = 'Asia/Ho_Chi_Minh';

function dateValue(date: string, time?: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number);
  if (!time) return ICAL.Time.fromData({ year, month, day, isDate: true });
  const [hour, minute] = time.split(':').map(Number);
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

function utcValue(stamp: string): ICAL.Time {
  const t = ICAL.Time.fromDateTimeString(stamp.replace(/Z$/u, ''));
  t.zone = ICAL.Timezone.utcTimezone;
  return t;
}

function todo(e: CalendarEntry, remind: readonly number[]): ICAL.Component {
  const c = new ICAL.Component('vtodo');
  c.addPropertyWithValue('uid', `todo-${e.uid}`);
  c.addPropertyWithValue('sequence', e.sequence);
  c.addPropertyWithValue('dtstamp', utcValue(e.stamp));
  c.addPropertyWithValue('last-modified', utcValue(e.stamp));
  const due = c.addPropertyWithValue('due', dateValue(e.date, e.time));
  if (e.time) due.setParameter('tzid', ZONE);
  if (e.rule) {
    // A recurring VTODO needs DTSTART; it equals the first due date.
    const start = c.addPropertyWithValue('dtstart', dateValue(e.date, e.time));
    if (e.time) start.setParameter('tzid', ZONE);
    c.addPropertyWithValue('rrule', ICAL.Recur.fromString(e.rule));
  }
  c.addPropertyWithValue('summary', e.summary);
  c.addPropertyWithValue('description', e.description);
  if (e.categories.length) {
    const cat = new ICAL.Property('categories');
    cat.setValues(e.categories);
    c.addProperty(cat);
  }
  c.addPropertyWithValue('status', 'NEEDS-ACTION');
  for (const minutes of remind) {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    // A VTODO may have no DTSTART: count the reminder back from DUE (RFC 5545 §3.8.6.3).
    const trigger = alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-minutes * 60));
    trigger.setParameter('related', 'END');
    alarm.addPropertyWithValue('description', e.summary);
    c.addSubcomponent(alarm);
  }
  return c;
}

/** Serialized VTODO components (CRLF line ends), to be placed inside the VCALENDAR. */
export function renderTodos(entries: readonly CalendarEntry[], remind: readonly number[]): string {
  return entries.map((e) => `${todo(e, remind).toString().replace(/\r?\n/gu, '\r\n')}\r\n`).join('');
}
