// Paragraphs from wrapped lines: where a PDF or Word copy broke a line, and where a paragraph ends.
import { describe, expect, it } from 'vitest';
import { locate, toBlocks } from '../../src/text/blocks.js';
import { toLines } from '../../src/text/lines.js';

const blocks = (text: string) => toBlocks(toLines(text)).blocks.map((b) => b.text);

describe('wrapped lines', () => {
  it('joins a unit name broken at its hyphen ("… Giáo dục nghề nghiệp" ⏎ "- Giáo dục thường xuyên …")', () => {
    expect(
      blocks(
        'Chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp\n- Giáo dục thường xuyên tỉnh hướng dẫn, kiểm tra.\n- Kế hoạch năm học được ban hành.',
      ),
    ).toEqual([
      'Chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tỉnh hướng dẫn, kiểm tra.',
      '- Kế hoạch năm học được ban hành.',
    ]);
  });

  it('joins a citation broken before its article ("… quy định tại" ⏎ "Điều 4 …"), keeps an article heading', () => {
    expect(
      blocks(
        '1. Rà soát hồ sơ theo quy trình tại\nĐiều 4 Quyết định số 15/2025/QĐ-UBND.\n2. Bố trí kinh phí theo\nkhoản 2 Điều 5 Thông tư số 10/2024/TT-BTC.\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.',
      ),
    ).toEqual([
      '1. Rà soát hồ sơ theo quy trình tại Điều 4 Quyết định số 15/2025/QĐ-UBND.',
      '2. Bố trí kinh phí theo khoản 2 Điều 5 Thông tư số 10/2024/TT-BTC.',
      'Điều 3. Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
  });

  it('joins a document number broken inside its symbol ("… số 215/KH-" ⏎ "UBND ngày …"), not a bullet after a dash', () => {
    expect(
      blocks(
        'Thực hiện Kế hoạch số 215/KH-\nUBND ngày 28/12/2026 và Công văn số 1234/\nUBND-KT ngày 05/3/2027.\nTổ chức hội nghị.\nGiảm 20-\n- Rà soát hồ sơ.',
      ),
    ).toEqual([
      'Thực hiện Kế hoạch số 215/KH-UBND ngày 28/12/2026 và Công văn số 1234/UBND-KT ngày 05/3/2027.',
      'Tổ chức hội nghị.',
      'Giảm 20-',
      '- Rà soát hồ sơ.',
    ]);
  });

  it('cuts a paragraph before each item of an inline list ("…: (1) …; (2) …"), each traced to its line', () => {
    const { blocks: out } = toBlocks(
      toLines(
        '7- Giao các cơ quan tham mưu: (1) Ban Tổ chức tham mưu; (2) Ban Nội chính\ntheo dõi, đôn đốc; (3) Văn phòng tổng hợp.',
      ),
    );
    expect(out.map((b) => b.text)).toEqual([
      '7- Giao các cơ quan tham mưu:',
      '(1) Ban Tổ chức tham mưu;',
      '(2) Ban Nội chính theo dõi, đôn đốc;',
      '(3) Văn phòng tổng hợp.',
    ]);
    expect(out.map((b) => locate(b, 0))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 31 },
      { line: 1, column: 57 },
      { line: 2, column: 20 },
    ]);
  });

  it('leaves numbers in parentheses that open no list where they are', () => {
    for (const text of [
      'Theo điểm (1) và (2) khoản 3: thực hiện.',
      'Gồm: (2) Sở Y tế; (3) Sở Tài chính.',
      'Nội dung: (1) Rà soát hồ sơ.',
    ]) {
      expect(blocks(text)).toEqual([text]);
    }
  });

  it('starts a paragraph at the verb under a long unit-name heading ("… Cà Mau" ⏎ "Vận hành …")', () => {
    const heading = '4. Công ty TNHH Một thành viên Khai thác công trình thủy lợi Cà Mau';
    const text = [
      'Các đơn vị thực hiện nghiêm các nội dung sau đây, bảo đảm đúng tiến độ đề ra',
      heading,
      'Vận hành hệ thống cống ngăn mặn, hoàn thành trước ngày 30/4/2027.',
      '5. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh',
      'Sẵn sàng lực lượng, phương tiện hỗ trợ các địa phương.',
    ].join('\n');
    expect(blocks(text).slice(1)).toEqual([
      heading,
      'Vận hành hệ thống cống ngăn mặn, hoàn thành trước ngày 30/4/2027.',
      '5. Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh',
      'Sẵn sàng lực lượng, phương tiện hỗ trợ các địa phương.',
    ]);
  });

  it('starts a paragraph at a capitalised verb after a full-width heading, not after a name head', () => {
    const line = 'Thực hiện nghiêm công tác quản lý đảng viên, nhất là đảng viên đi làm ăn xa nơi';
    const heading = '5. Các đồng chí Ủy viên BTV Đảng ủy, Ủy viên BCH Đảng bộ phường';
    expect(
      blocks(
        `${line}\ncư trú.\n${heading}\nChỉ đạo, đôn đốc thực hiện.\n6. Kiện toàn tổ chức bộ máy, bố trí cán bộ và thành lập Tổ giúp việc của Ban\nChỉ đạo tỉnh về chuyển đổi số.`,
      ),
    ).toEqual([
      `${line} cư trú.`,
      heading,
      'Chỉ đạo, đôn đốc thực hiện.',
      '6. Kiện toàn tổ chức bộ máy, bố trí cán bộ và thành lập Tổ giúp việc của Ban Chỉ đạo tỉnh về chuyển đổi số.',
    ]);
  });

  it('joins a clause after ";" or ":" that opens in lower case', () => {
    expect(
      blocks(
        '1. Văn phòng hướng dẫn, đôn đốc thực hiện Kế hoạch;\ntổng hợp kết quả báo cáo trước ngày 10/9/2026.\n2. Ban Tổ chức hướng dẫn cơ sở:\nrà soát trước ngày 12/9/2026.',
      ),
    ).toEqual([
      '1. Văn phòng hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả báo cáo trước ngày 10/9/2026.',
      '2. Ban Tổ chức hướng dẫn cơ sở: rà soát trước ngày 12/9/2026.',
    ]);
  });

  it('joins a date to a short line that ends on the word needing it ("… trước ngày" ⏎ "05/3/2027.")', () => {
    const long = `Thực hiện Kế hoạch số 35/KH-SGDĐT ngày 10/01/2027 của Sở Giáo dục và Đào tạo tỉnh Điện Biên`;
    expect(
      blocks(
        `${long}.\na) Ban hành thể lệ; hoàn thành trước ngày\n05/3/2027.\n1. Báo cáo kết quả.\n2026 là năm bản lề.`,
      ),
    ).toEqual([
      `${long}.`,
      'a) Ban hành thể lệ; hoàn thành trước ngày 05/3/2027.',
      '1. Báo cáo kết quả.',
      '2026 là năm bản lề.',
    ]);
  });

  it('keeps a paragraph after ";" that opens with a capital, a marker or a blank line', () => {
    expect(blocks('1. Rà soát hồ sơ;\nBáo cáo kết quả.\n- Lập danh sách;\n\ntổng hợp sau.')).toEqual([
      '1. Rà soát hồ sơ;',
      'Báo cáo kết quả.',
      '- Lập danh sách;',
      'tổng hợp sau.',
    ]);
  });

  it('reads "- 100% …" under a heading as a bullet, and "- 2030)" after a year as the same line', () => {
    expect(
      blocks('2. Chỉ tiêu cụ thể\n- 100% ổ dịch được xử lý trong 48 giờ.\n- Nhiệm kỳ 2025\n- 2030) hoàn thành.'),
    ).toEqual(['2. Chỉ tiêu cụ thể', '- 100% ổ dịch được xử lý trong 48 giờ.', '- Nhiệm kỳ 2025 - 2030) hoàn thành.']);
  });

  it('joins a document code wrapped onto its own line (no caps heading)', () => {
    expect(blocks('1. Tập thể tự kiểm điểm theo mẫu\n01-HD/BTCTW.\n2. Báo cáo.')).toEqual([
      '1. Tập thể tự kiểm điểm theo mẫu 01-HD/BTCTW.',
      '2. Báo cáo.',
    ]);
  });

  it('reads a dash inside an open parenthesis as part of the line, not a bullet', () => {
    expect(
      blocks(
        '4. Gửi báo cáo về Ban (qua Phòng Thông tin\n- Báo chí, Email: pttbc@example.vn) chậm nhất là ngày 30/9/2026.',
      ),
    ).toEqual([
      '4. Gửi báo cáo về Ban (qua Phòng Thông tin - Báo chí, Email: pttbc@example.vn) chậm nhất là ngày 30/9/2026.',
    ]);
  });
});

