// Vietnamese vocabulary the rules match against. Text is data: keep it here, not in the rules.
// Spellings are written once; tone placement is folded by `alternation()`.

/** Document type names (title-line words), Party and State. */
export const DOC_TYPE_NAMES = [
  'Công văn',
  'Kết luận',
  'Kế hoạch',
  'Thông báo',
  'Chỉ thị',
  'Quyết định',
  'Quy định',
  'Hướng dẫn',
  'Báo cáo',
  'Nghị quyết',
  'Chương trình',
  'Chương trình hành động',
  'Chương trình phối hợp',
  'Tờ trình',
  'Giấy mời',
  'Giấy triệu tập',
  'Giấy ủy quyền',
  'Kế hoạch liên tịch',
  'Nghị quyết liên tịch',
  'Hướng dẫn liên tịch',
  'Quy chế',
  'Đề án',
  'Dự án',
  'Phương án',
  'Thông tri',
  'Thông tư',
  'Thông tư liên tịch',
  'Biên bản',
  'Công điện',
  'Nghị định',
  'Luật',
  'Pháp lệnh',
  'Thông cáo',
  'Hợp đồng',
  'Bản ghi nhớ',
  'Giấy giới thiệu',
  'Văn bản hợp nhất',
  'Lời kêu gọi',
  'Điều lệ',
  'Bản sao',
] as const;

/** Acts cited by article that never head a directive: "Điều 2 Hiến pháp", "Điều 51 Bộ luật …". */
export const CITED_LAW_TYPES = ['Hiến pháp', 'Bộ luật', 'Văn kiện'] as const;

/**
 * Words that follow a type name in a title line to say what kind of that type it is, not what it
 * is about: `BÁO CÁO NHANH` ⏎ `Tình hình thiệt hại …`, `CÔNG ĐIỆN KHẨN`. Alone after the type, they
 * stay out of the subject (`THÔNG BÁO KẾT LUẬN` keeps `KẾT LUẬN`: that names the matter).
 */
export const TITLE_QUALIFIERS = [
  'nhanh',
  'khẩn',
  'hỏa tốc',
  'thượng khẩn',
  'định kỳ',
  'tóm tắt',
  'bổ sung',
  'sơ bộ',
] as const;

/**
 * Type abbreviations (the part of a symbol before the issuer), Party and State (NĐ 30/2020
 * Phụ lục III; Party guidance). Case-sensitive: `CTr` ≠ `CT`, `QyĐ` ≠ `QĐ`, `HD` ≠ `HĐ`.
 */
export const DOC_TYPE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  CV: 'Công văn',
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  TT: 'Thông tư',
  TTLT: 'Thông tư liên tịch',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  Ctr: 'Chương trình',
  CTPH: 'Chương trình phối hợp',
  NQLT: 'Nghị quyết liên tịch',
  KHLT: 'Kế hoạch liên tịch',
  HDLT: 'Hướng dẫn liên tịch',
  ĐA: 'Đề án',
  DA: 'Dự án',
  PA: 'Phương án',
  TTr: 'Tờ trình',
  BB: 'Biên bản',
  GM: 'Giấy mời',
  GTT: 'Giấy triệu tập',
  GGT: 'Giấy giới thiệu',
  GUQ: 'Giấy ủy quyền',
  GNP: 'Giấy nghỉ phép',
  TC: 'Thông cáo',
  CĐ: 'Công điện',
  HĐ: 'Hợp đồng',
  BGN: 'Bản ghi nhớ',
  BTT: 'Bản thỏa thuận',
  NĐ: 'Nghị định',
  VBHN: 'Văn bản hợp nhất',
  BS: 'Bản sao',
  SY: 'Bản sao y',
  TrS: 'Bản trích sao',
  SL: 'Bản sao lục',
};

/** Party symbols (`TW`-type issuers) read `TT` as Thông tri, not Thông tư. */
export const PARTY_TYPE_OVERRIDES: Readonly<Record<string, string>> = {
  TT: 'Thông tri',
};

/** Banner lines (top-right column): matched on a diacritic-folded, upper-cased copy. */
/**
 * The banner a mass organisation prints on a line of its own where a State body prints the
 * national one (`ĐOÀN TNCS HỒ CHÍ MINH`, `HỘI NÔNG DÂN VIỆT NAM`), folded. Whole lines only: the
 * same words also open an issuer (`BAN CHẤP HÀNH TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM`).
 */
const MASS_ORGANISATION_BANNERS_FOLDED = [
  'DOAN TNCS HO CHI MINH',
  'DOAN THANH NIEN CONG SAN HO CHI MINH',
  'HOI NONG DAN VIET NAM',
  'HOI LIEN HIEP PHU NU VIET NAM',
  'HOI CUU CHIEN BINH VIET NAM',
  'TONG LIEN DOAN LAO DONG VIET NAM',
] as const;

export const BANNERS_FOLDED = [
  'CONG HOA XA HOI CHU NGHIA VIET NAM',
  'DOC LAP TU DO HANH PHUC',
  'DANG CONG SAN VIET NAM',
  ...MASS_ORGANISATION_BANNERS_FOLDED,
] as const;

