// Vocabulary for deadline and citation rules (format reference §2, §9). Text is data: spellings live
// here and are built into regexes with `alternation()`, which folds tone placement (`ủy`/`uỷ`).
// Matching is case-insensitive unless a table says otherwise.

/** Cues before a date that make it a due date: `trước ngày 30/4/2026`, `chậm nhất là ngày …`. `ngày` optional. */
export const BY_CUES = [
  'trước',
  'hoàn thành trước',
  'xong trước',
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất vào',
  'chậm nhất trước',
  'chậm nhất đến',
  'muộn nhất',
  'muộn nhất là',
  'hạn chót',
  'hạn chót là',
  'hạn cuối',
  'không muộn hơn',
  'không chậm hơn',
  'không chậm quá',
  'không quá',
] as const;

/** The day of a date written earlier in the sentence: `… vào ngày 28/02/2027; báo cáo trước 16 giờ cùng ngày`. */
export const SAME_DAY_WORDS = ['cùng ngày', 'ngày hôm đó', 'ngày hôm ấy', 'trong ngày hôm đó'] as const;

/** Cues that need a following `ngày` to be a due date: `trong ngày 20/4/2026`, `đến hết ngày …`. */
export const BY_CUES_WITH_NGAY = [
  'trong',
  'đến hết',
  'hoàn thành trong',
  'xong trong',
  'ngay trong',
  // a task carried on up to a day: `thực hiện đến ngày 30/9/2027` (not `tính đến ngày`, a cut-off)
  'thực hiện đến',
  'triển khai đến',
  'hoàn thành đến',
  'duy trì đến',
  'kéo dài đến',
  // a target to reach by a day: `phấn đấu đến ngày 30/6/2027 giải ngân đạt trên 60%`
  'phấn đấu đến',
] as const;

/** Labels followed by `:` and a date that make it a due date: `Thời hạn: 30/4/2026`. */
export const BY_LABELS = [
  'thời gian hoàn thành',
  'thời hạn hoàn thành',
  'thời hạn',
  'thời gian thực hiện',
  'thời hạn thực hiện',
  'thời hạn báo cáo',
  'thời gian báo cáo',
  'thời hạn gửi',
  'thời hạn gửi báo cáo',
  'thời gian gửi',
  'thời gian gửi báo cáo',
  'thời hạn nộp',
  'hạn nộp',
  'hạn hoàn thành',
  'hạn',
] as const;

/** Parts of the day written after an hour (`8 giờ sáng`, `2 giờ chiều`); the later ones add 12 hours. */
export const DAY_PARTS = ['sáng', 'trưa', 'chiều', 'tối'] as const;
export const AFTERNOON_PARTS = ['chiều', 'tối'] as const;

/** Labels followed by `:` and a date/time that name an event: `Thời gian: 8 giờ 00, ngày 20/4/2026`. */
export const ON_LABELS = [
  'thời gian',
  'thời gian tổ chức',
  'thời gian khai mạc',
  'thời gian họp',
  'thời gian diễn ra',
  'ngày tổ chức',
  'ngày thi',
] as const;

/** Verbs/nouns that make a following `ngày D` an event date: `họp vào ngày 20/4/2026`. */
export const EVENT_CUES = [
  'tổ chức',
  'họp',
  'khai mạc',
  'diễn ra',
  'hội nghị',
  'hội thảo',
  'tập huấn',
  'kỳ thi',
  'thi tuyển',
  'lễ kỷ niệm',
] as const;

/** Words before a date or event that mark narrative (past) text, not a task: `đã tổ chức vào ngày …`. */
export const NARRATIVE_MARKERS = [
  'đã',
  'vừa',
  'ban hành',
  'ký ban hành',
  'nhận được',
  'được tổ chức',
  // a report's own timestamp: "Theo Bản tin … lúc 10 giờ 00 ngày 11/9/2026"
  'bản tin',
  'theo dự báo',
  'theo tin',
  'dự báo khí tượng',
] as const;

/**
 * Openings of a sentence that relays a forecast or a news bulletin (`Theo bản tin của Đài Khí tượng
 * …, từ đêm 24/7 đến hết ngày 27/7 có mưa to`): its dates say when the weather comes, not when a
 * task is due — unless the sentence goes on to ask for something (`…, yêu cầu các xã …`).
 */
