// Cut a directive into zones: header, subject, addressees, body, distribution, signature, appendix.
// Works on tokens, not positions: any zone may be missing (text may start at "Kính gửi:").
import {
  ALSO_TO,
  APPENDIX,
  addresseeLabel,
  BODY_OPENING,
  isAllCaps,
  isBanner,
  NOI_NHAN,
  opensWithAddressee,
  titleType,
  VV,
} from './labels.js';
import type { Line } from './lines.js';
import { parseMarker } from './markers.js';
import { isPersonName, isSignedNote, matchAuthority } from './signature-patterns.js';

export interface Range {
  start: number;
  end: number;
}

export interface Zones {
  lines: Line[];
  /** Units before the subject/addressees/body: issuer, number, date, marks. */
  header: Range;
  /** Title line (typed documents): "KẾT LUẬN", "KẾ HOẠCH". */
  title: number | null;
  /** First unit of the "V/v" subject, when present. */
  vv: number | null;
  /** Unit of the "Kính gửi" label. */
  kinhGui: number | null;
  /** The body: from after the subject/addressees to Nơi nhận or the signature. */
  body: Range;
  /** Unit of the "Nơi nhận" label. */
  noiNhan: number | null;
  /** First unit of the signature block (authority or position line). */
  signature: number | null;
  /** First unit of an appendix (Phụ lục) after the signature. */
  appendix: number | null;
  /** The appendix is a blank form to fill in (`Biểu mẫu số 01`): no tasks or deadlines of its own. */
  form: boolean;
}

// "Biểu mẫu số 01", "MẪU SỐ 02", "Biểu số 1" opening a line after the signature: a form.
const FORM_TITLE = /^(?:biểu\s+mẫu|mẫu\s+số|biểu\s+số)(?![\p{L}])/iu;
// "Phụ lục I", "Phụ lục 02", "Phụ lục số 01", "Phụ lục:" alone on a line.
const NUMBERED_APPENDIX = /^Phụ\s+lục(?:\s+(?:số\s+)?(?:[IVX]{1,5}|\d{1,2}[a-z]?))?\s*[.:]?\s*$/u;
// "DANH MỤC NHIỆM VỤ …" in capitals: a list of tasks attached without a "Phụ lục" line.
const LIST_TITLE = /^DANH\s+MỤC\s+\p{Lu}/u;

/**
 * What is attached after the signature: "PHỤ LỤC …", "Phụ lục I", or a document of its own under
 * a title line ("QUY CHẾ", "QUY ĐỊNH", "KẾ HOẠCH" — a quyết định ban hành's attachment).
 */
function startsAppendix(l: Line): boolean {
  return (
    FORM_TITLE.test(l.canon) ||
    (APPENDIX.test(l.canon) && isAllCaps(l.text.slice(0, 7))) ||
    NUMBERED_APPENDIX.test(l.canon) ||
    (LIST_TITLE.test(l.canon) && isAllCaps(l.text)) ||
    titleType(l.text) !== null
  );
}

/** A line that reads as running text rather than a header item. */
export function isSentence(line: Line): boolean {
  const t = line.text;
  if (t === '') return false;
  if (parseMarker(t)) return true;
  // A V/v line is the subject however long (an unwrapped .doc dump keeps it on one line).
  if (isAllCaps(t) || VV.test(t)) return false;
  return t.length >= 90 || (/[.;:]$/u.test(t) && t.length >= 40);
}

function firstIndex(lines: readonly Line[], from: number, to: number, test: (l: Line) => boolean): number | null {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line && test(line)) return i;
  }
  return null;
}

function lastIndex(lines: readonly Line[], from: number, to: number, test: (l: Line) => boolean): number | null {
  for (let i = to - 1; i >= from; i--) {
    const line = lines[i];
    if (line && test(line)) return i;
  }
  return null;
}

