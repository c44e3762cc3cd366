import { describe, expect, it } from 'vitest';
import { isPlanHeading } from '../../src/rules/deadlines/heading.js';
import { type DeadlineContext, type DeadlineFinding, findDeadlines } from '../../src/rules/deadlines.js';

const DOC: DeadlineContext = { docDate: '2026-04-07', heading: false };

interface Row {
  input: string;
  kind: DeadlineFinding['kind'];
  date: string | null;
  text: string;
  time?: string;
  rrule?: string;
  inferred?: boolean;
  ctx?: Partial<DeadlineContext>;
}

/** Exactly one finding, with the expected value and matched text (and a span that slices to it). */
function expectOne(row: Row): void {
  const ctx = { ...DOC, ...row.ctx };
  const { found, problems } = findDeadlines(row.input, ctx);
  expect(found.map((f) => f.text)).toEqual([row.text]);
  const f = found[0] as DeadlineFinding;
  expect(f.kind).toBe(row.kind);
  expect(f.date).toBe(row.date);
  expect(f.time).toBe(row.time);
  expect(f.rrule).toBe(row.rrule);
  expect(f.inferred).toBe(row.inferred);
  expect(row.input.slice(f.start, f.end)).toBe(f.text);
  expect(problems).toEqual([]);
}

describe('due dates listed after one cue', () => {
  const dates = (input: string) => findDeadlines(input, DOC).found.map((f) => [f.text, f.date, f.inferred ?? false]);

  it('gives each date its deadline, the year written once at the end applying to all', () => {
    expect(dates('nộp trước ngày 10/3, 10/6 và 10/9/2027.')).toEqual([
      ['trước ngày 10/3', '2027-03-10', false],
      ['10/6', '2027-06-10', false],
      ['10/9/2027', '2027-09-10', false],
    ]);
    expect(dates('trước ngày 20 tháng 4 và ngày 15 tháng 5 năm 2026')).toEqual([
      ['trước ngày 20 tháng 4', '2026-04-20', false],
      ['15 tháng 5 năm 2026', '2026-05-15', false],
    ]);
  });

  it('stops at what is not a date', () => {
    expect(dates('trước ngày 30/6/2026, 20 đơn vị hoàn thành')).toEqual([
      ['trước ngày 30/6/2026', '2026-06-30', false],
    ]);
  });
});

describe('a date after a full due date that opens a clause of its own', () => {
  it('is no item of the list', () => {
    const found = (input: string) => findDeadlines(input, DOC).found.map((f) => f.date);
    expect(found('báo cáo trước ngày 20/4/2027, ngày 15/01/2027 Ban Thường vụ đã họp.')).toEqual(['2027-04-20']);
    expect(found('trước ngày 10/3, 10/6, 10/9/2027 Sở Tài chính tổng hợp')).toEqual([
      '2027-03-10',
      '2027-06-10',
      '2027-09-10',
    ]);
  });
});

describe('event days listed after one "ngày"', () => {
  const dates = (input: string) => findDeadlines(input, DOC).found.map((f) => [f.kind, f.text, f.date]);

  it('gives each day its event, the month and year written once at the end applying to all', () => {
    expect(dates('Tổ chức kiểm tra trong các ngày 10, 11 và 12/11/2026.')).toEqual([
      ['on', 'trong các ngày 10', '2026-11-10'],
      ['on', '11', '2026-11-11'],
      ['on', '12/11/2026', '2026-11-12'],
    ]);
    expect(dates('Ra quân vào các ngày 26/9, 03/10 và 10/10/2026.')).toEqual([
      ['on', 'vào các ngày 26/9', '2026-09-26'],
      ['on', '03/10', '2026-10-03'],
      ['on', '10/10/2026', '2026-10-10'],
    ]);
  });

  it('leaves due-date lists and recurrences to their rules', () => {
    expect(dates('báo cáo trước ngày 15/6 và 15/12/2027')).toEqual([
      ['by', 'trước ngày 15/6', '2027-06-15'],
      ['by', '15/12/2027', '2027-12-15'],
    ]);
    expect(dates('vào ngày 15/6 và 15/12 hằng năm').map(([kind]) => kind)).toEqual(['recurring', 'recurring']);
  });
});