export const FORECAST_OPENERS = [
  'theo bản tin',
  'bản tin',
  'theo tin',
  'theo dự báo',
  'dự báo khí tượng',
  'theo thông tin của đài',
] as const;
/** Words after which a forecast sentence asks for something: its dates are due again. */
export const FORECAST_ASKS = ['đề nghị', 'yêu cầu', 'chỉ đạo', 'khẩn trương'] as const;

/** Verbs of a body ending itself, whose trigger is no deadline: `Tổ công tác tự giải thể sau khi …`. */
export const DISSOLVING_VERBS = ['giải thể', 'tự giải thể', 'chấm dứt hoạt động', 'hết hiệu lực'] as const;

/** Cues of a count back from an event: `chậm nhất 10 ngày trước ngày khai mạc Đại hội`. */
export const BEFORE_EVENT_CUES = ['chậm nhất', 'trước', 'ít nhất', 'muộn nhất'] as const;

/** Words that open the event a count runs back from without a second `trước`: `trước 3 ngày tổ chức Hội nghị`. */
export const EVENT_START_WORDS = ['tổ chức', 'diễn ra', 'khai mạc', 'khai giảng', 'tiến hành', 'bắt đầu'] as const;

/** Holidays and seasons a task is due before, dated by no day of the solar calendar: `trước Tết Nguyên đán`. */
export const UNDATED_EVENTS = ['Tết Nguyên đán', 'Tết cổ truyền', 'mùa mưa bão', 'mùa lũ', 'mùa khô'] as const;

/** Words before `từ … đến …` that make it the span a report covers: `số liệu tính từ ngày …`. */
export const DATA_SPAN_WORDS = ['tính', 'số liệu', 'kỳ báo cáo'] as const;

/** Nouns that end in one of NOT_DUE_WORDS and are no estimate: `thi trên máy vi tính trong tháng 9/2027`. */
export const NOT_DUE_NOUNS = ['vi tính', 'máy tính'] as const;

/**
 * Words just before a cued date or period that make it no deadline: a backlog to avoid (`không để
 * dồn vào cuối năm`), an estimate (`ước thực hiện đến hết năm 2026`), a cut-off of figures (`số
 * liệu tính đến hết tháng 11/2026`, `lũy kế đến hết quý III`).
 */
export const NOT_DUE_WORDS = [
  'dồn',
  'dồn việc',
  'ước',
  'ước thực hiện',
  'ước tính',
  'ước đạt',
  'tính',
  'lũy kế',
  'số liệu',
] as const;

/** Labels of what a task covers, not when: `Phạm vi giám sát: … trong năm 2026`, `Đối tượng: …`. */
export const SCOPE_LABELS = ['phạm vi', 'đối tượng'] as const;

/**
 * Words that, after a period opening its sentence, tell what was done in it (`Trong 6 tháng đầu
 * năm 2027, các chi bộ đã …`) — unless a request or a duty comes first (`… phải`, `đề nghị`).
 */
export const RETROSPECTIVE_AFTER_MARKERS = ['đã', 'vừa', 'đạt được'] as const;
export const FORWARD_MARKERS = ['phải', 'cần', 'đề nghị', 'yêu cầu', 'giao', 'sẽ', 'tiếp tục'] as const;

/** Words that make a cued period look back (`kết quả đạt được trong quý I`, `đã hoàn thành trong …`). */
export const RETROSPECTIVE_PERIOD_MARKERS = ['đã', 'đạt được', 'ghi nhận'] as const;

/**
 * Nouns that, earlier in the clause of a part of the year (`9 tháng đầu năm`, `6 tháng`), make it
 * the span being reviewed: `Đánh giá kết quả thực hiện trong 9 tháng đầu năm 2027`. Not the verbs
 * (`Rà soát, đánh giá hồ sơ … trong 6 tháng đầu năm` is work to finish in it).
 */
export const REVIEWED_SPAN_MARKERS = ['kết quả', 'tình hình'] as const;

/** Words just before `lúc`/`vào lúc` + time that name an event time: `vào lúc 14 giờ ngày …`. */
export const EVENT_TIME_CUES = [
  'vào lúc',
  'lúc',
  'vào hồi',
  'hồi',
  'bắt đầu từ',
  'bắt đầu lúc',
  'bắt đầu vào',
] as const;