/** Circulation and draft marks that sit in the header zone but are neither issuer nor subject. */
export const HEADER_MARKS_FOLDED = [
  'XEM XONG TRA LAI',
  'LUU HANH NOI BO',
  'TAI LIEU HOI NGHI',
  'KHONG PHO BIEN',
  'DU THAO',
  'BAN CHINH',
  'BAN SAO',
] as const;

/** Urgency stamps (mức độ khẩn), highest first so `THƯỢNG KHẨN` wins over `KHẨN`. */
export const URGENCY_MARKS: ReadonlyArray<[folded: string, value: 'Khẩn' | 'Thượng khẩn' | 'Hỏa tốc']> = [
  ['HOA TOC HEN GIO', 'Hỏa tốc'],
  ['HOA TOC', 'Hỏa tốc'],
  ['THUONG KHAN', 'Thượng khẩn'],
  ['KHAN', 'Khẩn'],
];

/** Secrecy stamps (độ mật). */
export const SECRECY_MARKS: ReadonlyArray<[folded: string, value: 'Mật' | 'Tối mật' | 'Tuyệt mật']> = [
  ['TUYET MAT', 'Tuyệt mật'],
  ['TOI MAT', 'Tối mật'],
  ['MAT', 'Mật'],
];

/**
 * Heads that start the issuing body's name, used to split a joined caps run into parent and
 * issuer ("ỦY BAN NHÂN DÂN THÀNH PHỐ X" | "VĂN PHÒNG").
 */
export const ISSUER_HEADS = [
  'ỦY BAN NHÂN DÂN',
  'UBND',
  'HỘI ĐỒNG NHÂN DÂN',
  'HĐND',
  // "THƯỜNG TRỰC HĐND" under "HĐND TỈNH X": the standing body of the council above it
  'THƯỜNG TRỰC',
  'ĐẢNG BỘ',
  'ĐẢNG ỦY',
  'ĐẢNG ĐOÀN',
  'BAN CÁN SỰ ĐẢNG',
  'TỈNH ỦY',
  'THÀNH ỦY',
  'HUYỆN ỦY',
  'QUẬN ỦY',
  'THỊ ỦY',
  'CHI BỘ',
  'BAN CHẤP HÀNH',
  'BCH',
  'BỘ',
  'SỞ',
  'BAN',
  'VĂN PHÒNG',
  'ỦY BAN',
  'CỤC',
  'TỔNG CỤC',
  'CHI CỤC',
  'PHÒNG',
  'TRƯỜNG',
  'VIỆN',
  'TRUNG TÂM',
  'CÔNG AN',
  'BỘ CHỈ HUY',
  'MẶT TRẬN TỔ QUỐC',
  'ỦY BAN MẶT TRẬN TỔ QUỐC',
  'HỘI',
  'ĐOÀN',
  'LIÊN ĐOÀN',
  'TÒA ÁN',
  'VIỆN KIỂM SÁT',
  // "UBND TỈNH X" ⏎ "THANH TRA TỈNH": the inspectorate of the committee above it
  'THANH TRA',
  'KHO BẠC',
  'BỆNH VIỆN',
  'CÔNG ĐOÀN',
  'LIÊN ĐOÀN LAO ĐỘNG',
  'BẢO HIỂM XÃ HỘI',
  'CỤC THUẾ',
  'THUẾ',
  'KIỂM TOÁN NHÀ NƯỚC',
  'NGÂN HÀNG NHÀ NƯỚC',
  'BỘ ĐỘI BIÊN PHÒNG',
  'CHÍNH PHỦ',
  'THỦ TƯỚNG CHÍNH PHỦ',
  'QUỐC HỘI',
  'BAN THƯỜNG VỤ',
] as const;

/** Signature prefixes (thẩm quyền ký), written as the folded letters they reduce to. */
/** Common family names, to tell a name typed in capitals (`NGUYỄN VĂN A`) from a position line. */
export const FAMILY_NAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trịnh',
  'Đoàn',
  'Lương',
  'Mai',
  'Trương',
  'Lâm',
  'Hà',
  'Tạ',
  'Cao',
  'Quách',
  'Lưu',
  'Vương',
  'Châu',
  'Thái',
  'Tô',
  'Tăng',
  'Triệu',
  'Kiều',
  'Lò',
  'Hứa',
  'Chu',
  'Đàm',
] as const;

/** Titles that open a signer's position line (`CHỦ TỊCH UBND XÃ`, `PHÓ GIÁM ĐỐC`), upper case. */
export const POSITION_TITLES = [
  'CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'BÍ THƯ',
  'PHÓ BÍ THƯ',
  'TRƯỞNG BAN',
  'PHÓ TRƯỞNG BAN',
  'CHÁNH VĂN PHÒNG',
  'PHÓ CHÁNH VĂN PHÒNG',
  'TRƯỞNG PHÒNG',
  'PHÓ TRƯỞNG PHÒNG',
  'HIỆU TRƯỞNG',
  'CHỦ NHIỆM',
  'TỔNG GIÁM ĐỐC',
  'CỤC TRƯỞNG',
  'VỤ TRƯỞNG',
  'BỘ TRƯỞNG',
  'THỦ TRƯỞNG',
] as const;

