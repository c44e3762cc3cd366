// Signature-block patterns (thẩm quyền ký): authority prefixes and name lines.

// TM. / T/M / T.M, KT. / K/T, TL. / T/L, TUQ. / T.U.Q, Q. — the prefix must be followed by "." "/" or a space.
// `\s*(?:[./]\s*)?` and `(?:\s*[./]\s*|\s+)`, not `\s*[./]?\s*` / `\s*(?:[./]|\s)\s*`: same matches, but
// the latter split a run of spaces in quadratically many ways before failing.
export const AUTHORITY_PREFIX = String.raw`T\s*(?:[/.]\s*)?M|K\s*(?:[/.]\s*)?T|T\s*(?:[/.]\s*)?L|T\s*(?:\.\s*)?U\s*(?:\.\s*)?Q|Q`;
const AUTH = new RegExp(
  String.raw`^(?<p>${AUTHORITY_PREFIX})(?:\s*[./]\s*|\s+)(?<rest>\p{Lu}[\p{Lu}\s,–-]*\p{Lu})\s*$`,
  'u',
);

export interface Authority {
  prefix: string;
  rest: string;
}

export function matchAuthority(text: string): Authority | null {
  const m = AUTH.exec(text.trim());
  if (!m?.groups) return null;
  return { prefix: m.groups.p ?? '', rest: m.groups.rest ?? '' };
}

// "(đã ký)", "(Ký, đóng dấu)", "(Ký tên, đóng dấu)", "Đã ký", "[signature]".
// `ký` alone: the old `ký\s*(?:tên)?\s*,?\s*(?:đóng\s+dấu|ghi\s+rõ\s+họ\s+tên)?` before `[^)\]]*` accepts the same
// lines (the tail matches all of it) but split a run of spaces in polynomially many ways on `ký    ))`.
const SIGNED_NOTE = /^[([]?\s*(?:đã\s+ký|ký|chữ\s+ký|signature)[^)\]]*[)\]]?\.?$/iu;

// The note in brackets beside a position or name: "(đã ký)", "[Ký]", "(Ký, đóng dấu)".
export const SIGNED_BRACKET = String.raw`\s*[([]\s*(?:đã\s+ký|ký)[^)\]]{0,30}[)\]]\s*`;

export function isSignedNote(text: string): boolean {
  return SIGNED_NOTE.test(text.trim());
}

// Ranks and academic titles that may precede a name in armed forces, health, education units.
// At most 4 more titles, spaces owned by one quantifier: `(?:\s*[.,]?\s*(?:GS|…)\.?)*` let the `.`
// after a title go to `\.?` or to the next `[.,]?`, exponential on `GS.GS.GS.…` with no space after.
const TITLE_PREFIX =
  /^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Kỹ|Kiến\s+trúc|Luật)\s+sư|(?:Bác|Dược|Tiến|Thạc)\s+sĩ|(?:Nhà\s+giáo|Thầy\s+thuốc|Nghệ\s+sĩ)\s+(?:ưu\s+tú|nhân\s+dân)|GS\.?|PGS\.?|TS\.?|ThS\.?|BSCKII\.?|BSCKI\.?|BS\.?|CKII\.?|CKI\.?|KS\.?|NGƯT\.?|NGND\.?)(?:\s*(?:[.,]\s*)?(?:GS|PGS|TS|ThS|BS|CKII|CKI)\.?){0,4}\s+/u;
// A name word: capitalised, and in names of the Central Highlands an apostrophe after the first
// letter or two (K'Brơi, H'Hen, Y'Jút).
// … or a prefix of Central Highlands names written apart: "H' Yim Niê", "K' Brơi".
const NAME_WORD = /^\p{Lu}(?:\p{Lu}?['’]\p{Lu})?\p{Ll}*$|^\p{Lu}\p{Lu}?['’]$/u;

/** A personal name in title case: 2–7 capitalised words, optional rank/title prefix. */
export function isPersonName(text: string): boolean {
  const t = text.trim().replace(TITLE_PREFIX, '');
  if (t.length < 4 || t.length > 60 || /\d/u.test(t)) return false;
  const words = t.split(/\s+/u);
  if (words.length < 2 || words.length > 7) return false;
  return words.every((w) => NAME_WORD.test(w));
}

/** A distribution item's bullet opens the line (`- Như trên;`). */
export const isListItem = (t: string): boolean => /^[-–+•]/u.test(t);
