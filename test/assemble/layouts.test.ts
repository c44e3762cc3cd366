// Header and footer layouts seen in text copies of real files, beyond the development set.
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/index.js';
import type { Task } from '../../src/types.js';

const BODY = '\n\nKính gửi: Các sở, ngành tỉnh\n\n1. Báo cáo kết quả trước ngày 30/6/2026.\n';

function header(r: ReturnType<typeof parseDirective>) {
  return {
    number: r.number,
    symbol: r.symbol,
    issuer: r.issuer,
    parent: r.parent,
    place: r.place,
    date: r.date,
    subject: r.subject,
  };
}

const EXPECTED = {
  number: '12',
  symbol: 'UBND-VP',
  issuer: 'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
  parent: null,
  place: 'Bắc Ninh',
  date: '2026-03-05',
  subject: 'triển khai nhiệm vụ năm 2026',
};

describe('header layouts', () => {
  it.each([
    [
      'markdown table with <br> inside cells',
      '| **ỦY BAN NHÂN DÂN**<br>**TỈNH BẮC NINH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| Số: 12/UBND-VP<br>V/v triển khai nhiệm vụ năm 2026 | *Bắc Ninh, ngày 05 tháng 3 năm 2026* |',
    ],
    [
      'grid table',
      '+------------------+------------------------------------+\n| ỦY BAN NHÂN DÂN  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH BẮC NINH    | Độc lập - Tự do - Hạnh phúc        |\n+==================+====================================+\n| Số: 12/UBND-VP   | Bắc Ninh, ngày 05 tháng 3 năm 2026 |\n+------------------+------------------------------------+\nV/v triển khai nhiệm vụ năm 2026',
    ],
    [
      'columns side by side',
      'ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH BẮC NINH                   Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP              Bắc Ninh, ngày 05 tháng 3 năm 2026\nV/v triển khai nhiệm vụ năm 2026',
    ],
    [
      'right column first',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nBắc Ninh, ngày 05 tháng 3 năm 2026\nSố: 12/UBND-VP\nV/v triển khai nhiệm vụ\nnăm 2026',
    ],
    [
      'the issuer column running into the place (a PDF copy)',
      'ỦY BAN NHÂN DÂN TỈNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBẮC NINH Bắc Ninh, ngày 05 tháng 3 năm 2026\nSố: 12/UBND-VP\nV/v triển khai nhiệm vụ năm 2026',
    ],
    [
      'number and subject on one line',
      'ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 12/UBND-VP V/v triển khai nhiệm vụ năm 2026\n\nBắc Ninh, ngày 05 tháng 3 năm 2026',
    ],
  ])('%s', (_name, head) => {
    const r = parseDirective(`${head}${BODY}`);
    expect(header(r)).toEqual(EXPECTED);
    expect(r.recipients).toEqual(['Các sở, ngành tỉnh']);
    expect(r.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });
});

describe('footer layouts', () => {
  const HEAD =
    'Số: 12/UBND-VP\nBắc Ninh, ngày 05 tháng 3 năm 2026\nV/v triển khai\n\nKính gửi: Các sở\n\nNội dung triển khai.\n\n';
  const SIGNER = { authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' };

  it.each([
    [
      'signature beside the list',
      'Nơi nhận:                         TM. ỦY BAN NHÂN DÂN\n- Như trên;                         KT. CHỦ TỊCH\n- Lưu: VT.                          PHÓ CHỦ TỊCH\n\n                                    Nguyễn Văn An',
    ],
    [
      'signature after the list',
      'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An',
    ],
    [
      'signature before the list',
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.',
    ],
    [
      'footer as a table',
      '| ***Nơi nhận:***<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Nguyễn Văn An** |\n|---|---|',
    ],
  ])('%s', (_name, foot) => {
    const r = parseDirective(`${HEAD}${foot}\n`);
    expect(r.signer).toMatchObject(SIGNER);
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT']);
  });
});

describe('Party subject without V/v', () => {
  it.each([
    ['*tăng cường công tác kiểm tra, giám sát*', 'tăng cường công tác kiểm tra, giám sát'],
    ['về việc tăng cường công tác\nkiểm tra, giám sát', 'tăng cường công tác kiểm tra, giám sát'],
    ['Về tăng cường công tác kiểm tra, giám sát', 'Về tăng cường công tác kiểm tra, giám sát'],
  ])('%s', (subject, expected) => {
    const r = parseDirective(
      `TỈNH ỦY BẮC NINH\n*\nSố 45-CV/TU\n${subject}\n\nBắc Ninh, ngày 05 tháng 3 năm 2026\n\nKính gửi: Các huyện ủy, thị ủy\n\nNội dung.`,
    );
    expect(r.subject).toBe(expected);
    expect(r.date).toBe('2026-03-05');
    expect(r.number).toBe('45');
    expect(r.issuer).toBe('TỈNH ỦY BẮC NINH');
  });

  it('takes no subject when nothing sits between the header and Kính gửi', () => {
    const r = parseDirective('Số 45-CV/TU\nBắc Ninh, ngày 05 tháng 3 năm 2026\n\nKính gửi: Các huyện ủy\n\nNội dung.');
    expect(r.subject).toBeNull();
  });
});

describe('a title that qualifies its type', () => {
  it.each([
    ['BÁO CÁO NHANH', 'Báo cáo', 'Tình hình thiệt hại do mưa lũ'],
    ['CÔNG ĐIỆN KHẨN', 'Công điện', 'Tình hình thiệt hại do mưa lũ'],
    ['THÔNG BÁO KẾT LUẬN', 'Thông báo', 'KẾT LUẬN Tình hình thiệt hại do mưa lũ'],
  ])('%s keeps the qualifier out of the subject, but not a matter', (title, type, subject) => {
    const r = parseDirective(
      `UBND TỈNH BẮC NINH\nSỞ NỘI VỤ\nSố: 12/BC-SNV\nBắc Ninh, ngày 3 tháng 5 năm 2027\n\n${title}\nTình hình thiệt hại do mưa lũ\n\nKính gửi: UBND tỉnh.\n\n1. Tình hình chung.`,
    );
    expect([r.docType, r.subject]).toEqual([type, subject]);
  });
});

describe('a Công điện', () => {
  it('names its addressees after "… điện:"', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH GIA LAI',
        'Số: 21/CĐ-UBND',
        'HỎA TỐC',
        'Gia Lai, ngày 11 tháng 9 năm 2026',
        '',
        'CÔNG ĐIỆN',
        'Về việc chủ động ứng phó với bão số 7 và mưa lũ',
        '',
        'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:',
        '',
        '- Giám đốc các Sở: Xây dựng, Y tế;',
        '- Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển.',
        '',
        'Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:',
        '1. Chủ tịch Ủy ban nhân dân các xã, phường hoàn thành sơ tán trước 17 giờ 00 ngày 12/9/2026.',
      ].join('\n'),
    );
    expect([r.docType, r.urgency, r.subject]).toEqual([
      'Công điện',
      'Hỏa tốc',
      'Về việc chủ động ứng phó với bão số 7 và mưa lũ',
    ]);
    expect(r.recipients).toEqual([
      'Giám đốc các Sở: Xây dựng, Y tế',
      'Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu ven biển',
    ]);
    expect(r.tasks.map((t) => t.path)).toEqual([['1']]);
  });
});

describe('a document attached after the signature', () => {
  it('a Quy chế under its own title is read as the appendix, with its tasks and deadlines', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO',
        'Số: 75/QĐ-UBND',
        'Côn Đảo, ngày 02 tháng 6 năm 2026',
        '',
        'QUYẾT ĐỊNH',
        'Ban hành Quy chế tiếp nhận phản ánh, kiến nghị',
        '',
        'Điều 1. Ban hành kèm theo Quyết định này Quy chế tiếp nhận phản ánh, kiến nghị.',
        'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
        '',
        'Nơi nhận:',
        '- Như Điều 2;',
        '- Lưu: VT, VP.',
        '',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        '',
        'Nguyễn Thanh Sơn',
        '',
        'QUY CHẾ',
        'Tiếp nhận phản ánh, kiến nghị',
        '',
        'Điều 1. Văn phòng HĐND và UBND đặc khu phân loại phản ánh trong ngày.',
        'Điều 2. Văn phòng chủ trì tổ chức sơ kết việc thực hiện Quy chế vào tháng 12 năm 2026.',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.path)).toEqual([['Điều 1'], ['Điều 2'], ['PL', 'Điều 1'], ['PL', 'Điều 2']]);
    expect(r.tasks[2]?.assignee).toBe('Văn phòng HĐND và UBND đặc khu');
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date])).toEqual([[['PL', 'Điều 2'], 'month', '2026-12-31']]);
    expect(r.signer).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Nguyễn Thanh Sơn',
    });
  });
});

describe('an article opening with "Căn cứ"', () => {
  it('is a task, not a căn cứ line of the preamble', () => {
    const r = parseDirective(
      'SỞ TÀI CHÍNH\nSố: 88/QĐ-STC\nPhú Thọ, ngày 05 tháng 1 năm 2027\n\nQUYẾT ĐỊNH\nGiao dự toán năm 2027\n\n- Căn cứ Luật Ngân sách nhà nước;\n\nĐiều 1. Giao dự toán.\nĐiều 2. Căn cứ dự toán được giao, Thủ trưởng các đơn vị:\n1. Công khai dự toán trước ngày 20/01/2027.',
    );
    expect(r.tasks.map((t) => t.path.join(' › '))).toEqual(['Điều 1', 'Điều 2']);
    expect(r.tasks[1]?.children.map((t) => t.path.join(' › '))).toEqual(['Điều 2 › 1']);
  });
});

describe('a "- Thực hiện Công văn số …" line among the căn cứ bullets', () => {
  it('belongs to the preamble before the first task; later it is a task', () => {
    const r = parseDirective(
      [
        'BAN TỔ CHỨC TỈNH ỦY',
        'Số 12-HD/BTCTU',
        'Ninh Bình, ngày 10 tháng 11 năm 2026',
        '',
        'HƯỚNG DẪN',
        'kiểm điểm, đánh giá tập thể, cá nhân năm 2026',
        '',
        '- Căn cứ Quy định số 124-QĐ/TW, ngày 04/10/2023 của Bộ Chính trị;',
        '- Thực hiện Công văn số 876-CV/TU, ngày 03/11/2026 của Ban Thường vụ Tỉnh ủy,',
        'Ban Tổ chức Tỉnh ủy hướng dẫn như sau:',
        '',
        '1. Thời gian thực hiện',
        '- Thực hiện Kế hoạch số 15-KH/TU trước ngày 20/12/2026.',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.path.join(' › '))).toEqual(['1']);
    expect(r.tasks[0]?.children.map((t) => t.path.join(' › '))).toEqual(['1 › -1']);
    expect(r.references.map((x) => x.id)).toContain('876-CV/TU');
  });
});

describe('"Kính gửi:" glued onto the subject line of a flattened header', () => {
  it('opens the addressees, and the subject ends before it', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN TỈNH BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc',
        'Số: 77/SNV-TCBC Bắc Ninh, ngày 15 tháng 7 năm 2027',
        'V/v thẩm định đề án vị trí việc làm Kính gửi: UBND các xã, phường.',
        '',
        '1. Các đơn vị gửi hồ sơ trước ngày 01/8/2027./.',
        '',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT, TCBC.',
        'GIÁM ĐỐC',
        'Ngô Thị Lan',
      ].join('\n'),
    );
    expect(r.subject).toBe('thẩm định đề án vị trí việc làm');
    expect(r.recipients).toEqual(['UBND các xã, phường']);
    expect(r.deadlines.map((d) => d.date)).toEqual(['2027-08-01']);
  });
});

