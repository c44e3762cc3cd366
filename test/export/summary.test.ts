import { describe, expect, it } from 'vitest';
import { describeRrule, formatDate, renderSummary, sanitize, truncate } from '../../src/export/summary.js';
import type { Directive } from '../../src/types.js';
import { sampleRecord } from '../helpers/record.js';

const ESC = '\u001b';

function emptyRecord(): Directive {
  return {
    ...sampleRecord(),
    number: null,
    symbol: null,
    docType: null,
    issuer: null,
    parent: null,
    place: null,
    date: null,
    subject: null,
    urgency: null,
    confidentiality: null,
    recipients: [],
    distribution: [],
    signer: { authority: null, position: null, name: null, line: null },
    references: [],
    tasks: [],
    deadlines: [],
    footnotes: [],
    warnings: [],
    sources: {},
  };
}

describe('renderSummary', () => {
  const plain = renderSummary(sampleRecord(), { color: false });

  it('shows number, type, issuer, date, subject, recipients and signer', () => {
    const lines = plain.split('\n');
    expect(lines[0]).toBe('Số 323-CV/TU · Công văn · Khẩn');
    expect(plain).toContain('Cơ quan ban hành: ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ\n');
    expect(plain).toContain('Cấp trên: ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\n');
    expect(plain).toContain('Hải Phòng, 14/04/2026');
    expect(plain).toContain('Trích yếu: triển khai thực hiện Kết luận số 16-KL/TW\n');
    expect(plain).toContain('Độ khẩn: Khẩn\n');
    expect(plain).toContain('  - Các chi bộ, đảng bộ trực thuộc Đảng ủy\n');
    expect(plain).toContain('Người ký: Phạm Quang Sáng, PHÓ BÍ THƯ (T/M BAN THƯỜNG VỤ) (dòng 60)\n');
    expect(plain.endsWith('\n')).toBe(true);
  });

  it('writes a draft number as "(chưa có)"', () => {
    const r = { ...sampleRecord(), number: null, symbol: 'CV/ĐU', urgency: null };
    expect(renderSummary(r, { color: false }).split('\n')[0]).toBe('Số (chưa có) -CV/ĐU · Công văn');
    // State and legal ids join number and symbol with a slash.
    const state = { ...sampleRecord(), number: '1227', symbol: 'UBND-VP', urgency: null };
    expect(renderSummary(state, { color: false }).split('\n')[0]).toBe('Số 1227/UBND-VP · Công văn');
    const act = { ...sampleRecord(), number: '30', symbol: '2020/NĐ-CP', docType: 'Nghị định', urgency: null };
    expect(renderSummary(act, { color: false }).split('\n')[0]).toBe('Số 30/2020/NĐ-CP · Nghị định');
  });

  it('lists cited documents with id, type and date', () => {
    expect(plain).toContain('Văn bản dẫn chiếu (2):\n');
    expect(plain).toContain('  - 16-KL/TW · Kết luận · 31/03/2026 · Bộ Chính trị, Ban Bí thư (dòng 8)\n');
    expect(plain).toContain('  - 30/2020/NĐ-CP · Nghị định (dòng 9)\n');
  });

  it('indents the task tree by depth, with assignee when it changes, and each task’s deadlines', () => {
    expect(plain).toContain('Nhiệm vụ (3):\n');
    expect(plain).toContain(
      '\n  1. Các chi bộ, đảng bộ trực thuộc Đảng ủy (dòng 12)\n     → Các chi bộ, đảng bộ trực thuộc Đảng ủy\n',
    );
    expect(plain).toContain('\n    (1) Hoàn thành xây dựng');
    expect(plain).toContain('        ⏰ hạn 30/04/2026 «trước ngày 30/4/2026» (dòng 14)\n');
    // inherited assignee is not repeated under (1); a different one under (2) is shown
    expect(plain).not.toMatch(/\(1\)[^\n]*\n\s+→/);
    expect(plain).toContain(
      '        → Văn phòng Đảng ủy\n        chủ trì: Văn phòng Đảng ủy; phối hợp: Ban Xây dựng Đảng\n',
    );
    expect(plain).toContain('⏰ định kỳ hằng tháng, ngày 20 lúc 17:00 «trước 17 giờ ngày 20 hằng tháng»');
  });

  it('then document-level deadlines and warnings', () => {
    expect(plain).toContain('Thời hạn chung (2):\n');
    expect(plain).toContain(
      '  ⏰ trong quý II/2026 đến 30/06/2026 (năm suy ra từ ngày văn bản) «quý II/2026» (dòng 5)\n',
    );
    expect(plain).toContain('  ⏰ thường xuyên «Thực hiện thường xuyên» (dòng 20)\n');
    expect(plain).toContain('Cảnh báo (1):\n  ! NO_NUMBER the number is blank (dòng 3)\n');
    expect(plain.indexOf('Nhiệm vụ')).toBeLessThan(plain.indexOf('Thời hạn chung'));
    expect(plain.indexOf('Thời hạn chung')).toBeLessThan(plain.indexOf('Cảnh báo'));
  });

  it('names a calendar year, not the end year of a school year', () => {
    const r = sampleRecord();
    r.deadlines = [
      { date: '2026-12-31', kind: 'year', task: null, text: 'trong năm 2026', line: 5, bold: false },
      { date: '2027-05-31', kind: 'year', task: null, text: 'trong năm học 2026 - 2027', line: 6, bold: false },
    ];
    const out = renderSummary(r, { color: false });
    expect(out).toContain('trong năm 2026 đến 31/12/2026 «trong năm 2026»');
    expect(out).toContain('trong năm đến 31/05/2027 «trong năm học 2026 - 2027»');
  });

  it('truncates long task text at a word boundary', () => {
    const r = sampleRecord();
    const task = r.tasks[0];
    const text = 'Tăng cường công tác giáo dục chính trị, tư tưởng '.repeat(6).trim();
    if (task) task.text = text;
    const line = renderSummary(r, { color: false })
      .split('\n')
      .find((l) => l.startsWith('  1. '));
    const shown = /^ {2}1\. (.*)… \(dòng 12\)$/u.exec(line ?? '')?.[1] ?? '';
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.length).toBeLessThanOrEqual(100);
    expect(text.startsWith(shown)).toBe(true);
    expect(text[shown.length]).toBe(' ');
  });

  it('uses colour only when asked, and never passes escapes from the input through', () => {
    expect(plain).not.toContain(ESC);
    expect(renderSummary(sampleRecord(), { color: true })).toContain(`${ESC}[`);
    const r = sampleRecord();
    r.subject = `evil ${ESC}[5;35mred${ESC}[0m ${ESC}]0;title\u0007 bell\u0007 \u202eabc`;
    const out = renderSummary(r, { color: false });
    expect(out).toContain('Trích yếu: evil red bell abc\n');
    expect([...out].filter((ch) => ch !== '\n' && (ch < ' ' || ch === '\u007f' || ch === '\u202e'))).toEqual([]);
    const coloured = renderSummary(r, { color: true });
    expect(coloured).not.toContain('[5;35m');
    expect(coloured).not.toContain(']0;title');
  });

  it('names the file when given and copes with an empty record', () => {
    const out = renderSummary(emptyRecord(), { color: false, file: 'a.txt' });
    expect(out).toBe(' a.txt \nSố (chưa có)\n');
  });
});

describe('summary helpers', () => {
  it.each([
    ['2026-04-30', '30/04/2026'],
    ['2026-04', 'tháng 4/2026 (chưa ghi ngày)'],
    ['2026', 'năm 2026 (chưa ghi ngày, tháng)'],
  ])('formatDate(%s)', (iso, text) => expect(formatDate(iso)).toBe(text));

  it.each([
    ['FREQ=MONTHLY;BYMONTHDAY=20', 'hằng tháng, ngày 20'],
    ['FREQ=MONTHLY;INTERVAL=3', 'hằng quý'],
    ['FREQ=WEEKLY', 'hằng tuần'],
    ['FREQ=MONTHLY;INTERVAL=2', 'FREQ=MONTHLY;INTERVAL=2'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', 'hằng năm, ngày 15/12'],
  ])('describeRrule(%s)', (rule, text) => expect(describeRrule(rule)).toBe(text));

  it('truncate and sanitize', () => {
    expect(truncate('ngắn')).toBe('ngắn');
    expect(truncate('một hai ba bốn năm sáu', 12)).toBe('một hai ba…');
    expect(sanitize(' a\tb\r\nc\u0000 ')).toBe('a b c');
  });
});
