import { describe, expect, it } from 'vitest';
import { findDistribution } from '../../src/rules/distribution.js';
import { findRecipients } from '../../src/rules/recipients.js';
import { addresseeLabel } from '../../src/text/labels.js';
import { toLines } from '../../src/text/lines.js';

function recipients(text: string): string[] {
  const lines = toLines(text);
  const at = lines.findIndex((l) => addresseeLabel(l.canon) !== null);
  return findRecipients(lines, at, lines.length).map((r) => r.text);
}

function distribution(text: string): string[] {
  const lines = toLines(text);
  const at = lines.findIndex((l) => l.text.startsWith('Nơi') || l.text.includes('Nơi nhận'));
  return findDistribution(lines, at, lines.length).map((r) => r.text);
}

describe('a unit name broken at its hyphen', () => {
  it('goes on after the line break in Kính gửi and Nơi nhận; a bullet after a stop stays a bullet', () => {
    expect(
      recipients(
        'Kính gửi:\n- Lãnh đạo các phòng: Nông nghiệp và Môi trường, Tài chính\n- Kế hoạch, Kinh tế - Hạ tầng;\n- Phòng Văn hóa;\n- Xã hội học đường.\n\nThực hiện',
      ),
    ).toEqual([
      'Lãnh đạo các phòng: Nông nghiệp và Môi trường, Tài chính - Kế hoạch, Kinh tế - Hạ tầng',
      'Phòng Văn hóa',
      'Xã hội học đường',
    ]);
    expect(distribution('Nơi nhận:\n- Như trên;\n- Phòng Lao động\n- Thương binh và Xã hội;\n- Lưu: VT.')).toEqual([
      'Như trên',
      'Phòng Lao động - Thương binh và Xã hội',
      'Lưu: VT',
    ]);
  });
});

describe('Kính gửi', () => {
  it.each([
    [
      'Kính gửi: Các cấp ủy cơ sở trực thuộc Đảng uỷ\n\nNgày 14/4/2026, Đảng ủy nhận được',
      ['Các cấp ủy cơ sở trực thuộc Đảng uỷ'],
    ],
    [
      'Kính gửi:\n\n- Các sở, ngành thành phố;\n- Ủy ban nhân dân các xã, phường, đặc khu.\n\nThực hiện chỉ đạo',
      ['Các sở, ngành thành phố', 'Ủy ban nhân dân các xã, phường, đặc khu'],
    ],
    [
      'Kính gửi: - Các ban xây dựng Đảng, Văn phòng Thành ủy;\n- Ban thường vụ các đảng ủy trực thuộc Thành ủy;\n\nThực hiện',
      ['Các ban xây dựng Đảng, Văn phòng Thành ủy', 'Ban thường vụ các đảng ủy trực thuộc Thành ủy'],
    ],
    [
      'Kính gửi: - Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã,\nphường trên địa bàn tỉnh.\n\nThực hiện',
      ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các xã, phường trên địa bàn tỉnh'],
    ],
    ['Kính gửi: Sở Nội vụ; Sở Tài chính.\n\nThực hiện', ['Sở Nội vụ', 'Sở Tài chính']],
    // an invitation names its invitees after "kính mời:" / "triệu tập các đồng chí … sau:"
    [
      'Ủy ban nhân dân xã Mường Hum trân trọng kính mời:\n- Đồng chí Bí thư Đảng ủy xã;\n- Trưởng các thôn, bản.\n\nThời gian: 07 giờ 30',
      ['Đồng chí Bí thư Đảng ủy xã', 'Trưởng các thôn, bản'],
    ],
    [
      'Căn cứ Kế hoạch số 45-KH/TĐTN, Ban Thường vụ Tỉnh Đoàn triệu tập các đồng chí có tên sau:\n- Bí thư Đoàn các xã, phường;\n- Cán bộ chuyên trách.\n\nThời gian:',
      ['Bí thư Đoàn các xã, phường', 'Cán bộ chuyên trách'],
    ],
    // the list after a colon wrapped after a comma
    [
      'Kính gửi:\n- Giám đốc các sở: Nông nghiệp và Môi trường, Xây dựng, Y tế,\nGiáo dục và Đào tạo;\n- Chủ tịch Ủy ban nhân dân các xã.\nThực hiện chỉ đạo của Chủ tịch UBND tỉnh, đề nghị:',
      [
        'Giám đốc các sở: Nông nghiệp và Môi trường, Xây dựng, Y tế, Giáo dục và Đào tạo',
        'Chủ tịch Ủy ban nhân dân các xã',
      ],
    ],
    // or on the label's own line: "Kính mời: …"
    [
      'Kính mời: Kế toán trưởng các sở, ban, ngành tỉnh.\n\nThời gian: 14 giờ 00 phút, thứ Ba, ngày 08/6/2027.',
      ['Kế toán trưởng các sở, ban, ngành tỉnh'],
    ],
    // the addressee and its full stop on the label line close the list: the dashes below are tasks
    ['Kính gửi: Các sở.\n\n- Làm A trước ngày 20/11/2026.\n- Làm B.', ['Các sở']],
  ])('%s', (text, expected) => {
    expect(recipients(text)).toEqual(expected);
  });
});