export const SIGNER_PREFIXES: Readonly<Record<string, string>> = {
  TM: 'TM.',
  KT: 'KT.',
  TL: 'TL.',
  TUQ: 'TUQ.',
  Q: 'Q.',
};

/** Words that open the name of a unit: the subject of an assignment. */
export const UNIT_HEADS = [
  'Ban',
  'Ủy ban',
  'UBND',
  'HĐND',
  'BHXH',
  'Đảng ủy',
  'Đảng bộ',
  'Đảng đoàn',
  'Ban cán sự',
  'Chi bộ',
  'Chi ủy',
  'Cấp ủy',
  'Văn phòng',
  'Sở',
  'Phòng',
  'Bộ',
  'Thường trực',
  'Thường vụ',
  'Hội đồng',
  'Mặt trận',
  'MTTQ',
  'Đoàn Thanh niên',
  'Đoàn đại biểu',
  // a Youth Union's branches: "Đoàn các xã, phường, Đoàn trực thuộc:" ("Đoàn" alone would take "Đoàn kết")
  'Đoàn các',
  'Đoàn xã',
  'Đoàn phường',
  'Đoàn cơ sở',
  'Đoàn trực thuộc',
  'Hội Nông dân',
  'Hội Cựu chiến binh',
  'Hội Liên hiệp Phụ nữ',
  'Hội Phụ nữ',
  'Công an',
  'Bộ Chỉ huy',
  'Chỉ huy trưởng',
  'Viện',
  'Trường',
  'Trung tâm',
  'Tòa án',
  'Kho bạc',
  'Chi cục',
  'Cục',
  'Tổng cục',
  'Liên đoàn',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Người đứng đầu',
  'Bí thư',
  'Chủ tịch',
  'Giám đốc',
  'Thủ trưởng',
  'Đồng chí',
  'Đ/c',
  'Tổ chức đảng',
  'Tổ chức cơ sở đảng',
  'Các tổ chức',
  'Ủy viên',
  'Đảng ủy viên',
  'Thanh tra',
  'Trưởng',
  'Chánh',
  'Báo',
  'Đài',
  'Bảo hiểm xã hội',
  'Thuế',
  'Tỉnh đoàn',
  'Thành đoàn',
  'Huyện đoàn',
  'Công ty',
  'Tổng công ty',
  'Bưu điện',
  'Ngân hàng',
  'Bệnh viện',
  'Ban Quản lý',
  'Đội',
  'Tổ công tác',
  'Hạt Kiểm lâm',
  'Quỹ',
  'Trạm',
  'Giáo viên',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Tổ trưởng',
  'Khoa',
  'Công đoàn',
  'Tổ chuyên môn',
  'Tổ Văn phòng',
  'Tổ kiểm tra',
  'Đoàn kiểm tra',
  'Tổ giám sát',
  'Đoàn giám sát',
  'Đoàn công tác',
  'Tổ giúp việc',
  // armed forces, border guard and police units
  'Bộ Tư lệnh',
  'Bộ đội Biên phòng',
  'Quân khu',
  'Sư đoàn',
  'Lữ đoàn',
  'Trung đoàn',
  'Tiểu đoàn',
  'Hải đoàn',
  'Hải đội',
  'Đồn Biên phòng',
  'Đồn Công an',
  'Đồn trưởng',
  'Cảnh sát',
  'Cụm Cảnh sát',
  // neighbourhood and association branches
  'Tổ dân phố',
  'Chi hội',
  'Chi đoàn',
  // services, enterprises and protected areas
  'Điện lực',
  'Cảng vụ',
  'Chi nhánh',
  'Hợp tác xã',
  'Học viện',
  'Vườn quốc gia',
  'Khu bảo tồn',
  // armed forces posts: "Tham mưu trưởng, Chủ nhiệm Chính trị … chịu trách nhiệm thi hành"
  'Tham mưu trưởng',
  'Chủ nhiệm',
  'Chính ủy',
  'Phó Chính ủy',
  'Tư lệnh',
  'Chỉ huy phó',
  // commune teams after the 2025 reform ("Tổ" alone would take the verb "Tổ chức")
  'Tổ công nghệ số',
  'Tổ bảo vệ an ninh',
  'Tổ an ninh',
  'Tổ hòa giải',
  'Tổ tự quản',
  'Tổ liên gia',
  'Tổ tuần tra',
  'Tổ phản ứng nhanh',
  'Tổ xung kích',
  'Tổ đại biểu',
  // elected members as a body ("Đại biểu" alone is also the guests of a giấy mời)
  'Đại biểu HĐND',
  'Đại biểu Hội đồng nhân dân',
  'Đại biểu Quốc hội',
] as const;

/**
 * Heads that name a unit only before the capitalised name of a post: "Công chức Văn hóa - Xã hội",
 * "Cán bộ Tư pháp - Hộ tịch" (not "Công chức, viên chức thực hiện …", who are what a rule concerns).
 */
export const POST_HEADS = ['Công chức', 'Cán bộ'] as const;