/** Cues before a month, quarter or half-year: `trong quý II/2026`, `vào cuối tháng 5`. */
export const PERIOD_CUES = [
  'trong',
  // `trong các tháng 7, 8/2027`: a list of periods
  'trong các',
  'hoàn thành trong',
  'xong trong',
  'ngay trong',
  'trong thời gian',
  'trong suốt',
  'trước',
  'hoàn thành trước',
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất trong',
  'chậm nhất vào',
  'đến hết',
  'hoàn thành',
  'hoàn thành vào',
  'vào',
] as const;

/**
 * Cues before a whole year. Narrower than PERIOD_CUES: `trước năm 2030`, `vào năm 2026` and
 * `đến năm 2035` state goals, not due dates.
 */
export const YEAR_CUES = [
  'trong',
  'hoàn thành trong',
  'xong trong',
  'ngay trong',
  'trong thời gian',
  'trong suốt',
  'chậm nhất trong',
  'đến hết',
] as const;

/**
 * Cues before a span of years (`giai đoạn 2027 - 2030`, `năm 2027 - 2028`): narrower still. A
 * span after a bare `trong` mostly scopes a programme (`đội ngũ cán bộ trong giai đoạn 2026 - 2030`);
 * after a verb of doing it times the task, and it ends with its last year (format §9).
 */
export const YEAR_SPAN_CUES = [
  'hoàn thành trong',
  'xong trong',
  'chậm nhất trong',
  'thực hiện trong',
  'triển khai trong',
  'trong suốt',
] as const;

/** The longest span of years read as one period (a longer one is a vision, not a time frame). */
export const YEAR_SPAN_MAX = 10;

/**
 * A window for a task, `từ tháng 5 đến tháng 12/2026`, `từ nay đến hết quý III/2026`: the words that
 * open it and those before its last period (which is the deadline).
 */
export const RANGE_FROM = ['từ'] as const;
export const RANGE_TO = ['đến hết', 'đến', 'tới'] as const;

/** Labels followed by `:` (or, carelessly, a space) and a period: `Thời gian thực hiện: Quý II/2026`. */
export const PERIOD_LABELS = [
  'thời gian',
  'thời gian thực hiện',
  'thời gian hoàn thành',
  'thời hạn',
  'thời hạn hoàn thành',
  'thời hạn thực hiện',
] as const;

/** Lead-in labels that, at the start of a clause, belong to the deadline phrase they introduce. */
export const LEAD_LABELS = [
  'thời gian hoàn thành',
  'thời hạn hoàn thành',
  'thời gian thực hiện',
  'thời hạn thực hiện',
  'thời gian',
  'thời hạn',
  'hạn chót',
  'hoàn thành',
] as const;

/** Position inside a month/year/quarter: `đầu tháng 5` → 1st, `giữa tháng 5` → 15th, `cuối tháng 5` → last. */
export const PERIOD_MODIFIERS: Readonly<Record<string, 'start' | 'middle' | 'end'>> = {
  đầu: 'start',
  giữa: 'middle',
  cuối: 'end',
};

/**
 * Which week of a month (`tuần đầu tháng 10`, `tuần thứ hai của tháng 5`, `tuần cuối tháng 6`) →
 * its last day: week n ends on day 7n; 0 is the month's last day.
 */
export const WEEK_OF_MONTH: Readonly<Record<string, number>> = {
  đầu: 7,
  'đầu tiên': 7,
  'thứ nhất': 7,
  '1': 7,
  'thứ hai': 14,
  'thứ 2': 14,
  '2': 14,
  'thứ ba': 21,
  'thứ 3': 21,
  '3': 21,
  'thứ tư': 28,
  'thứ 4': 28,
  '4': 28,
  cuối: 0,
};

/**
 * The last day of a school year (`năm học 2026 - 2027` ends 31/5/2027): the Ministry of Education's
 * yearly framework closes the school year by the end of May.
 */
export const SCHOOL_YEAR_END = { month: 5, day: 31 } as const;

/** Words for 6 and 9 in `6 tháng đầu năm`, `chín tháng đầu năm`. */
export const MONTH_COUNT_WORDS: Readonly<Record<string, number>> = {
  '6': 6,
  '06': 6,
  sáu: 6,
  '9': 9,
  '09': 9,
  chín: 9,
};

/** Half-year words without a count: `nửa đầu năm`, `nửa cuối năm`. */
export const HALF_WORDS = ['nửa'] as const;