describe('lines of a text copy', () => {
  const units = (text: string) => toLines(text).map((l) => [l.text, l.cell ?? null]);

  it('keeps a list marker with its text across a tab (no two columns)', () => {
    expect(units('1.\tThời gian trực: từ ngày 04/02/2027.')).toEqual([
      ['1.    Thời gian trực: từ ngày 04/02/2027.', null],
    ]);
  });

  it('reads a .doc row without its outer pipes as cells', () => {
    expect(units('SỞ Y TẾ THANH HÓA|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v tổ chức trực|')).toEqual([
      ['SỞ Y TẾ THANH HÓA', 0],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1],
      ['V/v tổ chức trực', 0],
    ]);
  });
});

describe('a quarter broken before its numeral', () => {
  it('joins "… trong quý" ⏎ "III/2027.", keeps a Roman heading after "quý" apart', () => {
    expect(
      blocks(
        '- Số hóa hồ sơ địa chính còn lưu trữ bản giấy, hoàn thành trong quý\nIII/2027.\n- Làm sạch dữ liệu đất đai trong quý\nII. NHIỆM VỤ',
      ),
    ).toEqual([
      '- Số hóa hồ sơ địa chính còn lưu trữ bản giấy, hoàn thành trong quý III/2027.',
      '- Làm sạch dữ liệu đất đai trong quý',
      'II. NHIỆM VỤ',
    ]);
  });
});

