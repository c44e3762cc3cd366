import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/index.js';
import { toLines } from '../../src/text/lines.js';
import { splitFlattenedSignature } from '../../src/text/signature-split.js';

const units = (text: string) => splitFlattenedSignature(toLines(text)).map((l) => l.text);

describe('a signature block flattened onto one line', () => {
  it.each([
    ['T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Trần Văn B', ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Trần Văn B']],
    ['T/L BAN THƯỜNG VỤ TRƯỞNG BAN Trần Minh Q', ['T/L BAN THƯỜNG VỤ', 'TRƯỞNG BAN', 'Trần Minh Q']],
    [
      'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lê Văn C',
      ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn C'],
    ],
    [
      'T/M BAN CHẤP HÀNH PHÓ BÍ THƯ THƯỜNG TRỰC Hoàng Văn D',
      ['T/M BAN CHẤP HÀNH', 'PHÓ BÍ THƯ THƯỜNG TRỰC', 'Hoàng Văn D'],
    ],
    ['Q. GIÁM ĐỐC Đỗ Thị G', ['Q. GIÁM ĐỐC', 'Đỗ Thị G']],
    ['KT. CHỦ TỊCH PHÓ CHỦ TỊCH', ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
  ])('%s', (line, expected) => {
    expect(units(line)).toEqual(expected);
  });

  it.each([
    // printed apart: the caps line's title words are the authority's own
    'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG',
    'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
    // not a signature: a sentence that opens with capitals
    'TM. ỦY BAN NHÂN DÂN tỉnh đề nghị các sở thực hiện',
  ])('leaves %j as written', (text) => {
    expect(units(text)).toEqual(text.split('\n'));
  });

  it('reads signer and distribution from a two-cell table row', () => {
    const r = parseDirective(
      [
        'THÀNH ỦY BẮC NINH',
        'Số 147-KH/TU',
        'Bắc Ninh, ngày 5 tháng 6 năm 2027',
        '',
        'KẾ HOẠCH',
        'tổ chức hội nghị',
        '',
        '1. Các đảng bộ báo cáo trước ngày 30/6/2027.',
        '',
        '| Nơi nhận: - Các đảng bộ, - Lưu VPTU. | T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Trần Văn B |',
      ].join('\n'),
    );
    expect(r.signer).toMatchObject({ authority: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Trần Văn B' });
    expect(r.distribution).toEqual(['Các đảng bộ', 'Lưu VPTU']);
  });
});