/** `hằng`/`hàng`/`theo từng` + unit = recurrence: `hằng tháng`, `theo từng quý`. */
export const EVERY_WORDS = ['hằng', 'hàng', 'theo từng', 'định kỳ hằng', 'định kỳ hàng'] as const;

/** Recurrence unit → RFC 5545 rule head. */
export const RECURRENCE_UNITS: Readonly<Record<string, string>> = {
  ngày: 'FREQ=DAILY',
  tuần: 'FREQ=WEEKLY',
  tháng: 'FREQ=MONTHLY',
  quý: 'FREQ=MONTHLY;INTERVAL=3',
  năm: 'FREQ=YEARLY',
};

/** Weekday names → RFC 5545 BYDAY (`thứ Sáu hằng tuần`). */
export const WEEKDAYS: Readonly<Record<string, string>> = {
  'thứ hai': 'MO',
  'thứ 2': 'MO',
  'thứ ba': 'TU',
  'thứ 3': 'TU',
  'thứ tư': 'WE',
  'thứ 4': 'WE',
  'thứ năm': 'TH',
  'thứ 5': 'TH',
  'thứ sáu': 'FR',
  'thứ 6': 'FR',
  'thứ bảy': 'SA',
  'thứ 7': 'SA',
  'chủ nhật': 'SU',
};

/** The weekday's place in its month (`Chủ nhật cuối cùng hằng tháng` → -1SU, `thứ Hai đầu tiên` → 1MO). */
export const WEEKDAY_ORDINALS: Readonly<Record<string, number>> = {
  'đầu tiên': 1,
  'thứ nhất': 1,
  'thứ hai': 2,
  'thứ ba': 3,
  'thứ tư': 4,
  'cuối cùng': -1,
  cuối: -1,
};

/** `mỗi`/`cứ` before a unit said once: `mỗi quý một lần`, `cứ 3 tháng một lần`. */
export const EACH_WORDS = ['mỗi', 'cứ'] as const;

/** The once of a frequency: `03 tháng một lần`, `mỗi năm 1 lần` (`6 tháng/lần` is written with a slash). */
export const ONCE_WORDS = ['một lần', '1 lần'] as const;

/** Counts written as words before a frequency's unit: `ba tháng một lần`, `hai tuần một lần`. */
export const FREQUENCY_COUNT_WORDS: Readonly<Record<string, number>> = {
  hai: 2,
  ba: 3,
  bốn: 4,
  sáu: 6,
  chín: 9,
  'mười hai': 12,
};

/** Frequency units → the RFC 5545 frequency and how many of it one unit is (`quý` = 3 months). */
export const FREQUENCY_UNITS: Readonly<Record<string, { freq: string; times: number }>> = {
  ngày: { freq: 'DAILY', times: 1 },
  tuần: { freq: 'WEEKLY', times: 1 },
  tháng: { freq: 'MONTHLY', times: 1 },
  quý: { freq: 'MONTHLY', times: 3 },
  năm: { freq: 'YEARLY', times: 1 },
};

/** `định kỳ` + count + unit: `định kỳ 6 tháng`, `định kỳ 03 tháng một lần`. */
export const PERIODIC_WORDS = ['định kỳ', 'định kì'] as const;

/**
 * A report named by its period (`báo cáo tháng trước ngày 20`, `định kỳ tháng (trước ngày 20), quý
 * (…), 6 tháng (trước ngày 15/6), năm (trước ngày 15/11)`): the words before the period, and the
 * periods, each with its rule (a half-yearly or yearly report's day and month recur each year).
 */
export const REPORT_LEADS = ['báo cáo định kỳ', 'báo cáo định kì', 'báo cáo', 'định kỳ', 'định kì'] as const;
export const REPORT_PERIODS: Readonly<Record<string, string>> = {
  tháng: 'FREQ=MONTHLY',
  quý: 'FREQ=MONTHLY;INTERVAL=3',
  '6 tháng': 'FREQ=YEARLY',
  'sáu tháng': 'FREQ=YEARLY',
  năm: 'FREQ=YEARLY',
};
/** The rule of a periodic report named without its day: `chế độ báo cáo định kỳ tháng, quý, năm`. */
export const REPORT_PERIODS_UNDATED: Readonly<Record<string, string>> = {
  tháng: 'FREQ=MONTHLY',
  quý: 'FREQ=MONTHLY;INTERVAL=3',
  '6 tháng': 'FREQ=MONTHLY;INTERVAL=6',
  'sáu tháng': 'FREQ=MONTHLY;INTERVAL=6',
  năm: 'FREQ=YEARLY',
};
/** Words after the period that make it one report (`báo cáo tháng 5`, `báo cáo năm nay`, `năm học`). */
export const REPORT_PERIOD_NOT = ['nay', 'này', 'tới', 'qua', 'học', 'đầu', 'cuối', 'giữa', 'trước đó'] as const;

