import { describe, expect, it } from 'vitest';
import { findReferences, type ReferenceFinding } from '../../src/rules/references.js';

type Want = Partial<Omit<ReferenceFinding, 'start' | 'end'>> & { id: string };

/** All references in `input`, compared field by field; each span must slice to text that normalises to the id. */
function expectRefs(input: string, want: Want[]): void {
  const got = findReferences(input);
  expect(got.map((r) => r.id)).toEqual(want.map((w) => w.id));
  want.forEach((w, i) => {
    const r = got[i] as ReferenceFinding;
    expect(r).toMatchObject(w);
    expect(input.slice(r.start, r.end).replace(/\s+/g, '').replace(/[–—]/g, '-')).toBe(r.id);
  });
}

describe('Party ids', () => {
  it.each<[string, Want[]]>([
    [
      'Thực hiện Công văn số 323-CV/TU, ngày 14/4/2026 của Ban Thường vụ Thành ủy về việc triển khai',
      [
        {
          id: '323-CV/TU',
          number: '323',
          symbol: 'CV/TU',
          docType: 'Công văn',
          date: '2026-04-14',
          issuer: 'Ban Thường vụ Thành ủy',
          rule: 'party-id',
        },
      ],
    ],
    [
      'triển khai thực hiện Kết luận số 16-KL/TW, ngày 31/3/2026 của Bộ Chính trị, Ban Bí thư;',
      [{ id: '16-KL/TW', docType: 'Kết luận', date: '2026-03-31', issuer: 'Bộ Chính trị, Ban Bí thư' }],
    ],
    [
      'theo Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.',
      [
        {
          id: '08-QĐi/TW',
          number: '08',
          symbol: 'QĐi/TW',
          docType: 'Quy định',
          date: '2018-10-25',
          issuer: 'Ban Chấp hành Trung ương',
        },
      ],
    ],
    [
      'Quyết định số 367-QĐ/TWĐTN-VP ngày 01/3/2026',
      [{ id: '367-QĐ/TWĐTN-VP', symbol: 'QĐ/TWĐTN-VP', docType: 'Quyết định', date: '2026-03-01', issuer: null }],
    ],
    [
      '(tại Công văn số 1411-CV/VPTU, ngày 28/01/2026 của Văn phòng Thành ủy).',
      [{ id: '1411-CV/VPTU', date: '2026-01-28', issuer: 'Văn phòng Thành ủy' }],
    ],
    // a type word inside a body's name
    [
      'Công văn số 99/SKHĐT-TH ngày 02/3/2024 của Sở Kế hoạch và Đầu tư.',
      [{ id: '99/SKHĐT-TH', date: '2024-03-02', issuer: 'Sở Kế hoạch và Đầu tư' }],
    ],
    // the issuer's name ends before the sentence goes on
    [
      'Nghị quyết số 05-NQ/ĐU, ngày 20/12/2025 của Đảng ủy xã cơ bản đạt và vượt kế hoạch.',
      [{ id: '05-NQ/ĐU', date: '2025-12-20', issuer: 'Đảng ủy xã' }],
    ],
    // spaced and en-dashed forms after `Số`
    ['Số 357 –CV/HNDTW', [{ id: '357-CV/HNDTW', number: '357', symbol: 'CV/HNDTW', docType: 'Công văn' }]],
    ['Số: 1400 - CV/VPTU', [{ id: '1400-CV/VPTU' }]],
    // lines joined mid-id
    ['Công văn số 323- CV/TU của Ban Thường vụ', [{ id: '323-CV/TU', issuer: 'Ban Thường vụ' }]],
    ['Công văn số 323-CV/ TU, ngày 14/4/2026', [{ id: '323-CV/TU', date: '2026-04-14' }]],
    // glued `số` and the older hyphenated date
    ['căn cứ số31-QĐ/TW, ngày 01-10-1997', [{ id: '31-QĐ/TW', docType: 'Quyết định', date: '1997-10-01' }]],
    // superscript footnote mark after the id
    ['Kết luận số 16-KL/TW¹ của Bộ Chính trị.', [{ id: '16-KL/TW', issuer: 'Bộ Chính trị' }]],
    // … and after its date
    [
      'Nghị quyết số 57-NQ/TW ngày 22/12/2024¹² của Bộ Chính trị',
      [{ id: '57-NQ/TW', date: '2024-12-22', issuer: 'Bộ Chính trị' }],
    ],
    // short repeat form without `số`
    [
      'phù hợp với Quyết định 168-QĐ/TW, Hướng dẫn số 01-HD/TW, ngày 19/5/2026 của Ban Bí thư và các văn bản của cấp ủy',
      [
        { id: '168-QĐ/TW', docType: 'Quyết định', date: null, issuer: null },
        { id: '01-HD/TW', docType: 'Hướng dẫn', date: '2026-05-19', issuer: 'Ban Bí thư' },
      ],
    ],
    ['Nghị quyết 18-NQ/TW', [{ id: '18-NQ/TW', docType: 'Nghị quyết' }]],
    // the type comes from the abbreviation when no type word precedes; Party `TT` is Thông tri
    ['theo 05-TT/TW', [{ id: '05-TT/TW', docType: 'Thông tri' }]],
    ['tinh thần 50-CT/TW', [{ id: '50-CT/TW', docType: 'Chỉ thị' }]],
    ['Chương trình hành động số 17-CTr/TU', [{ id: '17-CTr/TU', docType: 'Chương trình hành động' }]],
    ['Chương trình số 17-CTr/TU', [{ id: '17-CTr/TU', docType: 'Chương trình' }]],
    ['theo kế hoạch số 43-KH/TU', [{ id: '43-KH/TU', docType: 'Kế hoạch' }]],
    ['KẾ HOẠCH SỐ 43-KH/TU', [{ id: '43-KH/TU', docType: 'Kế hoạch' }]],
    // after `của A, B`, B is a second issuer only when the document's own verb does not follow it
    [
      'Thực hiện Kết luận số 125-KL/TU, ngày 20/02/2026 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu các cấp ủy',
      [{ id: '125-KL/TU', issuer: 'Ban Thường vụ Tỉnh ủy' }],
    ],
    [
      'Hướng dẫn số 205-HD/BTGDVTW, ngày 05/01/2026 của Ban Tuyên giáo và Dân vận Trung ương, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn công tác',
      [{ id: '205-HD/BTGDVTW', issuer: 'Ban Tuyên giáo và Dân vận Trung ương' }],
    ],
    [
      'Kết luận số 16-KL/TW, ngày 31/3/2026 của Bộ Chính trị, Ban Bí thư về thực hiện',
      [{ id: '16-KL/TW', issuer: 'Bộ Chính trị, Ban Bí thư' }],
    ],
    ['Kết luận số 12-KL/TU của Đảng ủy báo cáo kết quả', [{ id: '12-KL/TU', issuer: 'Đảng ủy' }]],
    // the body after the comma is the subject of the document's own "kết luận"
    [
      'Xét Báo cáo số 31-BC/ĐKT, ngày 05/5/2027 của Đoàn kiểm tra, Ủy ban Kiểm tra Huyện ủy kết luận như sau:',
      [{ id: '31-BC/ĐKT', issuer: 'Đoàn kiểm tra' }],
    ],
  ])('%s', expectRefs);
});

