import { describe, expect, it } from 'vitest';
import { agendaCsv, buildAgenda, renderAgenda, weekStart } from '../../src/export/agenda.js';
import { csvField, toCsv } from '../../src/export/csv.js';
import { expandRecurrence, planRecurrence } from '../../src/export/ics-recurrence.js';
import { parseDirective } from '../../src/index.js';

const record = parseDirective(
  'Bắc Ninh, ngày 05 tháng 3 năm 2026\n\nSố 12-KH/TU\n\nKẾ HOẠCH\ntriển khai nhiệm vụ năm 2026\n\n1. Văn phòng Tỉnh ủy\n\n(1) Tổng hợp báo cáo trước ngày 10/3/2026.\n\n(2) Báo cáo hằng tháng (trước ngày 20).\n\n2. Ban Tổ chức Tỉnh uỷ hoàn thành trước ngày 31/3/2026.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A',
);
const sources = [{ record, file: 'a.txt' }];

describe('agenda', () => {
  it('lists the window soonest first with days left, expanding recurring deadlines', () => {
    const items = buildAgenda(sources, { today: '2026-03-15', from: '2026-03-01', until: '2026-04-30' });
    expect(items.map((i) => [i.date, i.daysLeft, i.overdue, i.assignee])).toEqual([
      ['2026-03-10', -5, true, 'Văn phòng Tỉnh ủy'],
      ['2026-03-20', 5, false, 'Văn phòng Tỉnh ủy'],
      ['2026-03-31', 16, false, 'Ban Tổ chức Tỉnh uỷ'],
      ['2026-04-20', 36, false, 'Văn phòng Tỉnh ủy'],
    ]);
  });

  it('filters by unit insensitive to tone placement and case', () => {
    const items = buildAgenda(sources, {
      today: '2026-03-15',
      from: '2026-03-01',
      until: '2026-04-30',
      assignee: 'ban tổ chức tỉnh ủy',
    });
    expect(items.map((i) => i.date)).toEqual(['2026-03-31']);
  });

  it('groups by ISO week (Monday first) and says overdue', () => {
    expect(weekStart('2026-03-15')).toBe('2026-03-09'); // a Sunday
    expect(weekStart('2026-03-16')).toBe('2026-03-16'); // a Monday
    const text = renderAgenda(buildAgenda(sources, { today: '2026-03-15', from: '2026-03-01', until: '2026-03-31' }), {
      color: false,
      today: '2026-03-15',
    });
    expect(text).toContain('Tuần 09/03/2026 – 15/03/2026');
    expect(text).toContain('quá hạn 5 ngày');
    expect(text).toContain('a.txt:');
  });

  it('writes CSV rows with a BOM', () => {
    const csv = agendaCsv(buildAgenda(sources, { today: '2026-03-15', from: '2026-03-01', until: '2026-03-31' }));
    expect(csv.split('\r\n')[0]).toBe('\uFEFFdate,time,days_left,status,summary,assignee,document,file,line,text');
    expect(csv.split('\r\n')[1]).toMatch(/^2026-03-10,,-5,overdue,/u);
  });
});

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1', '-1'],
    ['line\nbreak', 'line break'],
  ])('%j → %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('has one row per deadline with its inherited assignee', () => {
    const rows = toCsv([{ record, file: 'a.txt' }])
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(1 + record.deadlines.length);
    expect(rows[1]).toContain('Văn phòng Tỉnh ủy');
  });
});

describe('recurrence expansion', () => {
  it('expands a weekly rule on several weekdays, from the first of them after the document', () => {
    const planned = planRecurrence('FREQ=WEEKLY;BYDAY=MO,TH', '2027-01-10', '2027-01-31');
    expect(planned).toEqual({ start: '2027-01-11', rule: 'FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270131' });
    expect(planned && expandRecurrence(planned, '2027-12-31')).toEqual([
      '2027-01-11',
      '2027-01-14',
      '2027-01-18',
      '2027-01-21',
      '2027-01-25',
      '2027-01-28',
    ]);
    const fortnightly = planRecurrence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR', '2027-01-10', '2027-02-05');
    expect(fortnightly && expandRecurrence(fortnightly, '2027-12-31')).toEqual([
      '2027-01-12',
      '2027-01-15',
      '2027-01-26',
      '2027-01-29',
    ]);
  });

  it('expands a monthly rule on a weekday by its place in the month', () => {
    const last = planRecurrence('FREQ=MONTHLY;BYDAY=-1SU', '2027-01-10', '2027-03-31');
    expect(last).toEqual({ start: '2027-01-31', rule: 'FREQ=MONTHLY;BYDAY=-1SU;UNTIL=20270331' });
    expect(last && expandRecurrence(last, '2027-12-31')).toEqual(['2027-01-31', '2027-02-28', '2027-03-28']);
    const first = planRecurrence('FREQ=MONTHLY;BYDAY=1MO', '2027-01-10', '2027-03-31');
    expect(first && expandRecurrence(first, '2027-12-31')).toEqual(['2027-02-01', '2027-03-01']);
  });

  it('agrees with the planned first date and stops at UNTIL', () => {
    const planned = planRecurrence('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1', '2026-02-10', '2026-12-31');
    expect(planned && expandRecurrence(planned, '2027-12-31')).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
  });
});
