// Trích yếu: the "V/v" lines of a công văn, or the subject lines under a title ("KẾT LUẬN …").

import { canonTones } from '../text/fold.js';
import {
  addresseeLabel,
  BODY_OPENING,
  isAllCaps,
  isBanner,
  isHeaderMark,
  RULE_LINE,
  STAR,
  titleType,
  VV,
} from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { parseMarker } from '../text/markers.js';
import { alternation, withoutFootnoteMarks } from '../text/patterns.js';
import { DOC_TYPE_NAMES } from '../text/vocabulary.js';
import { isSentence } from '../text/zones.js';
import { matchPlaceDate } from './date.js';
import type { Finding } from './finding.js';
import { findingLines } from './finding.js';
import { isStamp } from './marks.js';
import { matchNumber } from './number.js';

export interface SubjectValue {
  subject: string;
  /** Type from the title line, when the document has one. */
  titleType: string | null;
  /** Unit indices of the subject's lines (the body starts after them when there is no "Kính gửi"). */
  lines: number[];
}

// "THỰC HIỆN NGHỊ QUYẾT" ⏎ "SỐ 57-NQ/TW, NGÀY 22/12/2024 …": a number after a type word is the
// act the subject cites, not the document's own number.
const CITING = new RegExp(`(?<![\\p{L}])(?:${alternation(DOC_TYPE_NAMES)})\\s*(?:số\\s*)?$`, 'iu');
const NUMBER_OPEN = /^[*_\s]*(?:số\s*:?\s*)?(?=\d)/iu;

/** Whether the number on `line` is one the subject cites (`before` is the subject so far). */
function citedNumber(line: Line, before: string): boolean {
  const found = matchNumber(line);
  if (!found) return false;
  const at = found.source.column - line.col;
  const lead = line.canon.slice(0, at);
  const opens = NUMBER_OPEN.exec(line.canon);
  const typed = opens !== null && opens[0].length >= at ? before : lead;
  return CITING.test(canonTones(typed).replace(/[*_]+/gu, '').trimEnd());
}

function stops(line: Line, before = ''): boolean {
  const t = line.text;
  return (
    addresseeLabel(line.canon) !== null ||
    RULE_LINE.test(t) ||
    isBanner(t) ||
    (matchNumber(line) !== null && !(before && citedNumber(line, before))) ||
    matchPlaceDate(line) !== null ||
    parseMarker(t) !== null ||
    BODY_OPENING.test(line.canon) ||
    isStamp(t)
  );
}

const LOWER_START = /^[*_\s]*\p{Ll}/u;
const UPPER_START = /^[*_\s]*\p{Lu}/u;
// A sentence ends within a paragraph: "… gây thiệt" ⏎ "hại lớn về người và tài sản. Chủ tịch …".
// (Not an abbreviation's point: "TP. Hồ Chí Minh".)
const SENTENCE_END = /(?:[\p{Ll}\d)"”]\.|[!?:;])(?:\s|$)/u;
const PARAGRAPH_REACH = 4;

/**
 * Whether the mixed-case line at `i` opens a body paragraph: a PDF breaks the first body line
 * mid-sentence, so the line alone looks like a subject line, but its paragraph (up to the next
 * blank line) ends a sentence, which a subject never does.
 */
function opensParagraph(lines: readonly Line[], i: number, limit: number): boolean {
  const first = lines[i] as Line;
  if (!UPPER_START.test(first.text) || isAllCaps(first.text)) return false;
  let text = '';
  for (let k = i; k < Math.min(limit, i + PARAGRAPH_REACH); k++) {
    const line = lines[k] as Line;
    if (line.text === '' || (k > i && stops(line))) break;
    text += ` ${line.text}`;
    if (SENTENCE_END.test(text)) return true;
  }
  return false;
}
const OF_ISSUER = /^[*_\s]*của\s/iu;
const ABOUT = /^[*_\s]*về\s/iu;

/** Collect subject lines from `from`, crossing single blank lines while the text continues. */
function collect(
  lines: readonly Line[],
  from: number,
  limit: number,
  caps: boolean | null,
  continuation: boolean,
): Line[] {
  const out: Line[] = [];
  let blanks = 0;
  for (let i = from; i < limit; i++) {
    const line = lines[i] as Line;
    if (line.text === '') {
      blanks++;
      if (blanks > 1 && out.length) break;
      continue;
    }
    // Title subjects keep one style: caps lines under a caps subject, mixed under mixed — but a
    // line opening in lower case continues a caps one, however long ("KẾT LUẬN CỦA THƯỜNG TRỰC
    // TỈNH ỦY" ⏎ "tại buổi làm việc với …", "CỦA BAN BÍ THƯ" ⏎ "về lãnh đạo …"): a body
    // sentence opens with a capital.
    const continues = out.length > 0 && caps === true && LOWER_START.test(line.text);
    // After "V/v …" every line must continue the subject; under a title the first line is the subject.
    const before = out.length ? (out[out.length - 1] as Line).text : '';
    if ((out.length || continuation) && (stops(line, before) || (isSentence(line) && !continues))) break;
    if (out.length && caps !== true && opensParagraph(lines, i, limit)) break;
    if (out.length && caps !== null && isAllCaps(line.text) !== caps && !continues) break;
    const prev = out[out.length - 1];
    if (prev && blanks > 0 && /[.;]$/u.test(prev.text)) break;
    out.push(line);
    blanks = 0;
    if (out.length >= 6) break;
  }
  return out;
}

const clean = (lines: readonly Line[]) =>
  withoutFootnoteMarks(
    lines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/gu, ' ')
      .trim(),
  );