/** Nouns for units after a plural `Các`/`các` ("Các cấp ủy", "các sở, ban, ngành"). */
export const UNIT_NOUNS_AFTER_CAC = [
  'cấp ủy',
  'đại biểu HĐND',
  'đại biểu Hội đồng nhân dân',
  'đại biểu Quốc hội',
  'công chức',
  'chi bộ',
  'chi ủy',
  'chi',
  'đảng bộ',
  'đảng ủy',
  'tổ chức đảng',
  'tổ chức cơ sở đảng',
  'tổ chức chính trị',
  'tổ chức',
  'cơ quan',
  'đơn vị',
  'sở',
  'ban',
  'ngành',
  'địa phương',
  'xã',
  'phường',
  'đặc khu',
  'huyện',
  'tỉnh',
  'đồng chí',
  'ủy ban',
  'phòng',
  'trường',
  'hội',
  'đoàn thể',
  'doanh nghiệp',
  'công ty',
  'nhà thầu',
  'chủ đầu tư',
  'cơ sở',
  'bộ',
  'thành viên',
  'ủy viên',
  'chủ tịch',
  'bí thư',
  'chủ đầu tư',
  'nhà trường',
  'cơ sở giáo dục',
  'bệnh viện',
  'ngân hàng',
  'hợp tác xã',
  'thôn',
  'tổ dân phố',
  'khu phố',
  'thị trấn',
  'quận',
  'thị xã',
  'thành phố',
  'chi hội',
  'ban quản lý',
  'ban chỉ đạo',
  'tổ công tác',
  'lực lượng',
  'tổ chuyên môn',
  'tổ',
  'ấp',
  'bản',
  'trạm y tế',
  'trung tâm',
  'đoàn',
  'khoa',
  'công đoàn',
  // posts of a hamlet or block: "Các Trưởng ấp chủ động …"
  'trưởng ấp',
  'trưởng thôn',
  'trưởng bản',
  'trưởng khu phố',
  'trưởng tổ dân phố',
  'tổ trưởng',
] as const;

/**
 * Lower-case verbs that end a unit's name in an assignment ("Các cấp ủy cơ sở | phối hợp …").
 * Capitalised words never stop a name ("Ban Tổ chức Thành ủy").
 */
export const ASSIGNMENT_VERBS = [
  'phối hợp',
  'chủ trì',
  'căn cứ',
  'tập trung',
  'chỉ đạo',
  'triển khai',
  'thực hiện',
  'tăng cường',
  'chịu trách nhiệm',
  'có trách nhiệm',
  'phấn đấu',
  'tổ chức',
  'xây dựng',
  'rà soát',
  'theo dõi',
  'hướng dẫn',
  'tham mưu',
  'nghiên cứu',
  'báo cáo',
  'lãnh đạo',
  'đôn đốc',
  'kiểm tra',
  'giám sát',
  'quán triệt',
  'phân công',
  'tiếp tục',
  'khẩn trương',
  'chủ động',
  'cần',
  'phải',
  'nghiêm túc',
  'bảo đảm',
  'đảm bảo',
  'quan tâm',
  'thường xuyên',
  'đẩy mạnh',
  'nâng cao',
  'nâng cấp',
  // "Phòng Tham mưu giúp Giám đốc Công an tỉnh theo dõi …"
  'giúp',
  // adverbs of manner before the verb: "Các đoàn viên gương mẫu tham gia …"
  'gương mẫu',
  'tích cực',
  'kịp thời',
  'xem xét',
  'cử',
  'gửi',
  'tổng hợp',
  'cung cấp',
  'ban hành',
  'sớm',
  'giải quyết',
  'rà soát',
  'bố trí',
  'hoàn thành',
  'hoàn thiện',
  'quyết liệt',
  'thống nhất',
  'đề xuất',
  'trình',
  'lập',
  'làm',
  'tuyên truyền',
  'phổ biến',
  'vận động',
  'duy trì',
  'chuẩn bị',
  'tiến hành',
  'ưu tiên',
  'sắp xếp',
  'kiện toàn',
  'cập nhật',
  'quản lý',
  'nắm',
  'nắm bắt',
  'đánh giá',
  'soát xét',
  'thẩm định',
  'tiếp nhận',
  'bám sát',
  'được giao',
  'nghiêm',
  'khắc phục',
  'thông báo',
  'yêu cầu',
  'đề nghị',
  'vào cuộc',
  'phát huy',
  'thay mặt',
  'căn',
  'huy động',
  'xử lý',
  'tham gia',
  'nộp',
  'bổ sung',
  'ứng phó',
  'thống kê',
  'điều chỉnh',
  'thành lập',
  'trực tiếp',
  'tháo gỡ',
  'có nhiệm vụ',
  'sẽ',
  'đã',
  'đang',
  'được',
  'phân loại',
  'mở',
  'là đầu mối',
  'đăng ký',
  'tuyển sinh',
  'tiếp',
  'đưa',
  'bồi dưỡng',
  'chi trả',
  'họp',
  'ra quân',
  'tự',
  'chấm',
  'lựa chọn',
  'phòng ngừa',
  'quyết định',
  'tăng',
  'sơ kết',
  'tổng kết',
  'thẩm tra',
  'xác minh',
  // not verbs, but where a unit's name ends before its predicate: "Các đơn vị định kỳ hằng tháng báo cáo …"
  'định kỳ',
  'hằng tuần',
  'hằng tháng',
  'hằng quý',
  'hằng năm',
  'hàng tuần',
  'hàng tháng',
  'hàng quý',
  'hàng năm',
  // not verbs, but where a unit's name ends: "Các phòng, ban theo chức năng, nhiệm vụ được giao …",
  // "Phòng Văn hóa - Xã hội là cơ quan thường trực"
  'theo chức năng',
  'là cơ quan thường trực',
  // verbs a clause of its own starts with (the name before them ends there)
  'cụ thể hóa',
  'xếp loại',
  'công bố',
  'kê khai',
  'biểu dương',
  'ghi nhận',
  'nhất trí',
  'phê duyệt',
  'thi hành',
  'chấp hành',
  'hỗ trợ',
  'kiểm soát',
  'tuần tra',
  'rút kinh nghiệm',
  'thu thập',
  'giới thiệu',
  'tiếp thu',
  'hoàn chỉnh',
  'phân bổ',
  'phản ánh',
  'truyền đạt',
  'kêu gọi',
  'khảo sát',
  'tập huấn',
  'đánh giá cao',
  'hoan nghênh',
  'khen ngợi',
  'cân đối',
  'xác định',
  'thi công',
  'giải ngân',
  'thanh toán',
  'quyết toán',
  'trả lời',
  'bàn giao',
  'di dời',
  'ký kết',
  // a disaster response's verbs: "… phối hợp với Chi cục Kiểm lâm sẵn sàng lực lượng …"
  'sẵn sàng',
  'vận hành',
  'sơ tán',
  'điều tiết',
  // inspection, enforcement and public notice
  'thanh tra',
  'truy quét',
  'niêm yết',
  'cấp phép',
  'thu gom',
  'sửa chữa',
  'phát lệnh',
  'cảnh báo',
  'canh gác',
  'ngăn chặn',
  'ứng cứu',
  'kiểm đếm',
  'điều tra',
  'thu hồi',
  'mời',
  'đẩy nhanh',
  'cưỡng chế',
  // not verbs, but where the name of a unit one works with ends: "phối hợp với Sở X để …"
  'để',
  'nhằm',
  'trong việc',
] as const;

