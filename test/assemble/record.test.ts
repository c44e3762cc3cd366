// Cross-field steps: deadlines attached to tasks, narrative filtered, assignees inherited.
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/index.js';

const HEAD =
  'Hà Nội, ngày 05 tháng 3 năm 2026\n\nSố 12-CV/TU\n\nV/v triển khai nhiệm vụ\n\nKính gửi: Các cấp ủy trực thuộc\n\n';

function parse(body: string) {
  return parseDirective(
    `${HEAD}${body}\n\nNơi nhận:\n- Như trên,\n- Lưu VPTU.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn A`,
  );
}

describe('deadlines in the record', () => {
  it('attaches each deadline to the innermost task and keeps the heading deadline on its section', () => {
    const r = parse(
      'I. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026\n\n1. Ban Tổ chức Tỉnh ủy\n\n(1) Rà soát quy hoạch cán bộ. Thời gian hoàn thành trước ngày **30/4/2026**.\n\n(2) Báo cáo hằng tháng (trước ngày 20 hằng tháng).',
    );
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date, d.bold])).toEqual([
      [['I'], 'quarter', '2026-06-30', false],
      [['I', '1', '(1)'], 'by', '2026-04-30', true],
      [['I', '1', '(2)'], 'recurring', null, false],
    ]);
    expect(r.deadlines[2]?.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=20');
  });

  it('ignores periods in the preamble that describe a cited document', () => {
    const r = parse(
      'Thực hiện Kết luận số 16-KL/TW, ngày 31/3/2026 của Bộ Chính trị về nhiệm vụ trọng tâm trong quý II/2026, đề nghị:\n\n1. Các chi bộ hoàn thành trong tháng 5/2026.',
    );
    expect(r.deadlines.map((d) => [d.task, d.kind, d.date])).toEqual([[['1'], 'month', '2026-05-31']]);
  });

  it('keeps an explicit document-level deadline and a yearless date from the document year', () => {
    const r = parse('Đề nghị các đơn vị gửi báo cáo về Văn phòng trước ngày 15/4.');
    expect(r.deadlines).toMatchObject([{ task: null, kind: 'by', date: '2026-04-15', inferred: true }]);
  });

  it('reports an impossible date as a warning, not a deadline', () => {
    const r = parse('1. Hoàn thành trước ngày 31/2/2026.');
    expect(r.deadlines).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('BAD_DATE');
  });
});