describe('a Party header flattened onto one line', () => {
  it.each([
    ['ĐẢNG BỘ TỈNH LÂM ĐỒNG HUYỆN ỦY ĐẠ HUOAI * Số 86-KL/HU', 'ĐẢNG BỘ TỈNH LÂM ĐỒNG', 'HUYỆN ỦY ĐẠ HUOAI'],
    ['ĐẢNG BỘ TỈNH BẮC NINH BAN TỔ CHỨC TỈNH ỦY * Số 86-KL/BTCTU', 'ĐẢNG BỘ TỈNH BẮC NINH', 'BAN TỔ CHỨC TỈNH ỦY'],
    // a committee with its place above a lower committee; a genitive committee stays in its name
    ['TỈNH ỦY BẮC NINH HUYỆN ỦY GIA BÌNH * Số 86-TB/HU', 'TỈNH ỦY BẮC NINH', 'HUYỆN ỦY GIA BÌNH'],
    ['BAN TỔ CHỨC TỈNH ỦY * Số 86-KL/BTCTU', null, 'BAN TỔ CHỨC TỈNH ỦY'],
  ])('%s', (line, parent, issuer) => {
    const r = parseDirective(
      `${line} ĐẢNG CỘNG SẢN VIỆT NAM Bắc Ninh, ngày 05 tháng 3 năm 2026\n\nKẾT LUẬN\nvề công tác cán bộ\n\n1. Báo cáo trước ngày 30/4/2026.`,
    );
    expect([r.parent, r.issuer]).toEqual([parent, issuer]);
  });
});

describe("the issuer's capitals before its number, the star lost", () => {
  it.each([
    '| THÀNH ỦY BẮC NINH * Số 147-KH/TU | ĐẢNG CỘNG SẢN VIỆT NAM Bắc Ninh, ngày 5 tháng 6 năm 2027 |',
    'THÀNH ỦY BẮC NINH Số 147-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Ninh, ngày 5 tháng 6 năm 2027',
  ])('%s', (header) => {
    const r = parseDirective(`${header}\n\nKẾ HOẠCH\ntổ chức hội nghị\n\n1. Các đảng bộ báo cáo trước ngày 30/6/2027.`);
    expect([r.issuer, r.number, r.symbol, r.date]).toEqual(['THÀNH ỦY BẮC NINH', '147', 'KH/TU', '2027-06-05']);
  });
});

describe('a Youth Union header abbreviated BCH', () => {
  it('parts the upper executive committee from the issuing one', () => {
    const r = parseDirective(
      'BCH ĐOÀN TỈNH BẮC NINH\nBCH ĐOÀN HUYỆN GIA BÌNH\n***\nSố: 12-KH/ĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n\nGia Bình, ngày 5 tháng 6 năm 2027\n\nKẾ HOẠCH\nTổ chức hội trại\n\n1. Báo cáo trước ngày 30/6/2027.',
    );
    expect([r.parent, r.issuer]).toEqual(['BCH ĐOÀN TỈNH BẮC NINH', 'BCH ĐOÀN HUYỆN GIA BÌNH']);
  });
});

describe('a social-insurance header', () => {
  it('parts the national body from the regional one', () => {
    const r = parseDirective(
      'BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI KHU VỰC XXIX\nSố: 3120/BHXH-QLT\nV/v đôn đốc thu nợ\nCà Mau, ngày 10 tháng 11 năm 2026\n\nKính gửi: Các đơn vị.\n\n1. Nộp trước ngày 30/11/2026.',
    );
    expect([r.parent, r.issuer]).toEqual(['BẢO HIỂM XÃ HỘI VIỆT NAM', 'BẢO HIỂM XÃ HỘI KHU VỰC XXIX']);
  });
});

describe('an article whose executors follow in a paragraph', () => {
  it('takes them as its assignee', () => {
    const r = parseDirective(
      'ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU\nSố: 88/QĐ-UBND\nCần Thơ, ngày 05 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nThành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\nĐiều 2. Nhiệm vụ của Tổ công tác\n1. Rà soát hồ sơ trước ngày 30/4/2026.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\nChánh Văn phòng UBND phường và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    );
    expect(r.tasks.map((t) => [t.path.join(' › '), t.assignee])).toEqual([
      ['Điều 1', null],
      ['Điều 2', 'Tổ công tác'],
      ['Điều 3', 'Chánh Văn phòng UBND phường và các ông (bà) có tên tại Điều 1'],
    ]);
  });
});

describe('a heading item whose paragraph names the unit', () => {
  it('takes the paragraph subject as its assignee, but not under a caps section title', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG',
        'Số: 40/TB-UBND',
        'Đà Nẵng, ngày 05 tháng 3 năm 2026',
        '',
        'THÔNG BÁO',
        'Kết luận của Chủ tịch UBND thành phố',
        '',
        'I. ĐÁNH GIÁ CHUNG',
        'Các sở đã chủ động triển khai nhiệm vụ.',
        '',
        'II. NHIỆM VỤ',
        '3. Về nguồn vốn:',
        'Sở Tài chính tham mưu bố trí đủ vốn trong tháng 11/2026.',
      ].join('\n'),
    );
    const flat = r.tasks.flatMap((t) => [t, ...t.children]).map((t) => [t.path.join(' › '), t.assignee]);
    expect(flat).toEqual([
      ['I', null],
      ['II', null],
      ['II › 3', 'Sở Tài chính'],
    ]);
    expect(r.sources.assignees).toContainEqual({
      line: 13,
      column: 1,
      text: 'Sở Tài chính',
      rule: 'assignee.paragraph-subject',
    });
  });
});

describe('items under a generic "Giao các cơ quan:"', () => {
  it('keep a unit named by its own name; a plural subject inherits the list assignee', () => {
    const r = parseDirective(
      [
        'TỈNH ỦY QUẢNG TRỊ',
        'Số 120-TB/TU',
        'Quảng Trị, ngày 05 tháng 3 năm 2026',
        '',
        'THÔNG BÁO',
        'Kết luận của đồng chí Bí thư Tỉnh ủy',
        '',
        '3- Giao các cơ quan:',
        '- Ban Tổ chức Tỉnh ủy hướng dẫn kiện toàn chức danh.',
        '- Các đảng bộ cơ sở chỉ đạo thực hiện.',
        '- Theo dõi, tổng hợp tình hình.',
      ].join('\n'),
    );
    expect(r.tasks[0]?.children.map((t) => t.assignee)).toEqual(['Ban Tổ chức Tỉnh ủy', 'các cơ quan', 'các cơ quan']);
  });
});

describe('a paragraph that assigns someone after a bulleted list', () => {
  it('belongs to the item above the list, not to the last bullet', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN XÃ HÒA AN',
        'Số: 215/UBND',
        'V/v bình xét hộ nghèo',
        'Hòa An, ngày 28 tháng 10 năm 2026',
        '',
        'Kính gửi: Trưởng các thôn.',
        '',
        '1. Tổ chức bình xét:',
        '- Tổ chức họp dân trước ngày 05/11/2026.',
        '- Niêm yết công khai danh sách.',
        'Giao công chức Văn hoá - Xã hội tổng hợp, báo cáo trước ngày 12/11/2026.',
      ].join('\n'),
    );
    expect(r.deadlines.map((d) => [d.date, d.task])).toEqual([
      ['2026-11-05', ['1', '-1']],
      ['2026-11-12', ['1']],
    ]);
  });
});

describe('a marker alone on its line', () => {
  it('takes the title on the next line as its text (Chương I ⏎ QUY ĐỊNH CHUNG)', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN TỈNH BẮC NINH',
        'Số: 12/QC-UBND',
        'Bắc Ninh, ngày 05 tháng 3 năm 2026',
        '',
        'QUY CHẾ',
        'Chế độ báo cáo',
        '',
        'Chương I',
        'QUY ĐỊNH CHUNG',
        '',
        'Điều 1. Phạm vi điều chỉnh',
        'Quy chế này quy định chế độ báo cáo.',
        '',
        'Chương II',
        'Trách nhiệm của các cơ quan',
        '',
        'Điều 2. Văn phòng tổng hợp báo cáo trước ngày 20/4/2026.',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => [t.path.join(' › '), t.text])).toEqual([
      ['Chương I', 'QUY ĐỊNH CHUNG'],
      ['Chương II', 'Trách nhiệm của các cơ quan'],
    ]);
    expect(r.tasks[0]?.children.map((t) => t.text)).toEqual(['Phạm vi điều chỉnh']);
  });

  it('does not take a sentence under it as a title', () => {
    const r = parseDirective(
      'Số: 12/QC-UBND\nBắc Ninh, ngày 05 tháng 3 năm 2026\n\nQUY CHẾ\nChế độ báo cáo\n\nChương I\nCác sở báo cáo kết quả trước ngày 20/4/2026.',
    );
    expect(r.tasks[0]?.text).toBe('');
  });
});

describe('a blank form attached after the signature', () => {
  it('gives no tasks or deadlines of its own', () => {
    const r = parseDirective(
      [
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH HƯNG YÊN',
        'Số: 512/LĐLĐ',
        'V/v báo cáo tiền lương',
        'Hưng Yên, ngày 01 tháng 12 năm 2026',
        '',
        'Kính gửi: Các Công đoàn cơ sở.',
        '',
        '1. Các Công đoàn cơ sở báo cáo theo Biểu mẫu số 01 trước ngày 20/12/2026.',
        '',
        'Nơi nhận:',
        '- Như trên;',
        '- Lưu: VT.',
        'CHỦ TỊCH',
        'Nguyễn Văn Hải',
        '',
        'Biểu mẫu số 01',
        '| STT | Chỉ tiêu | Đơn vị tính | Số liệu |',
        '|---|---|---|---|',
        '| 1 | Tổng số lao động | Người | |',
        'Ghi chú:',
        '1. Số liệu tính đến ngày 15/12/2026.',
        '2. Đơn vị gửi báo cáo trước ngày 20/12/2026.',
      ].join('\n'),
    );
    expect(r.tasks.map((t) => t.path.join(' › '))).toEqual(['1']);
    expect(r.deadlines.map((d) => [d.date, d.task])).toEqual([['2026-12-20', ['1']]]);
  });
});

describe('a mass organisation', () => {
  it('prints its own banner (not the issuer) and may quote its subject', () => {
    const r = parseDirective(
      [
        'HỘI NÔNG DÂN VIỆT NAM',
        'BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG',
        '*',
        'Số 215-CV/HNDT',
        '"V/v hướng dẫn xây dựng mô hình',
        'kinh tế tập thể năm 2026"',
        'Lâm Đồng, ngày 22 tháng 4 năm 2026',
        '',
        'Kính gửi: Hội Nông dân các xã, phường.',
        '',
        'Nội dung.',
      ].join('\n'),
    );
    expect([r.issuer, r.parent, r.subject]).toEqual([
      'BCH HỘI NÔNG DÂN TỈNH LÂM ĐỒNG',
      null,
      'hướng dẫn xây dựng mô hình kinh tế tập thể năm 2026',
    ]);
  });

  it('Đoàn: the banner beside the issuer', () => {
    const r = parseDirective(
      'TỈNH ĐOÀN QUẢNG NGÃI          ĐOÀN TNCS HỒ CHÍ MINH\nSố: 45-KH/TĐTN        Quảng Ngãi, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2026\n\nNội dung.',
    );
    expect([r.issuer, r.parent]).toEqual(['TỈNH ĐOÀN QUẢNG NGÃI', null]);
  });
});

describe('a banner phrase in a sentence', () => {
  it('does not split the subject or a task of a document without Kính gửi', () => {
    const r = parseDirective(
      [
        'TỈNH ỦY GIA LAI',
        'BAN TUYÊN GIÁO VÀ DÂN VẬN',
        '*',
        'Số 14-HD/BTGDVTU',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'Gia Lai, ngày 27 tháng 01 năm 2026',
        '',
        'HƯỚNG DẪN',
        'tuyên truyền kỷ niệm 96 năm Ngày thành lập',
        'Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)',
        '',
        'I- NỘI DUNG',
        '1- Khẳng định vai trò lãnh đạo của Đảng Cộng sản Việt Nam trong sự nghiệp cách mạng.',
        '2- Tuyên truyền Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
      ].join('\n'),
    );
    expect(r.subject).toBe(
      'tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)',
    );
    expect(r.tasks[0]?.children.map((t) => t.text)).toEqual([
      'Khẳng định vai trò lãnh đạo của Đảng Cộng sản Việt Nam trong sự nghiệp cách mạng.',
      'Tuyên truyền Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam.',
    ]);
  });
});