/**
 * Words that complete a unit's name (`… tỉnh`, `… các xã, phường`, `… Thành ủy`, `… liên quan`):
 * after one, a lower-case word that does not continue the name is its predicate
 * ("Đài Phát thanh và Truyền hình tỉnh | tăng thời lượng …"), whatever the verb.
 */
export const UNIT_NAME_CLOSERS = [
  'tỉnh',
  'thành phố',
  'huyện',
  'quận',
  'thị xã',
  'thị trấn',
  'xã',
  'phường',
  'đặc khu',
  'liên quan',
  'cấp ủy',
  'thành ủy',
  'tỉnh ủy',
  'huyện ủy',
  'quận ủy',
  'thị ủy',
  'đảng ủy',
] as const;

/** Openings of a Nơi nhận item that names no unit (a unit's name is told by UNIT_HEADS). */
export const DISTRIBUTION_OPENINGS = [
  'Như trên',
  'Như kính gửi',
  'Như Điều',
  'Lưu',
  'Đ/c',
  'Đồng chí',
  'Các đồng chí',
] as const;

/**
 * Words a line may end on when a name wraps after them (`Ủy ban nhân dân huyện và` ⏎ `Ban Chỉ huy …`,
 * `Ủy ban nhân dân` ⏎ `Tỉnh …`): the next line goes on with the same item.
 */
export const WRAP_OPEN_WORDS = ['và', 'các', 'cùng', 'thuộc', 'của', 'với', 'nhân dân'] as const;

/** Lower-case words that carry a completed name on: `tỉnh và các sở`, `xã trực thuộc`, `… trên địa bàn`. */
export const UNIT_NAME_CONTINUERS = [
  'và',
  'các',
  'cùng',
  'thuộc',
  'trực thuộc',
  'của',
  'có liên quan',
  'trên địa bàn',
  'trên toàn',
  'cấp',
  'nhân dân',
  // "Đảng ủy viên", "cấp ủy viên": a member of the committee just named
  'viên',
  // where the units lie: "UBND các huyện ven biển", "các xã biên giới", "các xã bị ảnh hưởng"
  'ven biển',
  'ven sông',
  'miền núi',
  'vùng núi',
  'vùng trũng',
  'vùng thấp',
  'có rừng',
  'biên giới',
  'vùng cao',
  'vùng sâu',
  'vùng xa',
  'giáp ranh',
  'trọng điểm',
  'đặc biệt khó khăn',
  'bị ảnh hưởng',
] as const;