describe('State ids', () => {
  it.each<[string, Want[]]>([
    [
      'Công văn số 1180/BCA-C06 ngày 05/5/2026 của Bộ Công an, Ủy ban nhân dân tỉnh ban hành Kế hoạch',
      [{ id: '1180/BCA-C06', issuer: 'Bộ Công an' }],
    ],
    [
      'Kế hoạch số 58/KH-UBND ngày 20/02/2026 của UBND thành phố Hà Nội, UBND phường xây dựng Kế hoạch như sau:',
      [{ id: '58/KH-UBND', issuer: 'UBND thành phố Hà Nội' }],
    ],
    [
      'Quyết định số 45/QĐ-UBND ngày 05/02/2026 của Ủy ban nhân dân tỉnh về việc',
      [
        {
          id: '45/QĐ-UBND',
          number: '45',
          symbol: 'QĐ-UBND',
          docType: 'Quyết định',
          date: '2026-02-05',
          issuer: 'Ủy ban nhân dân tỉnh',
          rule: 'state-id',
        },
      ],
    ],
    [
      'Công văn số 1234/UBND-VP ngày 10/3/2026',
      [{ id: '1234/UBND-VP', symbol: 'UBND-VP', docType: 'Công văn', date: '2026-03-10' }],
    ],
    ['theo 1234/UBND-VP', [{ id: '1234/UBND-VP', docType: null }]],
    [
      'Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư',
      [
        {
          id: '30/2020/NĐ-CP',
          number: '30',
          symbol: '2020/NĐ-CP',
          docType: 'Nghị định',
          date: '2020-03-05',
          issuer: 'Chính phủ',
          rule: 'legal-act-id',
        },
      ],
    ],
    [
      'Luật Tiếp công dân số 42/2013/QH13',
      [{ id: '42/2013/QH13', number: '42', symbol: '2013/QH13', docType: 'Luật' }],
    ],
    ['Luật số 64/2025/QH15', [{ id: '64/2025/QH15', docType: 'Luật' }]],
    ['theo 64/2025/QH15', [{ id: '64/2025/QH15', docType: null }]],
    ['Quyết định số 12/2026/QĐ-UBND', [{ id: '12/2026/QĐ-UBND', symbol: '2026/QĐ-UBND', docType: 'Quyết định' }]],
    ['văn bản 12/QĐ-SNN&PTNT', [{ id: '12/QĐ-SNN&PTNT', symbol: 'QĐ-SNN&PTNT', docType: 'Quyết định' }]],
    ['Số: 1206 /QĐ-HVTC', [{ id: '1206/QĐ-HVTC', docType: 'Quyết định' }]],
    [
      'Thông tư số 01/2011/TT-BNV của Bộ Nội vụ hướng dẫn thể thức',
      [{ id: '01/2011/TT-BNV', docType: 'Thông tư', issuer: 'Bộ Nội vụ' }],
    ],
    [
      'Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ.',
      [{ id: '1234/QĐ-TTg', docType: 'Quyết định', issuer: 'Thủ tướng Chính phủ' }],
    ],
    ['Văn bản hợp nhất số 03/VBHN-VPQH', [{ id: '03/VBHN-VPQH', docType: 'Văn bản hợp nhất' }]],
    ['Mặt trận 25/TT-MTTW-BTT', [{ id: '25/TT-MTTW-BTT', symbol: 'TT-MTTW-BTT' }]],
    [
      'các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND',
      [
        { id: '12/QĐ-UBND', docType: 'Quyết định' },
        { id: '13/QĐ-UBND', docType: 'Quyết định' },
      ],
    ],
    [
      'Quyết định số 45/QĐ-UBND của UBND TP. Hồ Chí Minh về việc',
      [{ id: '45/QĐ-UBND', issuer: 'UBND TP. Hồ Chí Minh' }],
    ],
  ])('%s', expectRefs);
});

