// The calendar export, read back with an independent parser (ical.js).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/export/ics.js';
import { planRecurrence } from '../../src/export/ics-recurrence.js';
import { parseDirective } from '../../src/index.js';
import type { Directive } from '../../src/types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const names = readdirSync(FIXTURES).filter((n) => !n.startsWith('.'));
const load = (name: string) => parseDirective(readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8'));

function components(text: string, kind: 'vevent' | 'vtodo'): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents(kind);
}

const dateOf = (c: ICAL.Component, prop = 'dtstart') => String(c.getFirstPropertyValue(prop)).slice(0, 10);

const HEAD = 'Bắc Ninh, ngày 05 tháng 3 năm 2026\n\nSố 12-KH/TU\n\nKẾ HOẠCH\ntriển khai nhiệm vụ năm 2026\n\n';
const plan = (body: string) => parseDirective(`${HEAD}${body}\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A`);

describe.each(names)('%s as a calendar', (name) => {
  const record = load(name);
  const { text } = toIcs([record]);
  const events = components(text, 'vevent');
  const dated = record.deadlines.filter((d) => d.date !== null);

  it('has one all-day or timed event per dated deadline, on its own date', () => {
    const single = events.filter((e) => !e.hasProperty('rrule'));
    expect(single.map((e) => dateOf(e)).sort()).toEqual(dated.map((d) => d.date).sort());
    for (const e of single) {
      const start = e.getFirstProperty('dtstart');
      if (start?.getParameter('tzid')) expect(start.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
      else expect(start?.type).toBe('date');
    }
  });

  it('gives every event a unique UID, a fixed DTSTAMP in UTC and two reminders', () => {
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of events) {
      expect(String(e.getFirstPropertyValue('dtstamp'))).toMatch(/Z$/u);
      const triggers = e.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));
      expect(triggers).toEqual(['-P3D', '-P1D']);
    }
  });

  it('is byte-identical on a second run', () => {
    expect(toIcs([load(name)]).text).toBe(text);
  });
});

describe('recurring deadlines', () => {
  it.each([
    [
      'FREQ=MONTHLY;BYMONTHDAY=20',
      '2026-03-05',
      '2026-06-30',
      ['2026-03-20', '2026-04-20', '2026-05-20', '2026-06-20'],
    ],
    ['FREQ=MONTHLY', '2026-03-05', '2026-06-30', ['2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30']],
    ['FREQ=MONTHLY;INTERVAL=3', '2026-03-05', '2026-12-31', ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31']],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20', '2026-04-25', '2026-12-31', ['2026-06-20', '2026-09-20', '2026-12-20']],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '2026-03-05', '2028-12-31', ['2026-12-15', '2027-12-15', '2028-12-15']],
    ['FREQ=MONTHLY;INTERVAL=6', '2026-07-01', '2027-12-31', ['2026-12-31', '2027-06-30', '2027-12-31']],
    // early in the next quarter: the named months set the series
    [
      'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10',
      '2026-03-05',
      '2026-12-31',
      ['2026-04-10', '2026-07-10', '2026-10-10'],
    ],
    // a weekday: the series starts on the first such day after the document
    ['FREQ=WEEKLY;BYDAY=FR', '2026-03-05', '2026-03-31', ['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27']],
  ])('%s from %s to %s', (rule, anchor, until, expected) => {
    const planned = planRecurrence(rule, anchor, until);
    expect(planned).not.toBeNull();
    if (!planned) return;
    // Expand the written rule with ical.js, as a client would.
    const recur = ICAL.Recur.fromString(planned.rule);
    const start = ICAL.Time.fromDateString(planned.start);
    const it = recur.iterator(start);
    const dates: string[] = [];
    for (let next = it.next(); next && dates.length < 20; next = it.next()) dates.push(next.toString().slice(0, 10));
    expect(dates).toEqual(expected);
    expect(planned.rule).toMatch(/;UNTIL=\d{8}$/u);
  });

  it('ends a plan’s monthly report with the year its subject names', () => {
    const { text } = toIcs([plan('1. Các chi bộ báo cáo hằng tháng (trước ngày 25).')]);
    const [event] = components(text, 'vevent');
    expect(dateOf(event as ICAL.Component)).toBe('2026-03-25');
    expect(String(event?.getFirstPropertyValue('rrule'))).toBe('FREQ=MONTHLY;BYMONTHDAY=25;UNTIL=20261231');
  });
});