/** Fixed unit phrases that contain an assignment verb but are part of the name. */
export const UNIT_PHRASES_WITH_VERBS = [
  // "Các chi bộ còn lại": the rest of them, not a finding's `còn`
  'còn lại',
  // "Các Tổ bảo vệ an ninh, trật tự ở cơ sở", "Tổ tự quản": not the verb `tự`
  'trật tự',
  'tự quản',
  'đoàn thanh tra',
  'tổ thanh tra',
  'tổ kiểm tra',
  'đoàn kiểm tra',
  // "Cơ quan Cảnh sát điều tra Công an tỉnh", "Trung tâm Dịch vụ tổng hợp xã"
  'cảnh sát điều tra',
  'dịch vụ tổng hợp',
  'đoàn giám sát',
  'tổ giám sát',
  'đoàn kiểm tra, giám sát',
  'được kiểm tra, giám sát',
  // "Các tổ chức đảng được giám sát:", "Các chi bộ được kiểm tra": the units a plan's checks concern
  'được kiểm tra',
  'được giám sát',
  'nhà thầu thi công',
  'đơn vị thi công',
  'kế hoạch tổng hợp',
  'tài chính kế toán',
  'tham mưu, giúp việc',
  'tham mưu giúp việc',
  'giúp việc',
  'chuyên trách tham mưu',
  'ban chỉ đạo',
  'ban tổ chức',
  'ban xây dựng đảng',
  'ban tuyên giáo',
  'tổ chức đảng',
  'tổ chức cơ sở đảng',
  'tổ chức chính trị',
  'tổ chức chính trị - xã hội',
  'tổ chức chính trị – xã hội',
  'ủy ban kiểm tra',
  'các tổ chức',
  'lãnh đạo các',
  'lãnh đạo cơ quan',
  'thực hiện dân chủ',
  'quản lý dự án đầu tư xây dựng',
  'đầu tư xây dựng',
  'giáo dục thường xuyên',
  'giáo dục nghề nghiệp - giáo dục thường xuyên',
  'hậu cần',
  'dịch vụ việc làm',
  'công trình giao thông',
  'giao thông',
  'giao thông vận tải',
  // `trình` (submit) inside `công trình`: "Công ty TNHH MTV Khai thác công trình thủy lợi"
  'công trình',
  'quản lý hành chính về trật tự xã hội',
] as const;

/**
 * Header words of a plan's task table that name its columns: who leads (`Đơn vị chủ trì`,
 * `Cơ quan thực hiện`, `Phụ trách`), who supports (`Đơn vị phối hợp`); a time column
 * (`Thời gian thực hiện`) is neither.
 */
/** Labels that name a task's lead or its supporters: `Cơ quan chủ trì:`, `Đơn vị phối hợp:`. */
export const ROLE_LABEL_NOUNS = ['cơ quan', 'đơn vị', 'bộ phận'] as const;
/** What the lead's label says it does: `Cơ quan chủ trì:`, `Cơ quan chuẩn bị:`, `Đơn vị thực hiện:`. */
export const LEAD_LABEL_WORDS = ['chủ trì', 'chuẩn bị', 'thực hiện', 'tham mưu'] as const;
export const SUPPORT_LABEL_WORDS = ['phối hợp'] as const;
/** Role labels written without their noun at the start of a clause: `Chủ trì: Sở Nội vụ. Phối hợp: …`. */
export const BARE_LEAD_LABELS = ['chủ trì'] as const;
export const BARE_SUPPORT_LABELS = ['phối hợp'] as const;
/**
 * Other labels of a task's particulars, written as bullets under it ("- Thời gian hoàn thành: …",
 * "- Sản phẩm: …"), besides the role labels above.
 */
export const ITEM_ATTRIBUTE_LABELS = [
  'thời gian',
  'thời gian thực hiện',
  'thời gian hoàn thành',
  'thời hạn',
  'thời hạn thực hiện',
  'thời hạn hoàn thành',
  'tiến độ',
  'tiến độ thực hiện',
  'sản phẩm',
  'kết quả đầu ra',
  'kinh phí',
  'kinh phí thực hiện',
  // an event's particulars: "1. Lễ ra quân" ⏎ "- Thời gian: …" ⏎ "- Địa điểm: …" ⏎ "- Thành phần: …"
  'địa điểm',
  'thành phần',
  'thành phần tham dự',
  'hình thức',
] as const;

export const TABLE_LEAD_HEADERS = ['chủ trì', 'thực hiện', 'phụ trách', 'đầu mối'] as const;
export const TABLE_SUPPORT_HEADERS = ['phối hợp'] as const;
export const TABLE_TIME_HEADERS = ['thời gian', 'thời hạn', 'tiến độ', 'hạn gửi', 'hạn nộp', 'hạn hoàn thành'] as const;
/** Words of a time column that make its dates due dates (`Thời gian hoàn thành`, `Thời hạn`), not event days. */
export const TABLE_DUE_HEADERS = ['hoàn thành', 'thời hạn', 'hạn', 'tiến độ', 'trước ngày'] as const;
/** The numbering column (`STT`): rows under it without a number continue the row above. */
export const TABLE_NUMBER_HEADERS = ['stt', 'tt', 'số tt', 'số thứ tự', 'thứ tự'] as const;
/** A column of the span a report covers (`Thời gian chốt số liệu`): its dates are no deadlines. */
export const TABLE_DATA_HEADERS = ['số liệu'] as const;

/** Words before a place name in the date line that are not capitalised: `Thành phố Hồ Chí Minh, ngày …`. */
export const PLACE_PREFIXES = ['Thành phố', 'Thị xã', 'Thị trấn'] as const;
/** The same prefixes abbreviated in capitals (`TP Hồ Chí Minh`, `TX. Sơn Tây`). */
export const PLACE_PREFIX_ABBREVIATIONS = ['TP', 'TX', 'TT'] as const;

