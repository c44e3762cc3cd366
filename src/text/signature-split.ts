// A signature block flattened onto one line, by a PDF copy or a table cell that joined its
// paragraphs: "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Trần Văn B", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ
// TỊCH (Đã ký) Lê Văn C". Cut it into the units a printed block has: each authority, the position,
// the name.
import { canonTones } from './fold.js';
import { isAllCaps } from './labels.js';
import type { Line } from './lines.js';
import { alternation } from './patterns.js';
import { AUTHORITY_PREFIX, isPersonName, matchAuthority, SIGNED_BRACKET } from './signature-patterns.js';
import { POSITION_TITLES } from './vocabulary.js';

// Opens with a prefix (TM. T/M KT. K/T TL. T/L TUQ. Q.) and a capital: the cheap gate.
const OPENS_PREFIX = new RegExp(String.raw`^(?:${AUTHORITY_PREFIX})\s*[./\s]\s*\p{Lu}`, 'u');
// Another authority inside the run: "… NHÂN DÂN KT. CHỦ TỊCH" (a prefix written with its stop).
const INNER_PREFIX = /\s(?=(?:T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|TM|KT|TL|TUQ|T\.U\.Q|Q)[./]?\s*\p{Lu}{2})/gu;
const SIGNED = new RegExp(SIGNED_BRACKET, 'iu');
const POSITION_AT = new RegExp(`^(?:${alternation(POSITION_TITLES)})(?![\\p{L}])`, 'u');
const WHOLE_TITLE: ReadonlySet<string> = new Set(POSITION_TITLES.map(canonTones));

interface Piece {
  at: number;
  text: string;
}

/** Where the name in title case starts at the end of `text` (-1 when none). */
function nameStart(text: string): number {
  const words = [...text.matchAll(/\S+/gu)];
  for (let k = Math.max(0, words.length - 7); k <= words.length - 2; k++) {
    const at = words[k]?.index ?? 0;
    if (isPersonName(text.slice(at)) && isAllCaps(text.slice(0, at).trim() || 'X')) return at;
  }
  return -1;
}

/**
 * The last authority's words before a position title: "BAN THƯỜNG VỤ | PHÓ BÍ THƯ". A title that
 * is the whole rest wins ("BAN THƯỜNG VỤ | TRƯỞNG BAN", not "… THƯỜNG | VỤ TRƯỞNG BAN"); else the
 * first title, which may run on ("PHÓ BÍ THƯ THƯỜNG TRỰC").
 */
function positionStart(text: string): number {
  const words = [...text.matchAll(/\S+/gu)];
  let first = -1;
  // Past the prefix and the authority's first word: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH".
  for (let k = 2; k < words.length; k++) {
    const at = words[k]?.index ?? 0;
    const rest = canonTones(text.slice(at).trim().replace(/\s+/gu, ' '));
    if (WHOLE_TITLE.has(rest)) return at;
    if (first < 0 && POSITION_AT.test(rest)) first = at;
  }
  return first;
}

const trimmed = (p: Piece): Piece => ({ at: p.at + (p.text.length - p.text.trimStart().length), text: p.text.trim() });

/** The units of a flattened block (authorities, position, name), or null when the line is not one. */
function cut(text: string): Piece[] | null {
  if (!OPENS_PREFIX.test(text)) return null;
  let caps = text;
  let name: Piece | null = null;
  const signed = SIGNED.exec(text);
  if (signed) {
    caps = text.slice(0, signed.index);
    const at = signed.index + signed[0].length;
    const rest = text.slice(at);
    if (rest && !isPersonName(rest)) return null;
    if (rest) name = { at, text: rest };
  } else {
    const at = nameStart(text);
    if (at > 0) {
      caps = text.slice(0, at);
      name = { at, text: text.slice(at) };
    }
  }
  if (!isAllCaps(caps.trim())) return null;
  const authorities: Piece[] = [];
  let from = 0;
  for (const m of caps.matchAll(INNER_PREFIX)) {
    authorities.push({ at: from, text: caps.slice(from, m.index) });
    from = m.index + 1;
  }
  const last = caps.slice(from);
  const pos = positionStart(last);
  authorities.push({ at: from, text: pos > 0 ? last.slice(0, pos) : last });
  const position = pos > 0 ? { at: from + pos, text: last.slice(pos) } : null;
  const out = [...authorities, position, name].filter((p): p is Piece => p !== null).map(trimmed);
  if (out.length < 2 || !authorities.every((p) => matchAuthority(p.text.trim()))) return null;
  return out.filter((p) => p.text !== '');
}

/** The next non-empty line after `i` is in capitals. */
function nextIsCaps(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const t = (lines[j] as Line).text;
    if (t !== '') return isAllCaps(t);
  }
  return false;
}

/**
 * Split flattened signature lines into units. A caps line whose next line holds the position
 * (printed apart) is left whole: its title words are the authority's.
 */
export function splitFlattenedSignature(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  lines.forEach((line, i) => {
    const pieces = line.text.length >= 12 ? cut(line.text) : null;
    // Looked up only for a candidate: a scan from every line would be quadratic.
    const printedApart = pieces !== null && !pieces.some((p) => isPersonName(p.text)) && nextIsCaps(lines, i);
    if (!pieces || printedApart) {
      out.push(line);
      return;
    }
    for (const p of pieces) {
      out.push({ ...line, col: line.col + p.at, text: p.text, canon: canonTones(p.text), bold: [], flattened: true });
    }
  });
  return out.map((l, index) => ({ ...l, index }));
}