describe('assignees in the tree', () => {
  it('gives a "Giao X:" list its unit and lets items inherit it', () => {
    const r = parse('Giao Sở Nội vụ, Sở Tài chính:\n\n1. Rà soát biên chế.\n\n2. Báo cáo kết quả.');
    expect(r.tasks.map((t) => t.assignee)).toEqual(['Sở Nội vụ, Sở Tài chính', 'Sở Nội vụ, Sở Tài chính']);
  });

  it('takes a sentence subject only where no ancestor names the assignee', () => {
    const r = parse(
      '1. Ban Tuyên giáo Tỉnh ủy\n\n(1) Các chi bộ tổ chức học tập nghị quyết.\n\n2. Các cấp ủy cơ sở chỉ đạo thực hiện.',
    );
    const [first, second] = r.tasks;
    expect(first?.assignee).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(first?.children[0]?.assignee).toBeNull();
    expect(second?.assignee).toBe('Các cấp ủy cơ sở');
  });

  it('numbers bullets among their siblings and puts appendix tasks under PL', () => {
    const r = parseDirective(
      'Số: 08/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n\nĐiều 1. Thành lập Tổ công tác.\n- Tổ trưởng điều hành.\n- Tổ viên thực hiện.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Thị B\n\nPHỤ LỤC\n\n1. Rà soát hồ sơ.',
    );
    expect(r.tasks.map((t) => [t.path, t.children.map((c) => c.path)])).toEqual([
      [
        ['Điều 1'],
        [
          ['Điều 1', '-1'],
          ['Điều 1', '-2'],
        ],
      ],
      [['PL', '1'], []],
    ]);
  });

  it.each(['Phụ lục số 01', 'Phụ lục:', 'Phụ lục', 'DANH MỤC NHIỆM VỤ TRỌNG TÂM'])(
    'takes the tasks after an appendix headed "%s"',
    (heading) => {
      const r = parseDirective(
        `Số: 08/KH-UBND\n\nKẾ HOẠCH\nchuyển đổi số\n\n1. Triển khai.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH\n\nLê Thị B\n\n${heading}\n\n1. Rà soát hồ sơ trước ngày 30/6/2026.`,
      );
      expect(r.tasks.map((t) => t.path.join(' '))).toEqual(['1', 'PL 1']);
      expect(r.deadlines.map((d) => [d.task?.join(' '), d.date])).toEqual([['PL 1', '2026-06-30']]);
    },
  );

  it('reads an assignment stated by a later sentence of the item', () => {
    const r = parse(
      '1. Công tác tổ chức\n\na) Tổ chức sơ kết Quy định. Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tham mưu, hoàn thành trước ngày 15/5/2026.\n\nb) Rà soát quy hoạch cán bộ; Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy thực hiện.\n\nc) Rà soát hồ sơ. Các chi bộ có nhiều đảng viên cần chú ý.',
    );
    const [a, b, c] = r.tasks[0]?.children ?? [];
    expect([a?.assignee, a?.lead, a?.support]).toEqual([
      'Ban Tổ chức Tỉnh ủy',
      'Ban Tổ chức Tỉnh ủy',
      'Văn phòng Tỉnh ủy',
    ]);
    expect([b?.assignee, b?.lead]).toEqual(['Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy']);
    // A later sentence's subject that does not lead is what the item is about, not who does it.
    expect(c?.assignee).toBeNull();
    const traced = r.sources.assignees;
    expect(Array.isArray(traced) ? traced.map((s) => [s.text, s.rule]) : []).toContainEqual([
      'Ban Tổ chức Tỉnh ủy',
      'assignee.explicit',
    ]);
  });

  it('lets the unit that leads a paragraph under a heading do it, though an ancestor names one', () => {
    const r = parse(
      'Giao các cơ quan tham mưu:\n\n1. Về công tác dân vận\n\nBan Dân vận Tỉnh ủy chủ trì, phối hợp với các đoàn thể triển khai.',
    );
    expect([r.tasks[0]?.assignee, r.tasks[0]?.lead, r.tasks[0]?.support]).toEqual([
      'Ban Dân vận Tỉnh ủy',
      'Ban Dân vận Tỉnh ủy',
      'các đoàn thể',
    ]);
  });

  it("reads labelled particulars as the item's own, not as tasks", () => {
    const r = parse(
      '1. Quy định hạn mức giao đất\n\n- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n\n- Cơ quan phối hợp: Sở Tư pháp, Sở Tài chính.\n\n- Thời gian hoàn thành: trình UBND tỉnh trước ngày 30/6/2026.\n\n2. Tuyên truyền Luật Đất đai\n\na) Cơ quan chuẩn bị: Văn phòng chủ trì, phối hợp với Sở Tư pháp.\n\nb) Thời gian thực hiện: trong quý III/2026.\n\n3. Cho ý kiến về báo cáo\n   Cơ quan chuẩn bị: Ban Xây dựng Đảng.',
    );
    expect(r.tasks.map((t) => [t.path, t.assignee, t.lead, t.support, t.children.length])).toEqual([
      [['1'], 'Sở Nông nghiệp và Môi trường', 'Sở Nông nghiệp và Môi trường', 'Sở Tư pháp, Sở Tài chính', 0],
      [['2'], 'Văn phòng', 'Văn phòng', 'Sở Tư pháp', 0],
      [['3'], 'Ban Xây dựng Đảng', 'Ban Xây dựng Đảng', null, 0],
    ]);
    expect(r.deadlines.map((d) => [d.task, d.date])).toEqual([
      [['1'], '2026-06-30'],
      [['2'], '2026-09-30'],
    ]);
  });

  it('gives a short title the unit its paragraph opens with, not a title that describes', () => {
    const r = parse(
      '1. Yêu cầu\n\nCác cơ quan, đơn vị xác định rõ trách nhiệm của người đứng đầu.\n\n2. Chế độ báo cáo\n\nCác sở, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/6/2026.\n\n3. Kinh phí\n\nSở Tài chính bố trí kinh phí thực hiện.',
    );
    expect(r.tasks.map((t) => t.assignee)).toEqual([null, 'Các sở, ngành', 'Sở Tài chính']);
  });

  it('keeps a closing exhortation after the last item out of that item', () => {
    const r = parse(
      '1. Tăng cường công tác tuyên truyền.\n\n2. Tăng cường công tác kiểm tra.\n\nĐây là nhiệm vụ quan trọng, đề nghị các đảng ủy, chi bộ cơ sở khẩn trương triển khai thực hiện.',
    );
    expect(r.tasks.map((t) => t.assignee)).toEqual([null, null]);
  });

  it('keeps the closing paragraph of a last heading, marked ./., in that heading', () => {
    const r = parse('1. Tổ chức thực hiện\n\nGiao Văn phòng Tỉnh ủy theo dõi, báo cáo trước ngày 15/5/2026./.');
    expect(r.tasks[0]?.assignee).toBe('Văn phòng Tỉnh ủy');
    expect(r.deadlines.map((d) => [d.task, d.date])).toEqual([[['1'], '2026-05-15']]);
  });

  it('never takes its own number as a reference', () => {
    const r = parse('1. Thực hiện Công văn số 12-CV/TU và Kế hoạch số 5-KH/TU.');
    expect(r.references.map((x) => x.id)).toEqual(['5-KH/TU']);
  });

  it('keeps a citation of the same number with another date: an older document', () => {
    const r = parse('1. Quy chế này thay thế Quy chế số 12-CV/TU, ngày 20/9/2020 của Ban Thường vụ (cũ).');
    expect(r.references.map((x) => [x.id, x.date])).toEqual([['12-CV/TU', '2020-09-20']]);
  });
});