/** Ongoing words: `Thực hiện thường xuyên.`, `(thường xuyên)`, `thực hiện liên tục`. */
export const ONGOING_WORDS = [
  'thường xuyên',
  'liên tục',
  'thường xuyên, liên tục',
  'thường xuyên và liên tục',
] as const;

/** Lead verbs of an ongoing or relative clause: `Thực hiện thường xuyên`, `Thực hiện sau khi …`. */
export const LEAD_VERBS = [
  'thực hiện',
  'hoàn thành',
  'triển khai',
  'tổ chức',
  'báo cáo',
  'gửi',
  'ban hành',
  'xây dựng',
  'tiến hành',
] as const;

/** Triggers of a relative deadline: `ngay sau khi có kết quả`, `khi có yêu cầu`. */
// `khi có …` alone is a condition, not a deadline ("kiểm tra khi có dấu hiệu vi phạm").
export const RELATIVE_TRIGGERS = ['ngay sau khi', 'sau khi', 'ngay khi'] as const;

/** Cues before `N ngày|tháng … kể từ …`: `trong vòng 15 ngày kể từ ngày ký`. */
export const COUNT_CUES = [
  'trong vòng',
  'trong thời hạn',
  'trong',
  'sau',
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất sau',
  'không quá',
  'tối đa',
] as const;

/** Units of a counted period; `ngày làm việc` counts working days. */
export const COUNT_UNITS: Readonly<Record<string, 'hour' | 'day' | 'workday' | 'week' | 'month'>> = {
  giờ: 'hour',
  ngày: 'day',
  'ngày làm việc': 'workday',
  tuần: 'week',
  tháng: 'month',
};

/** Cues of a count with no anchor written (`trong thời hạn 10 ngày.`): relative, never plain `trong`. */
export const BARE_COUNT_CUES = [
  'trong thời hạn',
  'trong vòng',
  'chậm nhất',
  'chậm nhất là',
  'chậm nhất trong',
  'không quá',
] as const;

/** `kể từ`, `tính từ`. */
export const FROM_WORDS = ['kể từ', 'tính từ', 'kể từ khi', 'từ', 'sau khi', 'kể từ sau khi', 'sau'] as const;

/** Anchors that are the document's own date: `kể từ ngày ký`, `kể từ ngày ban hành văn bản này`. */
export const SIGNING_ANCHORS = [
  'ngày ký',
  'ngày ký ban hành',
  'ngày ban hành',
  'ngày ký văn bản',
  'ký',
  'ban hành',
] as const;

/** `Quyết định này có hiệu lực (thi hành) kể từ ngày ký`: the document takes effect. */
export const EFFECT_WORDS = ['có hiệu lực thi hành', 'có hiệu lực'] as const;

/** Nouns after a signing anchor that still refer to this document: `… ngày ký Công văn này`. */
export const THIS_DOCUMENT_NOUNS = [
  'văn bản này',
  'công văn này',
  'kế hoạch này',
  'quyết định này',
  'thông báo này',
  'kết luận này',
  'hướng dẫn này',
  'chỉ thị này',
  'văn bản',
] as const;

/** Verbs that make a document's date its anchor when written in the passive: `ngày Kế hoạch được ban hành`. */
export const SIGNING_PASSIVE_VERBS = ['ký ban hành', 'ban hành', 'ký'] as const;

/** Heading words that make a period retrospective: `I. KẾT QUẢ … QUÝ I/2026`. */
export const RETROSPECTIVE_HEADING_WORDS = [
  'kết quả',
  'tình hình',
  'đánh giá',
  'kiểm điểm',
  'tổng kết',
  'nhìn lại',
] as const;

/**
 * Words a plan's section heading opens with in ordinary case (`2. Nhiệm vụ trọng tâm quý II năm
 * 2027`): the period it names is its items' deadline, as in a heading typed in capitals.
 */
