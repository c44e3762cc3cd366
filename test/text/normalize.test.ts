import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText, splitGlued, tabRowsAsPipes } from '../../src/text/normalize.js';
import { splitGluedSyllables } from '../../src/text/syllables.js';

describe('line normalisation', () => {
  it.each([
    ['Ðảng ủy', 'Đảng ủy'],
    ['Viê\u0323t Nam', 'Việt Nam'],
    ['ngày\u00A014/4/2026', 'ngày 14/4/2026'],
    ['Kính\u200B gửi', 'Kính gửi'],
    ['“6 rõ”', '"6 rõ"'],
    ['Số 12\u2011CV/TU', 'Số 12-CV/TU'],
    ['Ban Thường vụĐảng ủy', 'Ban Thường vụ Đảng ủy'],
    ['K Í N H  G Ử I:', 'KÍNH  GỬI:'],
    ['T h a m mưu', 'Tham mưu'],
    ['Số 45/QĐ\uFF0FUBND', 'Số 45/QĐ/UBND'],
    ['Số ４５-KH/TU, ngày ３０/４/２０２６ lúc １０：３０', 'Số 45-KH/TU, ngày 30/4/2026 lúc 10:30'],
    ['trước ngày 30/4/2026 27-01-2026 08:23:58 +07:00', 'trước ngày 30/4/2026'],
    // a footnote mark that a PDF copy glued to the year as a digit
    ['ngày 22/12/20241 của Bộ Chính trị', 'ngày 22/12/2024¹ của Bộ Chính trị'],
    ['trước ngày 30 - 6 - 202612.', 'trước ngày 30 - 6 - 2026¹².'],
    ['ngày 03 tháng 5 năm 20253;', 'ngày 03 tháng 5 năm 2025³;'],
  ])('%s → %s', (input, output) => {
    expect(normalizeLine(input)).toBe(output);
  });

  it.each(['CTr/TU', 'QyĐ/ĐU', 'TTr-UBND', 'a b', 'số 20241, ĐT 0912345678', 'ngày 30/6/2026.', 'năm 2026 1'])(
    'leaves %s alone',
    (text) => {
      expect(normalizeLine(text)).toBe(text);
    },
  );
});