describe('a place named with a lower-case prefix', () => {
  it('keeps an abbreviated prefix in capitals with the place', () => {
    const r = parseDirective(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH TP Hồ Chí Minh, ngày 05 tháng 3 năm 2026\nSố: 12/UBND-VP\nV/v triển khai\n\nKính gửi: Các sở\n\n1. Báo cáo trước ngày 30/4/2026.',
    );
    expect([r.issuer, r.place]).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'TP Hồ Chí Minh']);
  });

  it('keeps "Thành phố" with the place', () => {
    const r = parseDirective(
      'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 12/UBND-VP\nThành phố Hồ Chí Minh, ngày 05 tháng 03 năm 2026\nV/v thử\n\nKính gửi: Các sở.\n\nNội dung.',
    );
    expect([r.place, r.date]).toEqual(['Thành phố Hồ Chí Minh', '2026-03-05']);
  });
});

describe('a stamp under the V/v line', () => {
  it('is the urgency, not part of the subject', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN',
        'HUYỆN ĐỨC PHỔ',
        'Số: 334/UBND-VP',
        'V/v khẩn trương khắc phục hậu quả mưa lũ',
        'HỎA TỐC',
        'Đức Phổ, ngày 28 tháng 10 năm 2026',
        '',
        'Kính gửi: UBND các xã, phường.',
        '',
        'Nội dung.',
      ].join('\n'),
    );
    expect([r.subject, r.urgency]).toEqual(['khẩn trương khắc phục hậu quả mưa lũ', 'Hỏa tốc']);
  });
});

describe('marks on one line or labelled', () => {
  it.each([
    ['MẬT - KHẨN', 'Khẩn', 'Mật'],
    ['THƯỢNG KHẨN, MẬT', 'Thượng khẩn', 'Mật'],
    ['Độ khẩn: Hỏa tốc', 'Hỏa tốc', null],
    ['Độ mật: Mật', null, 'Mật'],
  ])('%s', (mark, urgency, confidentiality) => {
    const r = parseDirective(
      `TỈNH ỦY QUẢNG NGÃI\n*\nSố 51-CV/TU\n${mark}\nV/v thử\nQuảng Ngãi, ngày 05 tháng 3 năm 2027\n\nKính gửi: Các huyện ủy.\n\nNội dung.`,
    );
    expect([r.urgency, r.confidentiality, r.subject]).toEqual([urgency, confidentiality, 'thử']);
  });
});

describe('a titled subject', () => {
  it('ends where a PDF line of the body begins, though that line breaks mid-sentence', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN TỈNH LÀO CAI',
        'Số: 15/CT-UBND',
        'Lào Cai, ngày 10 tháng 3 năm 2027',
        '',
        'CHỈ THỊ',
        'Về việc tăng cường công tác phòng, chống thiên tai',
        'Thời gian qua, tình hình thiên tai trên địa bàn tỉnh diễn biến phức tạp, gây thiệt',
        'hại lớn về người và tài sản. Chủ tịch UBND tỉnh chỉ thị:',
        '1. Các sở rà soát phương án.',
      ].join('\n'),
    );
    expect([r.docType, r.subject]).toEqual(['Chỉ thị', 'Về việc tăng cường công tác phòng, chống thiên tai']);
  });

  it('goes on over a capitalised line that does not end a sentence', () => {
    const r = parseDirective(
      'TỈNH ỦY BÌNH ĐỊNH\n*\nSố 45-KH/TU\nQuy Nhơn, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\nTriển khai Nghị quyết Đại hội\nĐảng bộ tỉnh lần thứ XXI\n\n1. Các huyện ủy quán triệt.',
    );
    expect(r.subject).toBe('Triển khai Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXI');
  });

  it.each([
    [
      'THỰC HIỆN NGHỊ QUYẾT\nSỐ 57-NQ/TW, NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ\nVỀ CHUYỂN ĐỔI SỐ QUỐC GIA',
      'THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW, NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VỀ CHUYỂN ĐỔI SỐ QUỐC GIA',
    ],
    [
      'Triển khai thực hiện Kế hoạch\nSố 45/KH-UBND ngày 02/3/2027 của UBND tỉnh',
      'Triển khai thực hiện Kế hoạch Số 45/KH-UBND ngày 02/3/2027 của UBND tỉnh',
    ],
    [
      'KẾT LUẬN CỦA BAN THƯỜNG VỤ\nVỀ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW',
      'KẾT LUẬN CỦA BAN THƯỜNG VỤ VỀ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW',
    ],
  ])('keeps the number of the act it cites: %s', (lines, subject) => {
    const r = parseDirective(
      `TỈNH ỦY BÌNH ĐỊNH\n*\nSố 88-KH/TU\nQuy Nhơn, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\n${lines}\n\nThực hiện Nghị quyết, Ban Thường vụ ban hành kế hoạch.\n1. Các huyện ủy quán triệt.`,
    );
    expect([r.number, r.symbol, r.subject]).toEqual(['88', 'KH/TU', subject]);
  });
});

describe('a V/v subject on one long line', () => {
  it('is the subject however long (an unwrapped .doc dump)', () => {
    const subject =
      'triển khai chế độ báo cáo định kỳ về tình hình thực hiện nhiệm vụ do Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh giao';
    const r = parseDirective(
      `ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 2846/UBND-TH\nV/v ${subject}\nLâm Đồng, ngày 09 tháng 3 năm 2027\n\nKính gửi: Các sở.\n\n1. Báo cáo trước ngày 30/4/2027.`,
    );
    expect([r.docType, r.subject, r.date]).toEqual(['Công văn', subject, '2027-03-09']);
  });
});