export const PLAN_HEADING_WORDS = [
  'nhiệm vụ',
  'phương hướng',
  'kế hoạch',
  'chương trình',
  'công tác',
  'trọng tâm',
  'mục tiêu',
  'chỉ tiêu',
  'lịch công tác',
  'nội dung',
] as const;

/**
 * Words a findings section's heading opens with (`I- ĐÁNH GIÁ CHUNG`, `1. Ưu điểm`, `II- HẠN CHẾ`):
 * what it says about the past sets no deadline, unless the heading looks forward too.
 */
export const FINDINGS_HEADING_WORDS = [
  // not `đánh giá` alone: "2. Đánh giá, xếp loại" is a task
  'đánh giá chung',
  'đánh giá tình hình',
  'đánh giá kết quả',
  'kết quả đạt được',
  'kết quả thực hiện',
  'tình hình',
  'ưu điểm',
  'hạn chế',
  'khuyết điểm',
  'tồn tại',
  'nguyên nhân',
  'bài học kinh nghiệm',
] as const;
export const FORWARD_IN_HEADING = ['phương hướng', 'nhiệm vụ', 'giải pháp', 'kế hoạch'] as const;

/** Heading words that start a forward-looking part again: `KẾT QUẢ QUÝ I VÀ PHƯƠNG HƯỚNG … QUÝ II`. */
export const FORWARD_HEADING_WORDS = ['phương hướng'] as const;

// ---------------------------------------------------------------------------------------------
// Citations (references.ts)

/** Words that may introduce a document id besides the type names: `số`, `So`, `số:`. */
export const NUMBER_WORDS = ['số', 'so'] as const;

/** Type names whose citation may put a name between the type and `số`: `Luật Tiếp công dân số …`. */
export const NAMED_ACT_TYPES = ['Luật', 'Bộ luật', 'Pháp lệnh'] as const;

/**
 * Heads of issuing bodies. After `của …`, a comma or `và` continues the issuer only when one of
 * these follows: `của Bộ Chính trị, Ban Bí thư`.
 */
export const ISSUER_HEADS = [
  'Ban',
  'Bộ',
  'Văn phòng',
  'Ủy ban',
  'UBND',
  'HĐND',
  'Hội đồng',
  'Thường trực',
  'Chính phủ',
  'Thủ tướng',
  'Quốc hội',
  'Đảng ủy',
  'Đảng đoàn',
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Sở',
  'Cục',
  'Tổng cục',
  'Vụ',
  'Mặt trận',
  'Đoàn',
  'Hội',
  'Chủ tịch',
  'Tòa án',
  'Viện kiểm sát',
  'Kiểm toán',
  'Ngân hàng',
  'Trung ương',
] as const;

/**
 * Verbs of a document's own main clause: after `của A, B` they make B its subject, not a second
 * issuer (`… của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy yêu cầu …`).
 */
export const MAIN_CLAUSE_VERBS = [
  'yêu cầu',
  'đề nghị',
  'ban hành',
  'hướng dẫn',
  'chỉ đạo',
  'thông báo',
  'triển khai',
  'thực hiện',
  'xây dựng',
  'tổ chức',
  'giao',
  'gửi',
  'báo cáo',
  'đã',
  'trân trọng',
  'kết luận',
] as const;

/** Words that end an issuer read after `của`: `của Ban Thường vụ Thành ủy về việc …`. */
export const ISSUER_STOP_WORDS = [
  'xây dựng',
  'tổ chức',
  'giao',
  'báo cáo',
  'trân trọng',
  'về',
  'về việc',
  'thông báo',
  'tại',
  'và các',
  'thực hiện',
  'triển khai',
  'ban hành',
  'quy định',
  'hướng dẫn',
  'đã',
  'gửi',
  'đề nghị',
  'yêu cầu',
  'kèm theo',
  'theo',
  'nhằm',
  'đối với',
  'trong',
  'cho',
  'để',
  'năm',
  'ngày',
  'số',
  'như',
  'nêu',
  'có',
  'là',
  'được',
  'phê duyệt',
  'chỉ đạo',
  'giao',
  'hợp nhất',
  'sửa đổi',
  'bổ sung',
  'thành lập',
  'kết luận',
  'công bố',
  'phân công',
] as const;