describe('text normalisation', () => {
  it('keeps line numbers across LF, CRLF and CR, and drops a BOM', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\nd').lines).toEqual(['a', 'b', 'c', 'd']);
  });

  it('blanks page numbers and signature stamps but keeps their lines', () => {
    const { lines } = normalizeText(
      'Tăng cường\n\n2\n\nNgười ký: Văn phòng\nThời gian ký: 27-01-2026\n- 3 -\nTrang 2/5\nxuyên;',
    );
    expect(lines).toEqual(['Tăng cường', '', '', '', '', '', '', '', 'xuyên;']);
  });

  it('cuts a stamp glued after an item, keeping the item', () => {
    const { lines } = normalizeText(
      '- Các ban Đảng ủy, Ký bởi: Đảng ủy Các cơ quan Đảng tỉnh\n- Lưu VP. Thời gian ký: 02.06.2026 09:15:22 +07:00\n(Email: vp@example.vn)',
    );
    expect(lines).toEqual(['- Các ban Đảng ủy', '- Lưu VP.', '(Email: vp@example.vn)']);
  });

  it('blanks the banner a PDF copy repeats at the top of a page, beside a page number or not', () => {
    const head = ['TỈNH ỦY AN GIANG        ĐẢNG CỘNG SẢN VIỆT NAM', '*', 'Số 604-TB/TU', '', 'THÔNG BÁO', '', '', ''];
    const body = [
      'hoàn thành trước ngày 30 tháng 6 năm',
      '- 3 -',
      'TỈNH ỦY AN GIANG',
      '2027; tăng cường',
      'TỈNH ỦY AN GIANG',
    ];
    const { lines } = normalizeText([...head, ...body].join('\n'));
    expect(lines.slice(head.length)).toEqual(['hoàn thành trước ngày 30 tháng 6 năm', '', '', '2027; tăng cường', '']);
    expect(lines[0]).toBe(head[0]);
    // the title is no banner: an appendix repeats it
    expect(normalizeText([...head, 'nội dung', 'THÔNG BÁO'].join('\n')).lines.at(-1)).toBe('THÔNG BÁO');
  });

  it('blanks a line printed the same beside two page numbers (a running title), and only those', () => {
    const head = ['ỦY BAN KIỂM TRA', 'TỈNH ỦY LÂM ĐỒNG', 'Số 05-HD/UBKTTU', '', 'HƯỚNG DẪN', '', '', ''];
    const running = 'Hướng dẫn số 05-HD/UBKTTU ngày 16/11/2026 của Ủy ban Kiểm tra Tỉnh ủy';
    const body = [
      'trước hết là cán bộ',
      '2',
      '',
      running,
      '',
      'thuộc diện cấp ủy quản lý.',
      '- 3 -',
      running,
      'tiếp theo',
    ];
    const { lines } = normalizeText([...head, ...body].join('\n'));
    expect(lines.slice(head.length)).toEqual([
      'trước hết là cán bộ',
      '',
      '',
      '',
      '',
      'thuộc diện cấp ủy quản lý.',
      '',
      '',
      'tiếp theo',
    ]);
    // once beside a page number is not yet a running line
    const once = normalizeText([...head, 'trước hết là cán bộ', '2', running, 'thuộc diện'].join('\n')).lines;
    expect(once.slice(head.length)).toEqual(['trước hết là cán bộ', '', running, 'thuộc diện']);
  });

  it('blanks a stamp broken over lines: its values and a name run on before the next label', () => {
    const stamp = [
      'của tỉnh với Cơ sở',
      'Người ký: Ủy ban Nhân dân tỉnh',
      'Hà Tĩnh',
      'Email:',
      'ubnd@hatinh.gov.vn',
      'Cơ quan: Tỉnh Hà Tĩnh',
      'Thời gian ký:',
      '21.05.2026 17:03:11',
      '+07:00',
      'dữ liệu quốc gia về dân cư.',
      'Hà Tĩnh',
    ];
    expect(normalizeText(stamp.join('\n')).lines).toEqual([
      'của tỉnh với Cơ sở',
      ...Array.from({ length: 8 }, () => ''),
      'dữ liệu quốc gia về dân cư.',
      'Hà Tĩnh',
    ]);
  });

  it("blanks a personal certificate's post beside the stamp, and a 'Ngày ký:' label", () => {
    expect(
      normalizeText(
        '- Các chi bộ,\nNgười ký: Lò Văn Thắng\nCơ quan: Đảng ủy xã\nChức vụ: Phó Bí thư Đảng ủy\nNgày ký: 02.06.2027\n- Lưu VP.\n\nDanh sách\n\nChức vụ: Trưởng ban',
      ).lines,
    ).toEqual(['- Các chi bộ,', '', '', '', '', '- Lưu VP.', '', 'Danh sách', '', 'Chức vụ: Trưởng ban']);
  });

  it('keeps a text line after a stamp label', () => {
    expect(normalizeText('Cơ quan: Tỉnh Hà Tĩnh\nNội dung tiếp theo của văn bản.').lines).toEqual([
      '',
      'Nội dung tiếp theo của văn bản.',
    ]);
  });
});

describe('markdown block syntax', () => {
  it.each([
    ['## I. NHIỆM VỤ TRỌNG TÂM', 'I. NHIỆM VỤ TRỌNG TÂM'],
    ['> Thực hiện Công văn số 5-CV/TU', 'Thực hiện Công văn số 5-CV/TU'],
    ['* Giao Sở Nội vụ chủ trì', '- Giao Sở Nội vụ chủ trì'],
    ['*nghiêng* vẫn là chữ', 'nghiêng vẫn là chữ'],
    ['**1.** Tổ chức', '1. Tổ chức'],
    ['\\- Giao Ban Tổ chức', '- Giao Ban Tổ chức'],
    // a hard line break; an escaped backslash stays
    ['**ĐẢNG ỦY XÃ GIA VIỄN**\\', 'ĐẢNG ỦY XÃ GIA VIỄN'],
    ['T/L BAN THƯỜNG VỤ\\  ', 'T/L BAN THƯỜNG VỤ'],
    ['thư mục C:\\\\', 'thư mục C:\\'],
  ])('%s → %s', async (input, text) => {
    const { toLines } = await import('../../src/text/lines.js');
    expect(toLines(input)[0]?.text).toBe(text);
  });
});