/** Opening words of an explicit assignment sentence. */
export const ASSIGN_OPENERS = ['Giao cho', 'Giao', 'Đề nghị', 'Yêu cầu', 'Phân công', 'Ủy quyền cho'] as const;
/** Verbs by which a body directs a unit under it: "Chỉ đạo Công an tỉnh chủ trì, …" (that unit leads). */
export const DIRECTING_VERBS = ['chỉ đạo'] as const;
/** Verbs of assent before an assignment: "Ban Thường vụ thống nhất giao Văn phòng …". */
export const ASSENT_VERBS = ['thống nhất', 'đồng ý', 'nhất trí', 'chấp thuận'] as const;
/** Duty verbs that make a later sentence's subject the task's executor (`… chịu trách nhiệm thi hành`). */
export const ANSWERABLE_VERBS = ['chịu trách nhiệm', 'có trách nhiệm'] as const;

/**
 * Verbs by which a unit takes on the list that follows: "Ủy ban Kiểm tra Thành ủy có trách nhiệm:",
 * "Sở Y tế chủ trì, phối hợp … thực hiện các nội dung sau:" (not "Ban Chấp hành thống nhất …:",
 * the issuer concluding).
 */
export const DUTY_VERBS = [
  'có trách nhiệm',
  'chịu trách nhiệm',
  'có nhiệm vụ',
  'chủ trì',
  'thực hiện',
  'triển khai',
  'tập trung',
  'chủ động',
  'chỉ đạo',
  'tham mưu',
  'cần',
  'phải',
] as const;

/** Verbs that open a clause of grounds before the unit: "Căn cứ …, X …", "Thực hiện …, X …". */
export const GROUNDS_VERBS = ['căn cứ', 'thực hiện', 'trên cơ sở', 'để', 'nhằm'] as const;

/**
 * Words after a unit that make its sentence a finding or a description, not a task: "Ban Thường vụ
 * đã …", "… chưa …", "Ban Chỉ huy hoạt động theo chế độ kiêm nhiệm".
 */
export const FINDING_VERBS = [
  'đã',
  'chưa',
  'vẫn còn',
  'còn',
  'thiếu',
  'để xảy ra',
  'buông lỏng',
  'hoạt động theo',
  'làm việc theo',
  'chịu sự',
] as const;

/** Verbs by which a unit asks others to act (`UBND xã đề nghị các thôn …`); they open ASSIGN_OPENERS too. */
export const REQUEST_WORDS = ['đề nghị', 'yêu cầu', 'giao', 'phân công'] as const;

/** Verbs that give a task to the unit named right after them (`Đảng ủy giao Ủy ban nhân dân phường:`). */
export const GIVING_VERBS = ['giao', 'phân công'] as const;
/**
 * Labels whose colon names who is concerned, not who acts: `Đối tượng: UBND các xã …` (those
 * checked), `Thành phần: …` (those invited), `Địa điểm: Phòng họp số 2`.
 */
export const NOT_ACTING_LABELS = ['đối tượng', 'phạm vi', 'thành phần', 'thành viên', 'địa điểm'] as const;
/** A topic label before an assignment: `Về công tác …: giao …`, `Đối với đề xuất của Sở Y tế …: Giao …`. */
export const TOPIC_OPENERS = ['Về', 'Đối với'] as const;
/** Verbs by which the issuing body gives its own view (`Ban Thường vụ đánh giá cao …`): no one is tasked. */
export const ASSESSMENT_VERBS = [
  'đánh giá cao',
  'biểu dương',
  'ghi nhận',
  'nhất trí',
  'thống nhất',
  'đồng ý',
  'hoan nghênh',
  'khen ngợi',
] as const;

/**
 * Short headings that describe rather than assign (`2. Yêu cầu` ⏎ `Các cơ quan, đơn vị xác định rõ
 * …`): the unit their paragraph opens with states a requirement, it is not tasked.
 */
export const DESCRIBING_HEADINGS = [
  'mục đích',
  'yêu cầu',
  'mục tiêu',
  'quan điểm',
  'ý nghĩa',
  'đặc điểm',
  'tình hình',
  'kết quả',
  'đánh giá',
  'phạm vi',
  'đối tượng',
  'nguyên tắc',
] as const;

/** Closing formulas after the last task: document-level, not part of that task. */
export const CLOSING_OPENERS = [
  'Đề nghị',
  'Yêu cầu',
  'Trên đây',
  'Đây là',
  'Trong quá trình thực hiện',
  'Quá trình thực hiện',
  'Nhận được công văn này',
  'Nhận được văn bản này',
  'Có công văn gửi kèm',
  'Có văn bản gửi kèm',
  'Có gửi kèm',
  'Gửi kèm',
] as const;

/** Openings that look like a unit head but are not: "Ban hành …", "Phòng, chống …", "Trường hợp …". */
export const NOT_UNIT_OPENINGS = [
  'Ban hành',
  'Trạm dừng',
  'Báo cáo',
  'Báo chí',
  'Trưởng thành',
  'Đội ngũ',
  'Quỹ đất',
  'Thuế suất',
  'Công ty hóa',
  'Phòng, chống',
  'Phòng chống',
  'Phòng ngừa',
  'Trường hợp',
  'Bộ máy',
  'Bộ phận một cửa',
  'Bộ tiêu chí',
  'Bộ chỉ số',
  'Sở hữu',
  'Cục bộ',
  'Thường trực Ban Chỉ đạo',
] as const;