export function findZones(lines: Line[]): Zones {
  const n = lines.length;
  const firstSentence = firstIndex(lines, 0, n, isSentence) ?? n;
  const kinhGui = firstIndex(lines, 0, n, (l) => addresseeLabel(l.canon) !== null);
  const headEnd = Math.min(kinhGui ?? n, firstSentence);
  const vv = firstIndex(lines, 0, headEnd, (l) => VV.test(l.canon));
  const title = firstIndex(
    lines,
    0,
    Math.min(headEnd, vv ?? n),
    (l) => titleType(l.text) !== null && !isBanner(l.text),
  );

  // The closing zone starts at the last "Nơi nhận" or the first signature line after the body.
  const searchFrom = kinhGui ?? 0;
  const noiNhan = lastIndex(lines, searchFrom, n, (l) => NOI_NHAN.test(l.canon));
  const signature = findSignatureStart(lines, searchFrom, noiNhan);
  const closingCandidates = [noiNhan, signature].filter((x): x is number => x !== null);
  const bodyEnd = closingCandidates.length ? Math.min(...closingCandidates) : n;
  const tailStart = closingCandidates.length ? Math.max(...closingCandidates) : n;
  const appendix = firstIndex(lines, tailStart, n, startsAppendix);

  const bodyStart = bodyStartAfter(lines, { kinhGui, vv, title, headEnd, bodyEnd });
  const headerEnd = Math.min(...[title, vv, kinhGui, headEnd].filter((x): x is number => x !== null));
  return {
    lines,
    header: { start: 0, end: headerEnd },
    title,
    vv,
    kinhGui,
    body: { start: bodyStart, end: Math.max(bodyStart, bodyEnd) },
    noiNhan,
    signature,
    appendix,
    form: appendix !== null && FORM_TITLE.test((lines[appendix] as Line).canon),
  };
}

/** The signature starts at an authority line (T/M, KT., …) or a lone position line before a name. */
/** Authority text of a unit, also when it shares the "Nơi nhận:" label ("Nơi nhận: KT. CHỦ TỊCH"). */
function isAuthorityUnit(line: Line): boolean {
  return matchAuthority(line.text.replace(NOI_NHAN, '')) !== null;
}

function findSignatureStart(lines: readonly Line[], from: number, noiNhan: number | null): number | null {
  const n = lines.length;
  // Printed before the list (or beside it, extracted first): the stack closest above "Nơi nhận".
  if (noiNhan !== null) {
    const before = lastIndex(lines, Math.max(from, noiNhan - 12), noiNhan, isAuthorityUnit);
    if (before !== null && nameOrPositionBetween(lines, before, noiNhan)) return stackStart(lines, before, from);
  }
  const auth = firstIndex(lines, noiNhan ?? from, n, isAuthorityUnit);
  if (auth !== null) return auth;
  // "Nơi nhận: CHỦ TỊCH" — a head signing in person, the position printed beside the label, the
  // name after the list.
  if (noiNhan !== null && positionOnLabel(lines[noiNhan] as Line)) {
    if (firstIndex(lines, noiNhan + 1, n, (l) => isPersonName(l.text)) !== null) return noiNhan;
  }
  // The same, printed in a column beside the label ("Nơi nhận: | CHỦ TỊCH", split into two lines).
  const label = noiNhan !== null ? lines[noiNhan] : undefined;
  const beside = noiNhan !== null ? lines[noiNhan + 1] : undefined;
  if (noiNhan !== null && label && beside && beside.no === label.no && isPositionText(beside.text)) {
    if (firstIndex(lines, noiNhan + 2, n, (l) => isPersonName(l.text)) !== null) return noiNhan + 1;
  }
  const near = noiNhan !== null ? findPositionNearList(lines, from, noiNhan) : null;
  return near ?? findPositionOnly(lines, Math.max(from, Math.floor(n / 2)));
}

/** The "Nơi nhận:" line holds a position in capitals after its label. */
export function positionOnLabel(line: Line): boolean {
  const rest = line.text.replace(NOI_NHAN, '').trim();
  return rest !== line.text.trim() && isPositionText(rest);
}

/** A position in capitals as a head signing in person prints it ("CHỦ TỊCH", "GIÁM ĐỐC"). */
function isPositionText(rest: string): boolean {
  return (
    rest.length >= 4 && rest.length <= 60 && isAllCaps(rest) && /\p{Lu}{2,}\s\p{Lu}/u.test(rest) && !isBanner(rest)
  );
}