describe('an issuer named before the citation', () => {
  it('reads "của X tại <type> số …" when nothing names one after the id', () => {
    expectRefs('xét đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 356/TTr-SNNMT ngày 12/02/2027;', [
      { id: '356/TTr-SNNMT', docType: 'Tờ trình', issuer: 'Sở Nông nghiệp và Môi trường' },
    ]);
    expectRefs(
      'Thực hiện ý kiến chỉ đạo của Thường trực Tỉnh ủy tại Thông báo số 640-TB/TU, ngày 12/11/2026, đề nghị:',
      [{ id: '640-TB/TU', issuer: 'Thường trực Tỉnh ủy' }],
    );
    // the issuer after the id wins
    expectRefs('theo đề nghị của Sở Nội vụ tại Công văn số 12/SNV-CCVC ngày 02/01/2027 của Giám đốc Sở Nội vụ', [
      { id: '12/SNV-CCVC', issuer: 'Giám đốc Sở Nội vụ' },
    ]);
  });

  it('types a law whose name has a comma', () => {
    expectRefs('Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19/6/2013;', [
      { id: '33/2013/QH13', docType: 'Luật', date: '2013-06-19' },
    ]);
  });
});

describe('issuer stopping rules', () => {
  it.each<[string, string | null]>([
    [
      'Kết luận số 27-KL/TW, ngày 24/4/2026 của Ban Bí thư Trung ương Đảng về tình hình chủ yếu',
      'Ban Bí thư Trung ương Đảng',
    ],
    [
      'Chương trình hành động số 12-CTr/ĐU, ngày 18/3/2026 của Ban Chấp hành Đảng bộ phường thực hiện Nghị quyết',
      'Ban Chấp hành Đảng bộ phường',
    ],
    [
      'Chương trình hành động số 17-CTr/TU, ngày 6/3/2026 của Ban Chấp hành Đảng bộ thành phố, Chương trình',
      'Ban Chấp hành Đảng bộ thành phố',
    ],
    ['Kế hoạch số 43-KH/TU, ngày 03/4/2026 của Ban Thường vụ Thành ủy; Kế hoạch', 'Ban Thường vụ Thành ủy'],
    ['Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư và Quy định số 160', 'Ban Bí thư'],
    [
      'Quy định số 19-QĐ/TW, ngày 08/4/2026 của Ban Chấp hành Trung ương và hướng dẫn của Ban',
      'Ban Chấp hành Trung ương',
    ],
    [
      'Hướng dẫn số 05-HD/BTGDVTW ngày 10/4/2026 của Ban Tuyên giáo và Dân vận Trung ương.',
      'Ban Tuyên giáo và Dân vận Trung ương',
    ],
    ['Thông báo số 406-TB/TU, ngày 04/6/2026 thông báo kết luận của Ban Thường vụ Thành ủy tại Hội nghị', null],
    ['Quyết định số 168-QĐ/TW ngày 19/5/2026 của Ban Bí thư tại Hội nghị', 'Ban Bí thư'],
    ['Công văn số 323-CV/TU, ngày 31/3/2026 của Ban Thường vụ Thành uỷ “để thực hiện”', 'Ban Thường vụ Thành uỷ'],
    [
      'Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tăng cường',
      'Ban Chấp hành Trung ương Đảng khóa XIII',
    ],
    ['Công văn số 1227-CV/ĐU ngày 08/6/2026 về việc phổ biến', null],
    ['Kết luận số 16-KL/TW, ngày 31/3/2026 của Bộ Chính trị, ngày 01/4/2026', 'Bộ Chính trị'],
    ['Kết luận số 16-KL/TW của Bộ Chính trị (khóa XIV)', 'Bộ Chính trị'],
    ['Quyết định số 45/QĐ-UBND của Ủy ban nhân dân tỉnh và các sở, ngành', 'Ủy ban nhân dân tỉnh'],
    ['Kế hoạch số 10/KH-UBND của Bộ Giáo dục và Đào tạo.', 'Bộ Giáo dục và Đào tạo'],
    ['Kế hoạch số 10/KH-UBND của Bộ Lao động - Thương binh và Xã hội.', 'Bộ Lao động - Thương binh và Xã hội'],
  ])('%s → %s', (input, issuer) => {
    expect(findReferences(input)[0]?.issuer).toBe(issuer);
  });
});

