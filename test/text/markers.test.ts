import { describe, expect, it } from 'vitest';
import { parseMarker } from '../../src/text/markers.js';

describe('outline markers', () => {
  it.each([
    ['I. KẾT QUẢ', 'roman', 'I'],
    ['II- NHIỆM VỤ', 'roman', 'II'],
    ['IV. Tổ chức thực hiện', 'roman', 'IV'],
    ['1. Các chi bộ', 'arabic', '1'],
    ['12. Nội dung', 'arabic', '12'],
    ['1- Các cấp ủy', 'arabic', '1'],
    ['1.1. Các tổ chức đảng', 'decimal', '1.1'],
    ['2.3 Triển khai', 'decimal', '2.3'],
    ['1.2.3. Chi tiết', 'decimal', '1.2.3'],
    ['(1) Khẩn trương hoàn thành', 'paren', '(1)'],
    ['( 2 ) Tổ chức', 'paren', '(2)'],
    ['a) Rà soát', 'letter', 'a'],
    ['đ) Báo cáo', 'letter', 'đ'],
    ['- Giao Ban Tổ chức', 'dash', '-'],
    ['– Các sở', 'dash', '-'],
    ['+ Văn phòng', 'plus', '+'],
    ['Điều 1. Ban hành', 'article', 'Điều 1'],
    ['Điều 2: Giao', 'article', 'Điều 2'],
    ['ĐIỀU 3 - TRÁCH NHIỆM', 'article', 'Điều 3'],
    ['Điều 4 Chánh Văn phòng', 'article', 'Điều 4'],
    ['Chương II', 'chapter', 'Chương II'],
    ['Phần thứ nhất', 'part', 'Phần thứ nhất'],
  ])('%s', (text, type, key) => {
    expect(parseMarker(text)).toMatchObject({ type, key });
  });

  it.each([
    'Ngày 14/4/2026, Đảng ủy nhận được',
    '2025 - 2030 là nhiệm kỳ',
    '14/4/2026',
    'Hà Nội, ngày 5',
    'V/v thực hiện',
    'f) không có trong bảng chữ cái',
    'Quý II năm 2026',
    // an article cited at the start of a wrapped line, not opened
    'Điều 4 Quyết định số 15/2025/QĐ-UBND',
    'Điều 12 Luật Thanh tra năm 2025',
    'Điều 51 Bộ luật Lao động',
    'Điều 5 của Quy chế',
    'Điều 5, Điều 6 Nghị định',
  ])('no marker: %s', (text) => {
    expect(parseMarker(text)).toBeNull();
  });

  it('ranks decimals by depth', () => {
    expect(parseMarker('1.1. A')?.rank).toBeLessThan(parseMarker('1.1.1. A')?.rank ?? 0);
    expect(parseMarker('1. A')?.rank).toBeLessThan(parseMarker('1.1. A')?.rank ?? 0);
  });
});

describe('more marker spellings', () => {
  it.each([
    ['A. KẾT QUẢ ĐẠT ĐƯỢC', 'upper', 'A'],
    ['B. NHIỆM VỤ NĂM 2026', 'upper', 'B'],
    ['1/ Tổ chức quán triệt', 'arabic', '1'],
    ['a/ Rà soát hồ sơ', 'letter', 'a'],
    ['2.1- Giao Ban cán sự đảng', 'decimal', '2.1'],
    ['2.1 - Giao Ban cán sự đảng', 'decimal', '2.1'],
    ['a- Lãnh đạo rà soát', 'letter', 'a'],
    ['b - Phân công đảng viên', 'letter', 'b'],
  ])('%s', (text, type, key) => {
    expect(parseMarker(text)).toMatchObject({ type, key });
  });

  it.each(['1.5-2 triệu đồng', '15.6.2027 là ngày', 'a-b', 'e-Office được triển khai'])('no marker: %s', (text) => {
    expect(parseMarker(text)).toBeNull();
  });

  it.each(['A. b', 'V/v thực hiện', '1/2026 là năm', 'I. KẾT QUẢ'])('not an upper-letter section: %s', (text) => {
    expect(parseMarker(text)?.type).not.toBe('upper');
  });
});

describe('an item that opens with a figure', () => {
  it.each([
    ['1. 100% hồ sơ thủ tục hành chính được số hóa', 'arabic', '1', '100% hồ sơ'],
    ['2. 05 xã đạt chuẩn nông thôn mới', 'arabic', '2', '05 xã'],
    ['3) 95,5 % người dân hài lòng', 'arabic', '3', '95,5 %'],
    ['1.2. 100% xã có điểm phục vụ', 'decimal', '1.2', '100% xã'],
  ])('%s', (text, type, key, rest) => {
    const m = parseMarker(text);
    expect(m).toMatchObject({ type, key });
    expect(text.slice(m?.length ?? 0).startsWith(rest)).toBe(true);
  });

  it.each(['1.000 người tham gia', '14.4.2026', '2. 2027'])('no marker: %s', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});
