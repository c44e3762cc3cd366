// PDF copies can flatten the two-column header onto one line:
//   "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018"
// Split such a line into units at its banners, the Party star, the number and the place-date.
import { canonTones } from './fold.js';
import { addresseeLabel, bannerIndex, isAllCaps, titleType, VV } from './labels.js';
import type { Line } from './lines.js';
import { alternation } from './patterns.js';
import { ISSUER_HEADS, PLACE_PREFIX_ABBREVIATIONS, PLACE_PREFIXES } from './vocabulary.js';

const HEADER_UNITS = 40;

// " * " between items; "Số 36-HD/…", "Số: 45/…"; "<Place>, ngày".
const STAR_GAP = /\s\*\s/gu;
// Each optional part owns the spaces before it (`\s*:?\s*[\d.…_]*\s*…` matched the same text but
// split a run of spaces in polynomially many ways before failing); `\p{Lu}?[\p{L}]*` is `\p{L}*`.
const NUMBER_START = /(?<![\p{L}])S[ốo](?:\s*:)?(?:\s*[\d.…_]+)?(?:\s*[-–/])?(?:\s*\p{L}+)?\s*\//gu;
// "Số: 12/UBND-VP V/v triển khai …": the subject glued after the number.
const VV_START = /(?<=\s)V\s*\/\s*[vV]\s/gu;
// Words bounded at 40 characters: unbounded, `A.A.A.…` (every capital a start) was quadratic.
// Not inside a symbol: "UBND-KT Hà Tĩnh, ngày" starts at "Hà", not at "KT".
// `Thành phố Hồ Chí Minh, ngày …` starts at its prefix; `Xuân Hương - Đà Lạt, ngày …` (a ward named
// with its former city) at its first name.
const DATE_START = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(?:${alternation(PLACE_PREFIXES)}\\s+)?\\p{Lu}[\\p{L}.]{0,40}(?:(?:\\s+|\\s?[-–]\\s?)\\p{Lu}[\\p{L}.]{0,40}){0,4}\\s*,\\s*ngày(?![\\p{L}])`,
  'gu',
);

const PLACE_AFTER = /^\s*(?:TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+\p{Lu}/u;

/**
 * Banners as a header prints them: the national and Party banners in capitals (a sentence may
 * name `Đảng Cộng sản Việt Nam`), the motto in any case.
 */
function headerBanners(text: string): Array<[number, number]> {
  return bannerIndex(text).filter(([a, b]) => {
    const t = text.slice(a, b);
    // "ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐỒNG THÁP": the banner's words opening a body's name with its place.
    if (PLACE_AFTER.test(text.slice(b, b + 12))) return false;
    return t === t.toUpperCase() || /^\s*Độc/u.test(t);
  });
}

function cutPoints(text: string): number[] {
  const points = new Set<number>();
  for (const [a, b] of headerBanners(text)) {
    points.add(a);
    points.add(b);
  }
  for (const m of text.matchAll(STAR_GAP)) {
    points.add(m.index + 1);
    points.add(m.index + 2);
  }
  for (const m of text.matchAll(NUMBER_START)) points.add(m.index);
  for (const m of text.matchAll(VV_START)) points.add(m.index);
  return [...points].filter((p) => p > 0 && p < text.length).sort((a, b) => a - b);
}

// "TỈNH Gia Lai, ngày …", "BAN TUYÊN GIÁO VÀ DÂN VẬN Hà Tĩnh, ngày …": the left column's capitals
// run into the place; a place is written in title case (or all in capitals, then nothing is cut).
const CAPS_WORD = /^[^\p{Ll}.]*\p{Lu}[^\p{Ll}.]*$/u;
const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(PLACE_PREFIX_ABBREVIATIONS);

/** Where the place starts past capital words of the issuer's column (0 when none). */
function pastCapitals(place: string): number {
  const words = [...place.matchAll(/\S+/gu)];
  // (A dash between names is neither: `XUÂN HƯƠNG - ĐÀ LẠT Xuân Hương - Đà Lạt`.)
  let firstTitle = words.findIndex((w) => !CAPS_WORD.test(w[0]) && !/^[-–]$/u.test(w[0]));
  // `TP Hồ Chí Minh`: an abbreviated prefix belongs to the place.
  while (firstTitle > 0 && PLACE_ABBREVIATIONS.has(words[firstTitle - 1]?.[0] ?? '')) firstTitle--;
  if (firstTitle <= 0) return 0;
  return words[firstTitle]?.index ?? 0;
}

function dateCut(segment: string): number | null {
  DATE_START.lastIndex = 0;
  const m = DATE_START.exec(segment);
  if (!m) return null;
  const at = m.index + pastCapitals(m[0].slice(0, m[0].lastIndexOf(',')));
  return at > 0 ? at : null;
}

/** "THÀNH ỦY NAM ĐỊNH Số 147-KH/TU": the issuer's capitals before its number (the star between lost). */
function capsBeforeNumber(text: string): boolean {
  NUMBER_START.lastIndex = 0;
  const m = NUMBER_START.exec(text);
  NUMBER_START.lastIndex = 0;
  const before = m ? text.slice(0, m.index).trim() : '';
  return before.length >= 3 && isAllCaps(before);
}

/** The part of `line` that starts at column offset `at` and reads `text`, as a line of its own. */
function piece(line: Line, at: number, text: string): Line {
  return { ...line, col: line.col + at, text, canon: canonTones(text), bold: [], flattened: true };
}

/** Units of the header that hold several items become one unit per item. */
// "V/v thẩm định đề án … Kính gửi: UBND các xã, phường.": the addressees glued onto the subject.
const GLUED_ADDRESSEE = /\s(?=(?:Đồng\s+)?Kính\s+gửi\s*:)/u;
const ADDRESSEE_REACH = 16;

/** Split a line of the first ones where "Kính gửi:" follows other text: it opens a line of its own. */
function splitGluedAddressee(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, i) => {
    const m = i < ADDRESSEE_REACH ? GLUED_ADDRESSEE.exec(line.canon) : null;
    if (!m || line.cell !== undefined) return [line];
    const at = m.index + 1;
    const head = line.text.slice(0, at).trimEnd();
    const tail = line.text.slice(at);
    return [piece(line, 0, head), piece(line, at, tail)];
  });
}

// An urgency or secrecy stamp glued to a header line by a PDF copy: "HỎA TỐC ỦY BAN NHÂN DÂN …",
// "KHẨN V/v …", "Số: 12/UBND-VP KHẨN", "… ngày 5 tháng 3 năm 2027 HỎA TỐC". In capitals only, and at
// the start only before what opens a header unit (not "KHẨN TRƯƠNG …", "MẬT MÃ …"); never "BÍ MẬT".
const MARK = String.raw`(?:HỎA\s+TỐC(?:\s+HẸN\s+GIỜ)?|THƯỢNG\s+KHẨN|TUYỆT\s+MẬT|TỐI\s+MẬT|KHẨN|MẬT)`;
const MARKS = String.raw`${MARK}(?:\s*[-–,]\s*${MARK})?`;
const STAMP_FIRST = new RegExp(String.raw`^${MARKS}\s+(?=\S)`, 'u');
const STAMP_LAST = new RegExp(String.raw`(?<=\S)(?<!BÍ)\s+${MARKS}$`, 'u');
const STAMP_ALONE = new RegExp(`^${MARKS}$`, 'u');
const UNIT_START = new RegExp(
  String.raw`^(?:${alternation(ISSUER_HEADS)}(?![\p{L}])|S[ốo](?![\p{L}])|V\s*/\s*[vV]\s)`,
  'u',
);

function splitGluedStamp(lines: readonly Line[]): Line[] {
  return lines.flatMap((line, i) => {
    if (i >= ADDRESSEE_REACH || line.cell !== undefined) return [line];
    const t = line.canon;
    const first = STAMP_FIRST.exec(t);
    let at = -1;
    if (first && (UNIT_START.test(t.slice(first[0].length)) || headerBanners(t.slice(first[0].length))[0]?.[0] === 0)) {
      at = first[0].length;
    } else {
      // Only the line's end: a run of spaces is not scanned from each of its positions.
      const from = Math.max(0, t.length - 40);
      const last = STAMP_LAST.exec(t.slice(from));
      if (last) at = from + last.index;
    }
    if (at < 0) return [line];
    const head = line.text.slice(0, at).trimEnd();
    // "THƯỢNG KHẨN, MẬT" is one stamp; "CÔNG ĐIỆN KHẨN" a title that qualifies its type.
    if (STAMP_ALONE.test(t.trim()) || titleType(head) !== null) return [line];
    const tail = line.text.slice(at).trimStart();
    const col = line.col + line.text.length - tail.length;
    return [piece(line, 0, head), piece(line, col - line.col, tail)];
  });
}

// "V/v triển khai … Quảng Trị, ngày 5 tháng 9 năm 2027": the place-date glued to the end of the
// subject (or another header line) when no line of its own holds it. Not after "tại" (a venue).
const PLACE_WORDS = `(?:${alternation([...PLACE_PREFIXES, ...PLACE_PREFIX_ABBREVIATIONS])}\\.?\\s+)?\\p{Lu}\\p{Ll}*(?:(?:\\s+|\\s?[-–]\\s?)\\p{Lu}\\p{Ll}*){0,3}`;
const FULL_DATE = String.raw`ngày\s*\d{1,2}(?:\s*tháng\s*\d{1,2}\s*năm\s*|\s*(?<sep>[/.-])\s*\d{1,2}\s*\k<sep>\s*)(?:19|20)\d{2}`;
const TRAILING_PLACE_DATE = new RegExp(
  `(?<![\\p{L}])(?<!tại\\s)(?<pd>${PLACE_WORDS}\\s*,\\s*${FULL_DATE})[\\s*_.]*$`,
  'u',
);
const PLACE_DATE_LINE = new RegExp(`^[*_\\s]*${PLACE_WORDS}\\s*,\\s*ngày(?![\\p{L}])`, 'u');

function splitTrailingPlaceDate(lines: readonly Line[]): Line[] {
  const reach = lines.slice(0, ADDRESSEE_REACH);
  if (reach.some((l) => PLACE_DATE_LINE.test(l.text))) return [...lines];
  return lines.flatMap((line, i) => {
    if (i >= ADDRESSEE_REACH || line.cell !== undefined) return [line];
    const from = Math.max(0, line.text.length - 120);
    const m = TRAILING_PLACE_DATE.exec(line.text.slice(from));
    if (!m) return [line];
    const at = from + m.index;
    const head = line.text.slice(0, at).trimEnd();
    if (head === '') return [line];
    const tail = line.text.slice(at).trimEnd();
    const date = piece(line, at, tail);
    const rest = piece(line, 0, head);
    // Beside the V/v line the place-date goes first: a subject that wraps goes on from its head.
    return VV.test(line.canon) ? [date, rest] : [rest, date];
  });
}

// "Số: 215/KH-" ⏎ "UBND": the document's number broken inside its symbol; the rest of the symbol
// opens the next line (a place-date may follow it there).
const BROKEN_NUMBER = /^S[ốo](?:\s*:)?\s*\d{0,5}(?:\s*[-–/]\s*[\p{Lu}\d]{1,12})*\s*[-–/]$/u;
const SYMBOL_REST = /^[\p{Lu}\d]{1,12}(?:[-–/.][\p{Lu}\d]{1,12})*(?![\p{L}\d])/u;

/**
 * Join each pair of the first `reach` lines that `join` reads as one item broken over two lines
 * (the lines it returns stand for both); cells are never joined.
 */
function joinPairs(lines: readonly Line[], reach: number, join: (line: Line, next: Line) => Line[] | null): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const next = lines[i + 1];
    const joined = next && i < reach && line.cell === undefined && next.cell === undefined ? join(line, next) : null;
    if (!joined) {
      out.push(line);
      continue;
    }
    out.push(...joined);
    i++;
  }
  return out;
}

const joinBrokenNumber = (lines: readonly Line[]) =>
  joinPairs(lines, HEADER_UNITS, (line, next) => {
    const rest = BROKEN_NUMBER.test(line.canon) ? SYMBOL_REST.exec(next.canon) : null;
    if (!rest) return null;
    const text = `${line.text}${next.text.slice(0, rest[0].length)}`;
    const after = next.text.slice(rest[0].length);
    const lead = after.length - after.trimStart().length;
    const joined: Line = { ...line, text, canon: canonTones(text), bold: [] };
    return after.trim() === '' ? [joined] : [joined, piece(next, rest[0].length + lead, after.trim())];
  });

// "… ĐẢNG CỘNG SẢN VIỆT NAM Tuy" ⏎ "Phước, ngày …" (or "Tuy" alone): the place broken over two
// lines; its first words go down to the date line. Only title-case words after capitals, a symbol
// or nothing: a sentence's last words are no place.
const PLACE_HEAD_END = /(?:^|(?<=[\p{Lu}\d/*.]\s{1,3}))\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}$/u;

const joinBrokenPlace = (lines: readonly Line[]) =>
  joinPairs(lines, ADDRESSEE_REACH, (line, next) => {
    const head = PLACE_DATE_LINE.test(next.text) ? PLACE_HEAD_END.exec(line.text) : null;
    if (!head) return null;
    const before = line.text.slice(0, head.index).trimEnd();
    const joined = { ...piece(line, head.index, `${head[0]} ${next.text}`), flattened: next.flattened };
    return before === '' ? [joined] : [piece(line, 0, before), joined];
  });

// "… Quảng Ngãi, ngày 25 tháng 01" ⏎ "năm 2027" · "Tam Nông," ⏎ "ngày 05 tháng 3 năm 2027": a
// place-date broken inside its date; the rest of the date comes up to it.
const BROKEN_DATE_HEAD = new RegExp(
  `(?<![\\p{L}])${PLACE_WORDS}\\s*,(?:\\s*ngày(?:\\s*\\d{1,2}(?:\\s*tháng(?:\\s*\\d{1,2})?)?)?)?\\s*$`,
  'u',
);
const WHOLE_PLACE_DATE = new RegExp(`^${PLACE_WORDS}\\s*,\\s*${FULL_DATE}`, 'u');

const joinBrokenDate = (lines: readonly Line[]) =>
  joinPairs(lines, ADDRESSEE_REACH, (line, next) => {
    const head = /,\s*(?:ngày(?:\s*\d{1,2}(?:\s*tháng(?:\s*\d{1,2})?)?)?)?\s*$/u.test(line.text)
      ? BROKEN_DATE_HEAD.exec(line.text)
      : null;
    if (!head) return null;
    const headText = head[0].trimEnd();
    const whole = WHOLE_PLACE_DATE.exec(`${headText} ${next.text.trimStart()}`);
    const taken = whole ? whole[0].length - headText.length - 1 : 0;
    if (!whole || taken <= 0) return null;
    const lead = next.text.length - next.text.trimStart().length;
    const before = line.text.slice(0, head.index).trimEnd();
    const after = next.text.slice(lead + taken).trim();
    const joined = { ...piece(line, head.index, whole[0]), flattened: next.flattened };
    return [
      ...(before === '' ? [] : [piece(line, 0, before)]),
      joined,
      ...(after === '' ? [] : [piece(next, next.text.indexOf(after, lead + taken), after)]),
    ];
  });

export function splitFlattenedHeader(input: readonly Line[]): Line[] {
  const lines = splitGluedStamp(splitGluedAddressee(joinBrokenDate(joinBrokenPlace(joinBrokenNumber(input)))));
  // The header ends by "Kính gửi" or the subject; a flattened header is among the first units.
  // A title line (`HƯỚNG DẪN`, `KẾ HOẠCH`) ends it too: the subject and the body follow.
  const stop = lines.findIndex(
    (l) =>
      addresseeLabel(l.canon) !== null || (VV.test(l.canon) && !/^S[ốo]/u.test(l.canon)) || titleType(l.text) !== null,
  );
  const headerEnd = Math.min(stop < 0 ? lines.length : stop, HEADER_UNITS);
  const out: Line[] = [];
  lines.forEach((line, i) => {
    if (i >= headerEnd || line.text.length < 20) {
      out.push(line);
      return;
    }
    const cuts = cutPoints(line.text);
    // Only a line that visibly holds several header items: a banner or star beside other text,
    // a number and a place-date together, or a number with its subject.
    const several =
      (cuts.length > 0 || dateCut(line.text) !== null) &&
      (headerBanners(line.text).length > 0 ||
        STAR_GAP.test(line.text) ||
        dateCut(line.text) !== null ||
        capsBeforeNumber(line.text) ||
        (/^S[ốo]/u.test(line.canon) && VV_START.test(line.text)));
    STAR_GAP.lastIndex = 0;
    VV_START.lastIndex = 0;
    if (!several) {
      out.push(line);
      return;
    }
    let from = 0;
    const pieces: Array<[number, number]> = [];
    for (const cut of [...cuts, line.text.length]) {
      const seg = line.text.slice(from, cut);
      const d = dateCut(seg);
      if (d !== null) {
        pieces.push([from, from + d]);
        pieces.push([from + d, cut]);
      } else pieces.push([from, cut]);
      from = cut;
    }
    for (const [a, b] of pieces) {
      const raw = line.text.slice(a, b);
      const text = raw.trim();
      if (text === '') continue;
      const lead = raw.length - raw.trimStart().length;
      out.push({
        ...line,
        col: line.col + a + lead,
        text,
        canon: canonTones(text),
        bold: [],
        allBold: line.allBold,
        flattened: true,
      });
    }
  });
  return splitTrailingPlaceDate(out).map((l, index) => ({ ...l, index }));
}