describe('recurring reports named together', () => {
  const rules = (input: string) => findDeadlines(input, DOC).found.map((f) => [f.text, f.rrule]);

  it('gives each day of a tail its rule, on its own span', () => {
    expect(rules('Báo cáo định kỳ 6 tháng (trước ngày 10/6 và 10/12).')).toEqual([
      ['định kỳ 6 tháng (trước ngày 10/6', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=10'],
      ['10/12)', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=10'],
    ]);
  });

  it('reads "6 tháng, năm" as two reports, the yearly one with a day written after it', () => {
    expect(rules('báo cáo UBND tỉnh định kỳ 6 tháng, năm.')).toEqual([
      ['định kỳ 6 tháng', 'FREQ=MONTHLY;INTERVAL=6'],
      ['năm', 'FREQ=YEARLY'],
    ]);
    expect(rules('báo cáo hằng quý và năm (trước ngày 15/12).')).toEqual([
      ['hằng quý', 'FREQ=MONTHLY;INTERVAL=3'],
      ['năm (trước ngày 15/12)', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ]);
  });

  it('reads a window of months around a recurring report as its span, not a deadline', () => {
    expect(
      rules('Từ tháng 01/2027 đến tháng 3/2027, các Công đoàn tổng hợp, báo cáo trước ngày 20 hằng tháng.'),
    ).toEqual([['trước ngày 20 hằng tháng', 'FREQ=MONTHLY;BYMONTHDAY=20']]);
  });

  it("still reads a deadline after the scope label's sentence", () => {
    expect(rules('Đối tượng: đảng viên kết nạp trong năm 2026; hoàn thành trong quý IV/2026.')).toEqual([
      ['hoàn thành trong quý IV/2026', undefined],
    ]);
  });

  it('reads a frequency said "once every N units"', () => {
    expect(rules('Phòng Tài chính báo cáo kết quả giải ngân 03 tháng một lần.')).toEqual([
      ['03 tháng một lần', 'FREQ=MONTHLY;INTERVAL=3'],
    ]);
    expect(rules('Văn phòng kiểm tra mỗi quý một lần.')).toEqual([['mỗi quý một lần', 'FREQ=MONTHLY;INTERVAL=3']]);
    expect(rules('Sở báo cáo 6 tháng/lần về UBND tỉnh.')).toEqual([['6 tháng/lần', 'FREQ=MONTHLY;INTERVAL=6']]);
    expect(rules('cứ hai tuần một lần tổ chức giao ban')).toEqual([['cứ hai tuần một lần', 'FREQ=WEEKLY;INTERVAL=2']]);
    expect(rules('tổ chức 1 năm 1 lần (trước ngày 15/12)')).toEqual([
      ['1 năm 1 lần (trước ngày 15/12)', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'],
    ]);
    // `định kỳ … một lần` is one rule; "once more" and a bare count of times are no frequency
    expect(rules('báo cáo định kỳ 03 tháng một lần')).toEqual([
      ['định kỳ 03 tháng một lần', 'FREQ=MONTHLY;INTERVAL=3'],
    ]);
    expect(rules('rà soát trong 6 tháng một lần nữa')).toEqual([]);
    expect(rules('tháng một lần, năm hai lần')).toEqual([]);
  });

  it('gives each period listed after one recurrence word a rule of its own', () => {
    expect(rules('Báo cáo định kỳ hằng tháng, quý, 6 tháng và năm.')).toEqual([
      ['định kỳ hằng tháng', 'FREQ=MONTHLY'],
      ['quý', 'FREQ=MONTHLY;INTERVAL=3'],
      ['6 tháng', 'FREQ=MONTHLY;INTERVAL=6'],
      ['năm', 'FREQ=YEARLY'],
    ]);
    // a dated period after the comma is none of them
    expect(rules('Báo cáo hằng tháng, năm 2026 tổ chức tổng kết.')).toEqual([['hằng tháng', 'FREQ=MONTHLY']]);
    expect(rules('Báo cáo hằng tháng, quý II tổ chức sơ kết.')).toEqual([['hằng tháng', 'FREQ=MONTHLY']]);
  });

  it("gives every weekday of a list its BYDAY, in the week's order", () => {
    expect(rules('Công an huyện giao ban vào thứ Năm và thứ Hai hằng tuần.')).toEqual([
      ['vào thứ Năm và thứ Hai hằng tuần', 'FREQ=WEEKLY;BYDAY=MO,TH'],
    ]);
    expect(rules('họp hằng tuần vào thứ Hai, thứ Tư và thứ Sáu.')).toEqual([
      ['hằng tuần vào thứ Hai, thứ Tư và thứ Sáu', 'FREQ=WEEKLY;BYDAY=MO,WE,FR'],
    ]);
  });

  it('takes the day of a monthly report written a few words after it, in the same clause', () => {
    expect(rules('Phòng Nội vụ tổng hợp báo cáo hằng tháng gửi UBND huyện trước ngày 25.')).toEqual([
      ['hằng tháng gửi UBND huyện trước ngày 25', 'FREQ=MONTHLY;BYMONTHDAY=25'],
    ]);
    // a dated day is a one-off; a stop ends the clause
    expect(rules('báo cáo hằng tháng, riêng tháng 12 gửi trước ngày 20/12/2026.').map(([, r]) => r)).toContain(
      'FREQ=MONTHLY',
    );
    expect(rules('họp hằng tháng. Báo cáo trước ngày 25.')).toEqual([['hằng tháng', 'FREQ=MONTHLY']]);
  });

  it('leaves a weekly report without a weekday when the one a few words on is dated or past a stop', () => {
    expect(rules('Hằng tuần tổng hợp, báo cáo trước 10 giờ thứ Hai, ngày 05/10/2026.')).toEqual([
      ['Hằng tuần', 'FREQ=WEEKLY'],
      ['trước 10 giờ thứ Hai, ngày 05/10/2026', undefined],
    ]);
    expect(rules('Giao ban hằng tuần. Họp trước thứ Sáu.')).toEqual([['hằng tuần', 'FREQ=WEEKLY']]);
  });

  it("reads a day of the quarter's last or first month as a quarterly rule", () => {
    expect(rules('Các xã gửi báo cáo quý trước ngày 15 tháng cuối quý.')).toEqual([
      ['trước ngày 15 tháng cuối quý', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15'],
    ]);
    expect(rules('Các xã báo cáo trước ngày 20 tháng cuối mỗi quý.')).toEqual([
      ['trước ngày 20 tháng cuối mỗi quý', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20'],
    ]);
    expect(rules('Báo cáo hằng quý (trước ngày 10 tháng cuối mỗi quý).')).toEqual([
      ['hằng quý (trước ngày 10 tháng cuối mỗi quý)', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10'],
    ]);
    expect(rules('Cập nhật dữ liệu định kỳ hằng quý; trước ngày 10 tháng đầu quý sau.')).toEqual([
      ['định kỳ hằng quý; trước ngày 10 tháng đầu quý sau', 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10'],
    ]);
  });

  it('takes a quarterly day written in a parenthesis a few words on', () => {
    expect(rules('hằng quý báo cáo kết quả thực hiện (trước ngày 10 tháng cuối quý).')).toEqual([
      ['hằng quý báo cáo kết quả thực hiện (trước ngày 10 tháng cuối quý)', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10'],
    ]);
  });

  it('reads a half-yearly report dated in full as its dates, not a dayless rule beside them', () => {
    expect(rules('Báo cáo định kỳ 6 tháng về Ban Thường vụ (trước ngày 15/6 và 15/12/2027).')).toEqual([
      ['trước ngày 15/6', undefined],
      ['15/12/2027', undefined],
    ]);
    // a monthly report goes on beside a dated yearly one
    expect(rules('báo cáo hằng tháng (trước ngày 20/12/2026 đối với báo cáo năm)')).toEqual([
      ['hằng tháng', 'FREQ=MONTHLY'],
      ['trước ngày 20/12/2026', undefined],
    ]);
  });

  it('does not take a count after the tail for a second day', () => {
    expect(rules('báo cáo hằng tháng (trước ngày 20), 15 xã chưa nộp')).toEqual([
      ['hằng tháng (trước ngày 20)', 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ]);
  });
});

describe('by — due dates', () => {
  it.each<Row>([
    // a lead-in label at the start of the clause belongs to the phrase
    {
      input: '(2) Các đảng bộ cơ sở bổ sung nhiệm vụ. Thời gian hoàn thành trước ngày 30/4/2026.',
      kind: 'by',
      date: '2026-04-30',
      text: 'Thời gian hoàn thành trước ngày 30/4/2026',
    },
    {
      input: 'Thời gian hoàn thành việc sơ kết 6 tháng trước ngày 03/7/2026.',
      kind: 'by',
      date: '2026-07-03',
      text: 'Thời gian hoàn thành việc sơ kết 6 tháng trước ngày 03/7/2026',
    },
    // otherwise the phrase starts at the cue; the footnote mark and full stop stay out
    {
      input: 'phấn đấu hoàn thành chỉ tiêu kết nạp đảng viên trước ngày 15/12/2026².',
      kind: 'by',
      date: '2026-12-15',
      text: 'trước ngày 15/12/2026',
    },
    { input: 'Báo cáo kết quả trước ngày 30/04/2026.', kind: 'by', date: '2026-04-30', text: 'trước ngày 30/04/2026' },
    {
      input: 'Hoàn thành trước ngày 30-4-2026.',
      kind: 'by',
      date: '2026-04-30',
      text: 'Hoàn thành trước ngày 30-4-2026',
    },
    { input: 'gửi trước ngày 30.04.2026', kind: 'by', date: '2026-04-30', text: 'trước ngày 30.04.2026' },
    {
      input: 'chậm nhất là ngày 30 tháng 4 năm 2026',
      kind: 'by',
      date: '2026-04-30',
      text: 'chậm nhất là ngày 30 tháng 4 năm 2026',
    },
    {
      input: 'Gửi hồ sơ chậm nhất vào ngày 15/5/2026.',
      kind: 'by',
      date: '2026-05-15',
      text: 'chậm nhất vào ngày 15/5/2026',
    },
    { input: 'chậm nhất ngày 15/5/2026', kind: 'by', date: '2026-05-15', text: 'chậm nhất ngày 15/5/2026' },
    { input: 'Hạn chót: 20/5/2026.', kind: 'by', date: '2026-05-20', text: 'Hạn chót: 20/5/2026' },
    { input: 'hạn chót ngày 20/5/2026', kind: 'by', date: '2026-05-20', text: 'hạn chót ngày 20/5/2026' },
    { input: 'không muộn hơn ngày 10/6/2026', kind: 'by', date: '2026-06-10', text: 'không muộn hơn ngày 10/6/2026' },
    { input: 'thực hiện đến hết ngày 30/6/2026;', kind: 'by', date: '2026-06-30', text: 'đến hết ngày 30/6/2026' },
    { input: 'Gửi danh sách trong ngày 20/4/2026.', kind: 'by', date: '2026-04-20', text: 'trong ngày 20/4/2026' },
    { input: 'xong trước ngày 20/4/2026', kind: 'by', date: '2026-04-20', text: 'xong trước ngày 20/4/2026' },
    {
      input: 'các đơn vị gửi báo cáo về Văn phòng Đảng ủy trước ngày 25/4/2026 để tổng hợp',
      kind: 'by',
      date: '2026-04-25',
      text: 'trước ngày 25/4/2026',
    },
    { input: 'TRƯỚC NGÀY 30/4/2026', kind: 'by', date: '2026-04-30', text: 'TRƯỚC NGÀY 30/4/2026' },
    // line-join and extra spaces
    { input: 'trước ngày 30/ 4/2026.', kind: 'by', date: '2026-04-30', text: 'trước ngày 30/ 4/2026' },
    { input: 'trước  ngày   30/4/2026', kind: 'by', date: '2026-04-30', text: 'trước  ngày   30/4/2026' },
    { input: 'Thời hạn: 30/4/2026.', kind: 'by', date: '2026-04-30', text: 'Thời hạn: 30/4/2026' },
    {
      input: 'Thời gian hoàn thành: Trước ngày 30/4/2026.',
      kind: 'by',
      date: '2026-04-30',
      text: 'Thời gian hoàn thành: Trước ngày 30/4/2026',
    },
    { input: 'báo cáo (trước ngày 20/4/2026)', kind: 'by', date: '2026-04-20', text: 'trước ngày 20/4/2026' },
    { input: 'trước ngày 30 tháng 4', kind: 'by', date: '2026-04-30', inferred: true, text: 'trước ngày 30 tháng 4' },
    // no `ngày`, no year: a date when the clause ends there (a fraction counts something)
    {
      input: 'Sở Nội vụ hoàn thành trước 15/8.',
      kind: 'by',
      date: '2026-08-15',
      inferred: true,
      text: 'hoàn thành trước 15/8',
    },
    { input: 'báo cáo (chậm nhất 20/5)', kind: 'by', date: '2026-05-20', inferred: true, text: 'chậm nhất 20/5' },
    {
      input: 'Thời hạn hoàn thành: ngày 15/5/2026',
      kind: 'by',
      date: '2026-05-15',
      text: 'Thời hạn hoàn thành: ngày 15/5/2026',
    },
  ])('$input', expectOne);

  it.each<Row>([
    // minutes marked with an apostrophe (old .doc files); the part of the day read with the hour
    {
      input: "gửi trước 17h00' ngày 17/5/2026.",
      kind: 'by',
      date: '2026-05-17',
      time: '17:00',
      text: "trước 17h00' ngày 17/5/2026",
    },
    {
      input: 'vào hồi 8h30’ ngày 20/5/2026',
      kind: 'on',
      date: '2026-05-20',
      time: '08:30',
      text: 'vào hồi 8h30’ ngày 20/5/2026',
    },
    {
      input: 'Thời gian: 2 giờ chiều ngày 20/5/2026',
      kind: 'on',
      date: '2026-05-20',
      time: '14:00',
      text: 'Thời gian: 2 giờ chiều ngày 20/5/2026',
    },
    {
      input: 'Thời gian: 8 giờ sáng ngày 20/5/2026',
      kind: 'on',
      date: '2026-05-20',
      time: '08:00',
      text: 'Thời gian: 8 giờ sáng ngày 20/5/2026',
    },
    {
      input: 'trước 16 giờ chiều ngày 20/5/2026',
      kind: 'by',
      date: '2026-05-20',
      time: '16:00',
      text: 'trước 16 giờ chiều ngày 20/5/2026',
    },
  ])('$input', expectOne);

  it.each<Row>([
    // how long a meeting lasts, written between the label and its date
    {
      input: 'Thời gian: 01 ngày, ngày 20/5/2026.',
      kind: 'on',
      date: '2026-05-20',
      text: 'Thời gian: 01 ngày, ngày 20/5/2026',
    },
    {
      input: 'Thời gian: 01 buổi, ngày 20/5/2026',
      kind: 'on',
      date: '2026-05-20',
      text: 'Thời gian: 01 buổi, ngày 20/5/2026',
    },
    {
      input: 'Thời gian: 1/2 ngày (buổi sáng), ngày 20 tháng 5 năm 2026',
      kind: 'on',
      date: '2026-05-20',
      text: 'Thời gian: 1/2 ngày (buổi sáng), ngày 20 tháng 5 năm 2026',
    },
    {
      input: 'Thời gian: buổi sáng ngày 20/5/2026',
      kind: 'on',
      date: '2026-05-20',
      text: 'Thời gian: buổi sáng ngày 20/5/2026',
    },
  ])('$input', expectOne);

  it.each<Row>([
    {
      input: 'trước 17 giờ ngày 20/4/2026',
      kind: 'by',
      date: '2026-04-20',
      time: '17:00',
      text: 'trước 17 giờ ngày 20/4/2026',
    },
    {
      input: 'gửi trước 16 giờ 00 ngày 20/4/2026.',
      kind: 'by',
      date: '2026-04-20',
      time: '16:00',
      text: 'trước 16 giờ 00 ngày 20/4/2026',
    },
    {
      input: 'Báo cáo 17h00 ngày 20/4/2026.',
      kind: 'by',
      date: '2026-04-20',
      time: '17:00',
      text: '17h00 ngày 20/4/2026',
    },
    {
      input: 'trước 8h30 ngày 21/4/2026',
      kind: 'by',
      date: '2026-04-21',
      time: '08:30',
      text: 'trước 8h30 ngày 21/4/2026',
    },
    {
      input: 'trước 16 giờ 30 phút ngày 21/4/2026',
      kind: 'by',
      date: '2026-04-21',
      time: '16:30',
      text: 'trước 16 giờ 30 phút ngày 21/4/2026',
    },
  ])('with a time: $input', expectOne);

  it.each<Row>([
    {
      input: 'Đăng ký từ ngày 01/4 đến ngày 15/4/2026.',
      kind: 'by',
      date: '2026-04-15',
      text: 'từ ngày 01/4 đến ngày 15/4/2026',
    },
    {
      input: 'Thời gian thực hiện: từ ngày 10/4/2026 đến hết ngày 30/5/2026.',
      kind: 'by',
      date: '2026-05-30',
      text: 'Thời gian thực hiện: từ ngày 10/4/2026 đến hết ngày 30/5/2026',
    },
  ])('a range is one deadline at its end: $input', expectOne);
});

describe('by — a task carried on up to a day', () => {
  it.each<Row>([
    {
      input: 'Các đơn vị thực hiện đến ngày 30/9/2026.',
      kind: 'by',
      date: '2026-09-30',
      text: 'thực hiện đến ngày 30/9/2026',
    },
    {
      input: 'Thời gian thực hiện: đến ngày 30/11/2026.',
      kind: 'by',
      date: '2026-11-30',
      text: 'Thời gian thực hiện: đến ngày 30/11/2026',
    },
    {
      input: 'Thời gian: đến hết ngày 30/11/2026.',
      kind: 'by',
      date: '2026-11-30',
      text: 'Thời gian: đến hết ngày 30/11/2026',
    },
  ])('$input', (row) => expectOne(row));

  it('is no cut-off of figures', () => {
    expect(findDeadlines('Báo cáo số liệu tính đến ngày 30/9/2026.', DOC).found).toEqual([]);
  });
});

describe('by — counted from the signing date (civil-code counting)', () => {
  it.each<Row>([
    // 7/4 + 15 days = Wed 22/4
    {
      input: 'Báo cáo trong vòng 15 ngày kể từ ngày ký.',
      kind: 'by',
      date: '2026-04-22',
      text: 'trong vòng 15 ngày kể từ ngày ký',
    },
    // 10/4 + 15 = Sat 25/4 → Sun 26/4 Giỗ Tổ → Mon 27/4 nghỉ bù → Tue 28/4
    {
      input: 'trong vòng 15 ngày kể từ ngày ban hành văn bản này',
      kind: 'by',
      date: '2026-04-28',
      text: 'trong vòng 15 ngày kể từ ngày ban hành văn bản này',
      ctx: { docDate: '2026-04-10' },
    },
    // Thu 9/4 + 3 working days = Tue 14/4
    {
      input: 'trong 03 ngày làm việc kể từ ngày ký',
      kind: 'by',
      date: '2026-04-14',
      text: 'trong 03 ngày làm việc kể từ ngày ký',
      ctx: { docDate: '2026-04-09' },
    },
    // the document named as the anchor: "ký văn bản này", "Kế hoạch được ban hành" (7/4 + 10 = Fri 17/4)
    {
      input: 'báo cáo trong 05 ngày làm việc kể từ ngày ký văn bản này.',
      kind: 'by',
      date: '2026-04-14',
      text: 'trong 05 ngày làm việc kể từ ngày ký văn bản này',
    },
    {
      input: 'hoàn thành trong thời hạn 10 ngày kể từ ngày Kế hoạch được ban hành.',
      kind: 'by',
      date: '2026-04-17',
      text: 'hoàn thành trong thời hạn 10 ngày kể từ ngày Kế hoạch được ban hành',
    },
    // 31/1 + 1 month = 28/2 (Saturday) → Monday 2/3
    {
      input: 'chậm nhất sau 01 tháng kể từ ngày ký ban hành',
      kind: 'by',
      date: '2026-03-02',
      text: 'chậm nhất sau 01 tháng kể từ ngày ký ban hành',
      ctx: { docDate: '2026-01-31' },
    },
  ])('$input', expectOne);

  it.each<Row>([
    // a count whose anchor the clause leaves to the reader (hours never get a date)
    {
      input: 'Kết thúc mỗi cuộc kiểm tra, trong thời hạn 10 ngày, Tổ kiểm tra hoàn thành báo cáo.',
      kind: 'relative',
      date: null,
      text: 'trong thời hạn 10 ngày',
    },
    {
      input: 'sau đó gửi văn bản chậm nhất trong 24 giờ.',
      kind: 'relative',
      date: null,
      text: 'chậm nhất trong 24 giờ',
    },
    {
      input: 'báo cáo chậm nhất 48 giờ kể từ ngày ký.',
      kind: 'relative',
      date: null,
      text: 'chậm nhất 48 giờ kể từ ngày ký',
    },
    // the count stays with a trigger
    {
      input: 'Báo cáo trong vòng 15 ngày sau khi nhận được Kế hoạch này.',
      kind: 'relative',
      date: null,
      text: 'trong vòng 15 ngày sau khi nhận được Kế hoạch này',
    },
    {
      input: 'trong vòng 15 ngày kể từ ngày nhận được văn bản.',
      kind: 'relative',
      date: null,
      text: 'trong vòng 15 ngày kể từ ngày nhận được văn bản',
    },
    // the anchor is the signing date, but the document date is partial
    {
      input: 'trong vòng 15 ngày kể từ ngày ký',
      kind: 'relative',
      date: null,
      text: 'trong vòng 15 ngày kể từ ngày ký',
      ctx: { docDate: '2026-04' },
    },
    // `ngày ký kết hợp đồng` is another event
    {
      input: 'trong 30 ngày kể từ ngày ký kết hợp đồng',
      kind: 'relative',
      date: null,
      text: 'trong 30 ngày kể từ ngày ký kết hợp đồng',
    },
  ])('unknown anchor stays relative: $input', expectOne);
});

describe('on — event dates', () => {
  it.each<Row>([
    // an event word inside a unit's name is passed over; the one after it counts
    { input: 'Ban Tổ chức Tỉnh ủy họp ngày 15/5/2026.', kind: 'on', date: '2026-05-15', text: 'họp ngày 15/5/2026' },
    // "vào" and the part of the day, far from the event word
    {
      input: 'Tổ chức chương trình nghệ thuật chào mừng Ngày Giải phóng miền Nam vào tối ngày 29/4/2026.',
      kind: 'on',
      date: '2026-04-29',
      text: 'vào tối ngày 29/4/2026',
    },
    {
      input: 'Khen thưởng vào buổi chiều ngày 20/11/2026.',
      kind: 'on',
      date: '2026-11-20',
      text: 'vào buổi chiều ngày 20/11/2026',
    },
    {
      input: 'Thời gian: 02 ngày, từ 7h30 ngày 05/11/2026.',
      kind: 'on',
      date: '2026-11-05',
      time: '07:30',
      text: 'Thời gian: 02 ngày, từ 7h30 ngày 05/11/2026',
    },
    {
      input: 'Thời gian: 01 ngày, bắt đầu từ 07 giờ 30 phút, thứ Năm, ngày 15/10/2026.',
      kind: 'on',
      date: '2026-10-15',
      time: '07:30',
      text: 'Thời gian: 01 ngày, bắt đầu từ 07 giờ 30 phút, thứ Năm, ngày 15/10/2026',
    },
    {
      input: 'Ban Tổ chức Tỉnh ủy tổ chức hội nghị ngày 15/5/2026.',
      kind: 'on',
      date: '2026-05-15',
      text: 'tổ chức hội nghị ngày 15/5/2026',
    },
    {
      input: 'Tổ chức Hội nghị sơ kết vào ngày 15/5/2026.',
      kind: 'on',
      date: '2026-05-15',
      text: 'Tổ chức Hội nghị sơ kết vào ngày 15/5/2026',
    },
    {
      input: 'Tổ chức Hội nghị sơ kết vào ngày 20/5/2026.',
      kind: 'on',
      date: '2026-05-20',
      text: 'Tổ chức Hội nghị sơ kết vào ngày 20/5/2026',
    },
    {
      input: 'Ban Thường vụ họp ngày 15/5/2026 để cho ý kiến.',
      kind: 'on',
      date: '2026-05-15',
      text: 'họp ngày 15/5/2026',
    },
    {
      input: 'Kỳ thi diễn ra vào ngày 05/6/2026',
      kind: 'on',
      date: '2026-06-05',
      text: 'Kỳ thi diễn ra vào ngày 05/6/2026',
    },
    { input: 'vào ngày 20/5/2026', kind: 'on', date: '2026-05-20', text: 'vào ngày 20/5/2026' },
    {
      input: 'Thời gian: 8 giờ 00, ngày 20/4/2026.',
      kind: 'on',
      date: '2026-04-20',
      time: '08:00',
      text: 'Thời gian: 8 giờ 00, ngày 20/4/2026',
    },
    {
      input: 'Thời gian: 14 giờ 00, thứ Sáu, ngày 24/4/2026',
      kind: 'on',
      date: '2026-04-24',
      time: '14:00',
      text: 'Thời gian: 14 giờ 00, thứ Sáu, ngày 24/4/2026',
    },
    {
      input: 'khai mạc vào lúc 14 giờ 30 ngày 24/4/2026',
      kind: 'on',
      date: '2026-04-24',
      time: '14:30',
      text: 'khai mạc vào lúc 14 giờ 30 ngày 24/4/2026',
    },
    {
      input: 'họp vào lúc 8h ngày 24/4/2026',
      kind: 'on',
      date: '2026-04-24',
      time: '08:00',
      text: 'họp vào lúc 8h ngày 24/4/2026',
    },
  ])('$input', expectOne);
});

describe('periods after a cue', () => {
  it.each<Row>([
    {
      input: 'Hoàn thành trong tháng 5/2026.',
      kind: 'month',
      date: '2026-05-31',
      text: 'Hoàn thành trong tháng 5/2026',
    },
    { input: 'triển khai trong tháng 5 năm 2026', kind: 'month', date: '2026-05-31', text: 'trong tháng 5 năm 2026' },
    {
      input: '- Thời gian thực hiện: tháng 5/2026.',
      kind: 'month',
      date: '2026-05-31',
      text: 'Thời gian thực hiện: tháng 5/2026',
    },
    { input: 'trong tháng 02/2027', kind: 'month', date: '2027-02-28', text: 'trong tháng 02/2027' },
    {
      input: 'hoàn thành trong tháng 5',
      kind: 'month',
      date: '2026-05-31',
      inferred: true,
      text: 'hoàn thành trong tháng 5',
    },
    { input: 'tổ chức vào đầu tháng 5/2026', kind: 'month', date: '2026-05-01', text: 'vào đầu tháng 5/2026' },
    { input: 'Giữa tháng 5/2026 tổ chức giao ban.', kind: 'month', date: '2026-05-15', text: 'Giữa tháng 5/2026' },
    {
      input: 'báo cáo chậm nhất cuối tháng 6/2026',
      kind: 'month',
      date: '2026-06-30',
      text: 'chậm nhất cuối tháng 6/2026',
    },
    { input: 'Rà soát danh sách (cuối tháng 5/2026).', kind: 'month', date: '2026-05-31', text: 'cuối tháng 5/2026' },
  ])('month: $input', expectOne);

  it.each<Row>([
    { input: 'trong quý II/2026', kind: 'quarter', date: '2026-06-30', text: 'trong quý II/2026' },
    // a positional phrase ending the clause, after any verb
    {
      input: 'tổng hợp, báo cáo kết quả về Bộ Chỉ huy quân sự tỉnh giữa tháng 2/2027.',
      kind: 'month',
      date: '2027-02-15',
      text: 'giữa tháng 2/2027',
    },
    // a week of a month: its last day (week n ends on day 7n; the last week on the month's end)
    {
      input: 'triển khai trong tuần đầu tháng 10/2026.',
      kind: 'month',
      date: '2026-10-07',
      text: 'trong tuần đầu tháng 10/2026',
    },
    {
      input: 'Báo cáo trong tuần thứ hai của tháng 5/2026.',
      kind: 'month',
      date: '2026-05-14',
      text: 'trong tuần thứ hai của tháng 5/2026',
    },
    {
      input: 'Hoàn thành trước tuần cuối tháng 6.',
      kind: 'month',
      date: '2026-06-30',
      inferred: true,
      text: 'Hoàn thành trước tuần cuối tháng 6',
    },
    {
      input: 'hoàn thành trong quý II năm 2026.',
      kind: 'quarter',
      date: '2026-06-30',
      text: 'hoàn thành trong quý II năm 2026',
    },
    { input: 'xong trong Quý 2/2026', kind: 'quarter', date: '2026-06-30', text: 'xong trong Quý 2/2026' },
    { input: 'ngay trong Q2/2026', kind: 'quarter', date: '2026-06-30', text: 'ngay trong Q2/2026' },
    {
      input: 'Thời gian thực hiện: Quý III/2026.',
      kind: 'quarter',
      date: '2026-09-30',
      text: 'Thời gian thực hiện: Quý III/2026',
    },
    { input: 'Xây dựng đề án (quý IV/2026).', kind: 'quarter', date: '2026-12-31', text: 'quý IV/2026' },
    { input: 'trong quý IV', kind: 'quarter', date: '2026-12-31', inferred: true, text: 'trong quý IV' },
    {
      input: 'trong thời gian quý III năm 2026',
      kind: 'quarter',
      date: '2026-09-30',
      text: 'trong thời gian quý III năm 2026',
    },
    { input: 'chậm nhất cuối quý II/2026', kind: 'quarter', date: '2026-06-30', text: 'chậm nhất cuối quý II/2026' },
    { input: 'Thời gian: Quý II/2026', kind: 'quarter', date: '2026-06-30', text: 'Thời gian: Quý II/2026' },
  ])('quarter: $input', expectOne);

  it.each<Row>([
    { input: 'trong 6 tháng đầu năm 2026', kind: 'half', date: '2026-06-30', text: 'trong 6 tháng đầu năm 2026' },
    {
      input: 'hoàn thành trong 06 tháng cuối năm 2026',
      kind: 'half',
      date: '2026-12-31',
      text: 'hoàn thành trong 06 tháng cuối năm 2026',
    },
    {
      input: 'trong 6 tháng cuối năm',
      kind: 'half',
      date: '2026-12-31',
      inferred: true,
      text: 'trong 6 tháng cuối năm',
    },
    { input: 'trong 9 tháng đầu năm 2026', kind: 'half', date: '2026-09-30', text: 'trong 9 tháng đầu năm 2026' },
  ])('half: $input', expectOne);

  it.each<Row>([
    { input: 'Hoàn thành trong năm 2026.', kind: 'year', date: '2026-12-31', text: 'Hoàn thành trong năm 2026' },
    { input: 'thực hiện đến hết năm 2026;', kind: 'year', date: '2026-12-31', text: 'đến hết năm 2026' },
    { input: 'Hoàn thành vào cuối năm 2026.', kind: 'year', date: '2026-12-31', text: 'Hoàn thành vào cuối năm 2026' },
    { input: 'Cuối năm 2026: tổng kết, đánh giá.', kind: 'year', date: '2026-12-31', text: 'Cuối năm 2026' },
    {
      input: 'hoàn thành trong năm 2027 và những năm tiếp theo',
      kind: 'year',
      date: '2027-12-31',
      text: 'hoàn thành trong năm 2027',
    },
    { input: 'trước cuối năm nay', kind: 'year', date: '2026-12-31', inferred: true, text: 'trước cuối năm' },
  ])('year: $input', expectOne);

  it.each<Row>([
    {
      input: 'Hoàn thành trong năm học 2026 - 2027.',
      kind: 'year',
      date: '2027-05-31',
      text: 'Hoàn thành trong năm học 2026 - 2027',
    },
    {
      input: 'thực hiện đến hết năm học 2026–2027;',
      kind: 'year',
      date: '2027-05-31',
      text: 'đến hết năm học 2026–2027',
    },
    {
      input: 'Thời gian: cuối năm học 2026-2027.',
      kind: 'year',
      date: '2027-05-31',
      text: 'Thời gian: cuối năm học 2026-2027',
    },
  ])('school year: $input', expectOne);

  it.each([
    'Tổng kết năm học 2025 - 2026 và triển khai nhiệm vụ.',
    'trong năm học 2026 - 2028',
    'hoàn thành cuối học kỳ I năm học 2026 - 2027',
  ])('no school-year deadline: %s', (input) => {
    expect(findDeadlines(input, DOC).found).toEqual([]);
  });

  it.each<Row>([
    {
      input: 'Thời gian thực hiện: năm 2027 - 2028.',
      kind: 'year',
      date: '2028-12-31',
      text: 'Thời gian thực hiện: năm 2027 - 2028',
    },
    {
      input: '- Thời gian thực hiện giai đoạn 2027–2030',
      kind: 'year',
      date: '2030-12-31',
      text: 'Thời gian thực hiện giai đoạn 2027–2030',
    },
    {
      input: 'Các xã hoàn thành trong giai đoạn 2027 - 2030.',
      kind: 'year',
      date: '2030-12-31',
      text: 'hoàn thành trong giai đoạn 2027 - 2030',
    },
    {
      input: 'Sở Y tế chủ trì, thực hiện trong giai đoạn 2026-2028;',
      kind: 'year',
      date: '2028-12-31',
      text: 'thực hiện trong giai đoạn 2026-2028',
    },
    {
      input: 'II. NHIỆM VỤ GIAI ĐOẠN 2027 - 2030',
      kind: 'year',
      date: '2030-12-31',
      text: 'II. NHIỆM VỤ GIAI ĐOẠN 2027 - 2030',
      ctx: { heading: true },
    },
  ])('span of years: $input', expectOne);

  it.each([
    'Tổ chức thực hiện Chương trình mục tiêu quốc gia (giai đoạn 2026 - 2030).', // a title's qualifier
    'Thời gian thực hiện: giai đoạn 2026 - 2045.', // a vision, not a time frame
    'hoàn thành trong giai đoạn 2030 - 2027',
  ])('no span-of-years deadline: %s', (input) => {
    expect(findDeadlines(input, DOC).found).toEqual([]);
  });

  it('does not read a heading that names a school year as its deadline', () => {
    const heading = 'II. KỲ THI TUYỂN SINH VÀO LỚP 10 NĂM HỌC 2026 - 2027';
    expect(findDeadlines(heading, { ...DOC, heading: true }).found).toEqual([]);
  });

  it.each<Row>([
    {
      input: 'Thời gian thực hiện: từ tháng 5 đến tháng 12/2026.',
      kind: 'month',
      date: '2026-12-31',
      text: 'Thời gian thực hiện: từ tháng 5 đến tháng 12/2026',
    },
    {
      input: 'Tổ chức từ tháng 5/2026 đến tháng 02/2027.',
      kind: 'month',
      date: '2027-02-28',
      text: 'từ tháng 5/2026 đến tháng 02/2027',
    },
    {
      input: 'Triển khai từ quý II đến quý IV/2026.',
      kind: 'quarter',
      date: '2026-12-31',
      text: 'từ quý II đến quý IV/2026',
    },
    {
      input: 'Từ nay đến hết tháng 6/2026, hoàn thành rà soát.',
      kind: 'month',
      date: '2026-06-30',
      text: 'Từ nay đến hết tháng 6/2026',
    },
    {
      input: 'Thời gian: từ ngày 01/5 đến hết tháng 6/2026.',
      kind: 'month',
      date: '2026-06-30',
      text: 'Thời gian: từ ngày 01/5 đến hết tháng 6/2026',
    },
    {
      input: 'từ đầu tháng 5 tới cuối tháng 6',
      kind: 'month',
      date: '2026-06-30',
      inferred: true,
      text: 'từ đầu tháng 5 tới cuối tháng 6',
    },
  ])('a window of periods is one deadline at the end of the last: $input', expectOne);
});

describe('a period that is all a colon says', () => {
  it.each<Row>([
    {
      input: '- Dữ liệu an sinh xã hội, giáo dục: 6 tháng cuối năm 2026.',
      kind: 'half',
      date: '2026-12-31',
      text: '6 tháng cuối năm 2026',
    },
    { input: 'Sở Tư pháp hoàn thành: quý III/2026.', kind: 'quarter', date: '2026-09-30', text: 'quý III/2026' },
    { input: 'Tổng hợp, báo cáo: tháng 11/2026;', kind: 'month', date: '2026-11-30', text: 'tháng 11/2026' },
  ])('$input', (row) => expectOne(row));

  it('is no period when more follows it, when it is a bare year, or looks back', () => {
    for (const input of ['Kết quả: quý III/2026 đạt 80%.', 'Kế hoạch năm: 2027.', 'Đã đạt được: quý II/2026.']) {
      expect(findDeadlines(input, DOC).found).toEqual([]);
    }
  });
});

describe('periods joined by và or a comma share the cue', () => {
  // Each period of the list is its own finding; the year written once, after the last period,
  // is borrowed by the one before it; a lead-in label stays with the first.
  it.each<{ input: string; want: [DeadlineFinding['kind'], string, string, boolean?][] }>([
    {
      input: 'Thực hiện trong quý III và quý IV/2026.',
      want: [
        ['quarter', '2026-09-30', 'trong quý III'],
        ['quarter', '2026-12-31', 'quý IV/2026'],
      ],
    },
    {
      input: 'trong tháng 5 và tháng 6/2026',
      want: [
        ['month', '2026-05-31', 'trong tháng 5'],
        ['month', '2026-06-30', 'tháng 6/2026'],
      ],
    },
    {
      input: 'trong tháng 5 và tháng 6/2027',
      want: [
        ['month', '2027-05-31', 'trong tháng 5'],
        ['month', '2027-06-30', 'tháng 6/2027'],
      ],
    },
    {
      input: 'trong quý II và quý III/2027',
      want: [
        ['quarter', '2027-06-30', 'trong quý II'],
        ['quarter', '2027-09-30', 'quý III/2027'],
      ],
    },
    {
      input: 'hoàn thành trong quý II và quý III năm 2026',
      want: [
        ['quarter', '2026-06-30', 'hoàn thành trong quý II'],
        ['quarter', '2026-09-30', 'quý III năm 2026'],
      ],
    },
    {
      input: 'Thời gian thực hiện: Quý III và Quý IV/2026.',
      want: [
        ['quarter', '2026-09-30', 'Thời gian thực hiện: Quý III'],
        ['quarter', '2026-12-31', 'Quý IV/2026'],
      ],
    },
    // no year written: both take the document year
    {
      input: 'trong tháng 5 và tháng 6',
      want: [
        ['month', '2026-05-31', 'trong tháng 5', true],
        ['month', '2026-06-30', 'tháng 6', true],
      ],
    },
    // the year written once, after the last item, is every item's year
    {
      input: 'hoàn thành trong tháng 5, tháng 6 và tháng 7/2027',
      want: [
        ['month', '2027-05-31', 'hoàn thành trong tháng 5'],
        ['month', '2027-06-30', 'tháng 6'],
        ['month', '2027-07-31', 'tháng 7/2027'],
      ],
    },
    // later items without the noun
    {
      input: 'Thời gian thực hiện: Quý II, III/2027.',
      want: [
        ['quarter', '2027-06-30', 'Thời gian thực hiện: Quý II'],
        ['quarter', '2027-09-30', 'III/2027'],
      ],
    },
    {
      input: 'trong tháng 6, 7 và 8/2027',
      want: [
        ['month', '2027-06-30', 'trong tháng 6'],
        ['month', '2027-07-31', '7'],
        ['month', '2027-08-31', '8/2027'],
      ],
    },
    {
      input: 'Hoàn thành trong quý III và IV/2026.',
      want: [
        ['quarter', '2026-09-30', 'Hoàn thành trong quý III'],
        ['quarter', '2026-12-31', 'IV/2026'],
      ],
    },
    // a bare number without a year at the end of the list is a count, not a month
    // (and a sentence telling what was done in it is no deadline at all)
    { input: 'trong tháng 5, 12 xã phải hoàn thành', want: [['month', '2026-05-31', 'trong tháng 5', true]] },
    { input: 'trong tháng 5, 12 xã đã hoàn thành', want: [] },
    { input: 'trong quý II, III', want: [['quarter', '2026-06-30', 'trong quý II', true]] },
    // a range of months or quarters is one deadline at its end
    { input: 'Thời gian: tháng 6-7/2026.', want: [['month', '2026-07-31', 'Thời gian: tháng 6-7/2026']] },
    {
      input: 'Thời gian thực hiện: Quý II - IV năm 2026.',
      want: [['quarter', '2026-12-31', 'Thời gian thực hiện: Quý II - IV năm 2026']],
    },
    { input: 'trong tháng 7-6/2026', want: [] },
    { input: 'trong quý III-II/2026', want: [] },
    {
      input: 'trong năm 2026 và năm 2027',
      want: [
        ['year', '2026-12-31', 'trong năm 2026'],
        ['year', '2027-12-31', 'năm 2027'],
      ],
    },
    // the first period is the past and dropped; the second keeps its own text, without the label
    { input: 'Thời gian thực hiện: quý I và quý II/2026', want: [['quarter', '2026-06-30', 'quý II/2026']] },
    // a second period with its own cue is found by that cue
    {
      input: 'trong tháng 5 và trước ngày 15/6/2026',
      want: [
        ['month', '2026-05-31', 'trong tháng 5', true],
        ['by', '2026-06-15', 'trước ngày 15/6/2026'],
      ],
    },
    // only the same kind of period joins: `những năm tiếp theo` is not a period
    {
      input: 'hoàn thành trong năm 2027 và những năm tiếp theo',
      want: [['year', '2027-12-31', 'hoàn thành trong năm 2027']],
    },
  ])('$input', ({ input, want }) => {
    const { found, problems } = findDeadlines(input, DOC);
    expect(found.map((f) => [f.kind, f.date, f.text, f.inferred ?? false])).toEqual(
      want.map(([kind, date, text, inferred]) => [kind, date, text, inferred ?? false]),
    );
    for (const f of found) expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(problems).toEqual([]);
  });
});

describe('periods in a section heading', () => {
  const H = { heading: true };
  it.each<Row>([
    {
      input: 'II. MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026',
      kind: 'quarter',
      date: '2026-06-30',
      text: 'II. MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026',
      ctx: H,
    },
    {
      input: 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026',
      kind: 'half',
      date: '2026-12-31',
      text: 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026',
      ctx: H,
    },
    {
      input: 'B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027 ',
      kind: 'year',
      date: '2027-12-31',
      text: 'B. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027',
      ctx: H,
    },
    {
      input: 'KẾT QUẢ QUÝ I VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026',
      kind: 'quarter',
      date: '2026-06-30',
      text: 'KẾT QUẢ QUÝ I VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026',
      ctx: H,
    },
    { input: 'NHIỆM VỤ THÁNG 5/2026', kind: 'month', date: '2026-05-31', text: 'NHIỆM VỤ THÁNG 5/2026', ctx: H },
  ])('$input', expectOne);

  it.each([
    'I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ QUÝ I/2026',
    'ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026',
    'KIỂM ĐIỂM QUÝ II NĂM 2026',
    'NHIỆM VỤ QUÝ I/2026', // ends before the document date
    'KẾT LUẬN HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ LẦN THỨ 3, NHIỆM KỲ 2025 - 2030',
    'NGHỊ QUYẾT ĐẠI HỘI XIV',
  ])('no deadline in heading: %s', (input) => {
    expect(findDeadlines(input, { ...DOC, heading: true }).found).toEqual([]);
  });

  it.each([
    '2. Nhiệm vụ trọng tâm quý II năm 2026',
    'III. Phương hướng, nhiệm vụ 6 tháng cuối năm 2026',
    'IV. Nhiệm vụ tháng 5/2026:',
    'b) Chương trình công tác quý III/2026',
  ])('a plan heading in ordinary case: %s', (input) => {
    expect(isPlanHeading(input)).toBe(true);
  });

  it.each([
    '2. Giao Ban Tổ chức xây dựng kế hoạch quý III năm 2026', // a task: what it plans
    'Nhiệm vụ trọng tâm quý II năm 2026', // no outline marker
    '- Nhiệm vụ quý II năm 2026', // a bullet
    '2. Nhiệm vụ quý II năm 2026 được triển khai đồng bộ.', // a sentence
  ])('not a plan heading: %s', (input) => {
    expect(isPlanHeading(input)).toBe(false);
  });

  it('the same heading text is not a deadline when it is not a heading', () => {
    expect(findDeadlines('MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026', DOC).found).toEqual([]);
  });
});

describe('recurring', () => {
  it.each<Row>([
    { input: 'Báo cáo hằng tháng.', kind: 'recurring', date: null, rrule: 'FREQ=MONTHLY', text: 'hằng tháng' },
    { input: 'báo cáo hàng tháng', kind: 'recurring', date: null, rrule: 'FREQ=MONTHLY', text: 'hàng tháng' },
    {
      input: 'gửi báo cáo trước ngày 20 hằng tháng.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=20',
      text: 'trước ngày 20 hằng tháng',
    },
    {
      input: 'báo cáo hằng tháng (trước ngày 20).',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=20',
      text: 'hằng tháng (trước ngày 20)',
    },
    {
      input: 'Tổng hợp, báo cáo định kỳ hằng quý.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
      text: 'định kỳ hằng quý',
    },
    {
      input: 'đánh giá cán bộ hàng quý, bảo đảm',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
      text: 'hàng quý',
    },
    {
      input: 'đôn đốc việc thực hiện chỉ tiêu theo từng quý.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
      text: 'theo từng quý',
    },
    {
      input: 'hằng quý (trước ngày 15)',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15',
      text: 'hằng quý (trước ngày 15)',
    },
    { input: 'giao ban hằng tuần', kind: 'recurring', date: null, rrule: 'FREQ=WEEKLY', text: 'hằng tuần' },
    {
      input: 'họp vào thứ Sáu hằng tuần',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      text: 'vào thứ Sáu hằng tuần',
    },
    { input: 'báo cáo hằng năm', kind: 'recurring', date: null, rrule: 'FREQ=YEARLY', text: 'hằng năm' },
    {
      input: 'báo cáo tiến độ hằng tuần (vào chiều thứ Sáu).',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      text: 'hằng tuần (vào chiều thứ Sáu)',
    },
    {
      input: 'báo cáo định kỳ hằng quý (trước ngày 10 tháng đầu quý sau).',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTH=1,4,7,10;BYMONTHDAY=10',
      text: 'định kỳ hằng quý (trước ngày 10 tháng đầu quý sau)',
    },
    // the hour of a recurring report, after or before it (and a weekday written with the hour)
    {
      input: 'Các xã báo cáo hằng ngày trước 15 giờ 00 về Sở.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=DAILY',
      time: '15:00',
      text: 'hằng ngày trước 15 giờ 00',
    },
    {
      input: 'Báo cáo trước 10 giờ 00 hằng ngày.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=DAILY',
      time: '10:00',
      text: 'trước 10 giờ 00 hằng ngày',
    },
    {
      input: 'Sở Y tế tổng hợp hằng tuần (trước 16 giờ thứ Năm).',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      time: '16:00',
      text: 'hằng tuần (trước 16 giờ thứ Năm)',
    },
    // the weekday (and hour) of a weekly report written a few words on, in the same clause
    {
      input: 'Hằng tuần tổng hợp kết quả gửi về Sở trước 16 giờ 00 ngày thứ Sáu.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=FR',
      time: '16:00',
      text: 'Hằng tuần tổng hợp kết quả gửi về Sở trước 16 giờ 00 ngày thứ Sáu',
    },
    {
      input: 'Hằng tuần, các đơn vị gửi báo cáo về Văn phòng vào sáng thứ Hai.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      text: 'Hằng tuần, các đơn vị gửi báo cáo về Văn phòng vào sáng thứ Hai',
    },
    {
      input: 'gửi báo cáo trước 16 giờ ngày 20 hằng tháng',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;BYMONTHDAY=20',
      time: '16:00',
      text: 'trước 16 giờ ngày 20 hằng tháng',
    },
    {
      input: 'Báo cáo định kỳ hằng năm (trước ngày 15/12).',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15',
      text: 'định kỳ hằng năm (trước ngày 15/12)',
    },
    {
      input: 'báo cáo trước ngày 15/12 hằng năm',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15',
      text: 'trước ngày 15/12 hằng năm',
    },
    {
      input: 'Tổng hợp báo cáo định kỳ hằng quý, gửi trước ngày 20 của tháng cuối quý.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=20',
      text: 'định kỳ hằng quý, gửi trước ngày 20 của tháng cuối quý',
    },
    {
      input: 'Báo cáo định kỳ hằng tuần (vào thứ Năm) về Văn phòng.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=TH',
      text: 'định kỳ hằng tuần (vào thứ Năm)',
    },
    {
      input: 'báo cáo định kỳ hằng quý (trước ngày 18 tháng cuối quý) về Sở',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=18',
      text: 'định kỳ hằng quý (trước ngày 18 tháng cuối quý)',
    },
    {
      input: 'Tổ chức tuyên truyền; thực hiện thường xuyên, nhất là trong mùa mưa bão.',
      kind: 'ongoing',
      date: null,
      text: 'thực hiện thường xuyên',
    },
    {
      input: 'Thực hiện thường xuyên việc tuần tra, kiểm tra rừng.',
      kind: 'ongoing',
      date: null,
      text: 'Thực hiện thường xuyên',
    },
    {
      input: 'sơ kết định kỳ 6 tháng một lần',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=6',
      text: 'định kỳ 6 tháng một lần',
    },
  ])('$input', expectOne);

  it('two recurrences in one sentence', () => {
    const input = 'Báo cáo định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12).';
    const { found } = findDeadlines(input, DOC);
    expect(found.map((f) => [f.kind, f.rrule, f.text])).toEqual([
      ['recurring', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'định kỳ 6 tháng (trước ngày 15/6)'],
      ['recurring', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', 'hằng năm (trước ngày 15/12)'],
    ]);
  });

  it.each<{ input: string; want: [string, string][] }>([
    {
      input: 'Báo cáo trước ngày 15/6 và 15/12 hằng năm.',
      want: [
        ['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'trước ngày 15/6'],
        ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '15/12 hằng năm'],
      ],
    },
    {
      input: 'gửi trước ngày 15/6 và ngày 15/12 hằng năm',
      want: [
        ['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'trước ngày 15/6'],
        ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '15/12 hằng năm'],
      ],
    },
    {
      input: 'Báo cáo trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm.',
      want: [
        ['FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=15', 'trước ngày 15/3'],
        ['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', '15/6'],
        ['FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=15', '15/9'],
        ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', '15/12 hằng năm'],
      ],
    },
    {
      input: 'Gửi báo cáo trước ngày 05, ngày 20 hằng tháng.',
      want: [
        ['FREQ=MONTHLY;BYMONTHDAY=5', 'trước ngày 05'],
        ['FREQ=MONTHLY;BYMONTHDAY=20', '20 hằng tháng'],
      ],
    },
  ])('a list of days before one recurrence word: one rule per day ($input)', ({ input, want }) => {
    const { found, problems } = findDeadlines(input, DOC);
    expect(found.map((f) => [f.rrule, f.text])).toEqual(want);
    expect(found.every((f) => f.kind === 'recurring' && f.date === null)).toBe(true);
    for (const f of found) expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(problems).toEqual([]);
  });

  it('a yearly report joined to a recurrence without its own hằng', () => {
    const input = 'báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 20/6) và năm (trước ngày 20/12).';
    expect(findDeadlines(input, DOC).found.map((f) => [f.rrule, f.text])).toEqual([
      ['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20', 'định kỳ 6 tháng (trước ngày 20/6)'],
      ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20', 'năm (trước ngày 20/12)'],
    ]);
    // without a recurrence before it, the date is a one-off
    expect(findDeadlines('Tổng kết 6 tháng và năm (trước ngày 20/12).', DOC).found.map((f) => f.kind)).toEqual(['by']);
  });

  it('a list with an impossible day is not read as recurring', () => {
    const { found } = findDeadlines('trước ngày 15/6 và 31/2 hằng năm', DOC);
    expect(found.map((f) => [f.kind, f.rrule ?? f.date])).toEqual([
      ['by', '2026-06-15'],
      ['recurring', 'FREQ=YEARLY'],
    ]);
  });
});

describe('ongoing', () => {
  it.each<Row>([
    { input: 'Thực hiện thường xuyên.', kind: 'ongoing', date: null, text: 'Thực hiện thường xuyên' },
    {
      input: 'Tăng cường định hướng dư luận xã hội. Thực hiện thường xuyên.',
      kind: 'ongoing',
      date: null,
      text: 'Thực hiện thường xuyên',
    },
    { input: 'Thời gian: thường xuyên.', kind: 'ongoing', date: null, text: 'Thời gian: thường xuyên' },
    {
      input: 'Thời gian thực hiện: Thường xuyên, liên tục.',
      kind: 'ongoing',
      date: null,
      text: 'Thời gian thực hiện: Thường xuyên, liên tục',
    },
    { input: 'Rà soát, cập nhật dữ liệu đảng viên (thường xuyên).', kind: 'ongoing', date: null, text: 'thường xuyên' },
    { input: 'Thường xuyên.', kind: 'ongoing', date: null, text: 'Thường xuyên' },
    { input: 'Công tác này được thực hiện liên tục.', kind: 'ongoing', date: null, text: 'thực hiện liên tục' },
  ])('$input', expectOne);
});

describe('relative', () => {
  it.each<Row>([
    {
      input: 'Gửi hồ sơ chậm nhất 10 ngày trước ngày khai mạc Đại hội.',
      kind: 'relative',
      date: null,
      text: 'chậm nhất 10 ngày trước ngày khai mạc Đại hội',
    },
    {
      input: 'Đăng ký trước 05 ngày làm việc trước ngày tổ chức Hội nghị.',
      kind: 'relative',
      date: null,
      text: 'trước 05 ngày làm việc trước ngày tổ chức Hội nghị',
    },
    {
      input: 'xây dựng kế hoạch đào tạo (Thực hiện sau khi sơ kết mô hình chính quyền địa phương 2 cấp).',
      kind: 'relative',
      date: null,
      text: 'Thực hiện sau khi sơ kết mô hình chính quyền địa phương 2 cấp',
    },
    {
      input: 'Báo cáo ngay sau khi kết thúc hội nghị.',
      kind: 'relative',
      date: null,
      text: 'Báo cáo ngay sau khi kết thúc hội nghị',
    },
    { input: 'Cung cấp thông tin ngay khi có yêu cầu.', kind: 'relative', date: null, text: 'ngay khi có yêu cầu' },
    {
      input: 'Sau khi có kết quả sơ kết, các chi bộ báo cáo Đảng ủy.',
      kind: 'relative',
      date: null,
      text: 'Sau khi có kết quả sơ kết',
    },
  ])('$input', expectOne);
});

describe('not deadlines', () => {
  it.each([
    'Thực hiện Công văn số 323-CV/TU, ngày 14/4/2026 của Ban Thường vụ Thành ủy về việc triển khai',
    'Ngày 31/3/2026, Bộ Chính trị, Ban Bí thư ban hành Kết luận số 16-KL/TW.',
    'Tổ chức thực hiện hiệu quả Kết luận số 01-KL/TW ngày 14/4/2026 của Bộ Chính trị.',
    'Tổ chức phổ biến Quyết định 168-QĐ/TW ngày 19/5/2026 của Ban Bí thư.',
    'Khẩn trương triển khai, kịp thời báo cáo, xử lý ngay các vấn đề phát sinh.',
    'Tổ chức sơ kết 6 tháng đầu năm 2026 gắn với đánh giá việc vận hành mô hình.',
    'Thực hiện Quy chế làm việc và Chương trình công tác năm 2026.',
    'tổ chức đánh giá cán bộ quý II năm 2026 theo quy định.',
    'xây dựng đội ngũ cán bộ giai đoạn 2026 - 2030, định hướng đến năm 2035.',
    'quán triệt Nghị quyết Đại hội XIV của Đảng và nghị quyết Trung ương khóa XIII.',
    'Định kỳ tổng hợp, báo cáo Ban Thường vụ Thành ủy.',
    'thường xuyên rà soát, điều chỉnh, bổ sung quy chế làm việc.',
    'tăng cường kiểm tra, giám sát, đôn đốc thường xuyên; chủ động rà soát.',
    'Chỉ đạo, đôn đốc, thường xuyên giám sát việc thực hiện các nhiệm vụ nêu trên.',
    'Xin trân trọng cảm ơn những đóng góp quý báu của các đồng chí.',
    'bố trí cán bộ phù hợp sau bầu cử đại biểu Hội đồng nhân dân các cấp.',
    'Sau khi thảo luận, Ban Chấp hành thống nhất kết luận như sau:',
    // a backlog to avoid, an estimate, a cut-off of figures
    'Chủ động triển khai ngay từ đầu năm, không để dồn vào cuối năm.',
    'tránh dồn việc vào tháng 12/2026',
    'Ước thực hiện đến hết năm 2026 đạt 95% kế hoạch.',
    'Số liệu báo cáo tính đến hết tháng 11/2026.',
    'Lũy kế đến hết quý III/2026 giải ngân 60% kế hoạch vốn.',
    // what a task covers, not when it is due
    '2. Phạm vi giám sát: việc kê khai và giải trình biến động tài sản, thu nhập trong năm 2026.',
    'Đối tượng: đảng viên được kết nạp trong năm 2026.',
    'Tính đến ngày 31/3/2026, toàn Đảng bộ có 1.200 đảng viên.',
    'Kế hoạch năm học 2026 - 2027.',
    'góp phần hoàn thành thắng lợi nhiệm vụ quý II và cả năm 2026.',
    'triển khai các cuộc kiểm tra theo kế hoạch quý II; tăng cường nắm tình hình.',
    'trong giai đoạn 2026-2030',
    'các chi bộ (trước đây đã đại hội nhiệm kỳ 2025 - 2027) cần bổ sung nhiệm vụ',
    'phấn đấu trước năm 2030 hoàn thành mục tiêu',
    'tập trung vào năm 2026',
    'báo cáo khi có thể',
    'chủ động kiểm tra khi có dấu hiệu vi phạm',
    'trong quý I/2026', // written in full, ends before the document date: the past
    'Hội nghị diễn ra trong 02 ngày.',
    'từ đầu năm đến nay',
    'tỷ lệ đạt 2/3 số đại biểu trước',
    'giảm trước 2/3 số hộ nghèo của xã',
    'Điều 5/2 và Khoản 30/4',
    'báo cáo số liệu tính đến ngày 30/4/2026',
    'ngày 30 tháng 4 năm 2026',
    'Thực hiện từ năm 2021 đến năm 2025.', // whole years: a review or a goal
    'Từ tháng 1 đến tháng 3/2026, toàn tỉnh đã tổ chức 12 hội nghị.', // ends before the document
    'từ tháng 5 đến nay', // no period at the end
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2026;', // a law's title, not an event
    'Ghi nhận kết quả đạt được trong 6 tháng đầu năm 2026.', // looking back
    'Các đơn vị đã hoàn thành trong quý II/2026.',
    'Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ.', // when the body ends
    'Tình hình thời tiết đầu tháng 5 diễn biến phức tạp.',
    'nghiêm cấm tàu thuyền ra khơi kể từ 12 giờ 00 ngày 26/10/2026 cho đến khi có thông báo mới.', // a start
    'Theo tin của Trung tâm Dự báo khí tượng thủy văn quốc gia, hồi 13 giờ ngày 18/9/2026, vị trí tâm bão ở 17,5 độ Vĩ Bắc.',
    'Các đơn vị đã hoàn thành cuối tháng 3/2027.',
    'Báo cáo kết quả (số liệu tính từ ngày 15/12/2025 đến ngày 14/9/2026).', // the span reported on
    'Theo Bản tin của Đài Khí tượng Thủy văn tỉnh lúc 10 giờ 00 ngày 11/9/2026, bão số 7 đang di chuyển.',
    // a forecast: when the weather comes
    'Theo bản tin của Đài Khí tượng Thủy văn tỉnh, do ảnh hưởng của hoàn lưu bão, từ đêm 24/7 đến hết ngày 27/7/2026 trên địa bàn tỉnh có mưa to.',
    'Theo dự báo, từ ngày 20/10 đến ngày 22/10/2026 khu vực ven biển có mưa lớn.',
  ])('%s', (input) => {
    const { found, problems } = findDeadlines(input, DOC);
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a forecast sentence that goes on to ask for something, or the sentence after it, still sets one', () => {
    const texts = (input: string) => findDeadlines(input, DOC).found.map((f) => [f.text, f.date]);
    expect(
      texts('Theo dự báo, bão đổ bộ ngày 15/10/2026, yêu cầu các xã hoàn thành sơ tán trước 17 giờ ngày 14/10/2026.'),
    ).toEqual([['trước 17 giờ ngày 14/10/2026', '2026-10-14']]);
    expect(
      texts('Theo dự báo, từ ngày 20/10 đến ngày 22/10/2026 có mưa lớn. Các xã hoàn thành trước ngày 25/10/2026.'),
    ).toEqual([['hoàn thành trước ngày 25/10/2026', '2026-10-25']]);
  });

  it('a period opening a sentence that tells what was done in it is no deadline', () => {
    for (const input of [
      'Trong 6 tháng đầu năm 2026, các chi bộ đã tập trung lãnh đạo thực hiện nhiệm vụ chính trị.',
      'Kết quả tốt; trong tháng 6/2026 đã kết nạp 05 đảng viên mới.',
    ]) {
      expect(findDeadlines(input, DOC).found).toEqual([]);
    }
    // … but one where a duty or a request comes first still is
    expect(findDeadlines('Trong tháng 11/2026, các xã phải hoàn thành rà soát.', DOC).found.map((f) => f.date)).toEqual(
      ['2026-11-30'],
    );
    expect(
      findDeadlines(
        'Trong quý IV/2026, đề nghị các đơn vị đã được giao nhiệm vụ khẩn trương hoàn thành.',
        DOC,
      ).found.map((f) => f.date),
    ).toEqual(['2026-12-31']);
  });

  it('results to report within a period are still a deadline', () => {
    expectOne({
      input: 'Báo cáo kết quả thực hiện trong quý II/2026.',
      kind: 'quarter',
      date: '2026-06-30',
      text: 'trong quý II/2026',
    });
  });

  it('narrative with `đã` is not an event, even without a document date', () => {
    expect(
      findDeadlines('Đảng ủy đã tổ chức Hội nghị vào ngày 27/3/2026.', { docDate: null, heading: false }).found,
    ).toEqual([]);
  });
});

describe('years, problems and past dates', () => {
  it('a yearless date takes the document year (inferred)', () => {
    const { found, problems } = findDeadlines('trước ngày 15/6', DOC);
    expect(found).toMatchObject([{ kind: 'by', date: '2026-06-15', inferred: true, text: 'trước ngày 15/6' }]);
    expect(problems).toEqual([]);
  });
  it('a yearless date before the document date keeps the date and warns YEAR_ROLLOVER', () => {
    const { found, problems } = findDeadlines('Gửi trước ngày 15/3.', DOC);
    expect(found).toMatchObject([{ date: '2026-03-15', inferred: true }]);
    expect(problems).toMatchObject([{ code: 'YEAR_ROLLOVER', start: 4 }]);
  });
  it('a yearless date with a partial document date uses its year', () => {
    expect(findDeadlines('trước ngày 15/6', { docDate: '2026', heading: false }).found).toMatchObject([
      { date: '2026-06-15', inferred: true },
    ]);
  });
  it('a yearless date without any document year is skipped', () => {
    expect(findDeadlines('trước ngày 15/6', { docDate: null, heading: false })).toEqual({ found: [], problems: [] });
  });
  it('a yearless range end takes the document year', () => {
    expect(findDeadlines('từ ngày 01/4 đến ngày 15/4', { docDate: '2026-03-20', heading: false }).found).toMatchObject([
      { kind: 'by', date: '2026-04-15', inferred: true, text: 'từ ngày 01/4 đến ngày 15/4' },
    ]);
  });
  it.each(['trước ngày 31/2/2026', 'chậm nhất ngày 30 tháng 2 năm 2026', 'trước ngày 31/4'])(
    'an impossible date is a BAD_DATE problem, not a finding: %s',
    (input) => {
      const { found, problems } = findDeadlines(input, DOC);
      expect(found).toEqual([]);
      expect(problems).toMatchObject([{ code: 'BAD_DATE', start: 0 }]);
    },
  );
  it('a dated deadline before the start of a partial document month is the past', () => {
    expect(findDeadlines('trước ngày 30/3/2026', { docDate: '2026-04', heading: false }).found).toEqual([]);
    expect(findDeadlines('trước ngày 01/4/2026', { docDate: '2026-04', heading: false }).found).toHaveLength(1);
  });
  it('without a document date nothing is filtered as past', () => {
    expect(findDeadlines('trong quý I/2026', { docDate: null, heading: false }).found).toMatchObject([
      { kind: 'quarter', date: '2026-03-31' },
    ]);
  });
});

describe('several deadlines in a paragraph', () => {
  it('are returned in text order without overlaps', () => {
    const input =
      'Báo cáo hằng tháng (trước ngày 20); hoàn thành trong quý II/2026. Thời gian hoàn thành trước ngày 30/4/2026.';
    const { found } = findDeadlines(input, DOC);
    expect(found.map((f) => [f.kind, f.date, f.text])).toEqual([
      ['recurring', null, 'hằng tháng (trước ngày 20)'],
      ['quarter', '2026-06-30', 'hoàn thành trong quý II/2026'],
      ['by', '2026-04-30', 'Thời gian hoàn thành trước ngày 30/4/2026'],
    ]);
    for (const f of found) expect(input.slice(f.start, f.end)).toBe(f.text);
  });
  it('a deadline cue beats the event cue and the bare `vào ngày` inside it', () => {
    const { found } = findDeadlines('Tổ chức hội nghị, báo cáo chậm nhất vào ngày 15/5/2026.', DOC);
    expect(found.map((f) => [f.kind, f.text])).toEqual([['by', 'chậm nhất vào ngày 15/5/2026']]);
  });
});

describe('robustness', () => {
  it('never throws on odd input', () => {
    for (const input of [
      '',
      ' ',
      '((((',
      'trước ngày',
      'ngày //2026',
      'quý',
      '\u0000',
      'hằng',
      'trong vòng ngày kể từ',
    ]) {
      expect(() => findDeadlines(input, DOC)).not.toThrow();
    }
    expect(() => findDeadlines('trước ngày 30/4/2026', { docDate: 'garbage', heading: true })).not.toThrow();
  });
  it('reads every phrase of a very long paragraph', () => {
    const input = 'trước ngày 30/4/2026 và thường xuyên tổ chức '.repeat(20000) + 'sau khi '.repeat(5000);
    const { found } = findDeadlines(input, DOC);
    expect(found.length).toBeGreaterThan(19000);
  });
});

describe('more labels', () => {
  it.each([
    ['Hạn: 20/7/2026.', '2026-07-20', 'Hạn: 20/7/2026'],
    ['Hạn nộp báo cáo: ngày 20/7/2026', '2026-07-20', 'Hạn nộp báo cáo: ngày 20/7/2026'],
    ['Hạn chót nộp hồ sơ là ngày 20/7/2026.', '2026-07-20', 'Hạn chót nộp hồ sơ là ngày 20/7/2026'],
  ])('%s', (input, date, text) => {
    const { found } = findDeadlines(input, { docDate: '2026-06-10', heading: false });
    expect(found).toMatchObject([{ kind: 'by', date, text }]);
  });

  it('reads a period label whose colon was left out, where it opens a clause', () => {
    const at = (input: string) =>
      findDeadlines(input, { docDate: '2026-06-10', heading: false }).found.map((f) => [f.kind, f.date, f.text]);
    expect(at('+ Ban cán sự đảng UBND tỉnh; thời gian tháng 6/2027.')).toEqual([
      ['month', '2027-06-30', 'thời gian tháng 6/2027'],
    ]);
    expect(at('- Thời hạn quý III/2027.')).toEqual([['quarter', '2027-09-30', 'Thời hạn quý III/2027']]);
    expect(at('Tổng kết sau một thời gian năm 2026 thực hiện.')).toEqual([]);
  });

  it.each(['Hạn mức kinh phí được giao', 'hạn chế, yếu kém là ngày càng giảm'])('no deadline: %s', (input) => {
    expect(findDeadlines(input, { docDate: '2026-06-10', heading: false }).found).toEqual([]);
  });
});

describe('counting from a written date', () => {
  it('dates a period counted from an explicit day', () => {
    const { found } = findDeadlines('Hoàn thành trong vòng 15 ngày kể từ ngày 01/7/2026.', {
      docDate: '2026-06-10',
      heading: false,
    });
    expect(found).toMatchObject([
      { kind: 'by', date: '2026-07-16', text: 'Hoàn thành trong vòng 15 ngày kể từ ngày 01/7/2026' },
    ]);
  });

  it('keeps an unknown anchor relative', () => {
    const { found } = findDeadlines('trong vòng 15 ngày kể từ ngày nhận được văn bản', {
      docDate: '2026-06-10',
      heading: false,
    });
    expect(found).toMatchObject([{ kind: 'relative', date: null }]);
  });
});

describe('phrasings from commune plans and meetings', () => {
  it.each<Row>([
    // a weekday between "vào" and the date
    {
      input: 'Tổ chức bầu cử vào Chủ nhật, ngày 12/9/2027.',
      kind: 'on',
      date: '2027-09-12',
      text: 'vào Chủ nhật, ngày 12/9/2027',
    },
    {
      input: 'Ra quân vào sáng thứ Bảy, ngày 11/9/2027.',
      kind: 'on',
      date: '2027-09-11',
      text: 'vào sáng thứ Bảy, ngày 11/9/2027',
    },
    // a comma before the weekday of a weekly rule
    {
      input: 'Báo cáo UBND xã hằng tuần, vào sáng thứ Hai.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      text: 'hằng tuần, vào sáng thứ Hai',
    },
    // counted after an event the text does not date
    {
      input: 'Báo cáo kết quả trong vòng 03 ngày sau ngày bầu cử.',
      kind: 'relative',
      date: null,
      text: 'trong vòng 03 ngày sau ngày bầu cử',
    },
    // the document's own type after "ban hành", without "này": 7/4 + 10 days = Fri 17/4
    {
      input: 'Gửi về trong vòng 10 ngày kể từ ngày ban hành Kế hoạch.',
      kind: 'by',
      date: '2026-04-17',
      text: 'trong vòng 10 ngày kể từ ngày ban hành Kế hoạch',
    },
    // where the report goes, in parentheses, between the rule and its day
    {
      input: 'Định kỳ hằng quý báo cáo kết quả về Ban Thường vụ (qua Văn phòng) trước ngày 15 tháng cuối quý.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15',
      text: 'Định kỳ hằng quý báo cáo kết quả về Ban Thường vụ (qua Văn phòng) trước ngày 15 tháng cuối quý',
    },
    // a time label that names what it times, without its colon
    {
      input: 'Các đơn vị tổ chức huấn luyện, thời gian huấn luyện Quý II/2027.',
      kind: 'quarter',
      date: '2027-06-30',
      text: 'thời gian huấn luyện Quý II/2027',
    },
    // a part of a written year that ends the clause
    { input: 'Sở Nội vụ báo cáo cuối năm 2027.', kind: 'year', date: '2027-12-31', text: 'cuối năm 2027' },
    { input: 'Trình kỳ họp HĐND tỉnh giữa năm 2027.', kind: 'year', date: '2027-06-30', text: 'giữa năm 2027' },
  ])('$input', (row) => expectOne(row));

  it.each([
    // another document, named by its number: the anchor is not this one's signing
    'trong vòng 10 ngày kể từ ngày ban hành Quyết định số 12/QĐ-UBND',
  ])('keeps relative: %s', (input) => {
    expect(findDeadlines(input, DOC).found.map((f) => [f.kind, f.date])).toEqual([['relative', null]]);
  });

  it.each([
    // the span a review covers, the year left bare, a result looked back on
    'Sơ kết 6 tháng đầu năm 2027.',
    'Tổng kết cuối năm.',
    'Kết quả đạt được cuối năm 2026.',
  ])('no deadline: %s', (input) => {
    expect(findDeadlines(input, DOC).found).toEqual([]);
  });
});

describe('date ranges however written', () => {
  it.each<Row>([
    { input: 'Thực hiện từ 30/4/2027-15/5/2027.', kind: 'by', date: '2027-05-15', text: 'từ 30/4/2027-15/5/2027' },
    { input: 'Thực hiện từ 30/4/2027—15/5/2027.', kind: 'by', date: '2027-05-15', text: 'từ 30/4/2027—15/5/2027' },
    {
      input: 'Thời gian: 30/4/2027 - 15/5/2027.',
      kind: 'by',
      date: '2027-05-15',
      text: 'Thời gian: 30/4/2027 - 15/5/2027',
    },
    { input: 'Tập huấn (30/4/2027 – 15/5/2027).', kind: 'by', date: '2027-05-15', text: '30/4/2027 – 15/5/2027' },
    // a yearless first day before the dash
    {
      input: 'Tổ chức từ ngày 05/01 - 10/01/2027.',
      kind: 'by',
      date: '2027-01-10',
      text: 'từ ngày 05/01 - 10/01/2027',
    },
    { input: 'Thi đấu (từ 01/7-15/7/2027).', kind: 'by', date: '2027-07-15', text: 'từ 01/7-15/7/2027' },
    {
      input: 'Ra quân trong thời gian 30/4/2027 - 15/5/2027.',
      kind: 'by',
      date: '2027-05-15',
      text: 'trong thời gian 30/4/2027 - 15/5/2027',
    },
  ])('$input', (row) => expectOne(row));

  it("takes no deadline from an anniversary's years", () => {
    expect(findDeadlines('kỷ niệm 96 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2027).', DOC).found).toEqual([]);
  });
});

describe('ranges whose first day stands alone', () => {
  it.each<Row>([
    {
      input: 'Tổ chức từ ngày 20 đến ngày 25 tháng 7 năm 2027.',
      kind: 'by',
      date: '2027-07-25',
      text: 'từ ngày 20 đến ngày 25 tháng 7 năm 2027',
    },
    { input: 'Hội trại từ ngày 25-27/6/2027.', kind: 'by', date: '2027-06-27', text: 'từ ngày 25-27/6/2027' },
    { input: 'Tập huấn (từ 10 - 12/9/2027).', kind: 'by', date: '2027-09-12', text: 'từ 10 - 12/9/2027' },
  ])('$input', (row) => expectOne(row));

  it('reads no range from counts', () => {
    expect(findDeadlines('Mỗi tổ từ 2 đến 3 người, từ 5 đến 7 ngày/tuần.', DOC).found).toEqual([]);
  });
});

describe('a programme and its times', () => {
  it.each<Row>([
    {
      input: 'Thời gian: sáng ngày 19/5/2027.',
      kind: 'on',
      date: '2027-05-19',
      text: 'Thời gian: sáng ngày 19/5/2027',
    },
    {
      input: 'Thời gian: chiều thứ Sáu, ngày 21/5/2027.',
      kind: 'on',
      date: '2027-05-21',
      text: 'Thời gian: chiều thứ Sáu, ngày 21/5/2027',
    },
    // an entry of the programme opens its line with the hour or the day and a colon
    {
      input: '- 19h00 ngày 18/6/2027: Khai mạc hội thi.',
      kind: 'on',
      date: '2027-06-18',
      time: '19:00',
      text: '19h00 ngày 18/6/2027',
    },
    { input: '- Ngày 18/6/2027: Khai mạc hội thi.', kind: 'on', date: '2027-06-18', text: 'Ngày 18/6/2027' },
    // … after a number or letter, without "Ngày", with its weekday in parentheses
    { input: '2. Ngày 01/6/2027: Lễ ra quân cấp tỉnh.', kind: 'on', date: '2027-06-01', text: 'Ngày 01/6/2027' },
    { input: '15/11/2027: Khai mạc hội thi.', kind: 'on', date: '2027-11-15', text: '15/11/2027' },
    { input: 'b) Ngày 20/11/2027 (thứ Bảy): Chung kết.', kind: 'on', date: '2027-11-20', text: 'Ngày 20/11/2027' },
    { input: 'Sáng ngày 19/6/2027: Thi đấu vòng loại.', kind: 'on', date: '2027-06-19', text: 'Sáng ngày 19/6/2027' },
    // hours from … to …: the event starts at the first
    {
      input: 'Thời gian: Từ 13 giờ 30 đến 17 giờ, ngày 15/10/2026.',
      kind: 'on',
      date: '2026-10-15',
      time: '13:30',
      text: 'Thời gian: Từ 13 giờ 30 đến 17 giờ, ngày 15/10/2026',
    },
    {
      input: 'Tổ chức trực (từ 7 giờ 00 - 17 giờ 00 ngày 20/10/2026).',
      kind: 'on',
      date: '2026-10-20',
      time: '07:00',
      text: 'từ 7 giờ 00 - 17 giờ 00 ngày 20/10/2026',
    },
    // … a time and date with no colon after it is still a due time
    {
      input: '17h00 ngày 18/6/2027, gửi báo cáo về Văn phòng.',
      kind: 'by',
      date: '2027-06-18',
      time: '17:00',
      text: '17h00 ngày 18/6/2027',
    },
  ])('$input', (row) => expectOne(row));

  it('reads no entry from a dated sentence', () => {
    expect(findDeadlines('Ngày 18/6/2026, Ban Thường vụ đã họp.', DOC).found).toEqual([]);
  });
});

describe('so many times in each unit', () => {
  it.each<Row>([
    {
      input: 'Báo cáo 2 lần/ngày về Ban Chỉ huy.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=DAILY',
      text: '2 lần/ngày',
    },
    {
      input: 'Kiểm tra hai lần mỗi tuần.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=WEEKLY',
      text: 'hai lần mỗi tuần',
    },
    {
      input: 'Kiểm tra 4 lần/năm.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;INTERVAL=3',
      text: '4 lần/năm',
    },
    // a count that does not divide the unit's months: once each unit
    { input: 'Họp 2 lần / quý.', kind: 'recurring', date: null, rrule: 'FREQ=MONTHLY;INTERVAL=3', text: '2 lần / quý' },
  ])('$input', (row) => expectOne(row));
});

describe("a plan's entry that opens with its period", () => {
  it.each<Row>([
    { input: '1. Quý I/2027', kind: 'quarter', date: '2027-03-31', text: 'Quý I/2027' },
    { input: '- Tháng 9/2027: Kiểm tra xã C.', kind: 'month', date: '2027-09-30', text: 'Tháng 9/2027' },
    { input: 'b) 6 tháng cuối năm 2027:', kind: 'half', date: '2027-12-31', text: '6 tháng cuối năm 2027' },
  ])('$input', (row) => expectOne(row));

  it.each(['1. Năm 2027', 'Quý I/2027: đã kiểm tra 05 xã.', 'Quý I/2027, Ban Thường vụ đã kiểm tra 05 xã.'])(
    'reads no entry from %j',
    (input) => {
      expect(findDeadlines(input, DOC).found).toEqual([]);
    },
  );
});

describe('reports named by their period', () => {
  const rules = (input: string) =>
    findDeadlines(input, DOC).found.map((f) => [f.kind, f.rrule ?? f.date, input.slice(f.start, f.end)]);

  it('reads each report of a schedule with its own day', () => {
    expect(
      rules(
        'Chế độ báo cáo: báo cáo tháng gửi trước ngày 20; báo cáo quý trước ngày 15 của tháng cuối quý; báo cáo 6 tháng trước ngày 15/6; báo cáo năm trước ngày 15/11.',
      ),
    ).toEqual([
      ['recurring', 'FREQ=MONTHLY;BYMONTHDAY=20', 'báo cáo tháng gửi trước ngày 20'],
      ['recurring', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'trước ngày 15 của tháng cuối quý'],
      ['recurring', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'báo cáo 6 tháng trước ngày 15/6'],
      ['recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15', 'báo cáo năm trước ngày 15/11'],
    ]);
  });

  it('reads the periods listed after one lead, each day in parentheses', () => {
    expect(
      rules(
        'Các đơn vị báo cáo định kỳ tháng (trước ngày 20), quý (trước ngày 15 tháng cuối quý), 6 tháng (trước ngày 15/6), năm (trước ngày 15/11) về Văn phòng.',
      ),
    ).toEqual([
      ['recurring', 'FREQ=MONTHLY;BYMONTHDAY=20', 'báo cáo định kỳ tháng (trước ngày 20)'],
      ['recurring', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'trước ngày 15 tháng cuối quý'],
      ['recurring', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', '6 tháng (trước ngày 15/6)'],
      ['recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=15', 'năm (trước ngày 15/11)'],
    ]);
  });

  it.each([
    ['Báo cáo tháng 5 trước ngày 20/5/2026.', [['by', '2026-05-20', 'trước ngày 20/5/2026']]],
    ['Báo cáo năm trước ngày 15/11/2026.', [['by', '2026-11-15', 'trước ngày 15/11/2026']]],
    ['Gửi báo cáo năm nay trước ngày 15/11.', [['by', '2026-11-15', 'trước ngày 15/11']]],
    [
      'báo cáo tháng gửi trước ngày 20 hằng tháng',
      [['recurring', 'FREQ=MONTHLY;BYMONTHDAY=20', 'trước ngày 20 hằng tháng']],
    ],
    ['Báo cáo 6 tháng đầu năm trước ngày 15/6.', [['by', '2026-06-15', 'trước ngày 15/6']]],
  ])('a one-off report stays one: %s', (input, expected) => {
    expect(rules(input)).toEqual(expected);
  });
});

describe('a report of another period between a recurrence and a day', () => {
  it('gives the day to the quarterly report, not to the monthly one before it', () => {
    for (const sep of [', ', ' và ']) {
      const input = `báo cáo tháng trước ngày 20 hằng tháng${sep}báo cáo quý trước ngày 15 tháng cuối quý.`;
      expect(findDeadlines(input, DOC).found.map((f) => [f.rrule, f.text])).toEqual([
        ['FREQ=MONTHLY;BYMONTHDAY=20', 'trước ngày 20 hằng tháng'],
        ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'trước ngày 15 tháng cuối quý'],
      ]);
    }
  });
});

describe('a heading or time cell that says when work starts', () => {
  const H = { ...DOC, heading: true };
  it.each(['Từ tháng 4/2026', 'NHIỆM VỤ TỪ QUÝ III/2026', 'Kể từ quý III/2026'])('is no deadline: %s', (input) => {
    expect(findDeadlines(input, H).found).toEqual([]);
  });

  it('still reads a range by its end, and a bare period', () => {
    expect(findDeadlines('Từ tháng 4 đến tháng 6/2026', H).found.map((f) => f.date)).toEqual(['2026-06-30']);
    expect(findDeadlines('Quý III/2026', H).found.map((f) => f.date)).toEqual(['2026-09-30']);
  });
});

describe('a month or quarter that comes back each year', () => {
  it.each<Row>([
    {
      input: 'Các xã tổ chức ngày hội trong tháng 4 hằng năm.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=4',
      text: 'trong tháng 4 hằng năm',
    },
    {
      input: 'Hoàn thành trong Quý I hằng năm.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=3',
      text: 'Hoàn thành trong Quý I hằng năm',
    },
    {
      input: 'Tổng kết vào quý IV của mỗi năm.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=12',
      text: 'vào quý IV của mỗi năm',
    },
  ])('$input', expectOne);

  it('keeps a dated month a one-off', () => {
    expect(findDeadlines('trong tháng 4/2026 và hằng năm', DOC).found.map((f) => [f.kind, f.date])).toEqual([
      ['month', '2026-04-30'],
      ['recurring', null],
    ]);
  });
});

describe('so many times in each unit, each time named', () => {
  const rules = (input: string) =>
    findDeadlines(input, DOC).found.map((f) => [f.rrule, f.time ?? null, input.slice(f.start, f.end)]);

  it('gives each day of the month its rule', () => {
    expect(rules('Sinh hoạt 2 lần/tháng (vào ngày 05 và ngày 20).')).toEqual([
      ['FREQ=MONTHLY;BYMONTHDAY=5', null, '2 lần/tháng (vào ngày 05'],
      ['FREQ=MONTHLY;BYMONTHDAY=20', null, 'ngày 20'],
    ]);
  });

  it('gives each hour of the day its rule, the recurrence written after them included', () => {
    expect(rules('Báo cáo 02 lần/ngày (trước 9 giờ và 15 giờ).')).toEqual([
      ['FREQ=DAILY', '09:00', '02 lần/ngày (trước 9 giờ'],
      ['FREQ=DAILY', '15:00', '15 giờ'],
    ]);
    expect(rules('báo cáo 02 lần/ngày, trước 7 giờ 00 và 14 giờ 00 hằng ngày')).toEqual([
      ['FREQ=DAILY', '07:00', '02 lần/ngày, trước 7 giờ 00'],
      ['FREQ=DAILY', '14:00', '14 giờ 00 hằng ngày'],
    ]);
  });

  it('keeps a count without named times one rule', () => {
    expect(rules('kiểm tra 2 lần/tháng.')).toEqual([['FREQ=MONTHLY', null, '2 lần/tháng']]);
  });
});

describe('a weekday by its place in the month', () => {
  it.each<Row>([
    {
      input: 'Tổ chức ra quân vào Chủ nhật cuối cùng hằng tháng.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;BYDAY=-1SU',
      text: 'vào Chủ nhật cuối cùng hằng tháng',
    },
    {
      input: 'Sinh hoạt vào thứ Hai đầu tiên của mỗi tháng.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;BYDAY=1MO',
      text: 'vào thứ Hai đầu tiên của mỗi tháng',
    },
    {
      input: 'Chi bộ sinh hoạt vào thứ Sáu tuần cuối hằng tháng.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=MONTHLY;BYDAY=-1FR',
      text: 'vào thứ Sáu tuần cuối hằng tháng',
    },
  ])('$input', expectOne);
});

describe('a counted period after a time label', () => {
  it.each<Row>([
    // 7/4 + 15 days = Wed 22/4
    {
      input: 'Thời hạn hoàn thành: 15 ngày kể từ ngày ký.',
      kind: 'by',
      date: '2026-04-22',
      text: 'Thời hạn hoàn thành: 15 ngày kể từ ngày ký',
    },
    // 7/4 + 3 months = Tue 7/7
    {
      input: 'Thời gian hoạt động của Tổ công tác: 03 tháng, kể từ ngày ký Quyết định này.',
      kind: 'by',
      date: '2026-07-07',
      text: 'Thời gian hoạt động của Tổ công tác: 03 tháng, kể từ ngày ký Quyết định này',
    },
  ])('$input', expectOne);

  it('counts from an event dated in the same words', () => {
    // Mon 20/4/2026 + 3 working days = Thu 23/4
    expect(
      findDeadlines('Gửi báo cáo trong 03 ngày làm việc sau Hội nghị ngày 20/4/2026.', DOC).found.map((f) => [
        f.kind,
        f.date,
      ]),
    ).toEqual([['by', '2026-04-23']]);
    // the receipt of a dated letter is not the letter's date
    expect(
      findDeadlines('trong 10 ngày kể từ ngày nhận được Công văn số 12/UBND ngày 05/5/2026', DOC).found.map(
        (f) => f.kind,
      ),
    ).toEqual(['relative']);
  });

  it('is no deadline when it tells how long an event lasts from its first day', () => {
    expect(findDeadlines('Thời gian: 03 ngày, từ ngày 10/7/2026.', DOC).found.map((f) => f.kind)).not.toContain('by');
  });
});

describe('a noun that ends like an estimate word', () => {
  it('keeps the period after "máy vi tính"', () => {
    expect(
      findDeadlines('thi vòng 1 trên máy vi tính trong tháng 9/2026 và thi vòng 2 trong quý IV/2026', DOC).found.map(
        (f) => f.date,
      ),
    ).toEqual(['2026-09-30', '2026-12-31']);
  });
});

describe('a due date written after its weekday', () => {
  it.each<Row>([
    {
      input: 'Gửi báo cáo về Sở trước thứ Sáu, ngày 28/5/2027.',
      kind: 'by',
      date: '2027-05-28',
      text: 'trước thứ Sáu, ngày 28/5/2027',
    },
    {
      input: 'Hoàn thành chậm nhất sáng thứ Hai ngày 17/5/2027.',
      kind: 'by',
      date: '2027-05-17',
      text: 'Hoàn thành chậm nhất sáng thứ Hai ngày 17/5/2027',
    },
  ])('$input', expectOne);

  it('still reads a bare fraction after the cue as no date', () => {
    expect(findDeadlines('đạt trước 2/3 số xã hoàn thành', DOC).found).toEqual([]);
  });
});

describe('a due time on the day of an earlier date', () => {
  const read = (input: string) => findDeadlines(input, DOC).found.map((f) => [f.kind, f.date, f.time, f.text]);

  it('takes the date written before it in the paragraph', () => {
    expect(
      read('Tổ chức lễ ra quân vào ngày 28/02/2027 (Chủ nhật); báo cáo nhanh kết quả trước 16 giờ 00 cùng ngày.'),
    ).toEqual([
      ['on', '2027-02-28', undefined, 'Tổ chức lễ ra quân vào ngày 28/02/2027'],
      ['by', '2027-02-28', '16:00', 'trước 16 giờ 00 cùng ngày'],
    ]);
    expect(read('Hội nghị tổ chức ngày 15/3/2027, gửi ý kiến chậm nhất 17h ngày hôm đó.')[1]).toEqual([
      'by',
      '2027-03-15',
      '17:00',
      'chậm nhất 17h ngày hôm đó',
    ]);
  });

  it('is nothing without an earlier date', () => {
    expect(findDeadlines('Nộp hồ sơ trước 16 giờ 00 cùng ngày.', DOC).found).toEqual([]);
  });
});

describe('a yearly day after a longer cue', () => {
  it.each<Row>([
    {
      input: 'Các đơn vị hoàn thành trước ngày 15/12 hằng năm.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15',
      text: 'trước ngày 15/12 hằng năm',
    },
    {
      input: 'Tổ chức vào ngày 19/5 hằng năm.',
      kind: 'recurring',
      date: null,
      rrule: 'FREQ=YEARLY;BYMONTH=5;BYMONTHDAY=19',
      text: 'vào ngày 19/5 hằng năm',
    },
  ])('is one yearly rule, not a one-off plus a bare rule: $input', expectOne);

  it('gives each listed day its rule', () => {
    expect(
      findDeadlines('Các đơn vị hoàn thành trước ngày 15/6 và 15/12 hằng năm.', DOC).found.map((f) => f.rrule),
    ).toEqual(['FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15']);
  });
});

describe('a part of the year whose results are reviewed', () => {
  it('is no deadline after "kết quả" or "tình hình" in its clause', () => {
    expect(
      findDeadlines('Đánh giá kết quả thực hiện trong 9 tháng đầu năm 2027 và đề ra nhiệm vụ.', DOC).found,
    ).toEqual([]);
  });

  it('stays a deadline after a review verb or a plain verb', () => {
    for (const input of [
      'Rà soát, đánh giá hồ sơ đảng viên trong 6 tháng đầu năm 2027.',
      'Các đơn vị hoàn thành trong 6 tháng đầu năm 2027.',
    ])
      expect(findDeadlines(input, DOC).found.map((f) => f.date)).toEqual(['2027-06-30']);
  });
});

describe('periodic reports named without their day', () => {
  const rules = (input: string) => findDeadlines(input, DOC).found.map((f) => [f.text, f.rrule]);

  it('gives each listed period its rule', () => {
    expect(rules('thực hiện chế độ báo cáo định kỳ tháng, quý, năm theo quy định')).toEqual([
      ['báo cáo định kỳ tháng', 'FREQ=MONTHLY'],
      ['quý', 'FREQ=MONTHLY;INTERVAL=3'],
      ['năm', 'FREQ=YEARLY'],
    ]);
    expect(rules('gửi báo cáo tháng, 6 tháng về Sở')).toEqual([
      ['báo cáo tháng', 'FREQ=MONTHLY'],
      ['6 tháng', 'FREQ=MONTHLY;INTERVAL=6'],
    ]);
  });

  it('reads one period as a rule only after "định kỳ"', () => {
    expect(rules('Thực hiện báo cáo định kỳ tháng.')).toEqual([['báo cáo định kỳ tháng', 'FREQ=MONTHLY']]);
    expect(rules('gửi báo cáo năm về Sở Nội vụ')).toEqual([]);
  });
});

describe('positional and listed periods', () => {
  it.each<Row>([
    {
      input: 'hoàn thành trong 15 ngày đầu tháng 3/2027',
      kind: 'month',
      date: '2027-03-15',
      text: 'hoàn thành trong 15 ngày đầu tháng 3/2027',
    },
    {
      input: '10 ngày cuối tháng 6/2027, tổ chức kiểm tra chéo.',
      kind: 'month',
      date: '2027-06-30',
      text: '10 ngày cuối tháng 6/2027',
    },
    // a time cell or a line that opens with the week, no cue before it
    { input: 'Tuần đầu tháng 5/2027', kind: 'month', date: '2027-05-07', text: 'Tuần đầu tháng 5/2027' },
    {
      input: 'Các xã báo cáo kết quả tuần đầu tháng 5/2027.',
      kind: 'month',
      date: '2027-05-07',
      text: 'tuần đầu tháng 5/2027',
    },
    {
      input: 'phấn đấu đến ngày 30/6/2027 giải ngân đạt trên 60% kế hoạch vốn',
      kind: 'by',
      date: '2027-06-30',
      text: 'phấn đấu đến ngày 30/6/2027',
    },
  ])('$input', expectOne);

  it('reads months listed after "trong các"', () => {
    expect(findDeadlines('tổ chức diễn tập trong các tháng 7, 8/2027.', DOC).found.map((f) => f.date)).toEqual([
      '2027-07-31',
      '2027-08-31',
    ]);
  });
});

describe('hours listed before a daily word', () => {
  it('gives each hour its daily rule', () => {
    expect(
      findDeadlines('Báo cáo tình hình trước 7 giờ 00 và 14 giờ 00 hằng ngày về Sở.', DOC).found.map((f) => [
        f.rrule,
        f.time,
      ]),
    ).toEqual([
      ['FREQ=DAILY', '07:00'],
      ['FREQ=DAILY', '14:00'],
    ]);
  });
});

describe('due before an event with no date of its own', () => {
  it.each<Row>([
    {
      input: 'Chuẩn bị khung, hoa hoàn thành trước 3 ngày tổ chức Hội nghị.',
      kind: 'relative',
      date: null,
      text: 'trước 3 ngày tổ chức Hội nghị',
    },
    {
      input: 'Hoàn thành việc hỗ trợ hộ nghèo trước Tết Nguyên đán Mậu Thân 2028.',
      kind: 'relative',
      date: null,
      text: 'Hoàn thành việc hỗ trợ hộ nghèo trước Tết Nguyên đán Mậu Thân 2028',
    },
  ])('$input', expectOne);

  it('gives way to the date the clause goes on to write', () => {
    expect(
      findDeadlines('Gia cố đê điều, hoàn thành trước mùa lũ, chậm nhất ngày 30/6/2027.', DOC).found.map((f) => f.kind),
    ).toEqual(['by']);
  });
});

describe('time cells that drop "từ" and "ngày"', () => {
  it.each<Row>([
    { input: '15/5 - 30/6/2026', kind: 'by', date: '2026-06-30', text: '15/5 - 30/6/2026', ctx: { heading: true } },
    { input: '01/8 đến 31/8/2026', kind: 'by', date: '2026-08-31', text: '01/8 đến 31/8/2026', ctx: { heading: true } },
    {
      input: 'trước 20/6 hằng năm',
      kind: 'recurring',
      date: null,
      text: 'trước 20/6 hằng năm',
      rrule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20',
    },
  ])('$input', expectOne);

  it('reads a bare range only as a whole cell or heading', () => {
    expect(findDeadlines('15/5 - 30/6/2026', DOC).found).toEqual([]);
    expect(findDeadlines('Kỷ niệm (26/3/1931 - 26/3/2027)', { ...DOC, heading: true }).found).toEqual([]);
  });

  it('gives each day of a yearly list its rule', () => {
    expect(findDeadlines('Trước 20/6 và 20/12 hằng năm', DOC).found.map((f) => f.rrule)).toEqual([
      'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20',
      'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=20',
    ]);
  });
});