describe('dates around the document date', () => {
  const letter = (date: string, body: string) =>
    parseDirective(
      `Hà Nội, ngày ${date}\n\nSố 12-CV/TU\n\nV/v báo cáo\n\nKính gửi: Các chi bộ\n\n${body}\n\nNơi nhận:\n- Lưu.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A`,
    );

  it('takes a yearless date well before a December letter as next year, and flags it', () => {
    const r = letter('10 tháng 12 năm 2026', '1. Các chi bộ gửi báo cáo trước ngày 05/01.');
    expect(r.deadlines).toMatchObject([{ date: '2027-01-05', inferred: true }]);
    expect(r.warnings.map((w) => w.code)).toContain('YEAR_ROLLOVER');
  });

  it('warns of characters the decoder could not read, on their line', () => {
    const r = letter('10 tháng 12 năm 2026', '1. Các chi bộ gửi báo cáo\uFFFD trước ngày 05/01/2027.');
    expect(r.warnings.filter((w) => w.code === 'UNDECODABLE')).toEqual([
      { code: 'UNDECODABLE', message: '1 character could not be decoded (shown as \uFFFD)', line: 9 },
    ]);
    expect(letter('10 tháng 12 năm 2026', '1. Báo cáo.').warnings.map((w) => w.code)).not.toContain('UNDECODABLE');
  });

  it('notes a full date before the document instead of dropping it silently', () => {
    const r = letter('10 tháng 12 năm 2026', '1. Các chi bộ đã báo cáo trước ngày 30/6/2026.');
    expect(r.deadlines).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('PAST_DEADLINE');
  });
});

describe('a unit named by its own name under a parent that has one', () => {
  it('does its own item', () => {
    const r = parse(
      '2. UBND tỉnh yêu cầu các cơ quan, đơn vị tập trung thực hiện:\n\n(1) Sở Tài chính: rà soát vốn.\n\n(2) Ban Quản lý dự án giao thông tỉnh khẩn trương thi công ngay khi có mặt bằng.\n\n(3) Các xã tăng cường tuyên truyền.',
    );
    const items = r.tasks[0]?.children ?? [];
    expect(r.tasks[0]?.assignee).toBe('các cơ quan, đơn vị');
    // a plural subject under it is what the item is about: the record leaves that one to the parent
    expect(items.map((t) => t.assignee)).toEqual(['Sở Tài chính', 'Ban Quản lý dự án giao thông tỉnh', null]);
  });
});

describe('units listed under "… đối với:"', () => {
  it('are whom the items concern, not who does them', () => {
    const r = parse(
      '1. Giám sát chuyên đề\n\nBan Thường vụ Tỉnh ủy giám sát chuyên đề đối với:\n\n+ Ban cán sự đảng Ủy ban nhân dân tỉnh về quản lý đất đai; thời gian tháng 6/2026.\n\n+ Giao Ủy ban Kiểm tra Tỉnh ủy chủ trì giúp Ban Thường vụ.\n\n2. Kiểm tra đối với:\n\n- Đảng ủy Công an tỉnh.',
    );
    expect(r.tasks.map((t) => t.children.map((c) => c.assignee))).toEqual([[null, 'Ủy ban Kiểm tra Tỉnh ủy'], [null]]);
    expect(r.deadlines.map((d) => [d.task, d.date])).toEqual([[['1', '+1'], '2026-06-30']]);
  });
});