describe('glued words', () => {
  const pattern = (s: string) => s.replace(/(\p{Ll})(\p{Lu}\p{Ll})/gu, '$1 $2');

  it('splits like the pattern it replaces, runs of capitals and astral letters included', () => {
    // Lower, upper, title-case-free letters, digits, spaces and astral letters (𝐀 𝐚).
    const unit = fc.constantFrom('a', 'ụ', 'đ', 'B', 'Đ', 'Ả', 'x', 'Q', '1', ' ', '-', '𝐀', '𝐚');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (units) => {
        const s = units.join('');
        expect(splitGlued(s)).toBe(pattern(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('never overlaps two matches', () => {
    expect(splitGlued('aBcDe')).toBe('a BcDe');
    expect(splitGlued('vụĐảngỦyBan')).toBe('vụ Đảng ỦyBan');
    expect(splitGlued('vụĐảngỦyBan')).toBe(pattern('vụĐảngỦyBan'));
  });
});

describe('glued syllables', () => {
  it.each([
    ['hoàn thànhtrước ngày 20/4/2027', 'hoàn thành trước ngày 20/4/2027'],
    ['báo cáo hằngngày', 'báo cáo hằng ngày'],
    ['củađơn vị', 'của đơn vị'],
    ['hiệnnay', 'hiện nay'],
    ['quốcgia, giảiquyết', 'quốc gia, giải quyết'],
    ['THÀNHTRƯỚC', 'THÀNH TRƯỚC'],
  ])('parts %s', (glued, parted) => {
    expect(splitGluedSyllables(glued)).toBe(parted);
  });

  it.each([
    // one syllable each, however long
    'Nguyễn Văn Khuyến nghiêng người trường khuya ngoài quyết',
    // words without a Vietnamese letter, and codes without vowels
    'Viettel online Zalo email UBND HĐND KH/ĐU ĐBQH',
    // consonants that part two ways ("ĐẢ|NGỦY" or "ĐẢNG|ỦY", "thự|chiện" or "thực|hiện")
    'ĐẢNGỦY tỉnhủy thựchiện',
  ])('leaves %s', (text) => {
    expect(splitGluedSyllables(text)).toBe(text);
  });

  it("parts a quarter's numeral glued to its word", () => {
    expect(normalizeText('NHIỆM VỤ QUÝII NĂM 2026\ntrong quýIII/2026; quý I').lines).toEqual([
      'NHIỆM VỤ QUÝ II NĂM 2026',
      'trong quý III/2026; quý I',
    ]);
  });

  it('parts them in the normalised text, keeping the line count', () => {
    expect(normalizeText('1. Sở Y tế hoàn thànhtrước ngày 20/4/2027.\nBáo cáo hằngngày.').lines).toEqual([
      '1. Sở Y tế hoàn thành trước ngày 20/4/2027.',
      'Báo cáo hằng ngày.',
    ]);
  });
});

describe('tables copied with tabs', () => {
  it('turns rows of three or more filled cells into markdown rows, keeping empty cells', () => {
    expect(tabRowsAsPipes('STT\tNội dung\tChủ trì\tThời gian\n4\tBáo cáo\t\tTrước 20/5/2026\r\nkhác')).toBe(
      '| STT | Nội dung | Chủ trì | Thời gian |\n| 4 | Báo cáo |  | Trước 20/5/2026 |\r\nkhác',
    );
  });

  it('leaves indentation and two-column lines alone', () => {
    const text = '\t\tKính gửi: Các sở.\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Lưu: VT.\t\tLê Thanh Tùng';
    expect(tabRowsAsPipes(text)).toBe(text);
  });
});
