// Cơ quan ban hành and cơ quan chủ quản: the upper-case names of the header's left column.
import { canonTones, foldDiacritics } from '../text/fold.js';
import { isAllCaps, isBanner, isHeaderMark, STAR, titleType } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { alternation } from '../text/patterns.js';
import { ISSUER_HEADS, SECRECY_MARKS, URGENCY_MARKS } from '../text/vocabulary.js';
import { matchPlaceDate } from './date.js';
import type { Finding } from './finding.js';
import { findingLines } from './finding.js';
import { matchNumber } from './number.js';

export interface IssuerValue {
  issuer: string | null;
  parent: string | null;
}

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
  const t = line.text.replace(/^[*\s]+|[*\s]+$/gu, '');
  if (t.length < 2 || t.length > 90 || !isAllCaps(t)) return false;
  if (isBanner(t) || isHeaderMark(t) || isStamp(t) || STAR.test(t) || titleType(t)) return false;
  return matchNumber(line) === null && matchPlaceDate(line) === null;
}

/** Group caps lines into names: a line opening with a known head starts a new name. */
function groupNames(lines: readonly Line[]): Line[][] {
  const groups: Line[][] = [];
  for (const line of lines) {
    const last = groups[groups.length - 1];
    if (!last || HEAD.test(canonTones(line.text))) groups.push([line]);
    else last.push(line);
  }
  return groups;
}

const join = (lines: readonly Line[]) => lines.map((l) => l.text.replace(/^[*\s]+|[*\s]+$/gu, '')).join(' ');

/** Issuer = the last name before the number/date/title; parent = the names above it. */
export function findIssuer(header: readonly Line[]): Finding<IssuerValue> | null {
  const names = header.filter(isNameLine);
  if (names.length === 0) return null;
  const groups = groupNames(names);
  const issuerLines = groups[groups.length - 1] ?? [];
  const parentLines = groups.slice(0, -1).flat();
  return findingLines(issuerLines, 'issuer.caps-lines', {
    issuer: join(issuerLines) || null,
    parent: parentLines.length ? join(parentLines) : null,
  });
}
