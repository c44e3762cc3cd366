// Label patterns that mark zones of a directive. All run on `Line.canon` (canonical tones).
import { foldDiacritics } from './fold.js';
import { alternation } from './patterns.js';
import {
  BANNERS_FOLDED,
  DOC_TYPE_NAMES,
  HEADER_MARKS_FOLDED,
  POSITION_TITLES,
  TITLE_QUALIFIERS,
  UNIT_HEADS,
  UNIT_NOUNS_AFTER_CAC,
} from './vocabulary.js';

/** "Kính gửi:", "Kính trình:", "Đồng kính gửi:" — OCR may drop the colon. */
export const KINH_GUI = /^(?:Đồng\s+)?kính\s*(?:gửi|trình|gởi)\s*:?\s*/iu;
/** A công điện names its addressees after "… điện:" ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:"). */
export const CONG_DIEN_TO = /^(?:\p{Lu}[\p{Lu}\s,.]{0,80}\s)?điện\s*:\s*$/u;

/**
 * A giấy mời or giấy triệu tập names its invitees after "… trân trọng kính mời:" or "… triệu tập
 * các đồng chí có tên sau:" (the whole line is the label).
 */
export const INVITE_TO =
  /^(?:[^:]{0,400}\s)?(?:(?:trân\s+trọng\s+)?kính\s+mời|triệu\s+tập\s+(?:các\s+)?(?:đồng\s+chí|ông|bà|đại\s+biểu|thành\s+viên))(?:[^:]{0,60})?:\s*$/iu;

/** An invitation's label with its invitees on the same line: "Kính mời: Kế toán trưởng các sở, …". */
export const INVITE_INLINE = /^(?:Trân\s+trọng\s+)?kính\s+mời\s*:\s*(?=\S)/iu;

/** The line that opens the addressees: "Kính gửi: …", a công điện's "… điện:", an invitation's "… kính mời:". */
export function addresseeLabel(canon: string): RegExpExecArray | null {
  return (
    KINH_GUI.exec(canon) ??
    CONG_DIEN_TO.exec(canon) ??
    (canon.endsWith(':') ? INVITE_TO.exec(canon) : INVITE_INLINE.exec(canon))
  );
}

/** "Đồng kính gửi:" after the addressees: more of them. */
export const ALSO_TO = /^Đồng\s+kính\s+gửi(?![\p{L}])/iu;
/** "Nơi nhận:" (may share a line with the signature: "Nơi nhận: KT. CHỦ TỊCH"). */
export const NOI_NHAN = /^Nơi\s*nhận\s*:?\s*/iu;
/** Subject of a công văn: "V/v …", "V/V", "v/v", "Về việc …". */
/** Openings of a body paragraph: "Căn cứ …", "Thực hiện …", "Theo đề nghị …" (they end a header list). */
export const BODY_OPENING = /^(?:Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị|Để|Nhằm|Ngày\s+\d)/u;

/**
 * A line that opens with a unit or a post: what an addressee written without a dash or a
 * separator starts with ("Các sở, ban, ngành tỉnh" ⏎ "UBND các huyện, thị xã" ⏎ "Giám đốc …").
 */
const ADDRESSEE_OPENING = new RegExp(
  `^(?:${alternation([...UNIT_HEADS, ...POSITION_TITLES])}|các\\s+${alternation(UNIT_NOUNS_AFTER_CAC)})(?![\\p{L}])`,
  'iu',
);

/** Whether tone-normalised `canon` opens with a unit or a post (see ADDRESSEE_OPENING). */
export function opensWithAddressee(canon: string): boolean {
  return ADDRESSEE_OPENING.test(canon);
}

export const VV = /^(?:[Vv]\s*\/\s*[Vv]|Về\s+việc|V\.v\.?)\s*[:.]?\s+/u;
/** Appendix heading after the signature. */
export const APPENDIX = /^(?:PHỤ\s+LỤC|Phụ\s+lục)(?![\p{L}])/u;
/** The Party star under the issuer name, also "***" rules. */
export const STAR = /^\\?\*+$/u;
/** Horizontal rules under names: "-----", "_____", "———". */
export const RULE_LINE = /^[-_—–=~.*\s]{3,}$/u;

const SPACES = /[\s\-–—.,:;]+/gu;
function foldedKey(text: string): string {
  return foldDiacritics(text).toUpperCase().replace(SPACES, ' ').trim();
}

export function isBanner(text: string): boolean {
  const key = foldedKey(text);
  return BANNERS_FOLDED.some((b) => key === b || (key.startsWith(b) && key.length < b.length + 4));
}

/** Contains a banner phrase somewhere (flattened PDF headers). */
export function bannerIndex(text: string): Array<[number, number]> {
  const folded = foldDiacritics(text).toUpperCase();
  const out: Array<[number, number]> = [];
  const variants: Array<[RegExp, number]> = [
    [/CONG\s+HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s+NAM/gu, 0],
    [/DOC\s+LAP\s*-?\s*TU\s+DO\s*-?\s*HANH\s+PHUC/gu, 0],
    [/DANG\s+CONG\s+SAN\s+VIET\s+NAM/gu, 0],
    // The Youth Union's banner stands where the Party's does ("BCH ĐOÀN TỈNH X" on the left).
    [/DOAN\s+(?:TNCS|THANH\s+NIEN\s+CONG\s+SAN)\s+HO\s+CHI\s+MINH/gu, 0],
  ];
  for (const [re] of variants) for (const m of folded.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out.sort((a, b) => a[0] - b[0]);
}

export function isHeaderMark(text: string): boolean {
  const key = foldedKey(text.replace(/[()[\]]/gu, ''));
  return HEADER_MARKS_FOLDED.some((m) => key === m || key.startsWith(`${m} `));
}

/** Upper-case type names keyed by their folded form, for title lines ("KẾ HOẠCH"). */
const TITLE_TYPES = new Map(DOC_TYPE_NAMES.map((name) => [foldedKey(name), name]));

const QUALIFIERS_FOLDED: ReadonlySet<string> = new Set(TITLE_QUALIFIERS.map(foldedKey));

/** A title line is a type name alone in capitals: "KẾT LUẬN", "KẾ HOẠCH", "THÔNG BÁO KẾT LUẬN". */
export function titleType(text: string): { type: string; rest: string } | null {
  const t = text.trim();
  if (t.length === 0 || t !== t.toUpperCase() || !/\p{Lu}/u.test(t)) return null;
  const key = foldedKey(t);
  const whole = TITLE_TYPES.get(key);
  if (whole) return { type: whole, rest: '' };
  // "THÔNG BÁO KẾT LUẬN" / "KẾ HOẠCH HÀNH ĐỘNG": the first type word, rest kept with the subject.
  let best: string | null = null;
  for (const [k, name] of TITLE_TYPES) {
    if (key.startsWith(`${k} `) && (!best || k.length > foldedKey(best).length)) best = name;
  }
  if (!best) return null;
  const words = foldedKey(best).split(' ').length;
  const rest = t.split(/\s+/u).slice(words).join(' ');
  return { type: best, rest: QUALIFIERS_FOLDED.has(foldedKey(rest)) ? '' : rest };
}

const ASCII_LOWER = /[a-z]/;

export function isAllCaps(text: string): boolean {
  // Most lines are prose: an ASCII lower-case letter settles it without building the letter copy.
  if (ASCII_LOWER.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