describe('subject under a title', () => {
  const titled = (title: string[]) =>
    parseDirective(
      [
        'TỈNH ỦY NGHỆ AN',
        '*',
        'Số 512-TB/TU',
        '',
        'Nghệ An, ngày 18 tháng 6 năm 2026',
        '',
        ...title,
        '',
        'Ngày 12/6/2026, đồng chí …',
      ].join('\n'),
    );

  it('continues a caps subject with a line opening in lower case', () => {
    const r = titled(['THÔNG BÁO', 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY', 'tại buổi làm việc với Ban Thường vụ Huyện ủy']);
    expect([r.docType, r.subject]).toEqual([
      'Thông báo',
      'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY tại buổi làm việc với Ban Thường vụ Huyện ủy',
    ]);
  });

  it('takes what a Chỉ thị is about, however long, not the line naming its issuer', () => {
    const about =
      'về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031';
    const r = titled(['CHỈ THỊ', 'CỦA BAN BÍ THƯ', about]);
    expect([r.docType, r.subject]).toEqual(['Chỉ thị', about]);
    const caps = titled(['CHỈ THỊ', 'CỦA BAN THƯỜNG VỤ TỈNH ỦY', 'VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI']);
    expect(caps.subject).toBe('VỀ TĂNG CƯỜNG CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI');
  });

  it('stops a caps subject at a line opening with a capital', () => {
    const r = titled(['THÔNG BÁO', 'KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY', 'Đồng chí Bí thư chủ trì']);
    expect(r.subject).toBe('KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY');
  });
});

describe('tasks in a table', () => {
  it('reads numbered rows as tasks with their lead, support and time columns', () => {
    const r = parseDirective(
      [
        'Số: 125/KH-UBND',
        'Bắc Ninh, ngày 15 tháng 5 năm 2026',
        '',
        'KẾ HOẠCH',
        'Triển khai chuyển đổi số năm 2026',
        '',
        'I. NHIỆM VỤ',
        '',
        '| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |',
        '|---|---|---|---|---|',
        '| 1 | Rà soát hạ tầng số | Sở Khoa học và Công nghệ | Các sở, ngành | Quý II/2026 |',
        '| 2 | Cập nhật cơ sở dữ liệu | Sở Nội vụ | Ủy ban nhân dân các xã | Thường xuyên |',
        '| 3 | Báo cáo kết quả | Văn phòng UBND tỉnh | | Trước ngày 15/12/2026 |',
        '',
        'TM. ỦY BAN NHÂN DÂN',
        'CHỦ TỊCH',
        '',
        'Nguyễn Văn A',
      ].join('\n'),
    );
    const rows = r.tasks[0]?.children ?? [];
    expect(rows.map((t) => [t.path, t.assignee, t.lead, t.support, t.line])).toEqual([
      [['I', '1'], 'Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Các sở, ngành', 11],
      [['I', '2'], 'Sở Nội vụ', 'Sở Nội vụ', 'Ủy ban nhân dân các xã', 12],
      [['I', '3'], 'Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', null, 13],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date])).toEqual([
      [['I', '1'], 'quarter', '2026-06-30'],
      [['I', '2'], 'ongoing', null],
      [['I', '3'], 'by', '2026-12-15'],
    ]);
  });
});

describe('tasks in a table whose header names its columns', () => {
  const plan = (header: string, rows: string[]) =>
    parseDirective(
      [
        'Số: 85/KH-PGDĐT',
        'Phù Cát, ngày 12 tháng 01 năm 2026',
        '',
        'KẾ HOẠCH',
        'Triển khai chuyển đổi số năm 2026',
        '',
        'II. NHIỆM VỤ CỤ THỂ',
        header,
        ...rows,
        '',
        'TRƯỞNG PHÒNG',
        'Nguyễn Thị Hoa',
      ].join('\n'),
    );

  it('takes the lead and support from their columns, even when the lead is no unit name', () => {
    const r = plan('| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện |', [
      '| 1 | Kiểm tra việc ứng dụng CNTT | Lãnh đạo Phòng | Bộ phận Chuyên môn | Quý II, III/2026 |',
      '| 2 | Báo cáo kết quả | Văn phòng; | | Trước ngày 15/12/2026 |',
    ]);
    const rows = r.tasks[0]?.children ?? [];
    expect(rows.map((t) => [t.path, t.assignee, t.lead, t.support])).toEqual([
      [['II', '1'], 'Lãnh đạo Phòng', 'Lãnh đạo Phòng', 'Bộ phận Chuyên môn'],
      [['II', '2'], 'Văn phòng', 'Văn phòng', null],
    ]);
    // A list of quarters in the time cell: one deadline each, the year written once at the end.
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date, d.text])).toEqual([
      [['II', '1'], 'quarter', '2026-06-30', 'Quý II'],
      [['II', '1'], 'quarter', '2026-09-30', 'III/2026'],
      [['II', '2'], 'by', '2026-12-15', 'Trước ngày 15/12/2026'],
    ]);
  });

  it('reads a period in the task text only after a cue (the time cell needs none)', () => {
    const r = plan('| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |', [
      '| 1 | Ban hành Kế hoạch tuyên truyền năm 2026 | Sở Nội vụ | Tháng 02/2026 |',
      '| 2 | Rà soát thủ tục, hoàn thành trước ngày 30/6/2026 | Văn phòng UBND tỉnh | |',
    ]);
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date])).toEqual([
      [['II', '1'], 'month', '2026-02-28'],
      [['II', '2'], 'by', '2026-06-30'],
    ]);
  });

  it('reads a table copied with tabs like a markdown one', () => {
    const r = plan('STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian', [
      '1\tKiểm tra các cơ sở kinh doanh\tĐoàn kiểm tra liên ngành phường\tCông an phường\tTừ 15/4 đến 15/5/2026',
      '2\tBáo cáo kết quả về UBND thành phố\tPhòng Văn hóa - Xã hội\t\tTrước 20/5/2026',
    ]);
    expect(r.tasks[0]?.children.map((t) => [t.path, t.assignee, t.support])).toEqual([
      [['II', '1'], 'Đoàn kiểm tra liên ngành phường', 'Công an phường'],
      [['II', '2'], 'Phòng Văn hóa - Xã hội', null],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.date])).toEqual([
      [['II', '1'], '2026-05-15'],
      [['II', '2'], '2026-05-20'],
    ]);
  });

  it('puts a list after the table under the item above the table, not under its last row', () => {
    const r = plan('| STT | Nội dung | Cơ quan chủ trì | Thời gian |', [
      '| 1 | Xây dựng kho dữ liệu | Sở Nội vụ | Quý II/2026 |',
      '| 2 | Số hóa hồ sơ | Sở Tư pháp | Tháng 9/2026 |',
      'Trong quá trình triển khai, các đơn vị cần lưu ý:',
      '- Bảo đảm an toàn thông tin;',
      '- Báo cáo kết quả trước ngày 30/10/2026.',
    ]);
    expect(r.tasks[0]?.children.map((t) => t.path.join('.'))).toEqual(['II.1', 'II.2', 'II.-1', 'II.-2']);
  });

  it('reads the rows of a task table without an STT column as tasks of their own', () => {
    const r = plan('| Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |', [
      '|---|---|---|---|',
      '| Xây dựng kho dữ liệu dùng chung | Sở Khoa học và Công nghệ | Các sở, ngành | Quý II/2026 |',
      '| Số hóa hồ sơ thủ tục hành chính | Sở Nội vụ | UBND các huyện | Trước ngày 30/6/2026 |',
    ]);
    expect(r.tasks[0]?.children.map((t) => [t.path, t.marker, t.assignee, t.support])).toEqual([
      [['II', '|1'], '|', 'Sở Khoa học và Công nghệ', 'Các sở, ngành'],
      [['II', '|2'], '|', 'Sở Nội vụ', 'UBND các huyện'],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date])).toEqual([
      [['II', '|1'], 'quarter', '2026-06-30'],
      [['II', '|2'], 'by', '2026-06-30'],
    ]);
  });

  it('reads a row with an empty STT cell as the continuation of the row above, not a task', () => {
    const r = plan('| STT | Nội dung | Cơ quan chủ trì | Thời gian |', [
      '| 1 | Xây dựng kho dữ liệu | Sở Nội vụ | Quý II/2026 |',
      '|   | dùng chung của tỉnh | và Sở Tài chính |  |',
      '| 2 | Số hóa hồ sơ | Sở Tư pháp | Tháng 9/2026 |',
    ]);
    // (the text is the content: the unit and time columns are the assignee and the deadline)
    expect(r.tasks[0]?.children.map((t) => [t.path, t.text, t.assignee])).toEqual([
      [['II', '1'], 'Xây dựng kho dữ liệu dùng chung của tỉnh', 'Sở Nội vụ và Sở Tài chính'],
      [['II', '2'], 'Số hóa hồ sơ', 'Sở Tư pháp'],
    ]);
  });

  it('reads a grid-table row whose cells wrap over two lines, the empty last column left out', () => {
    const r = plan(
      '+-----+-------------------+----------------+----------------+------------+---------+\n| STT | Nội dung          | Cơ quan chủ trì| Cơ quan phối   | Thời gian  | Ghi chú |\n|     |                   |                | hợp            |            |         |\n+=====+===================+================+================+============+=========+',
      [
        '| 1   | Số hóa hồ sơ hộ   | Sở Tư pháp     | Viễn thông Lâm | Trước      |         |',
        '|     | tịch              | (chủ trì)      | Đồng           | 30/9/2026  |         |',
        '+-----+-------------------+----------------+----------------+------------+---------+',
      ],
    );
    expect(r.tasks[0]?.children.map((t) => [t.path, t.assignee, t.support])).toEqual([
      [['II', '1'], 'Sở Tư pháp', 'Viễn thông Lâm Đồng'],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date, d.text])).toEqual([
      [['II', '1'], 'by', '2026-09-30', 'Trước 30/9/2026'],
    ]);
  });

  it('reads a budget line as no task', () => {
    const r = plan('| STT | Nội dung | Số tiền (đồng) |', ['| 1. | Hỗ trợ lực lượng tuần tra | 650.000.000 |']);
    expect(r.tasks[0]?.children).toEqual([]);
  });

  it('takes no deadline from the caption over the table', () => {
    const r = plan('**DANH MỤC NHIỆM VỤ NĂM 2026**\n\n| STT | Nội dung | Cơ quan chủ trì | Thời gian |', [
      '| 1 | Số hóa hồ sơ | Sở Tư pháp | Quý III/2026 |',
    ]);
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date])).toEqual([[['II', '1'], 'quarter', '2026-09-30']]);
  });

  it('reads a date alone in the time column as the task date', () => {
    const r = plan('| STT | Nội dung | Đơn vị chủ trì | Thời gian |', [
      '| 1 | Tổ chức lễ phát động | Phòng Văn hóa - Xã hội | Ngày 15/4/2026 |',
      '| 2 | Tổng kết đợt 1 | Phòng Văn hóa - Xã hội | 20/12/2025 |',
      '| 3 | Tổng kết ngày 30/6/2026 | Phòng Văn hóa - Xã hội | Quý III/2026 |',
    ]);
    // a date before the document's month is the past; a date in the task text needs a cue
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date, d.text])).toEqual([
      [['II', '1'], 'on', '2026-04-15', 'Ngày 15/4/2026'],
      [['II', '3'], 'quarter', '2026-09-30', 'Quý III/2026'],
    ]);
  });

  it('reads the due column of a reporting schedule, not the span reported on nor the period label', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
        'Số: 1472/VP-NC',
        'V/v báo cáo định kỳ',
        'Tuyên Quang, ngày 18 tháng 02 năm 2027',
        '',
        'Kính gửi: Các sở.',
        '',
        '1. Các sở gửi báo cáo theo lịch sau:',
        '',
        '| Kỳ báo cáo | Thời gian chốt số liệu | Hạn gửi |',
        '|---|---|---|',
        '| Quý I | Từ 15/12/2026 đến 14/3/2027 | Trước ngày 18/3/2027 |',
        '| Quý III (9 tháng) | Từ 15/12/2026 đến 14/9/2027 | Trước ngày 18/9/2027 |',
      ].join('\n'),
    );
    expect(r.deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['by', '2027-03-18'],
      ['by', '2027-09-18'],
    ]);
  });

  it('nests the rows under the numbered item that introduced the table; a row of figures is data', () => {
    const r = parseDirective(
      [
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
        'Số: 1650/SGDĐT-GDTrH',
        'V/v kiểm tra định kỳ',
        'Quảng Ngãi, ngày 08 tháng 9 năm 2026',
        '',
        'Kính gửi: Các trường THPT.',
        '',
        'II. NHIỆM VỤ',
        '1. Lịch kiểm tra định kỳ:',
        '',
        '| STT | Nội dung | Đơn vị thực hiện | Thời gian |',
        '|---|---|---|---|',
        '| 1 | Kiểm tra giữa học kỳ I | Các trường | Trước 07/11/2026 |',
        '| 2 | Kiểm tra cuối học kỳ I | Các trường | Trước 02/01/2027 |',
        '',
        '2. Báo cáo kết quả trước ngày 15/01/2027.',
        '',
        '| STT | Đơn vị | Dự toán thu | Dự toán chi |',
        '|---|---|---|---|',
        '| 1 | Văn phòng Sở | 0 | 12.450 |',
      ].join('\n'),
    );
    const paths = (ts: typeof r.tasks): string[] => ts.flatMap((t) => [t.path.join(' › '), ...paths(t.children)]);
    expect(paths(r.tasks)).toEqual(['II', 'II › 1', 'II › 1 › 1', 'II › 1 › 2', 'II › 2']);
  });

  it('reads a "thực hiện" column as the lead, not the time column', () => {
    const r = plan('| STT | Nội dung | Cơ quan thực hiện | Thời gian thực hiện |', [
      '| 1 | Tập huấn học bạ số | Tổ Chuyên môn | Tháng 3-4/2026 |',
    ]);
    expect(r.tasks[0]?.children.map((t) => [t.assignee, t.support])).toEqual([['Tổ Chuyên môn', null]]);
    expect(r.deadlines.map((d) => [d.kind, d.date])).toEqual([['month', '2026-04-30']]);
  });
});

describe('a PDF copy with the signature block glued onto the distribution list', () => {
  it('gives authority, position and name back to the signer, in their order', () => {
    const r = parseDirective(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc',
        'Số: 2045/KH-UBND Hà Tĩnh, ngày 21 tháng 5 năm 2026',
        'KẾ HOẠCH',
        'Triển khai Đề án 06 năm 2026',
        'I. NHIỆM VỤ',
        '1. Công an tỉnh rà soát dữ liệu dân cư, hoàn thành trước ngày 30/6/2026./.',
        'Nơi nhận: TM. ỦY BAN NHÂN DÂN',
        '- Bộ Công an (b/c); KT. CHỦ TỊCH',
        '- TT Tỉnh ủy, TT HĐND tỉnh (b/c); PHÓ CHỦ TỊCH',
        '- Chủ tịch, các PCT UBND tỉnh;',
        '- Lưu: VT, NC1. Trần Báu Hà',
      ].join('\n'),
    );
    expect(r.signer).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      name: 'Trần Báu Hà',
    });
    expect(r.distribution).toEqual([
      'Bộ Công an (b/c)',
      'TT Tỉnh ủy, TT HĐND tỉnh (b/c)',
      'Chủ tịch, các PCT UBND tỉnh',
      'Lưu: VT, NC1',
    ]);
  });

  it('gives back a name with its rank', () => {
    const r = parseDirective(
      'CÔNG AN TỈNH CẦN THƠ\nSố: 15/CAT-PC06\nV/v tuần tra\n\nKính gửi: Các đơn vị.\n\n1. Tăng cường tuần tra.\n\nNơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT, PC06 (Đ2). Thượng tá Huỳnh Văn Lộc',
    );
    expect([r.signer.name, r.distribution]).toEqual(['Thượng tá Huỳnh Văn Lộc', ['Như trên', 'Lưu: VT, PC06 (Đ2)']]);
  });
});

describe('a head signing in person, the position printed beside the distribution list', () => {
  const doc = (closing: string[]) =>
    parseDirective(
      [
        'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'XÃ HÒA VANG Độc lập - Tự do - Hạnh phúc',
        'Số: 412/UBND-VP Hòa Vang, ngày 03 tháng 8 năm 2026',
        'V/v tăng cường phòng, chống sốt xuất huyết',
        'Kính gửi: Trạm Y tế xã.',
        '1. Trạm Y tế xã tổ chức chiến dịch diệt lăng quăng, hoàn thành trước ngày 15/8/2026./.',
        ...closing,
      ].join('\n'),
    );

  it('on the label line: "Nơi nhận: CHỦ TỊCH"', () => {
    const r = doc([
      'Nơi nhận: CHỦ TỊCH',
      '- Như trên;',
      '- Lưu: VT, VP.',
      'Người ký: Ủy ban Nhân dân xã',
      'Lê Thị Thanh Tâm',
    ]);
    expect(r.signer).toMatchObject({ authority: null, position: 'CHỦ TỊCH', name: 'Lê Thị Thanh Tâm' });
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT, VP']);
    expect(r.warnings.map((w) => w.code)).not.toContain('NO_SIGNER');
  });

  it.each([
    [
      'a column of a table row',
      ['| Nơi nhận: | CHỦ TỊCH |', '| - Như trên; | |', '| - Lưu: VT, VP. | Lê Thị Thanh Tâm |'],
    ],
    [
      'a column set off by spaces',
      ['Nơi nhận:          CHỦ TỊCH', '- Như trên;', '- Lưu: VT, VP.          Lê Thị Thanh Tâm'],
    ],
  ])('in %s beside the label, the name beside the last item', (_, closing) => {
    const r = doc(closing);
    expect(r.signer).toMatchObject({ authority: null, position: 'CHỦ TỊCH', name: 'Lê Thị Thanh Tâm' });
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT, VP']);
  });

  it('keeps the list when the signature column runs on below the label ("| CHỦ TỊCH")', () => {
    const r = doc([
      'Nơi nhận: | TM. ỦY BAN NHÂN DÂN',
      '| CHỦ TỊCH',
      '- Như trên; |',
      '- Lưu: VT, VP. | Lê Thị Thanh Tâm',
    ]);
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT, VP']);
    expect(r.signer).toMatchObject({
      authority: 'TM. ỦY BAN NHÂN DÂN',
      position: 'CHỦ TỊCH',
      name: 'Lê Thị Thanh Tâm',
    });
  });

  it('glued onto an item: "- Như trên; GIÁM ĐỐC"', () => {
    const r = doc(['Nơi nhận:', '- Như trên; CHỦ TỊCH', '- Lưu: VT.', 'Lê Thị Thanh Tâm']);
    expect(r.signer).toMatchObject({ authority: null, position: 'CHỦ TỊCH', name: 'Lê Thị Thanh Tâm' });
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT']);
  });
});

