// Vocabulary-like tables the benchmark corpus is composed from (bench/corpus.ts). Realistic shapes
// of Party and State directives; the words are data, the generator only picks and combines them.

export interface Issuer {
  /** Banner over the issuer on the left of the header (Party: ĐẢNG BỘ …; State: UBND …). */
  parent: string;
  name: string;
  /** Symbol in the document number: `123-KL/ĐU`, `45/UBND-VP`. */
  symbol: string;
  party: boolean;
}

export const ISSUERS: readonly Issuer[] = [
  { parent: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', name: 'ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG', symbol: 'ĐU', party: true },
  { parent: 'THÀNH ỦY HÀ NỘI', name: 'BAN TUYÊN GIÁO VÀ DÂN VẬN', symbol: 'BTGDV', party: true },
  { parent: 'TỈNH ỦY NGHỆ AN', name: 'VĂN PHÒNG TỈNH ỦY', symbol: 'VPTU', party: true },
  { parent: 'ĐẢNG BỘ TỈNH QUẢNG NINH', name: 'BAN THƯỜNG VỤ HUYỆN ỦY', symbol: 'HU', party: true },
  { parent: 'ỦY BAN NHÂN DÂN', name: 'THÀNH PHỐ ĐÀ NẴNG', symbol: 'UBND-VP', party: false },
  { parent: 'UBND TỈNH THANH HÓA', name: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', symbol: 'SGDĐT-VP', party: false },
  { parent: 'BỘ NỘI VỤ', name: 'VỤ TỔ CHỨC - BIÊN CHẾ', symbol: 'BNV-TCBC', party: false },
  { parent: 'UBND HUYỆN THỦY NGUYÊN', name: 'PHÒNG NỘI VỤ', symbol: 'PNV', party: false },
];

export const PLACES = ['Hải Phòng', 'Hà Nội', 'Nghệ An', 'Hạ Long', 'Đà Nẵng', 'Thanh Hóa', 'Thủy Nguyên'] as const;

/** Document types: title line and the type code in the number (Party) or none (State công văn). */
export const DOC_TYPES = [
  { title: 'KẾT LUẬN', code: 'KL' },
  { title: 'KẾ HOẠCH', code: 'KH' },
  { title: 'THÔNG BÁO', code: 'TB' },
  { title: 'CHỈ THỊ', code: 'CT' },
  { title: 'QUYẾT ĐỊNH', code: 'QĐ' },
  { title: '', code: 'CV' },
] as const;

export const SUBJECTS = [
  'triển khai nhiệm vụ trọng tâm quý II năm 2026',
  'tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm',
  'tăng cường công tác chuyển đổi số trong các cơ quan Đảng',
  'thực hiện Chương trình kiểm tra, giám sát năm 2026',
  'chuẩn bị tổ chức Đại hội các chi bộ trực thuộc nhiệm kỳ 2025 - 2030',
  'đẩy mạnh cải cách hành chính và nâng cao chỉ số hài lòng',
  'báo cáo kết quả thực hiện Nghị quyết số 18-NQ/TW',
  'phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026',
] as const;

export const RECIPIENTS = [
  'Các đảng bộ, chi bộ trực thuộc',
  'Văn phòng Đảng ủy',
  'Ban Tổ chức Thành ủy',
  'Ủy ban Kiểm tra Đảng ủy',
  'Các sở, ban, ngành thành phố',
  'UBND các quận, huyện',
  'Phòng Giáo dục và Đào tạo các huyện',
  'Các đồng chí Ủy viên Ban Thường vụ',
] as const;

/** Units that take tasks; the parser reads them as assignees. */
export const ASSIGNEES = [
  'Văn phòng Đảng ủy',
  'Ban Tổ chức Đảng ủy',
  'Ủy ban Kiểm tra Đảng ủy',
  'Ban Tuyên giáo và Dân vận',
  'Các chi bộ trực thuộc',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Thông tin và Truyền thông',
  'Công an thành phố',
  'UBND các quận, huyện',
  'Đoàn Thanh niên',
  'Công đoàn cơ quan',
] as const;

export const VERBS = [
  'Tập trung lãnh đạo, chỉ đạo',
  'Chủ trì, phối hợp',
  'Tham mưu triển khai',
  'Tổ chức thực hiện',
  'Xây dựng kế hoạch',
  'Rà soát, đánh giá',
  'Hướng dẫn, đôn đốc',
  'Kiểm tra, giám sát',
  'Tổng hợp, báo cáo',
  'Chuẩn bị nội dung',
] as const;

export const OBJECTS = [
  'việc thực hiện Nghị quyết Đại hội XIV của Đảng',
  'công tác phát triển đảng viên mới',
  'chương trình chuyển đổi số và cải cách hành chính',
  'công tác phòng, chống tham nhũng, lãng phí, tiêu cực',
  'việc sắp xếp, kiện toàn tổ chức bộ máy theo mô hình mới',
  'kế hoạch kiểm tra, giám sát chuyên đề',
  'hồ sơ, dữ liệu cán bộ, đảng viên trên phần mềm quản lý',
  'các hoạt động kỷ niệm ngày thành lập Đảng',
  'công tác tuyên truyền, định hướng dư luận xã hội',
  'việc đánh giá, xếp loại chất lượng tổ chức đảng',
] as const;

/** Narrative filler: sentences without deadlines (they make pages long, as real ones do). */
export const FILLER = [
  'Bám sát sự lãnh đạo, chỉ đạo của cấp trên, với tinh thần đoàn kết, thống nhất cao, các cấp ủy đã triển khai đồng bộ, toàn diện các nhiệm vụ chính trị và đạt được nhiều kết quả quan trọng.',
  'Công tác tổ chức, cán bộ được thực hiện chặt chẽ, đúng quy định; chú trọng đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, đảng viên.',
  'Tuy nhiên, bên cạnh những kết quả đạt được vẫn còn một số hạn chế so với yêu cầu đề ra, nhất là việc phối hợp, chia sẻ dữ liệu giữa các cơ quan.',
  'Kỹ năng sử dụng công nghệ thông tin của một số cán bộ chưa đồng đều, ảnh hưởng tiến độ xử lý công việc.',
  'Nhìn chung, các nhiệm vụ từ đầu năm đến nay được triển khai chủ động, có trọng tâm, trọng điểm, tạo nền tảng để thực hiện thắng lợi nhiệm vụ cả năm.',
  'Đẩy mạnh công tác chính trị, tư tưởng; tăng cường tuyên truyền các sự kiện chính trị quan trọng; chủ động nắm bắt tình hình tư tưởng trong cán bộ, đảng viên.',
] as const;

/** Citations: `{n}` is a number, `{d}` a date, `{y}` a year. */
export const CITATIONS = [
  'Kết luận số {n}-KL/TW, ngày {d} của Bộ Chính trị',
  'Công văn số {n}-CV/TU, ngày {d} của Ban Thường vụ Thành ủy',
  'Nghị quyết số {n}-NQ/TW ngày {d} của Ban Chấp hành Trung ương',
  'Quyết định số {n}/QĐ-UBND ngày {d} của UBND thành phố',
  'Kế hoạch số {n}-KH/ĐU ngày {d} của Đảng ủy',
  'Hướng dẫn số {n}-HD/BTCTW ngày {d} của Ban Tổ chức Trung ương',
  'Luật Tiếp công dân số {n}/{y}/QH13',
] as const;

/**
 * Deadline phrases of every kind the parser reads. `{d}` a full date, `{dm}` a yearless date,
 * `{m}` a month, `{q}` a Roman quarter, `{y}` the year, `{day}` a day of the month, `{h}` an hour.
 */
export const DEADLINES = [
  // by
  'Thời gian hoàn thành trước ngày {d}.',
  'hoàn thành trước ngày {d}.',
  'chậm nhất ngày {dm}.',
  'Thời hạn: {d}.',
  'báo cáo kết quả về Văn phòng trước {h} giờ 00 ngày {d}.',
  'từ ngày {dm} đến ngày {d}.',
  'đến hết ngày {d}.',
  'trong vòng 15 ngày kể từ ngày ký.',
  // on
  'Hội nghị tổ chức vào ngày {d}.',
  'Thời gian: {h} giờ 00, ngày {d}.',
  'họp vào lúc {h} giờ 30 ngày {d}.',
  // periods
  'trong quý {q}/{y}.',
  'Thời gian thực hiện: Quý {q}/{y}.',
  'hoàn thành trong tháng {m}/{y}.',
  '(tháng {m}/{y})',
  'vào cuối tháng {m}/{y}.',
  'trong 6 tháng đầu năm {y}.',
  'trong năm {y}.',
  'trong quý III và quý IV/{y}.',
  // recurring
  'báo cáo định kỳ hằng tháng (trước ngày {day}).',
  'trước ngày {day} hằng tháng.',
  'vào thứ Sáu hằng tuần.',
  'định kỳ 6 tháng một lần.',
  'hằng quý.',
  // ongoing
  'Thực hiện thường xuyên.',
  '(thường xuyên, liên tục)',
  // relative
  'ngay sau khi có kết quả sơ kết.',
  'sau khi Kế hoạch được phê duyệt.',
] as const;

export const SIGNERS = [
  { role: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn Hùng' },
  { role: 'T/M ĐẢNG ỦY', title: 'PHÓ BÍ THƯ', name: 'Trần Thị Thủy' },
  { role: 'TL. BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Lê Minh Hoàng' },
  { role: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Phạm Quốc Khánh' },
  { role: 'GIÁM ĐỐC', title: '', name: 'Đỗ Thị Hòa' },
] as const;

export const SECTION_HEADINGS = [
  'KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUÝ I/{y}',
  'NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM {y}',
  'TỔ CHỨC THỰC HIỆN',
  'NHIỆM VỤ VÀ GIẢI PHÁP',
  'PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM {y}',
] as const;
