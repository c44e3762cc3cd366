import { describe, expect, it } from 'vitest';
import { findNumber, matchNumber } from '../../src/rules/number.js';
import { toLines } from '../../src/text/lines.js';
import { line } from '../helpers/lines.js';

describe('own number', () => {
  it.each([
    ['Số 323-CV/TU', '323', 'CV/TU', 'party'],
    ['Số 16-KL/TW', '16', 'KL/TW', 'party'],
    ['Số -CV/ĐU', null, 'CV/ĐU', 'party'],
    ['Số        -CV/ĐU', null, 'CV/ĐU', 'party'],
    ['Số: - KL/ĐU', null, 'KL/ĐU', 'party'],
    ['Số: 11-HD/VPTW', '11', 'HD/VPTW', 'party'],
    ['Số 357 –CV/HNDTW', '357', 'CV/HNDTW', 'party'],
    ['Số 367-QĐ/TWĐTN-VP', '367', 'QĐ/TWĐTN-VP', 'party'],
    ['Số 65-Ctr/TU', '65', 'Ctr/TU', 'party'],
    ['**Số 12-CTr/ĐU**', '12', 'CTr/ĐU', 'party'],
    ['Số: 45/QĐ-UBND', '45', 'QĐ-UBND', 'state'],
    ['Số: 1227/UBND-VP', '1227', 'UBND-VP', 'state'],
    ['Số: /VP-NVKTGS', null, 'VP-NVKTGS', 'state'],
    ['Số:        /UBND-THKH', null, 'UBND-THKH', 'state'],
    ['Số: …/QĐ-UBND', null, 'QĐ-UBND', 'state'],
    ['Số: 30/2020/NĐ-CP', '30', '2020/NĐ-CP', 'state'],
    ['Số: 1206 /QĐ-HVTC', '1206', 'QĐ-HVTC', 'state'],
    ['Số: 05/KH-SGDĐT', '05', 'KH-SGDĐT', 'state'],
    ['So: 12/SNN&PTNT-VP', '12', 'SNN&PTNT-VP', 'state'],
  ])('%s', (text, number, symbol, system) => {
    const found = matchNumber(line(text));
    expect(found?.value).toEqual({ number, symbol, system });
  });

  it.each([
    'Hải Phòng, ngày 14/4/2026',
    'Công văn số 323-CV/TU của Ban Thường vụ',
    'Số lượng đảng viên mới',
    'KẾT LUẬN',
  ])('no number in %s', (text) => {
    expect(matchNumber(line(text))).toBeNull();
  });

  it('takes the first number of the header and reports its position', () => {
    const lines = toLines('ĐẢNG ỦY XÃ A\n\n  Số 12-CV/ĐU\nV/v thực hiện Công văn số 5-CV/TU');
    const found = findNumber(lines);
    expect(found?.value.number).toBe('12');
    expect(found?.source).toMatchObject({ line: 3, column: 3, text: 'Số 12-CV/ĐU', rule: 'number.party' });
  });
});