describe('a PDF copy with the two columns run together', () => {
  it('splits number and place-date, and gives a position glued to a list item back to the signer', () => {
    const r = parseDirective(
      [
        'UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc',
        'Số: 2345/UBND-KT Hà Tĩnh, ngày 12 tháng 8 năm 2026',
        'V/v thúc đẩy giải ngân vốn đầu tư công',
        'Kính gửi:',
        '- Các sở, ban, ngành cấp tỉnh;',
        '- UBND các xã, phường.',
        'Chủ tịch UBND tỉnh yêu cầu:',
        '1. Các chủ đầu tư khẩn trương hoàn thiện hồ sơ, giải ngân trước ngày 30/9/2026./.',
        'Nơi nhận: KT. CHỦ TỊCH',
        '- Như trên; PHÓ CHỦ TỊCH',
        '- Lưu: VT, KT.',
        'Nguyễn Hồng Lĩnh',
      ].join('\n'),
    );
    expect([r.number, r.symbol, r.issuer, r.place, r.date]).toEqual([
      '2345',
      'UBND-KT',
      'UỶ BAN NHÂN DÂN TỈNH HÀ TĨNH',
      'Hà Tĩnh',
      '2026-08-12',
    ]);
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT, KT']);
    expect(r.signer).toMatchObject({ authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH', name: 'Nguyễn Hồng Lĩnh' });
    expect(r.tasks.map((t) => t.assignee)).toEqual(['Các chủ đầu tư']);
  });
});

describe('a closing request after the last item', () => {
  const doc = (body: string) =>
    parseDirective(
      `SỞ NỘI VỤ TỈNH QUẢNG TRỊ\nSố: 120/SNV-VP\nV/v báo cáo\nQuảng Trị, ngày 10 tháng 3 năm 2027\n\nKính gửi: Các cơ quan, đơn vị.\n\n${body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn A`,
    );
  const assignees = (r: ReturnType<typeof parseDirective>) => {
    const out: Array<[string, string | null]> = [];
    const walk = (ts: typeof r.tasks) => {
      for (const t of ts) {
        out.push([t.path.join('.'), t.assignee]);
        walk(t.children);
      }
    };
    walk(r.tasks);
    return out;
  };

  it('assigns nothing to the last lettered point', () => {
    const r = doc(
      '1. Sở Y tế chủ trì tổng hợp.\n2. UBND các xã:\na) Rà soát giường bệnh.\nb) Tập huấn phác đồ.\nĐề nghị Thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện./.',
    );
    expect(assignees(r)).toEqual([
      ['1', 'Sở Y tế'],
      ['2', 'UBND các xã'],
      ['2.a', 'UBND các xã'],
      ['2.b', 'UBND các xã'],
    ]);
  });

  it('assigns nothing to the last item when the issuer makes it', () => {
    const r = doc(
      'Sở Nội vụ đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:\n1. Rà soát số lượng biên chế.\n2. Báo cáo về Sở trước ngày 30/3/2027.\nSở Nội vụ đề nghị Thủ trưởng các cơ quan, đơn vị quan tâm thực hiện.',
    );
    expect(assignees(r)).toEqual([
      ['1', 'các cơ quan, đơn vị'],
      ['2', 'các cơ quan, đơn vị'],
    ]);
  });

  it("keeps a paragraph that hands the follow-up to a unit out of the last item, its deadline the document's", () => {
    const r = doc(
      '1. Phòng Kinh tế rà soát diện tích lúa, hoàn thành trong tháng 4/2027.\n2. Rà soát hộ nghèo; báo cáo về Sở.\nGiao Văn phòng Sở theo dõi, đôn đốc, báo cáo Giám đốc Sở trước ngày 30/6/2027.',
    );
    expect(assignees(r)).toEqual([
      ['1', 'Phòng Kinh tế'],
      ['2', null],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.date])).toEqual([
      [['1'], '2027-04-30'],
      [null, '2027-06-30'],
    ]);
  });

  it('leaves that paragraph to a last item that is a heading, a point or an article', () => {
    const owner = (body: string) => {
      const r = doc(body);
      return [assignees(r).at(-1), r.deadlines.at(-1)?.task];
    };
    expect(
      owner('1. Rà soát.\n2. Tổ chức thực hiện\nGiao Văn phòng Sở theo dõi, báo cáo trước ngày 30/6/2027.'),
    ).toEqual([['2', 'Văn phòng Sở'], ['2']]);
    expect(
      owner('1. Các xã:\na) Rà soát hộ nghèo.\nGiao Văn phòng Sở theo dõi, báo cáo trước ngày 30/6/2027.'),
    ).toEqual([
      ['1.a', 'Văn phòng Sở'],
      ['1', 'a'],
    ]);
    expect(
      owner(
        'Điều 1. Ban hành kế hoạch.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\nGiao Văn phòng Sở theo dõi, báo cáo trước ngày 30/6/2027.',
      ),
    ).toEqual([['Điều 2', 'Văn phòng Sở'], ['Điều 2']]);
  });
});

describe('a request label after a finished item', () => {
  const doc = (body: string) =>
    parseDirective(`ĐẢNG ỦY XÃ GIA VIỄN\nSố 12-GM/ĐU\nV/v dự hội nghị\n\nKính gửi: Các chi bộ.\n\n${body}`);
  const rows = (r: ReturnType<typeof parseDirective>) =>
    r.tasks.flatMap((t) => [[t.path.join('.'), t.assignee], ...t.children.map((c) => [c.path.join('.'), c.assignee])]);

  it('opens a list of its own, given to the unit it names, and the next number goes back', () => {
    const r = doc(
      '1. Rà soát hộ nghèo.\n2. Tổng hợp kết quả.\nGiao Văn phòng Đảng ủy:\n- Chuẩn bị hội trường.\n- Báo cáo trước ngày 20/10/2027.\n3. Tổ chức hội nghị.',
    );
    expect(rows(r)).toEqual([
      ['1', null],
      ['2', null],
      ['-1', 'Văn phòng Đảng ủy'],
      ['-2', 'Văn phòng Đảng ủy'],
      ['3', null],
    ]);
    expect(r.deadlines.map((d) => d.task)).toEqual([['-2']]);
  });

  it('leaves the list of a heading or an elaboration ("Cụ thể:") under its item', () => {
    const r = doc(
      '1. Tổ chức thực hiện\nĐề nghị các chi bộ:\n- Rà soát.\n2. Kiểm tra việc thực hiện.\nCụ thể:\n- Kiểm tra hồ sơ.',
    );
    expect(rows(r).map(([path]) => path)).toEqual(['1', '1.-1', '2', '2.-1']);
  });
});

describe('a unit that takes on the items below', () => {
  it('gives them to it from a paragraph under the heading', () => {
    const r = parseDirective(
      'THÀNH ỦY HUẾ\n*\nSố 12-CTr/TU\nHuế, ngày 10 tháng 3 năm 2027\n\nCHƯƠNG TRÌNH\nkiểm tra, giám sát năm 2027\n\n1. Kiểm tra, giám sát\nỦy ban Kiểm tra Thành ủy có trách nhiệm:\n- Kiểm tra tài chính đảng;\n- Giám sát thường xuyên.\n2. Tuyên truyền\nBan Chấp hành thống nhất các nội dung sau:\n- Tuyên truyền.',
    );
    const rows = r.tasks.flatMap((t) => [
      [t.path.join('.'), t.assignee],
      ...t.children.map((c) => [c.path.join('.'), c.assignee]),
    ]);
    expect(rows).toEqual([
      ['1', 'Ủy ban Kiểm tra Thành ủy'],
      ['1.-1', 'Ủy ban Kiểm tra Thành ủy'],
      ['1.-2', 'Ủy ban Kiểm tra Thành ủy'],
      ['2', null],
      ['2.-1', null],
    ]);
  });
});

describe("an event's particulars", () => {
  it('belong to the item above, not tasks of their own', () => {
    const r = parseDirective(
      'TỈNH ĐOÀN HÀ TĨNH\n*\nSố 45-KH/TĐTN\nHà Tĩnh, ngày 10 tháng 02 năm 2027\n\nKẾ HOẠCH\nTháng Thanh niên năm 2027\n\n1. Lễ ra quân\n- Thời gian: 7 giờ 30, Chủ nhật, ngày 07/3/2027.\n- Địa điểm: Quảng trường tỉnh.\n- Thành phần: Đoàn viên, thanh niên.\n2. Hội thi\n- Hình thức: trực tuyến.\n- Tuyên truyền trên mạng xã hội.',
    );
    expect(r.tasks.map((t) => [t.path.join('.'), t.children.map((c) => c.path.join('.'))])).toEqual([
      ['1', []],
      ['2', ['2.-1']],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date, d.time])).toEqual([[['1'], 'on', '2027-03-07', '07:30']]);
  });
});

describe('a lead-in under a heading that asks after its grounds', () => {
  it('gives the list below no assignee, as at the top of the document', () => {
    const r = parseDirective(
      'ĐẢNG ỦY PHƯỜNG AN HÒA\n*\nSố 12-KL/ĐU\nCần Thơ, ngày 10 tháng 3 năm 2027\n\nKẾT LUẬN\nthử\n\n2. Nhiệm vụ thời gian tới\nThực hiện Kế hoạch số 31-KH/TU, Ban Thường vụ yêu cầu các chi bộ trực thuộc thực hiện tốt các nội dung sau:\n2.1. Quán triệt nghị quyết.\n3. Tổ chức thực hiện\nGiao Văn phòng Đảng ủy theo dõi.',
    );
    expect(r.tasks.map((t) => [t.path.join(' '), t.assignee])).toEqual([
      ['2', null],
      ['3', 'Văn phòng Đảng ủy'],
    ]);
    expect(r.tasks[0]?.children.map((t) => t.assignee)).toEqual([null]);
  });
});

describe('a plan whose section headings name their period in ordinary case', () => {
  const text =
    'HUYỆN ỦY HÒA AN\nSố 12-KH/HU\n\nKẾ HOẠCH\ncông tác năm 2026\n\nI. Kết quả quý I năm 2026\nĐã tổ chức 5 hội nghị.\nII. Nhiệm vụ trọng tâm quý II năm 2026\n1. Ban Tuyên giáo tổ chức quán triệt nghị quyết.\n2. Ban Tổ chức rà soát cán bộ.\nIII. Phương hướng, nhiệm vụ 6 tháng cuối năm 2026\n1. Văn phòng tổng hợp báo cáo.\nIV. Giao Ban Tổ chức xây dựng kế hoạch quý III năm 2026\n';
  it('gives each forward heading its period, not the retrospective one or a task that plans', () => {
    const r = parseDirective(text, { referenceDate: '2026-04-01' });
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.kind, d.date])).toEqual([
      ['II', 'quarter', '2026-06-30'],
      ['III', 'half', '2026-12-31'],
    ]);
  });
});

