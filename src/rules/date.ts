// Địa danh và ngày tháng: "Hải Phòng, ngày 07 tháng 4 năm 2026", partial for drafts.

import { foldDiacritics } from '../text/fold.js';
import { bannerIndex } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { SPACE_CHARS, trimEndOf, trimStartOf } from '../text/patterns.js';
import type { Finding } from './finding.js';
import { findingAt } from './finding.js';

export interface PlaceDate {
  place: string | null;
  /** ISO, partial when the draft leaves fields blank: "2026-04", "2026". */
  date: string | null;
  /** The written date was impossible (31/2). */
  invalid: boolean;
}

// A blank after an optional number sits inside its group: `${BLANK}(?<d>…)?${BLANK}` split a long run
// of blanks in quadratically many ways before failing (same matches).
const BLANK = '[\\s.…_]*';
// "<Place>, ngày DD tháng MM năm YYYY"; blanks in drafts ("ngày tháng 4 năm 2026", "ngày … tháng …").
const PLACE_DATE = new RegExp(
  `(?:(?<place>\\p{Lu}[\\p{L}\\d .'-]{0,60}?)\\s*,\\s*)?ngày${BLANK}(?:(?<d>\\d{1,2})${BLANK})?tháng${BLANK}(?:(?<m>\\d{1,2})${BLANK})?năm${BLANK}(?<y>(?:19|20)\\d{2})`,
  'u',
);
// "Hà Nội ngày 05 tháng 3 năm 2026": the comma lost in a copy; then the place is a proper name
// of at most four capitalised words (a subject such as "Tổ chức hội nghị ngày …" is not).
const PLACE_DATE_NO_COMMA = new RegExp(
  `(?<place>\\p{Lu}\\p{L}*(?:\\s\\p{Lu}\\p{L}*){0,3})\\s+ngày${BLANK}(?:(?<d>\\d{1,2})${BLANK})?tháng${BLANK}(?:(?<m>\\d{1,2})${BLANK})?năm${BLANK}(?<y>(?:19|20)\\d{2})`,
  'u',
);
// "<Place>, ngày …/…/2026" and "<Place>, 07/4/2026"; typed with hyphens or dots ("5-6-2027").
const PLACE_NUMERIC = new RegExp(
  `(?<place>\\p{Lu}[\\p{L}\\d .'-]{0,60}?)\\s*,(?:\\s*ngày)?(?:\\s*(?<d>\\d{1,2}))?${BLANK}(?<s>[/.-])${BLANK}(?:(?<m>\\d{1,2})${BLANK})?\\k<s>${BLANK}(?<y>(?:19|20)\\d{2})(?![\\d])`,
  'u',
);

// The cheap gate before PLACE_NUMERIC: a year after a separator.
const NUMERIC_YEAR = /[/.-][\s.…_]*(?:19|20)\d{2}/u;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoPartial(y: number, m: number | null, d: number | null): { date: string | null; invalid: boolean } {
  if (m === null) return { date: String(y), invalid: false };
  if (m < 1 || m > 12) return { date: String(y), invalid: true };
  if (d === null) return { date: `${y}-${pad(m)}`, invalid: false };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return { date: `${y}-${pad(m)}`, invalid: true };
  return { date: `${y}-${pad(m)}-${pad(d)}`, invalid: false };
}

function placeOf(raw: string | undefined): string | null {
  if (!raw) return null;
  const place = trimEndOf(trimStartOf(raw, '*'), '*').trim();
  // A sentence is not a place ("Ngày 14/4/2026, Đảng ủy … nhận được").
  if (place.split(/\s+/u).length > 6) return null;
  return place || null;
}

/** The date line starts the line, or follows a banner flattened onto the same line. */
function startsHeaderItem(prefix: string): boolean {
  const p = trimEndOf(foldDiacritics(prefix).toUpperCase(), `*${SPACE_CHARS}`);
  return p === '' || /(?:VIET NAM|HANH PHUC|\*)$/u.test(p);
}

export function matchPlaceDate(line: Line): Finding<PlaceDate> | null {
  const text = line.canon;
  // Each pattern needs its literals (`năm`; a comma and a separated year): most lines skip both.
  let m =
    (text.includes('năm') ? PLACE_DATE.exec(text) : null) ??
    (text.includes(',') && NUMERIC_YEAR.test(text) ? PLACE_NUMERIC.exec(text) : null);
  if (m && !m.groups?.place && !startsHeaderItem(text.slice(0, m.index)) && text.includes('năm')) {
    m = PLACE_DATE_NO_COMMA.exec(text) ?? m;
  }
  if (!m?.groups) return null;
  // A header date line starts with the place or with "ngày"; a body sentence does not.
  const start = m.index;
  if (!startsHeaderItem(text.slice(0, start))) return null;
  const y = Number(m.groups.y);
  const mo = m.groups.m ? Number(m.groups.m) : null;
  const d = m.groups.d ? Number(m.groups.d) : null;
  const { date, invalid } = isoPartial(y, mo, mo === null ? null : d);
  let placeText = m.groups.place ? line.text.slice(start, start + m.groups.place.length) : undefined;
  // A banner flattened onto the date line: "ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày …".
  const banners = placeText ? bannerIndex(placeText) : [];
  const lastBanner = banners[banners.length - 1];
  if (placeText && lastBanner) placeText = placeText.slice(lastBanner[1]);
  const place = placeOf(placeText);
  return findingAt(line, start, m[0], m.groups.place ? 'date.place' : 'date.bare', { place, date, invalid });
}

/** The document date: the first place-date line in the header zone. */
export function findPlaceDate(header: readonly Line[]): Finding<PlaceDate> | null {
  for (const line of header) {
    const found = matchPlaceDate(line);
    if (found) return found;
  }
  return null;
}