describe("a full line broken before a name's dash", () => {
  const full = 'UBND tỉnh điều chỉnh kế hoạch vốn năm 2027 cho các dự án của phường Xuân Hương';
  const para = (last: string) =>
    `2.2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định, tham mưu cho\n${last}\n- Đà Lạt; hoàn thành trước ngày 10/5/2027.\n- Các sở, ngành phối hợp thực hiện.`;

  it('joins "… phường Xuân Hương" ⏎ "- Đà Lạt; …"', () => {
    expect(blocks(para(full))).toEqual([
      `2.2. Giao Sở Tài chính chủ trì, phối hợp với Sở Xây dựng thẩm định, tham mưu cho ${full} - Đà Lạt; hoàn thành trước ngày 10/5/2027.`,
      '- Các sở, ngành phối hợp thực hiện.',
    ]);
  });

  it('keeps a bullet after a short line or a closed clause', () => {
    expect(blocks(para('UBND tỉnh điều chỉnh kế hoạch vốn'))).toHaveLength(3);
    expect(blocks(para(`${full};`))).toHaveLength(3);
  });
});

describe('an inline list broken before its next item', () => {
  it('joins "… ba nội dung: (1) …;" ⏎ "(2) …" and cuts the items', () => {
    expect(
      blocks(
        'Chủ trì thực hiện ba nội dung: (1) sơ\nkết công tác kiểm tra, hoàn thành trước ngày 25/6/2027;\n(2) kiểm tra chi bộ trong tháng 7/2027;\n(3) giám sát chuyên đề, hoàn thành trong quý III/2027.\n(4) Một mục khác.',
      ),
    ).toEqual([
      'Chủ trì thực hiện ba nội dung:',
      '(1) sơ kết công tác kiểm tra, hoàn thành trước ngày 25/6/2027;',
      '(2) kiểm tra chi bộ trong tháng 7/2027;',
      '(3) giám sát chuyên đề, hoàn thành trong quý III/2027.',
      '(4) Một mục khác.',
    ]);
  });
});