describe('a joint office of two bodies', () => {
  it.each([
    ['on its own line', 'UBND HUYỆN THẠCH HÀ\nVĂN PHÒNG HĐND VÀ UBND\nSố: 215/GM-VP'],
    ['wrapped after "VÀ"', 'UBND HUYỆN THẠCH HÀ\nVĂN PHÒNG HĐND VÀ\nUBND\nSố: 215/GM-VP'],
    [
      'flattened beside the motto',
      'UBND HUYỆN THẠCH HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG HĐND VÀ UBND Độc lập - Tự do - Hạnh phúc\nSố: 215/GM-VP Thạch Hà, ngày 15 tháng 11 năm 2027',
    ],
  ])('keeps "VÀ UBND" in its name: %s', (_, head) => {
    const r = parseDirective(`${head}\n\nGIẤY MỜI\nDự hội nghị sơ kết\n\nKính gửi: Các phòng.\n`);
    expect([r.parent, r.issuer]).toEqual(['UBND HUYỆN THẠCH HÀ', 'VĂN PHÒNG HĐND VÀ UBND']);
  });
});

describe('a committee or office of the body named after it, in a flattened header', () => {
  it.each([
    [
      'BCH ĐOÀN TỈNH HÀ TĨNH ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 412-KH/TĐTN-PTTN Hà Tĩnh, ngày 22 tháng 02 năm 2027\nKẾ HOẠCH\nTổ chức Tháng Thanh niên',
      null,
      'BCH ĐOÀN TỈNH HÀ TĨNH',
    ],
    [
      'HĐND TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHƯỜNG TRỰC HĐND Độc lập - Tự do - Hạnh phúc\nSố: 45/TB-HĐND Gia Lai, ngày 5 tháng 3 năm 2027\n\nTHÔNG BÁO\nKết luận phiên họp',
      'HĐND TỈNH GIA LAI',
      'THƯỜNG TRỰC HĐND',
    ],
    [
      'HĐND TỈNH GIA LAI THƯỜNG TRỰC HĐND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 45/TB-HĐND Gia Lai, ngày 5 tháng 3 năm 2027\n\nTHÔNG BÁO\nKết luận phiên họp',
      'HĐND TỈNH GIA LAI',
      'THƯỜNG TRỰC HĐND',
    ],
  ])('%s', (head, parent, issuer) => {
    const r = parseDirective(`${head}\n\n1. Báo cáo trước ngày 30/6/2027.\n`);
    expect([r.parent, r.issuer]).toEqual([parent, issuer]);
  });
});

describe('an urgency stamp glued to a header line', () => {
  const BODY_AFTER = '\n\nKính gửi: Các sở.\n\n1. Báo cáo trước ngày 30/9/2027.';
  it.each([
    ['before the issuer', 'HỎA TỐC ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nSố: 12/UBND-VP\nV/v ứng phó bão', 'Hỏa tốc'],
    ['after the number', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/UBND-VP KHẨN\nV/v ứng phó bão', 'Khẩn'],
    [
      'after the date',
      'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/UBND-VP\nQuảng Trị, ngày 5 tháng 9 năm 2027 THƯỢNG KHẨN\nV/v ứng phó bão',
      'Thượng khẩn',
    ],
    ['before the V/v', 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/UBND-VP\nKHẨN V/v ứng phó bão', 'Khẩn'],
  ])('%s', (_, head, urgency) => {
    const r = parseDirective(`${head}${BODY_AFTER}`);
    expect([r.issuer, r.parent, r.subject, r.urgency]).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ',
      null,
      'ứng phó bão',
      urgency,
    ]);
  });

  it('is not read in words that only contain it ("BÍ MẬT", "KHẨN TRƯƠNG")', () => {
    const r = parseDirective(
      `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 12/UBND-VP\nV/v bảo vệ BÍ MẬT\nKHẨN TRƯƠNG TRIỂN KHAI${BODY_AFTER}`,
    );
    expect([r.urgency, r.confidentiality]).toEqual([null, null]);
  });
});

describe('a place-date glued to the end of the subject', () => {
  const HEAD = 'ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 12/UBND-VP\n';
  const BODY_AFTER = '\n\nKính gửi: Các sở.\n\n1. Báo cáo trước ngày 30/9/2027.';
  it.each([
    ['V/v hướng dẫn xây dựng dự toán Gia Lai, ngày 09 tháng 5 năm 2027\nngân sách nhà nước năm 2028', 'Gia Lai'],
    ['V/v hướng dẫn xây dựng dự toán\nngân sách nhà nước năm 2028 Gia Lai, ngày 09/5/2027', 'Gia Lai'],
  ])('is cut off, the subject wrapped around it joined: %s', (vv, place) => {
    const r = parseDirective(`${HEAD}${vv}${BODY_AFTER}`);
    expect([r.subject, r.place, r.date]).toEqual([
      'hướng dẫn xây dựng dự toán ngân sách nhà nước năm 2028',
      place,
      '2027-05-09',
    ]);
  });

  it('stays in the subject when it names a venue ("tại …") or a date line is there', () => {
    expect(parseDirective(`${HEAD}V/v dự hội nghị tại Pleiku, ngày 20/9/2027${BODY_AFTER}`).subject).toBe(
      'dự hội nghị tại Pleiku, ngày 20/9/2027',
    );
    const r = parseDirective(
      `${HEAD}V/v dự hội nghị, Pleiku, ngày 20/9/2027\nGia Lai, ngày 5 tháng 9 năm 2027${BODY_AFTER}`,
    );
    expect([r.subject, r.date]).toEqual(['dự hội nghị, Pleiku, ngày 20/9/2027', '2027-09-05']);
  });
});

describe('an invitation with its invitees on the label line', () => {
  it('reads "Kính mời: …" as the recipients, never as the subject', () => {
    const r = parseDirective(
      'SỞ TÀI CHÍNH\nSố: 56/GM-STC\nThái Nguyên, ngày 02 tháng 6 năm 2027\n\nGIẤY MỜI\n\nKính mời: Kế toán trưởng các sở, ban, ngành tỉnh.\n\nThời gian: 14 giờ 00, ngày 08/6/2027.\nĐịa điểm: Phòng họp tầng 3.\n\nTrân trọng kính mời./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nĐào Văn Khánh',
    );
    expect([r.docType, r.subject, r.recipients]).toEqual([
      'Giấy mời',
      null,
      ['Kế toán trưởng các sở, ban, ngành tỉnh'],
    ]);
    expect(r.deadlines.map((d) => [d.kind, d.date, d.time])).toEqual([['on', '2027-06-08', '14:00']]);
  });
});

describe('a number broken inside its symbol at the end of the header line', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HẢI\nSố: 215/KH-\nUBND\nĐông Hải, ngày 02 tháng 4 năm 2027', '215', 'KH-UBND'],
    ['ỦY BAN NHÂN DÂN\nXÃ ĐÔNG HẢI\nSố: 215/\nKH-UBND Đông Hải, ngày 02 tháng 4 năm 2027', '215', 'KH-UBND'],
  ])('is joined, the issuer left whole: %s', (head, number, symbol) => {
    const r = parseDirective(`${head}\n\nKẾ HOẠCH\nTriển khai thu hoạch lúa\n\n1. Rà soát diện tích.`);
    expect([r.number, r.symbol, r.issuer, r.parent, r.place, r.date]).toEqual([
      number,
      symbol,
      'ỦY BAN NHÂN DÂN XÃ ĐÔNG HẢI',
      null,
      'Đông Hải',
      '2027-04-02',
    ]);
  });

  it('is joined in a Party header', () => {
    const r = parseDirective(
      'ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY CHƯ SÊ\nSố 45-\nKH/HU\nChư Sê, ngày 02 tháng 4 năm 2027\n\nKẾ HOẠCH\nTriển khai nghị quyết\n\n1. Quán triệt nghị quyết.',
    );
    expect([r.number, r.symbol, r.issuer]).toEqual(['45', 'KH/HU', 'HUYỆN ỦY CHƯ SÊ']);
  });
});

describe('a place named with a hyphen ("Xuân Hương - Đà Lạt, ngày …")', () => {
  const HEAD = 'ỦY BAN NHÂN DÂN\nPHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT\n';
  const TAIL = '\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.';
  it.each([
    [
      'on its own line',
      'Số: 245/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nXuân Hương - Đà Lạt, ngày 08 tháng 6 năm 2027',
    ],
    ['flattened after the number', 'Số: 245/QĐ-UBND Xuân Hương - Đà Lạt, ngày 08 tháng 6 năm 2027'],
  ])('is the whole name %s', (_, lines) => {
    const text = `${HEAD}${lines}${TAIL}`;
    const r = parseDirective(text);
    expect([r.issuer, r.place, r.date, r.subject]).toEqual([
      'ỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT',
      'Xuân Hương - Đà Lạt',
      '2027-06-08',
      'Về việc thành lập Tổ công tác',
    ]);
  });
});

describe('a place broken over two header lines', () => {
  const TAIL =
    'Phước, ngày 05 tháng 3 năm 2027\nV/v triển khai thu hoạch lúa\n\nKính gửi: Các thôn.\n\n1. Rà soát diện tích.';
  it.each([
    [
      'after a flattened banner',
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TUY PHƯỚC Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VP Tuy\n',
    ],
    [
      'alone on its line',
      'ỦY BAN NHÂN DÂN\nXÃ TUY PHƯỚC\nSố: 12/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTuy\n',
    ],
  ])('is joined %s', (_, head) => {
    const r = parseDirective(`${head}${TAIL}`);
    expect([r.number, r.symbol, r.issuer, r.place, r.date, r.subject]).toEqual([
      '12',
      'UBND-VP',
      'ỦY BAN NHÂN DÂN XÃ TUY PHƯỚC',
      'Tuy Phước',
      '2027-03-05',
      'triển khai thu hoạch lúa',
    ]);
  });

  it('takes no words of a motto or an issuer in title case', () => {
    const r = parseDirective(
      'Sở Y tế\nSố: 12/SYT-VP\nĐộc Lập - Tự Do - Hạnh Phúc\nHà Nội, ngày 05 tháng 3 năm 2027\nV/v x\n\nKính gửi: Các phòng.\n\n1. Rà soát.',
    );
    expect([r.place, r.date]).toEqual(['Hà Nội', '2027-03-05']);
  });
});

describe("a Party board's name wrapped before its committee", () => {
  const doc = (head: string) =>
    parseDirective(
      `${head}\n*\nSố 45-CV/BTGDVTU\nThanh Hóa, ngày 06 tháng 01 năm 2027\nV/v tuyên truyền\n\nKính gửi: Các đảng ủy.\n\n1. Tuyên truyền.`,
    );
  it.each([
    ['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'TỈNH ỦY'],
    ['ỦY BAN KIỂM TRA', 'TỈNH ỦY'],
    ['BAN XÂY DỰNG ĐẢNG', 'ĐẢNG ỦY'],
  ])('is one issuer: %s ⏎ %s', (board, committee) => {
    const r = doc(`ĐẢNG BỘ TỈNH THANH HÓA\n${board}\n${committee}`);
    expect([r.issuer, r.parent]).toEqual([`${board} ${committee}`, 'ĐẢNG BỘ TỈNH THANH HÓA']);
  });

  it('leaves a committee under its own Party organisation the issuer', () => {
    expect([
      doc('ĐẢNG BỘ TỈNH THANH HÓA\nTỈNH ỦY').issuer,
      doc('TỈNH ỦY THANH HÓA\nBAN TUYÊN GIÁO VÀ DÂN VẬN').issuer,
    ]).toEqual(['TỈNH ỦY', 'BAN TUYÊN GIÁO VÀ DÂN VẬN']);
  });
});

describe('Party items numbered inside one paragraph', () => {
  it('are child items, each with its own assignee and deadline', () => {
    const r = parseDirective(
      'TỈNH ỦY HÀ TĨNH\n*\nSố 12-CT/TU\nHà Tĩnh, ngày 10 tháng 3 năm 2027\n\nCHỈ THỊ\nvề tăng cường phòng cháy\n\n1- Các cấp ủy quán triệt Chỉ thị.\n2- Giao các cơ quan tham mưu, giúp việc Tỉnh ủy: (1) Ban Tổ chức Tỉnh ủy tham mưu đánh giá, xếp loại; (2) Ban Nội chính Tỉnh ủy theo dõi, báo cáo trước ngày 31/10/2027; (3) Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền trong tháng 3/2027.',
    );
    const item = r.tasks[1];
    expect(item?.children.map((c) => [c.path.join('.'), c.assignee])).toEqual([
      ['2.(1)', 'Ban Tổ chức Tỉnh ủy'],
      ['2.(2)', 'Ban Nội chính Tỉnh ủy'],
      ['2.(3)', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ]);
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.date])).toEqual([
      ['2.(2)', '2027-10-31'],
      ['2.(3)', '2027-03-31'],
    ]);
  });
});