describe('not document ids', () => {
  it.each([
    'ngày 14/4/2026',
    'ngày 01-10-1997',
    'giai đoạn 2025 - 2030',
    'nhiệm kỳ 2025–2030',
    'trong Q2/2026',
    'quý II/2026',
    'phòng, chống dịch COVID-19',
    'Điện thoại: 0225.3842.111',
    'Hotline 0912-345-678',
    'theo Điều 5/2',
    'khoản 2/Điều 5 Luật',
    'đạt 2/3 số đại biểu',
    'nghỉ lễ 2/9',
    'Số: /VP-NVKTGS',
    'Số -CV/ĐU',
    'trực 24/7',
    'theo 323- CV/TU', // a space inside an id needs `số` or a type word
    'Công văn này',
  ])('%s', (input) => {
    expect(findReferences(input)).toEqual([]);
  });

  it('never throws on odd input', () => {
    for (const input of ['', '/', '-', '1-/', 'số', 'của', '1-A/', '12/ABC-']) {
      expect(() => findReferences(input)).not.toThrow();
    }
  });
});

describe('several references', () => {
  it('are returned in text order with duplicates kept', () => {
    const input =
      'Thực hiện Công văn số 323-CV/TU, ngày 14/4/2026 của Ban Thường vụ Thành ủy về việc triển khai thực hiện Kết luận số 16-KL/TW, ngày 31/3/2026 của Bộ Chính trị, Ban Bí thư; Công văn số 323-CV/TU.';
    expect(findReferences(input).map((r) => [r.id, r.docType, r.date, r.issuer])).toEqual([
      ['323-CV/TU', 'Công văn', '2026-04-14', 'Ban Thường vụ Thành ủy'],
      ['16-KL/TW', 'Kết luận', '2026-03-31', 'Bộ Chính trị, Ban Bí thư'],
      ['323-CV/TU', 'Công văn', null, null],
    ]);
  });
});

describe('issuer stops before the verb of the citing sentence', () => {
  it.each([
    ['Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình', 'Thủ tướng Chính phủ'],
    ['Thông báo số 5-TB/TU ngày 2/3/2026 của Thường trực Tỉnh ủy kết luận hội nghị', 'Thường trực Tỉnh ủy'],
  ])('%s', (text, issuer) => {
    expect(findReferences(text)[0]?.issuer).toBe(issuer);
  });
});