export function findSubject(
  lines: readonly Line[],
  zones: { vv: number | null; title: number | null; kinhGui: number | null; limit: number },
): Finding<SubjectValue> | null {
  const limit = zones.kinhGui ?? zones.limit;
  // A titled document's "Về việc …" line is its subject as written, not a công văn's V/v.
  const titled = zones.title !== null && (zones.vv === null || zones.title < zones.vv);
  if (zones.vv !== null && !titled) {
    const first = lines[zones.vv] as Line;
    const rest = collect(lines, zones.vv + 1, limit, null, true);
    const text = withoutFootnoteMarks(`${first.text.replace(VV, '')} ${clean(rest)}`.trim());
    return findingLines([first, ...rest], 'subject.vv', {
      subject: text,
      titleType: null,
      lines: [first, ...rest].map((l) => l.index),
    });
  }
  if (zones.title !== null) {
    const titleLine = lines[zones.title] as Line;
    const t = titleType(titleLine.text);
    const next = lines.slice(zones.title + 1).find((l) => l.text !== '');
    const caps = next ? isAllCaps(next.text) : null;
    const sub = collect(lines, zones.title + 1, limit, caps, false);
    // "CHỈ THỊ" ⏎ "CỦA BAN BÍ THƯ" ⏎ "về …": the "của" line names the issuer; the subject is
    // what the document is about (its lines stay out of the other header searches).
    const of = sub[0];
    const about = sub[1];
    const topic = of && about && OF_ISSUER.test(of.canon) && ABOUT.test(about.canon) ? sub.slice(1) : sub;
    const parts = [withoutFootnoteMarks(t?.rest ?? ''), clean(topic)].filter(Boolean);
    if (parts.length === 0) return null;
    return findingLines(sub.length ? sub : [titleLine], 'subject.title', {
      subject: parts.join(' '),
      titleType: t?.type ?? null,
      lines: [titleLine, ...sub].map((l) => l.index),
    });
  }
  if (zones.kinhGui !== null) return bareSubject(lines, zones.kinhGui);
  return null;
}

// A subject typed in quotation marks: `"V/v hướng dẫn … năm 2026"`.
const QUOTED = /^["“'](?<inner>.+)["”']$/u;
const unquoted = (text: string) => QUOTED.exec(text)?.groups?.inner?.trim() ?? text;

// "về việc …", "Về …" opening a Party subject that has no "V/v".
const VE_VIEC = /^[Vv]ề\s+việc\s+/u;

/**
 * A Party công văn may print its subject bare, in italics under the number (HD 36):
 * the mixed-case lines between the header items and "Kính gửi".
 */
function bareSubject(lines: readonly Line[], kinhGui: number): Finding<SubjectValue> | null {
  const picked: Line[] = [];
  for (let i = kinhGui - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (line.text === '') {
      if (picked.length) break;
      continue;
    }
    if (isSentence(line)) break;
    // Header items (date, number, star, names) may sit between the subject and "Kính gửi".
    const item = isAllCaps(line.text) || stops(line) || isHeaderMark(line.text) || STAR.test(line.text);
    if (item) {
      if (picked.length) break;
      continue;
    }
    picked.unshift(line);
    if (picked.length >= 4) break;
  }
  // The lines must sit under a number or date, not open the text.
  const first = picked[0];
  if (!first) return null;
  const above = lines.slice(0, first.index).filter((l) => l.text !== '');
  if (!above.some((l) => matchNumber(l) || matchPlaceDate(l))) return null;
  return findingLines(picked, 'subject.bare', {
    subject: unquoted(clean(picked)).replace(VV, '').replace(VE_VIEC, ''),
    titleType: null,
    lines: picked.map((l) => l.index),
  });
}
