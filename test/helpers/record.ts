// A hand-built, complete record (every field, every optional deadline key) for exporter and schema tests.
import type { Directive } from '../../src/types.js';

export function sampleRecord(): Directive {
  return {
    number: '323',
    symbol: 'CV/TU',
    docType: 'Công văn',
    issuer: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG THÀNH PHỐ',
    parent: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
    place: 'Hải Phòng',
    date: '2026-04-14',
    subject: 'triển khai thực hiện Kết luận số 16-KL/TW',
    urgency: 'Khẩn',
    confidentiality: null,
    recipients: ['Các chi bộ, đảng bộ trực thuộc Đảng ủy'],
    distribution: ['Như trên', 'Lưu VP'],
    signer: { authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Phạm Quang Sáng', line: 60 },
    references: [
      {
        id: '16-KL/TW',
        number: '16',
        symbol: 'KL/TW',
        docType: 'Kết luận',
        date: '2026-03-31',
        issuer: 'Bộ Chính trị, Ban Bí thư',
        line: 8,
      },
      {
        id: '30/2020/NĐ-CP',
        number: '30',
        symbol: '2020/NĐ-CP',
        docType: 'Nghị định',
        date: null,
        issuer: null,
        line: 9,
      },
    ],
    tasks: [
      {
        path: ['1'],
        marker: '1.',
        text: 'Các chi bộ, đảng bộ trực thuộc Đảng ủy',
        assignee: 'Các chi bộ, đảng bộ trực thuộc Đảng ủy',
        lead: null,
        support: null,
        line: 12,
        children: [
          {
            path: ['1', '(1)'],
            marker: '(1)',
            text: 'Hoàn thành xây dựng chương trình hành động. Thời gian hoàn thành trước ngày 30/4/2026.',
            assignee: 'Các chi bộ, đảng bộ trực thuộc Đảng ủy',
            lead: null,
            support: null,
            line: 14,
            children: [],
          },
          {
            path: ['1', '(2)'],
            marker: '(2)',
            text: 'Báo cáo kết quả hằng tháng.',
            assignee: 'Văn phòng Đảng ủy',
            lead: 'Văn phòng Đảng ủy',
            support: 'Ban Xây dựng Đảng',
            line: 16,
            children: [],
          },
        ],
      },
    ],
    deadlines: [
      { date: '2026-04-30', kind: 'by', task: ['1', '(1)'], text: 'trước ngày 30/4/2026', line: 14, bold: true },
      {
        date: null,
        kind: 'recurring',
        task: ['1', '(2)'],
        text: 'trước 17 giờ ngày 20 hằng tháng',
        line: 16,
        bold: false,
        time: '17:00',
        rrule: 'FREQ=MONTHLY;BYMONTHDAY=20',
      },
      { date: '2026-06-30', kind: 'quarter', task: null, text: 'quý II/2026', line: 5, bold: false, inferred: true },
      { date: null, kind: 'ongoing', task: null, text: 'Thực hiện thường xuyên', line: 20, bold: false },
    ],
    footnotes: [{ mark: '1', text: 'Nghị quyết Đại hội đại biểu Đảng bộ thành phố lần thứ I', line: 30 }],
    warnings: [{ code: 'NO_NUMBER', message: 'the number is blank', line: 3 }],
    sources: {
      number: { line: 3, column: 5, text: 'Số 323-CV/TU', rule: 'number.party' },
      recipients: [{ line: 10, column: 11, text: 'Các chi bộ, đảng bộ trực thuộc Đảng ủy,', rule: 'recipients.dash' }],
    },
  };
}