/** Walk up a stack of authority lines ("TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH"). */
function stackStart(lines: readonly Line[], i: number, from: number): number {
  let start = i;
  for (let j = i - 1; j >= from; j--) {
    const line = lines[j] as Line;
    if (line.text === '') continue;
    if (!isAuthorityUnit(line)) break;
    start = j;
  }
  return start;
}

/** A signature block above the list still holds its position or name before "Nơi nhận". */
function nameOrPositionBetween(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = (lines[i] as Line).text;
    if (t !== '' && (isAllCaps(t) || isPersonName(t))) return true;
  }
  return (lines[from] as Line).text !== '' && to - from <= 4;
}

/** No prefix printed: a short caps position line ("GIÁM ĐỐC") followed by a personal name. */
function findPositionOnly(lines: readonly Line[], from: number): number | null {
  for (let i = lines.length - 1; i >= from; i--) {
    const at = positionAbove(lines, i, from);
    if (at !== null) return at;
  }
  return null;
}

/**
 * The same beside "Nơi nhận": the first such pair from just above the list on, since what follows
 * may be an attached plan of many pages with names of its own.
 */
function findPositionNearList(lines: readonly Line[], from: number, noiNhan: number): number | null {
  const start = Math.max(from, noiNhan - NEAR_LIST);
  for (let i = start; i < lines.length; i++) {
    const at = positionAbove(lines, i, start);
    if (at !== null) return at;
  }
  return null;
}

const NEAR_LIST = 12;

/** When line `i` is a personal name under a caps position, the position's first line. */
function positionAbove(lines: readonly Line[], i: number, from: number): number | null {
  if (!isPersonName((lines[i] as Line).text)) return null;
  let j = i - 1;
  while (j >= from && ((lines[j] as Line).text === '' || isSignedNote((lines[j] as Line).text))) j--;
  const pos = lines[j];
  if (!pos || !isAllCaps(pos.text) || pos.text.length > 60 || parseMarker(pos.text) || isBanner(pos.text)) return null;
  // Two caps lines may form the position ("GIÁM ĐỐC" / "SỞ NỘI VỤ" is rare; take the upper one).
  const above = lines[j - 1];
  if (above && isAllCaps(above.text) && above.text.length <= 60 && !parseMarker(above.text)) return j - 1;
  return j;
}

function bodyStartAfter(
  lines: readonly Line[],
  z: { kinhGui: number | null; vv: number | null; title: number | null; headEnd: number; bodyEnd: number },
): number {
  if (z.kinhGui !== null) return skipAddressees(lines, z.kinhGui, z.bodyEnd);
  // Without addressees the body starts at the first sentence after the subject lines.
  const from = z.title ?? z.vv ?? z.headEnd;
  return firstIndex(lines, from + 1, z.bodyEnd, isSentence) ?? Math.min(from + 1, z.bodyEnd);
}

/** Units after "Kính gửi": the label line, then "-" items and their wrapped continuations. */
/** A caps line between two dashed items of a list: the next page's running title, no item. */
export function isRunningTitle(lines: readonly Line[], i: number, limit: number): boolean {
  const t = (lines[i] as Line).text;
  if (t === '' || /^[-–+•]/u.test(t) || !isAllCaps(t)) return false;
  for (let j = i + 1; j < limit; j++) {
    const next = (lines[j] as Line).text;
    if (next !== '') return /^[-–+•]/u.test(next);
  }
  return false;
}

/** A line that can be an addressee: short, one phrase, not the body's opening sentence. */
function labelOnlyLine(line: Line): boolean {
  const m = addresseeLabel(line.text);
  return m !== null && line.text.slice(m[0].length).trim() === '';
}

/** The tone-normalised text of `line` after its first `at` characters, trimmed at the start. */
function canonAfter(line: Line, at: number): string {
  return line.canon.slice(at).trimStart();
}