describe('Kính gửi items that wrap', () => {
  it('joins a line that goes on with a capitalised name and closes the item', () => {
    expect(
      recipients(
        'Kính gửi:\n- Các phòng, ban chuyên môn;\n- Các đơn vị sự nghiệp công lập trực thuộc\n  UBND thành phố.\n\nThực hiện',
      ),
    ).toEqual(['Các phòng, ban chuyên môn', 'Các đơn vị sự nghiệp công lập trực thuộc UBND thành phố']);
  });

  it('keeps an undashed last addressee that ends in a full stop', () => {
    expect(
      recipients('Kính gửi:\nCác bệnh viện tuyến tỉnh;\nTrung tâm Y tế các huyện, thị xã, thành phố.\n\nThực hiện'),
    ).toEqual(['Các bệnh viện tuyến tỉnh', 'Trung tâm Y tế các huyện, thị xã, thành phố']);
  });

  it('splits a label line at its semicolons, a last addressee in lower case included', () => {
    expect(
      recipients('Kính gửi: Ban Quản lý dự án xã; Phòng Kinh tế; các nhà thầu thi công trên địa bàn xã.\n\nNội dung'),
    ).toEqual(['Ban Quản lý dự án xã', 'Phòng Kinh tế', 'các nhà thầu thi công trên địa bàn xã']);
  });

  it('does not take the body that follows an unpunctuated last item', () => {
    expect(recipients('Kính gửi:\n- Các sở, ban, ngành tỉnh\nThực hiện Công văn số 12/BYT-DP của Bộ Y tế.')).toEqual([
      'Các sở, ban, ngành tỉnh',
    ]);
  });
});

describe('Nơi nhận', () => {
  it('reads a state list up to the archive line', () => {
    expect(
      distribution('***Nơi nhận:***\n- Như trên;\n- CT, các PCT UBND;\n- Lưu: VT, TH.\n\n**KT. CHỦ TỊCH**'),
    ).toEqual(['Như trên', 'CT, các PCT UBND', 'Lưu: VT, TH']);
  });

  it('reads a Party list with purposes kept', () => {
    expect(
      distribution(
        'Nơi nhận:\n\n- Ban Tổ chức Thành ủy (để báo cáo),\n- Như trên,\n- Lưu Văn phòng Đảng ủy.\n\nT/M BAN THƯỜNG VỤ',
      ),
    ).toEqual(['Ban Tổ chức Thành ủy (để báo cáo)', 'Như trên', 'Lưu Văn phòng Đảng ủy']);
  });

  it('keeps the first item on the label line and stops at the signer', () => {
    expect(distribution('Nơi nhận: - Như trên;\n- Lưu: VT.\nPHÓ CHỦ TỊCH\nLê Văn A')).toEqual(['Như trên', 'Lưu: VT']);
  });
});

describe("a page's running title among the items", () => {
  it('is no item of Nơi nhận, between items or before the first', () => {
    expect(
      distribution(
        'Nơi nhận:\n- Như trên,\nTHÀNH ỦY HẢI PHÒNG\n- Ban Thường vụ,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ',
      ),
    ).toEqual(['Như trên', 'Ban Thường vụ', 'Lưu Văn phòng']);
    expect(
      distribution('Nơi nhận:\n\nĐẢNG ỦY CÁC CƠ QUAN\n\n- Như trên,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ'),
    ).toEqual(['Như trên', 'Lưu Văn phòng']);
  });

  it('is no addressee between dashed Kính gửi items, the first on the label line', () => {
    expect(
      recipients('Kính gửi: - Các cơ quan tham mưu,\nTHÀNH ỦY HẢI PHÒNG\n- Các chi bộ trực thuộc,\n\nNgày 31/3/2026'),
    ).toEqual(['Các cơ quan tham mưu', 'Các chi bộ trực thuộc']);
  });

  it('is no addressee after a dashed Kính gửi list', () => {
    expect(
      recipients('Kính gửi:\n- Các cơ quan tham mưu,\n- Các chi bộ trực thuộc,\nTHÀNH ỦY HẢI PHÒNG\n\nNgày 31/3/2026'),
    ).toEqual(['Các cơ quan tham mưu', 'Các chi bộ trực thuộc']);
  });
});

describe('Đồng kính gửi', () => {
  it('adds its addressees to the list, without the label', () => {
    const text =
      'Kính gửi:\n- Thanh tra tỉnh;\n- Chủ tịch UBND các xã, phường, đặc khu Lý Sơn.\nĐồng kính gửi: Văn phòng Tỉnh ủy.\n\nThực hiện Kết luận số 12-KL/TU, Chủ tịch UBND tỉnh chỉ đạo:';
    expect(recipients(text)).toEqual([
      'Thanh tra tỉnh',
      'Chủ tịch UBND các xã, phường, đặc khu Lý Sơn',
      'Văn phòng Tỉnh ủy',
    ]);
  });
});

