// Cơ quan ban hành and cơ quan chủ quản: the upper-case names of the header's left column.
import { canonTones, foldDiacritics } from '../text/fold.js';
import { isAllCaps, isBanner, isHeaderMark, STAR, titleType } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { alternation, SPACE_CHARS, trimEndOf, trimStartOf } from '../text/patterns.js';
import { ISSUER_HEADS, SECRECY_MARKS, URGENCY_MARKS } from '../text/vocabulary.js';
import { matchPlaceDate } from './date.js';
import type { Finding } from './finding.js';
import { findingLines } from './finding.js';
import { matchNumber } from './number.js';

export interface IssuerValue {
  issuer: string | null;
  parent: string | null;
}

const STARS = `*${SPACE_CHARS}`;
const trimStars = (t: string) => trimEndOf(trimStartOf(t, STARS), STARS);

const HEAD = new RegExp(`^${alternation(ISSUER_HEADS)}(?![\\p{L}])`, 'u');
const STAMPS = new Set([...URGENCY_MARKS, ...SECRECY_MARKS].map(([folded]) => folded));

function isStamp(text: string): boolean {
  return STAMPS.has(
    foldDiacritics(text)
      .toUpperCase()
      .replace(/[^A-Z ]/gu, '')
      .trim(),
  );
}

/** A left-column name line: capitals, not a banner, stamp, title, number or date. */
function isNameLine(line: Line): boolean {
  const t = trimStars(line.text);
  if (t.length < 2 || t.length > 90 || !isAllCaps(t)) return false;
  if (isBanner(t) || isHeaderMark(t) || isStamp(t) || STAR.test(t) || titleType(t)) return false;
  return matchNumber(line) === null && matchPlaceDate(line) === null;
}

// "VĂN PHÒNG HĐND VÀ UBND", "VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND": a head after "VÀ" is the second body a
// joint office serves, inside one name.
const JOINED_BY_AND = /(?:^|\s)(?:VÀ|&)\s*$/u;

// "BAN TUYÊN GIÁO VÀ DÂN VẬN" ⏎ "TỈNH ỦY": a committee without its place is the genitive of the
// board above it (the committee as an issuer is written with its place: "TỈNH ỦY THANH HÓA").
const BARE_COMMITTEE = /^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY$/u;
const PARTY_BODY = /^ĐẢNG\s+BỘ(?![\p{L}])/u;

/** Group caps lines into names: a line opening with a known head starts a new name. */
function groupNames(lines: readonly Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    const canon = canonTones(trimStars(line.text));
    const joined =
      last !== undefined &&
      (JOINED_BY_AND.test(last[last.length - 1]?.text ?? '') ||
        (BARE_COMMITTEE.test(canon) && !PARTY_BODY.test(canonTones(trimStars(last[0]?.text ?? '')))));
    if (!last || (!joined && HEAD.test(canon))) groups.push([line]);
    else last.push(line);
  }
  return groups;
}

// Inside a flattened header line a new name starts at one of these heads, but never at a
// genitive such as "TỈNH ỦY" in "BAN TỔ CHỨC TỈNH ỦY" (longest head wins: "ỦY BAN" keeps its "BAN").
const INLINE_HEAD = new RegExp(`(?<=\\s)${alternation(ISSUER_HEADS)}(?![\\p{L}])`, 'gu');
const GENITIVE = /^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ỦY|^ĐẢNG\s+BỘ\s+(?:TỈNH|THÀNH)/u;
// A Party organisation or committee with its place: "ĐẢNG BỘ TỈNH LÂM ĐỒNG", "TỈNH ỦY NAM ĐỊNH".
const PARTY_ORGANISATION = /^(?:ĐẢNG\s+BỘ\s+\S+|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+ỦY)\s+\S/u;
const HEAD_AT_START = new RegExp(`^${alternation(ISSUER_HEADS)}(?![\\p{L}])`, 'u');

/** Split a flattened caps run into names: "ĐẢNG BỘ TỈNH X BAN TUYÊN GIÁO" → two names. */
function splitInline(text: string): string[] {
  const canon = canonTones(text);
  const first = HEAD_AT_START.exec(canon);
  const cuts: number[] = [];
  let covered = first ? first[0].length : 0;
  for (const m of canon.matchAll(INLINE_HEAD)) {
    if (m.index < covered) continue;
    // "BCH ĐOÀN TỈNH X", "THƯỜNG TRỰC HĐND", "VĂN PHÒNG UBND": the committee or office of the body
    // named right after it; "BAN THANH TRA NHÂN DÂN": one name. A head alone is never a name.
    const adjoined = canon.slice(covered, m.index).trim() === '';
    covered = m.index + m[0].length;
    if (adjoined) continue;
    if (JOINED_BY_AND.test(canon.slice(0, m.index))) continue;
    // "ĐẢNG BỘ TỈNH LÂM ĐỒNG HUYỆN ỦY ĐẠ HUOAI", "TỈNH ỦY NAM ĐỊNH HUYỆN ỦY HẢI HẬU": after a
    // Party organisation or committee and its place, the committee is the next name, not a genitive.
    const part = canon.slice(cuts[cuts.length - 1] ?? 0, m.index);
    if (GENITIVE.test(canon.slice(m.index)) && !PARTY_ORGANISATION.test(part)) continue;
    cuts.push(m.index);
  }
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut).trim());
    from = cut;
  }
  parts.push(text.slice(from).trim());
  return parts.filter(Boolean);
}

const join = (lines: readonly Line[]) => lines.map((l) => trimStars(l.text)).join(' ');

/** Issuer = the last name before the number/date/title; parent = the names above it. */
export function findIssuer(header: readonly Line[]): Finding<IssuerValue> | null {
  const names = header.filter(isNameLine);
  if (names.length === 0) return null;
  const groups = groupNames(names);
  const issuerLines = groups[groups.length - 1] ?? [];
  // "ỦY BAN MTTQ … TỈNH GIA LAI" ⏎ "ỦY BAN MTTQ … XÃ CHƯ PĂH" ⏎ "BAN THƯỜNG TRỰC": the body right above.
  const parentLines = groups.length >= 2 ? (groups[groups.length - 2] as Line[]) : [];
  const only = issuerLines[0];
  if (issuerLines.length === 1 && only?.flattened) {
    const parts = splitInline(join(issuerLines));
    const issuer = parts[parts.length - 1] ?? null;
    const parent = [join(parentLines), ...parts.slice(0, -1)].filter(Boolean).join(' ');
    return findingLines(issuerLines, 'issuer.flattened', { issuer, parent: parent || null });
  }
  return findingLines(issuerLines, 'issuer.caps-lines', {
    issuer: join(issuerLines) || null,
    parent: parentLines.length ? join(parentLines) : null,
  });
}