describe('a findings section of a thông báo kết luận', () => {
  const doc = (body: string) =>
    parseDirective(
      `ĐẢNG ỦY XÃ SÌN HỒ\n*\nSố 88-TB/ĐU\nSìn Hồ, ngày 20 tháng 6 năm 2027\n\nTHÔNG BÁO\nkết luận của Ban Thường vụ\n\n${body}`,
    );

  it('sets no deadline; the tasks after it do', () => {
    const r = doc(
      'I- ĐÁNH GIÁ CHUNG\n1. Ưu điểm\nCác chi bộ đã ban hành chương trình kiểm tra, giám sát hằng năm.\n2. Hạn chế\nViệc kiện toàn chi ủy chậm, sau khi có đồng chí ủy viên chuyển công tác.\nII- NHIỆM VỤ THỜI GIAN TỚI\n1. Các chi bộ hoàn thành kiện toàn chi ủy trước ngày 30/7/2027.',
    );
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.date])).toEqual([['II.1', '2027-07-30']]);
  });

  it('is not a task heading that evaluates ("2. Đánh giá, xếp loại")', () => {
    const r = doc(
      '1. Kiểm điểm tập thể.\n2. Đánh giá, xếp loại\n- Gửi hồ sơ đánh giá, xếp loại chậm nhất ngày 27/12/2027.',
    );
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.date])).toEqual([['2.-1', '2027-12-27']]);
  });
});

describe('an item that opens with its ground ("Căn cứ …, …")', () => {
  const doc = (body: string) =>
    parseDirective(
      `UBND TỈNH NGHỆ AN\nSỞ VĂN HÓA\nSố: 20/KH-SVH\nNghệ An, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\nTổ chức ngày hội\n\n${body}`,
    );

  it('is a task when a whole sentence goes on after the ground', () => {
    const r = doc(
      'III. TỔ CHỨC THỰC HIỆN\n1. Phòng Quản lý văn hóa chủ trì tổ chức ngày hội trước ngày 30/4/2027.\n2. UBND các xã\n- Căn cứ Kế hoạch này, xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở chậm nhất ngày 10/4/2027.\n- Tuyên truyền rộng rãi đến nhân dân.\n3. Căn cứ nội dung Kế hoạch, UBND các xã báo cáo kết quả trước ngày 20/4/2027.',
    );
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.date])).toEqual([
      ['III.1', '2027-04-30'],
      ['III.2.-1', '2027-04-10'],
      ['III.3', '2027-04-20'],
    ]);
    expect(r.tasks[0]?.children[2]?.assignee).toBe('UBND các xã');
  });

  it('stays a ground of the preamble before the tasks, or as a bare list item', () => {
    const r = doc(
      '- Căn cứ Điều lệ Đảng;\n- Căn cứ tình hình thực tế, Sở ban hành Kế hoạch.\n1. Phòng Quản lý văn hóa tổ chức ngày hội.\n- Căn cứ Quy chế làm việc;',
    );
    expect(r.tasks.map((t) => t.path.join('.'))).toEqual(['1']);
    expect(r.tasks[0]?.children).toEqual([]);
  });
});

describe('a place-date broken inside its date', () => {
  const HEAD = 'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TAM NÔNG Độc lập - Tự do - Hạnh phúc\n';
  const TAIL = '\nV/v triển khai thu hoạch lúa\n\nKính gửi: Các thôn.\n\n1. Rà soát diện tích.';
  it.each([
    ['after the month', 'Số: 12/UBND-VP Tam Nông, ngày 05 tháng 3\nnăm 2027'],
    ['after the day', 'Số: 12/UBND-VP Tam Nông, ngày 05\ntháng 3 năm 2027'],
    ['after the comma', 'Số: 12/UBND-VP Tam Nông,\nngày 05 tháng 3 năm 2027'],
  ])('is joined %s', (_, lines) => {
    const r = parseDirective(`${HEAD}${lines}${TAIL}`);
    expect([r.number, r.issuer, r.place, r.date, r.subject]).toEqual([
      '12',
      'ỦY BAN NHÂN DÂN XÃ TAM NÔNG',
      'Tam Nông',
      '2027-03-05',
      'triển khai thu hoạch lúa',
    ]);
  });

  it('keeps what follows the date on its line', () => {
    const r = parseDirective(
      'BAN CHẤP HÀNH ĐOÀN TỈNH QUẢNG NGÃI *** Số 412-CV/TĐTN V/v thực hiện chế độ thông tin,\nbáo cáo năm 2027 ĐOÀN TNCS HỒ CHÍ MINH Quảng Ngãi, ngày 25 tháng 01\nnăm 2027\n\nKính gửi: Các Đoàn trực thuộc.\n\n1. Báo cáo.',
    );
    expect([r.number, r.place, r.date, r.subject]).toEqual([
      '412',
      'Quảng Ngãi',
      '2027-01-25',
      'thực hiện chế độ thông tin, báo cáo năm 2027',
    ]);
  });
});

describe('a Party committee of a body in a flattened header', () => {
  it.each([
    [
      'ĐẢNG BỘ QUÂN SỰ TỈNH THÁI NGUYÊN ĐẢNG ỦY BỘ CHỈ HUY QUÂN SỰ TỈNH',
      'ĐẢNG ỦY BỘ CHỈ HUY QUÂN SỰ TỈNH',
      'ĐẢNG BỘ QUÂN SỰ TỈNH THÁI NGUYÊN',
    ],
    ['ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG ỦY CÔNG AN TỈNH', 'ĐẢNG ỦY CÔNG AN TỈNH', 'ĐẢNG BỘ TỈNH NGHỆ AN'],
    ['ĐẢNG BỘ TỈNH PHÚ THỌ ĐẢNG ỦY XÃ TAM NÔNG', 'ĐẢNG ỦY XÃ TAM NÔNG', 'ĐẢNG BỘ TỈNH PHÚ THỌ'],
  ])('keeps the committee with its body: %s', (head, issuer, parent) => {
    const r = parseDirective(
      `${head} * Số 57-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM Vinh, ngày 10 tháng 11 năm 2027\n\nNGHỊ QUYẾT\nvề tuyển quân\n\n1. Các chi bộ quán triệt.`,
    );
    expect([r.issuer, r.parent]).toEqual([issuer, parent]);
  });
});

describe('dates alone in a time column', () => {
  const doc = (rows: string) =>
    parseDirective(
      `UBND TỈNH AN GIANG\nSỞ NỘI VỤ\nSố: 15/KH-SNV\nAn Giang, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\nCải cách hành chính\n\n${rows}\n\nGIÁM ĐỐC\nNguyễn Văn A`,
    );

  it('are due dates under "Thời gian hoàn thành", yearless ones in the document year or the next', () => {
    const r = doc(
      '| STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành |\n| 1 | Rà soát thủ tục | Văn phòng Sở | 30/9/2027 |\n| 2 | Đào tạo cán bộ | Phòng Tổ chức | 15/10 |\n| 3 | Số hóa hồ sơ | Phòng Hành chính | 05/01 |\n| 4 | Triển khai phần mềm | Phòng Hành chính | Từ tháng 4/2027 |',
    );
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.kind, d.date, d.inferred ?? false])).toEqual([
      ['1', 'by', '2027-09-30', false],
      ['2', 'by', '2027-10-15', true],
      ['3', 'by', '2028-01-05', true],
    ]);
    expect(r.warnings.filter((w) => w.code === 'YEAR_ROLLOVER').map((w) => w.line)).toEqual([12]);
  });

  it('are event days under a bare "Thời gian", and need their year there', () => {
    const r = doc(
      '| STT | Nội dung | Đơn vị chủ trì | Thời gian |\n| 1 | Khai mạc | Văn phòng Sở | 15/4/2027 |\n| 2 | Bế mạc | Văn phòng Sở | 16/4 |',
    );
    expect(r.deadlines.map((d) => [d.kind, d.date])).toEqual([['on', '2027-04-15']]);
  });
});

describe('a period counted from the document taking effect', () => {
  const doc = (effect: string) =>
    parseDirective(
      `ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA KHÁNH\nSố: 45/QĐ-UBND\nHòa Khánh, ngày 14 tháng 6 năm 2027\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác rà soát hộ nghèo.\nĐiều 2. Tổ công tác có nhiệm vụ:\n1. Xây dựng kế hoạch trong thời hạn 07 ngày kể từ ngày Quyết định này có hiệu lực.\nĐiều 3. ${effect}\n\nCHỦ TỊCH\nNguyễn Văn A`,
    );

  it('is dated from the signing when the decision takes effect on signing', () => {
    // Mon 14/6/2027 + 7 days = Mon 21/6
    const r = doc('Quyết định này có hiệu lực kể từ ngày ký.');
    expect(r.deadlines.map((d) => [d.kind, d.date])).toEqual([['by', '2027-06-21']]);
  });

  it('stays relative when it takes effect on another day', () => {
    const r = doc('Quyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày công bố.');
    expect(r.deadlines.map((d) => [d.kind, d.date])[0]).toEqual(['relative', null]);
  });
});

describe("an inspectorate's công văn", () => {
  const doc = (header: string) =>
    parseDirective(
      `${header}\nSố: 312/TTr-NV1\nĐồng Tháp, ngày 15 tháng 4 năm 2027\nV/v cung cấp hồ sơ, tài liệu\n\nKính gửi: Các phòng, đơn vị trực thuộc.\n\n1. Gửi hồ sơ trước ngày 30/4/2027.\n\nKT. CHÁNH THANH TRA\nPHÓ CHÁNH THANH TRA\nNguyễn Văn A`,
    );

  it('parts the inspectorate from its committee, and is a công văn despite "TTr" in its symbol', () => {
    const r = doc(
      'UBND TỈNH ĐỒNG THÁP\nTHANH TRA TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
    );
    expect([r.parent, r.issuer, r.docType]).toEqual(['UBND TỈNH ĐỒNG THÁP', 'THANH TRA TỈNH', 'Công văn']);
  });

  it('keeps a head right after a head in one name when the header is flattened', () => {
    const r = doc(
      'UBND XÃ TÂN PHÚ BAN THANH TRA NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    );
    expect([r.parent, r.issuer]).toEqual(['UBND XÃ TÂN PHÚ', 'BAN THANH TRA NHÂN DÂN']);
  });

  it('takes a typed symbol for its type when there is no V/v line', () => {
    const r = parseDirective(
      'UBND TỈNH ĐỒNG THÁP\nSỞ NỘI VỤ\nSố: 45/TTr-SNV\nĐồng Tháp, ngày 15 tháng 4 năm 2027\n\nKính gửi: UBND tỉnh.\n\nSở Nội vụ kính trình UBND tỉnh xem xét.',
    );
    expect(r.docType).toBe('Tờ trình');
  });
});

describe('a monthly and a quarterly rule in one item', () => {
  it('keeps both: a quarter is no refinement of the month', () => {
    const r = parseDirective(
      'ĐẢNG ỦY XÃ TÂN PHÚ\n*\nSố 12-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nTân Phú, ngày 5 tháng 3 năm 2027\n\nKẾ HOẠCH\nsinh hoạt chi bộ\n\n1. Các chi bộ duy trì sinh hoạt định kỳ hằng tháng; sinh hoạt chuyên đề ít nhất mỗi quý một lần.\n2. Báo cáo hằng tháng (trước ngày 20 hằng tháng).\n\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn A',
    );
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.rrule])).toEqual([
      ['1', 'FREQ=MONTHLY'],
      ['1', 'FREQ=MONTHLY;INTERVAL=3'],
      ['2', 'FREQ=MONTHLY;BYMONTHDAY=20'],
    ]);
  });
});

