import { describe, expect, it } from 'vitest';
import { findSigner } from '../../src/rules/signer.js';
import { toLines } from '../../src/text/lines.js';
import { isPersonName, matchAuthority } from '../../src/text/signature-patterns.js';

function signer(text: string) {
  const lines = toLines(text);
  const start = lines.findIndex((l) => l.text !== '');
  return findSigner(lines, start, lines.length).value;
}

describe('signature block', () => {
  it.each([
    ['**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\nPhạm Văn A', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Phạm Văn A'],
    [
      'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n(đã ký)\n**Trần Thị B**',
      'KT. CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'Trần Thị B',
    ],
    [
      'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn C',
      'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Văn C',
    ],
    // the authority wrapping onto a second line before the title
    [
      'TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ\nVIỆT NAM TỈNH ĐỒNG THÁP\nPHÓ CHỦ TỊCH\n\nLê Thị K',
      'TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG THÁP',
      'PHÓ CHỦ TỊCH',
      'Lê Thị K',
    ],
    [
      'TM. BAN CHẤP HÀNH ĐOÀN\nTNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK\nBÍ THƯ\n\nY Nhơn',
      'TM. BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐẮK LẮK',
      'BÍ THƯ',
      'Y Nhơn',
    ],
    ['KT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn D', 'KT.CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn D'],
    ['T.M BAN CHẤP HÀNH\nBÍ THƯ\n![](media/image1.png)\nHoàng Văn E', 'T.M BAN CHẤP HÀNH', 'BÍ THƯ', 'Hoàng Văn E'],
    [
      'TUQ. GIÁM ĐỐC\nTRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ\n\nĐại tá Vũ Văn F',
      'TUQ. GIÁM ĐỐC',
      'TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ',
      'Đại tá Vũ Văn F',
    ],
    // an acting head alone: the capacity it signs in and the post held
    ['Q. GIÁM ĐỐC\n\nĐỗ Thị G', 'Q. GIÁM ĐỐC', 'Q. GIÁM ĐỐC', 'Đỗ Thị G'],
    // an acting head under a collective or an office: the Q. line is the post held
    ['T/M ĐẢNG ỦY\nQ. BÍ THƯ\n\nLò Văn P', 'T/M ĐẢNG ỦY', 'Q. BÍ THƯ', 'Lò Văn P'],
    [
      'T/L BAN THƯỜNG VỤ\nQ.CHÁNH VĂN PHÒNG\n(đã ký)\nĐinh Thị Q',
      'T/L BAN THƯỜNG VỤ',
      'Q.CHÁNH VĂN PHÒNG',
      'Đinh Thị Q',
    ],
    // … but a title below it is the position, the Q. line stays in the authority
    [
      'TM. ỦY BAN NHÂN DÂN\nQ. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Văn R',
      'TM. ỦY BAN NHÂN DÂN Q. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Hà Văn R',
    ],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Đệ (Đã ký)', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Đệ'],
    // a second title the signer holds is not the position wrapping; a name in capitals is the name
    ['TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN\nCHỦ TỊCH UBND XÃ\n\nNguyễn Văn A', 'TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', 'Nguyễn Văn A'],
    ['TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNGUYỄN VĂN C', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'NGUYỄN VĂN C'],
    // a page's running title between the position and the name
    ['T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTHÀNH ỦY HẢI PHÒNG\n\nPhạm Văn H', 'T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Phạm Văn H'],
    ['KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\nLê Văn B', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'Lê Văn B'],
    [
      'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Ký, ghi rõ họ tên, đóng dấu)\nKỹ sư Phan Đình Quý',
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
      'Kỹ sư Phan Đình Quý',
    ],
  ])('%s', (text, authority, position, name) => {
    expect(signer(text)).toMatchObject({ authority, position, name });
  });

  it.each(['Kỹ sư Phan Đình Quý', 'Luật sư Trần Văn K', 'Bác sĩ Lê Thị M', 'Nhà giáo ưu tú Đỗ Văn N'])(
    'reads a name after a title written in words: %s',
    (name) => {
      expect(isPersonName(name)).toBe(true);
    },
  );

  it('reads a two-line position printed beside the distribution list', () => {
    const lines = toLines(
      [
        'Nơi nhận:                                   TUQ. GIÁM ĐỐC',
        '- BHXH Việt Nam (để b/c);                   TRƯỞNG PHÒNG TRUYỀN THÔNG VÀ',
        '- Sở Giáo dục và Đào tạo;                   PHÁT TRIỂN ĐỐI TƯỢNG',
        '- Lưu: VT, TT&PTĐT.',
        '                                            Hoàng Minh Tuấn',
      ].join('\n'),
    );
    expect(findSigner(lines, 1, lines.length).value).toMatchObject({
      authority: 'TUQ. GIÁM ĐỐC',
      position: 'TRƯỞNG PHÒNG TRUYỀN THÔNG VÀ PHÁT TRIỂN ĐỐI TƯỢNG',
      name: 'Hoàng Minh Tuấn',
    });
  });

  it('reads the authority when it shares the "Nơi nhận" line', () => {
    const lines = toLines('Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT.\nLê Văn H');
    const s = findSigner(lines, 0, lines.length).value;
    expect(s.authority).toBe('KT. CHỦ TỊCH');
    expect(s.name).toBe('Lê Văn H');
  });

  it.each([
    'T/M BAN THƯỜNG VỤ',
    'K/T TRƯỞNG BAN',
    'T/L BAN THƯỜNG VỤ',
    'TL. BỘ TRƯỞNG',
    'T.U.Q GIÁM ĐỐC',
    'TM ỦY BAN NHÂN DÂN',
  ])('authority: %s', (text) => {
    expect(matchAuthority(text)).not.toBeNull();
  });

  it.each(['THÀNH ỦY', 'KẾT LUẬN', 'QUYẾT ĐỊNH', 'TỔ CHỨC THỰC HIỆN', 'Tm. ban'])('not an authority: %s', (text) => {
    expect(matchAuthority(text)).toBeNull();
  });

  it.each([
    ['Phạm Quang Sáng', true],
    ['Đại tá Nguyễn Văn A', true],
    ['PGS.TS. Lê Thị B', true],
    ["K'Brơi Ha Linh", true],
    ["Ksor H'Bơ Khăp", true],
    ["H' Yim Niê", true],
    ["H' Niê", true],
    ['BSCKII. Lê Văn Thắng', true],
    ['BS.CKI Phạm Văn Cường', true],
    ["Lưu VP'TU", false],
    ['Như trên', false],
    ['Lưu VPTU', false],
    ['PHÓ BÍ THƯ', false],
    ['Nơi nhận:', false],
  ])('person name %s → %s', (text, ok) => {
    expect(isPersonName(text)).toBe(ok);
  });
});