/**
 * Unit names joined by a hyphen ("Phòng Tài chính - Kế hoạch"): a PDF line broken at the hyphen
 * leaves "… Tài chính" ⏎ "- Kế hoạch, …", which is the name going on, not a bullet.
 */
export const HYPHENATED_UNIT_NAMES = [
  'Tài chính - Kế hoạch',
  'Kế hoạch - Tài chính',
  'Kế hoạch - Đầu tư',
  'Tài chính - Kế toán',
  'Văn hóa - Xã hội',
  'Văn hóa - Thông tin - Thể thao',
  'Văn hóa - Thể thao',
  'Văn hóa - Thông tin',
  'Lao động - Thương binh và Xã hội',
  'Kinh tế - Hạ tầng',
  'Kinh tế - Kỹ thuật',
  'Kinh tế - Xã hội',
  'Phát thanh - Truyền hình',
  'Truyền thanh - Truyền hình',
  'Giáo dục nghề nghiệp - Giáo dục thường xuyên',
  'Giáo dục Trung học - Giáo dục thường xuyên',
  'Tư pháp - Hộ tịch',
  'Địa chính - Xây dựng',
  'Văn phòng - Thống kê',
  'Tổ chức - Hành chính',
  'Tổ chức - Cán bộ',
  'Hành chính - Tổng hợp',
  'Thanh tra - Pháp chế',
  'Quân sự - Quốc phòng',
] as const;

/** Words a citation hangs on, so a line that ends with one runs on ("quy định tại" ⏎ "Điều 4 …"). */
export const CITING_WORDS = ['tại', 'theo', 'của', 'và', 'hoặc'] as const;

/**
 * Words a line cannot end a phrase with: a PDF line ending in one runs on to the next even when that
 * starts with a number (`… hoàn thành trước ngày` ⏎ `05/3/2027.`).
 */
export const DANGLING_WORDS = [
  'ngày',
  'trước',
  'đến',
  'từ',
  'số',
  'tháng',
  'năm',
  'quý',
  'lúc',
  'hồi',
  'vào',
  'và',
  'của',
  'với',
  'là',
] as const;

/**
 * How a syllable may end and begin, to part two glued syllables (src/text/syllables.ts): the
 * finals (none, or a consonant), the onsets (`gi` and `qu` end in a vowel letter, read with it).
 */
export const GLUE_FINALS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'] as const;
export const GLUE_ONSETS = [
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gh',
  'h',
  'k',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'ngh',
  'nh',
  'p',
  'ph',
  'q',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
] as const;
/** Finals after which a syllable carries sắc or nặng. */
export const GLUE_STOP_FINALS = ['c', 'ch', 'p', 't'] as const;

/**
 * Verbs that open a sentence of instructions ("Chỉ đạo …", "Triển khai …"): capitalised at the
 * start of a line, they begin a paragraph rather than carry on the line above.
 */
export const SENTENCE_VERBS = [
  'Chỉ đạo',
  'Triển khai',
  'Tổ chức',
  'Thực hiện',
  'Tăng cường',
  'Tiếp tục',
  'Rà soát',
  'Đẩy mạnh',
  'Nâng cao',
  'Quán triệt',
  'Chủ động',
  'Khẩn trương',
  'Phối hợp',
  'Tham mưu',
  'Đôn đốc',
  'Theo dõi',
  'Bảo đảm',
  'Đảm bảo',
  'Kiểm tra',
  'Xây dựng',
  'Hoàn thành',
  'Tập trung',
  'Phát huy',
  'Duy trì',
  'Kiện toàn',
  'Vận hành',
  'Đẩy nhanh',
  'Hướng dẫn',
  'Tuyên truyền',
  'Bố trí',
  'Chuẩn bị',
  'Tiến hành',
  'Huy động',
  'Xử lý',
  'Cập nhật',
  'Tổng hợp',
  'Lãnh đạo',
  'Giám sát',
  'Phổ biến',
  'Vận động',
  'Sẵn sàng',
  'Ứng phó',
  'Khắc phục',
  'Hỗ trợ',
  'Đề xuất',
  'Thẩm định',
  'Tiếp nhận',
  'Sơ tán',
  'Tuần tra',
  'Tập huấn',
  'Khảo sát',
  'Nắm bắt',
  'Bám sát',
  'Ưu tiên',
  'Cân đối',
  'Giải quyết',
] as const;

/** Heads of a body's name that a capitalised word carries on ("Ban" ⏎ "Chỉ đạo …", "Sở" ⏎ "Xây dựng"). */
export const NAME_HEADS_BEFORE_TITLE = [
  'Ban',
  'Ủy ban',
  'Sở',
  'Phòng',
  'Hội đồng',
  'Đoàn',
  'Tổ',
  'Trung tâm',
  'Cục',
  'Chi cục',
  'Văn phòng',
  'Bộ',
  'Vụ',
  'Ban Quản lý',
  'Đội',
] as const;