describe("the signature's note beside the archive line", () => {
  it('is no part of the distribution item', () => {
    const r = parseDirective(
      'ỦY BAN MTTQ VIỆT NAM\nXÃ CHƯ PĂH\nSố: 12/KH-MTTQ\nChư Păh, ngày 5 tháng 3 năm 2027\n\nKẾ HOẠCH\ngiám sát\n\n1. Ban Thường trực giám sát trước ngày 30/6/2027.\n\nNơi nhận:                    TM. BAN THƯỜNG TRỰC\n- Như trên;                   CHỦ TỊCH\n- Lưu: VT. (Đã ký)\n\nNguyễn Văn A',
    );
    expect(r.distribution).toEqual(['Như trên', 'Lưu: VT']);
  });
});

describe('a task table row whose last cell is empty', () => {
  it('keeps its width: the content cell alone is the text, the lead from its column', () => {
    const r = parseDirective(
      'CÔNG AN TỈNH THÁI NGUYÊN\nSố: 215/KH-CAT-PV01\nThái Nguyên, ngày 03 tháng 3 năm 2027\n\nKẾ HOẠCH\nphòng, chống ma túy\n\n1. Lịch triển khai như sau:\n\n| TT | Nội dung | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp |\n|---|---|---|---|---|\n| 1 | Tổng rà soát địa bàn | Từ ngày 15/3 đến ngày 05/4/2027 | Công an các xã, phường | PC04 |\n| 2 | Lập hồ sơ cai nghiện | Trước ngày 30/4/2027 | Tổ đội quần chúng | |\n\nGIÁM ĐỐC\nNguyễn Văn A',
    );
    const rows = r.tasks[0]?.children ?? [];
    expect(rows.map((t) => [t.text, t.assignee])).toEqual([
      ['Tổng rà soát địa bàn', 'Công an các xã, phường'],
      ['Lập hồ sơ cai nghiện', 'Tổ đội quần chúng'],
    ]);
    expect(r.deadlines.map((d) => [d.task?.join('.'), d.date])).toEqual([
      ['1.1', '2027-04-05'],
      ['1.2', '2027-04-30'],
    ]);
  });
});

describe("an appendix table's group rows", () => {
  const doc = (rows: string) =>
    parseDirective(
      `UBND PHƯỜNG TAM KỲ\nSố: 74/KH-UBND\nTam Kỳ, ngày 22 tháng 02 năm 2027\n\nKẾ HOẠCH\nchuyển đổi số\n\n1. Triển khai các nhiệm vụ tại Phụ lục.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\nPHỤ LỤC\n(Kèm theo Kế hoạch số 74/KH-UBND ngày 22/02/2027)\n\n| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Ghi chú |\n${rows}`,
    );
  const outline = (tasks: readonly Task[]): string[] =>
    tasks.flatMap((t) => [`${t.path.join('.')} ${t.text}`, ...outline(t.children)]);

  it('are the parents of the rows below them: a letter, a merged cell, a heading after an empty cell', () => {
    const r = doc(
      '| A | NHIỆM VỤ CHUNG | | | | |\n| 1 | Kiện toàn tổ công nghệ số | Phòng Văn hóa - Xã hội | | Quý I/2027 | |\n| B. NHIỆM VỤ CỤ THỂ |\n| 2 | Tuyên truyền kỹ năng số | Phòng Văn hóa - Xã hội | | Thường xuyên | |\n| | C. KIỂM TRA, GIÁM SÁT | | | | |\n| 3 | Kiểm tra tiến độ | Văn phòng | | Quý IV/2027 | |',
    );
    expect(outline(r.tasks.filter((t) => t.path[0] === 'PL'))).toEqual([
      'PL.A NHIỆM VỤ CHUNG',
      'PL.A.1 Kiện toàn tổ công nghệ số',
      'PL.B NHIỆM VỤ CỤ THỂ',
      'PL.B.2 Tuyên truyền kỹ năng số',
      'PL.C KIỂM TRA, GIÁM SÁT',
      'PL.C.3 Kiểm tra tiến độ',
    ]);
    expect(r.deadlines.filter((d) => d.task?.[0] === 'PL').map((d) => d.task?.join('.'))).toEqual([
      'PL.A.1',
      'PL.B.2',
      'PL.C.3',
    ]);
  });
});

describe('bullets after an inline list', () => {
  const doc = (last: string) =>
    parseDirective(
      `TỈNH ỦY HÀ TĨNH\n*\nSố 45-TB/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 5 tháng 5 năm 2027\n\nTHÔNG BÁO\nkết luận của Thường trực Tỉnh ủy\n\n2. Yêu cầu thực hiện tốt ba nhiệm vụ: (1) hoàn thành giải phóng mặt bằng; (2) tháo gỡ vướng mắc; ${last}\n- Ban cán sự đảng UBND tỉnh chỉ đạo hoàn thành trước ngày 30/6/2027.\n- Ủy ban Kiểm tra Tỉnh ủy giám sát trong quý III/2027.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn A`,
    );
  const paths = (r: ReturnType<typeof parseDirective>) => r.deadlines.map((d) => d.task?.join('.'));

  it('belong to the item above the list when the last item closes its sentence', () => {
    expect(paths(doc('(3) đẩy nhanh giải ngân vốn. Cụ thể:'))).toEqual(['2.-1', '2.-2']);
  });

  it('belong to the last inline item when it opens them', () => {
    expect(paths(doc('(3) đẩy nhanh giải ngân vốn, gồm các nội dung:'))).toEqual(['2.(3).-1', '2.(3).-2']);
  });
});

describe("an invitation's lead-in", () => {
  it("gives the citation before 'trân trọng kính mời:', typed by its two-word name", () => {
    const r = parseDirective(
      'ỦY BAN MTTQ VIỆT NAM\nTỈNH ĐỒNG THÁP\nBAN THƯỜNG TRỰC\nSố: 412/GM-MTTQ-BTT\nĐồng Tháp, ngày 02 tháng 6 năm 2027\n\nGIẤY MỜI\nDự Hội nghị phản biện xã hội\n\nThực hiện Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 14/01/2027 giữa Ban Thường trực Ủy ban MTTQ tỉnh và Ủy ban nhân dân tỉnh, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trân trọng kính mời:\n\n- Đại diện lãnh đạo Sở Tài chính;\n- Đại diện Hội Nông dân tỉnh.\n\nThời gian: 08 giờ 00, ngày 10/6/2027.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\nNguyễn Văn A',
    );
    expect(r.references.map((x) => [x.id, x.docType, x.date])).toEqual([
      ['05/CTPH-MTTQ-UBND', 'Chương trình phối hợp', '2027-01-14'],
    ]);
  });
});

describe('headers of the Youth Union and the Front at three levels', () => {
  it("keeps the banner's words that open a body's name with its place", () => {
    const r = parseDirective(
      'ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐỒNG THÁP ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN XÃ TÂN HỒNG Tân Hồng, ngày 20 tháng 02 năm 2027\n***\nSố: 07-KH/ĐTN\nKẾ HOẠCH\nTháng Thanh niên\n\n1. Các chi đoàn báo cáo trước ngày 30/3/2027.',
    );
    expect([r.parent, r.issuer]).toEqual(['ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐỒNG THÁP', 'BCH ĐOÀN XÃ TÂN HỒNG']);
  });

  it('takes the body right above the issuer as its parent', () => {
    const r = parseDirective(
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH GIA LAI\nỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ CHƯ PĂH\nBAN THƯỜNG TRỰC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-MTTQ-BTT\nChư Păh, ngày 10 tháng 3 năm 2027\n\nKẾ HOẠCH\ngiám sát\n\n1. Các ban công tác Mặt trận báo cáo trước ngày 30/6/2027.',
    );
    expect([r.parent, r.issuer]).toEqual(['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ CHƯ PĂH', 'BAN THƯỜNG TRỰC']);
  });
});

describe("an invitation's list of those invited", () => {
  it('names no assignee under "Thành phần mời:"', () => {
    const r = parseDirective(
      'UBND PHƯỜNG PHAN THIẾT\nSố: 45/GM-UBND\nPhan Thiết, ngày 01 tháng 7 năm 2027\n\nGIẤY MỜI\nDự Hội nghị sơ kết\n\n1. Thành phần mời:\n- Chủ tịch, các Phó Chủ tịch UBND phường;\n- Trưởng Công an phường.\n2. Thời gian: 07 giờ 30 phút, ngày 09/7/2027.\n\nCHỦ TỊCH\nNguyễn Văn A',
    );
    expect(r.tasks[0]?.children.map((t) => t.assignee)).toEqual([null, null]);
  });
});

describe('a decision signed by its head in person, with the plan it issues attached', () => {
  it('finds the lone position and name after Nơi nhận, not a name deep in the attachment', () => {
    const plan = Array.from({ length: 40 }, (_, i) => `- Nội dung ${i + 1}: các xã rà soát, báo cáo UBND tỉnh.\n`).join(
      '',
    );
    const r = parseDirective(
      `ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 21/QĐ-UBND\nGia Lai, ngày 05 tháng 3 năm 2027\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Bình\n\nỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nKẾ HOẠCH\nCao điểm\n\n1. Nhiệm vụ\n${plan}\n2. Sở Tư pháp; Sở Tài chính\n- Sở Tư pháp: hướng dẫn.\n`,
    );
    expect([r.signer.position, r.signer.name]).toEqual(['CHỦ TỊCH', 'Trần Văn Bình']);
  });
});

describe('inner outline levels in the order the writer chose', () => {
  const paths = (tasks: Task[], out: string[] = []): string[] => {
    for (const t of tasks) {
      out.push(t.path.join('.'));
      paths(t.children, out);
    }
    return out;
  };

  it('nests "(1)" under "b)" and goes back to "c)"', () => {
    const r = parseDirective(
      'ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/TB-UBND\n\nTHÔNG BÁO\nKết luận\n\n1. Giao nhiệm vụ\na) Sở Xây dựng\n- Rà soát.\nb) Sở Tài chính\n(1) Bố trí vốn trước ngày 30/6/2026.\n(2) Thẩm định dự toán.\nc) UBND các xã\n- Giải phóng mặt bằng.\n2. Tổ chức thực hiện\n',
    );
    expect(paths(r.tasks)).toEqual(['1', '1.a', '1.a.-1', '1.b', '1.b.(1)', '1.b.(2)', '1.c', '1.c.-1', '2']);
    expect(r.deadlines.map((d) => d.task?.join('.'))).toEqual(['1.b.(1)']);
  });

  it('nests "a)" under a dash and goes back to the next dash', () => {
    const r = parseDirective(
      'ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện\n\n1. Phân công\n- Sở Tài chính:\na) Bố trí kinh phí.\nb) Hướng dẫn thanh toán.\n- Sở Tư pháp: thẩm định văn bản.\n',
    );
    expect(paths(r.tasks)).toEqual(['1', '1.-1', '1.-1.a', '1.-1.b', '1.-2']);
  });

  it('keeps a numbered item after a list of dashes at its own level', () => {
    const r = parseDirective(
      'ỦY BAN NHÂN DÂN\nTỈNH X\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nThực hiện\n\n1. Mục đích\n- Nâng cao nhận thức.\n- Bảo đảm đồng bộ.\n2. Nhiệm vụ\na) Rà soát.\n',
    );
    expect(paths(r.tasks)).toEqual(['1', '1.-1', '1.-2', '2', '2.a']);
  });
});