describe('lists without dashes', () => {
  it('splits Kính gửi lines ending in ";"', () => {
    expect(recipients('Kính gửi:\nCác sở, ban, ngành tỉnh;\nỦy ban nhân dân các xã, phường.\n\nThực hiện')).toEqual([
      'Các sở, ban, ngành tỉnh',
      'Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('splits Kính gửi lines without any separator where each opens with a unit or a post', () => {
    expect(
      recipients(
        'Kính gửi:\nCác sở, ban, ngành tỉnh\nUBND các huyện, thị xã, thành phố\nGiám đốc Ban Quản lý các khu công nghiệp\n\nThực hiện',
      ),
    ).toEqual([
      'Các sở, ban, ngành tỉnh',
      'UBND các huyện, thị xã, thành phố',
      'Giám đốc Ban Quản lý các khu công nghiệp',
    ]);
    // Indented under the label's first addressee; the body at the margin is not one.
    expect(
      recipients(
        'Kính gửi: Các sở, ban, ngành tỉnh\n          UBND các huyện, thị xã\nSở Y tế chủ trì theo dõi tình hình',
      ),
    ).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã']);
    // A name that wraps after "và" goes on.
    expect(recipients('Kính gửi:\nỦy ban nhân dân huyện và\nBan Chỉ huy Quân sự huyện\n\nThực hiện')).toEqual([
      'Ủy ban nhân dân huyện và Ban Chỉ huy Quân sự huyện',
    ]);
  });

  it('splits Nơi nhận lines ending in ";" or ","', () => {
    expect(distribution('Nơi nhận:\nNhư trên;\nUBND tỉnh (b/c);\nLưu: VT.\n\nKT. CHỦ TỊCH')).toEqual([
      'Như trên',
      'UBND tỉnh (b/c)',
      'Lưu: VT',
    ]);
    expect(
      distribution('Nơi nhận:\nThường trực Tỉnh ủy (để báo cáo),\nCác chi bộ,\nLưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ'),
    ).toEqual(['Thường trực Tỉnh ủy (để báo cáo)', 'Các chi bộ', 'Lưu Văn phòng']);
  });

  it('splits Nơi nhận lines without any separator at a unit, a post or a list word', () => {
    expect(
      distribution('Nơi nhận:\nNhư trên\nThường trực Tỉnh ủy\nĐ/c Chủ tịch UBND tỉnh\nLưu VT, VP\n\nKT. CHỦ TỊCH'),
    ).toEqual(['Như trên', 'Thường trực Tỉnh ủy', 'Đ/c Chủ tịch UBND tỉnh', 'Lưu VT, VP']);
    // a wrapped item goes on in lower case, or after "và"
    expect(
      distribution(
        'Nơi nhận:\nNhư trên\nBan Thường vụ Tỉnh ủy (để\nbáo cáo)\nUBND huyện và\nBan Chỉ huy Quân sự huyện\nLưu VT.',
      ),
    ).toEqual(['Như trên', 'Ban Thường vụ Tỉnh ủy (để báo cáo)', 'UBND huyện và Ban Chỉ huy Quân sự huyện', 'Lưu VT']);
  });

  it('leaves out a signature note printed beside an item that ends in a comma', () => {
    const text = [
      '                                            T/M BAN THƯỜNG VỤ',
      'Nơi nhận:                                 PHÓ BÍ THƯ THƯỜNG TRỰC',
      '- Như kính gửi,',
      '- Các đồng chí Tỉnh ủy viên,                     (Đã ký)',
      '- Lưu Văn phòng Tỉnh ủy.',
      '                                              Lê Văn Cường',
    ].join('\n');
    expect(distribution(text)).toEqual(['Như kính gửi', 'Các đồng chí Tỉnh ủy viên', 'Lưu Văn phòng Tỉnh ủy']);
  });

  it('keeps a place and a date that a gap after the comma separates', () => {
    const units = toLines('Hà Nội,      ngày 05 tháng 5 năm 2026').map((u) => u.text);
    expect(units).toEqual(['Hà Nội,      ngày 05 tháng 5 năm 2026']);
  });

  it('joins a bulleted item that wrapped after a comma', () => {
    expect(distribution('Nơi nhận:\n- Các chi bộ, đảng bộ,\ntổ chức chính trị trực thuộc;\n- Lưu: VT.')).toEqual([
      'Các chi bộ, đảng bộ, tổ chức chính trị trực thuộc',
      'Lưu: VT',
    ]);
  });
});

describe('items run onto one line', () => {
  it('splits at a dash after a separator, not at a dash inside a name', () => {
    expect(recipients('Kính gửi: - Phòng Tài chính - Kế hoạch; - Phòng Nội vụ.\n\nThực hiện')).toEqual([
      'Phòng Tài chính - Kế hoạch',
      'Phòng Nội vụ',
    ]);
    expect(distribution('Nơi nhận: - Các đảng bộ, - Lưu VPTU.')).toEqual(['Các đảng bộ', 'Lưu VPTU']);
  });
});