describe('recurring deadlines with an hour', () => {
  it('repeat as timed events ending at that hour, until the last day in UTC', () => {
    const { text } = toIcs([plan('1. Các chi bộ báo cáo hằng ngày trước 15 giờ 00.')]);
    const [event] = components(text, 'vevent');
    expect(event?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Ho_Chi_Minh');
    expect(String(event?.getFirstPropertyValue('dtend'))).toBe('2026-03-06T15:00:00');
    expect(String(event?.getFirstPropertyValue('rrule'))).toBe('FREQ=DAILY;UNTIL=20261231T165959Z');
  });
});

describe('options', () => {
  const record = plan(
    '1. Ban Tổ chức Tỉnh ủy rà soát quy hoạch, hoàn thành trước ngày 30/4/2026.\n\n2. Văn phòng gửi báo cáo trước 17 giờ ngày 20/5/2026.\n\n3. Các chi bộ thực hiện thường xuyên.\n\n4. Thực hiện sau khi có hướng dẫn của Trung ương.',
  );

  it('writes a timed deadline in Asia/Ho_Chi_Minh with a VTIMEZONE, ending at the stated hour', () => {
    const { text } = toIcs([record]);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh');
    const timed = components(text, 'vevent').find((e) => e.getFirstProperty('dtstart')?.getParameter('tzid'));
    expect(String(timed?.getFirstPropertyValue('dtend'))).toBe('2026-05-20T17:00:00');
  });

  it('counts undated deadlines, or notes them on the document date', () => {
    const plain = toIcs([record]);
    expect(plain.skipped).toEqual([
      { kind: 'ongoing', count: 1, reason: 'no date' },
      { kind: 'relative', count: 1, reason: 'no date' },
    ]);
    const noted = toIcs([record], { includeUndated: true });
    const note = components(noted.text, 'vevent').find((e) =>
      String(e.getFirstPropertyValue('summary')).startsWith('Việc'),
    );
    expect(note && dateOf(note)).toBe('2026-03-05');
    expect(String(note?.getFirstPropertyValue('description'))).toContain('thường xuyên');
    expect(noted.skipped).toEqual([]);
  });

  it('changes or drops reminders', () => {
    const week = components(toIcs([record], { remind: [7 * 1440, 60] }).text, 'vevent')[0];
    expect(week?.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual([
      '-P7D',
      '-PT1H',
    ]);
    expect(toIcs([record], { remind: [] }).text).not.toContain('BEGIN:VALARM');
  });

  it('writes VTODO items with DUE, also or instead of events', () => {
    const also = toIcs([record], { todo: 'also' });
    expect(components(also.text, 'vevent')).toHaveLength(2);
    const todos = components(also.text, 'vtodo');
    expect(todos.map((t) => dateOf(t, 'due'))).toEqual(['2026-04-30', '2026-05-20']);
    const only = toIcs([record], { todo: 'only' });
    expect(components(only.text, 'vevent')).toHaveLength(0);
    expect(only.text).toContain('BEGIN:VTIMEZONE');
  });

  it('keeps UIDs when a date changes, so a re-import updates the event', () => {
    const amended = plan(
      '1. Ban Tổ chức Tỉnh ủy rà soát quy hoạch, hoàn thành trước ngày 15/5/2026.\n\n2. Văn phòng gửi báo cáo trước 17 giờ ngày 20/5/2026.',
    );
    const uids = (r: Directive) => components(toIcs([r]).text, 'vevent').map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(amended)).toEqual(uids(record));
  });

  it('uses --now for DTSTAMP and escapes a hostile calendar name', () => {
    const { text } = toIcs([record], { now: '2026-12-01T08:00:00Z', calendarName: 'Lịch\r\nBEGIN:VEVENT; x, y' });
    expect(text).toContain('DTSTAMP:20261201T080000Z');
    expect(text).toContain('X-WR-CALNAME:Lịch BEGIN:VEVENT\\; x\\, y');
    expect(components(text, 'vevent')).toHaveLength(2);
  });

  it('merges several documents into one calendar without duplicate UIDs', () => {
    const { text } = toIcs([record, record]);
    expect(components(text, 'vevent')).toHaveLength(2);
  });
});