function addresseeLike(line: Line): boolean {
  const t = line.text;
  if (t.length > 120 || BODY_OPENING.test(line.canon) || parseMarker(t)) return false;
  return !/[.:;!?]\s+\S/u.test(t) && (!isSentence(line) || /[.;,]$/u.test(t));
}

export function addresseeEnd(lines: readonly Line[], kinhGui: number, limit: number): number {
  let i = kinhGui + 1;
  let last = kinhGui;
  let sawBlank = false;
  while (i < limit) {
    const line = lines[i] as Line;
    if (line.text === '') {
      sawBlank = true;
      i++;
      continue;
    }
    const item = /^[-–+•]\s*/u.test(line.text) && !parseMarker(line.text.replace(/^[-–+•]\s*/u, ''));
    const prev = (lines[last] as Line).text;
    // A wrapped addressee goes on in lower case, or with a name that closes the item
    // ("- Các đơn vị sự nghiệp trực thuộc" ⏎ "UBND thành phố.").
    const continues =
      !sawBlank &&
      ((!/[.]$/u.test(prev) && /^\p{Ll}/u.test(line.text)) ||
        (!/[.;,:]$/u.test(prev) && /^[-–+•]/u.test(prev) && /[.;,]$/u.test(line.text) && addresseeLike(line)) ||
        // "- Giám đốc các sở: …, Công Thương, Y tế," ⏎ "Giáo dục và Đào tạo;": the list of a colon wraps.
        (/^[-–+•][^:]*:.*,$/u.test(prev) &&
          !/^[-–+•]/u.test(line.text) &&
          /[.;,]$/u.test(line.text) &&
          line.text.length <= 60 &&
          !BODY_OPENING.test(line.canon) &&
          !isSentence(line)));
    // Addressees without "-", one per line, separated by ";" or ",".
    // (Not after a dashed item: "- Các chi bộ …," ⏎ "THÀNH ỦY HẢI PHÒNG" is a page's running title.)
    const label = last === kinhGui ? addresseeLabel(prev) : null;
    const dashed = /^[-–+•]/u.test(label ? prev.slice(label[0].length).trimStart() : prev);
    const nextUndashed = !sawBlank && /[;,]$/u.test(prev) && !dashed && addresseeLike(line);
    const labelOnly = label !== null && prev.slice(label[0].length).trim() === '';
    // "Kính gửi:" ⏎ "Các sở, ban, ngành tỉnh" ⏎ "UBND các huyện, thị xã": one addressee a line,
    // nothing between them; each line opens with a unit or a post, after a label alone on its line
    // or indented under the label's first addressee (a body line after them would start at the margin).
    const labelLine = lines[kinhGui] as Line;
    const underLabel = labelOnlyLine(labelLine) || line.col > 1;
    const bare =
      underLabel &&
      !sawBlank &&
      !dashed &&
      !labelOnly &&
      !/[.;,:]$/u.test(prev) &&
      !/\d/u.test(line.text) &&
      opensWithAddressee(label ? canonAfter(lines[last] as Line, label[0].length) : (lines[last] as Line).canon) &&
      opensWithAddressee(line.canon) &&
      addresseeLike(line) &&
      !isSentence(line);
    // "Kính gửi: Các sở." — the addressee and its full stop on the label line close the list.
    if (label !== null && !labelOnly && /\.$/u.test(prev)) break;
    // "Đồng kính gửi: Văn phòng Tỉnh ủy." after the list: more addressees.
    const also = ALSO_TO.test(line.canon);
    // "- Các cơ quan …," ⏎ "THÀNH ỦY HẢI PHÒNG" ⏎ "- Các chi bộ …": a page's running title inside the list.
    const running = dashed && isRunningTitle(lines, i, limit);
    if (item || continues || nextUndashed || bare || also || running || (labelOnly && !isSentence(line))) {
      last = i;
      sawBlank = false;
      i++;
      continue;
    }
    break;
  }
  return last + 1;
}

function skipAddressees(lines: readonly Line[], kinhGui: number, limit: number): number {
  return addresseeEnd(lines, kinhGui, limit);
}
