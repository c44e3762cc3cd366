// Cited documents in one paragraph (format reference §2 "Citations in the body"): every Party id
// (`323-CV/TU`) and State id (`45/QĐ-UBND`, `30/2020/NĐ-CP`), with the type word before it, the
// date and the issuer after it.
//
// Number/symbol split: `number` is the serial only; `symbol` is what follows it —
// Party `323-CV/TU` → '323' + 'CV/TU'; State `45/QĐ-UBND` → '45' + 'QĐ-UBND'; legal acts keep
// their year with the symbol: `30/2020/NĐ-CP` → '30' + '2020/NĐ-CP' (as the own-number rule does).

import { isoDate } from '../text/dates.js';
import {
  ISSUER_HEADS,
  ISSUER_STOP_WORDS,
  MAIN_CLAUSE_VERBS,
  NAMED_ACT_TYPES,
  NUMBER_WORDS,
} from '../text/deadline-vocabulary.js';
import { canonTones } from '../text/fold.js';
import { alternation, SUPERSCRIPT_DIGITS } from '../text/patterns.js';
import { DOC_TYPE_ABBREVIATIONS, DOC_TYPE_NAMES, PARTY_TYPE_OVERRIDES } from '../text/vocabulary.js';
import type { Reference } from '../types.js';
import { unitNameEnd } from './unit-name.js';

/** A cited document as the record holds it (the id normalised: no spaces, ASCII hyphens), with
 *  the span of the id in the paragraph instead of a line number. */
export interface ReferenceFinding extends Omit<Reference, 'line'> {
  /** Span of the id as written in `text`. */
  start: number;
  end: number;
  rule: string;
}

const DASH = '[-–—−‐‑]';
// Not inside a longer token: no letter, digit, `/`, `.` or dash before (`COVID-19`, `0225.3842`),
// except a glued `số31-QĐ/TW`.
// The serial, then that check as a look-behind over it: a pattern that opens with a look-behind
// is tried at every position, one that opens with a digit only at digits (5× faster here).
const NUM = '(?<num>\\d{1,5})(?<=(?:^|[^\\p{L}0-9/.\\-–—]|[sS][ốỐoO])\\d{1,5})';
// Symbol segments start with a capital; spaces around separators are checked in code.
const SEG = '\\p{Lu}[\\p{L}0-9&]*';

// 323-CV/TU · 08-QĐi/TW · 367-QĐ/TWĐTN-VP · 357 –CV/HNDTW · 323- CV/ TU (spaces need `số`/a type word)
const PARTY_ID = new RegExp(
  `${NUM}\\s{0,2}${DASH}\\s{0,2}(?<type>\\p{Lu}\\p{L}{0,4})\\s{0,2}/\\s{0,2}(?<org>\\p{Lu}[\\p{L}0-9]*(?:${DASH}\\p{Lu}[\\p{L}0-9]*)*)`,
  'gu',
);
// 45/QĐ-UBND · 1234/UBND-VP · 30/2020/NĐ-CP · 64/2025/QH15 · 12/QĐ-SNN&PTNT · 1206 /QĐ-HVTC
const STATE_ID = new RegExp(
  `${NUM}\\s{0,2}/\\s{0,2}(?:(?<year>(?:19|20)\\d{2})\\s{0,2}/\\s{0,2})?(?<sym>${SEG}(?:\\s{0,2}${DASH}\\s{0,2}[\\p{Lu}0-9][\\p{L}0-9&]*)*)`,
  'gu',
);

const TYPE_NAMES = alternation(DOC_TYPE_NAMES);
const TYPE_KEY = new Map(DOC_TYPE_NAMES.map((n) => [key(n), n as string]));
// … Công văn số · … Kế hoạch số: · … Quyết định (short repeat form, no `số`)
const NUMBER_WORD_END = new RegExp(`(?<![\\p{L}])${alternation(NUMBER_WORDS)}\\s{0,3}:?\\s{0,3}$`, 'iu');
const TYPE_END = new RegExp(`(?<![\\p{L}])(?<type>${TYPE_NAMES})\\s{0,3}$`, 'iu');
// Luật Tiếp công dân số … · Bộ luật Lao động số …
// Luật Phòng, chống thiên tai số …: a comma may join two words of the name.
const NAMED_ACT_END = new RegExp(
  `(?<![\\p{L}])(?<type>${alternation(NAMED_ACT_TYPES)})(?:,?\\s+[\\p{L}-]+){1,10}\\s*$`,
  'u',
);
// … đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số …: the issuer named before the citation.
const ISSUER_BEFORE = /(?<![\p{L}])của\s+(?<issuer>\p{Lu}[^,;:.()\n]{2,100}?)\s+tại\s*$/u;
// , ngày 14/4/2026 · ngày 01-10-1997 · ngày 05 tháng 02 năm 2026 · ban hành ngày …
const DATE_AFTER =
  /^\s{0,3},?\s{0,3}(?:ban\s+hành\s+)?ngày\s{0,3}(?<date>\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{4}(?![0-9])|\d{1,2}\s+tháng\s+\d{1,2}\s{0,2},?\s{0,2}năm\s+\d{4}(?![0-9]))/iu;
// , của Ban Thường vụ Thành ủy … (issuer read token by token in `readIssuer`)
const ISSUER_INTRO = /^\s{0,3},?\s{0,3}của\s+/iu;
const TOKEN = /\p{L}[\p{L}\p{N}]*|\d+|[^\s\p{L}\p{N}]/gu;
const HEAD_START = new RegExp(`^(?:${alternation(ISSUER_HEADS)})(?![\\p{L}])`, 'u');
const STOP_START = new RegExp(`^(?:${alternation(ISSUER_STOP_WORDS)})(?![\\p{L}])`, 'u');
const TYPE_START = new RegExp(`^(?:${TYPE_NAMES})(?![\\p{L}])`, 'u');
const MAIN_VERB_START = new RegExp(`^(?:${alternation(MAIN_CLAUSE_VERBS)})(?![\\p{L}])`, 'u');

// `Sở Kế hoạch và Đầu tư`: a type word joined by `và` to a capitalised word is part of a name.
const TYPE_IN_NAME = new RegExp(`^(?:${TYPE_NAMES})\\s+và\\s+\\p{Lu}`, 'u');

/** Whether `rest` opens with a document type (`Kế hoạch số …`) that is not inside a body's name. */
function startsType(rest: string): boolean {
  return TYPE_START.test(rest) && !TYPE_IN_NAME.test(rest);
}

function key(s: string): string {
  return canonTones(s.normalize('NFC')).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function normaliseDashes(s: string): string {
  return s.replace(/\s+/g, '').replace(/[–—−‐‑]/g, '-');
}

// Three lower-case letters in a row: `Điều`, `Quyết` (codes have at most two: `QĐi`, `CTr`).
const WORD_LIKE_RUN = /\p{Ll}{3}/u;

/** A capital letter followed by a long lower-case run is a word (`Điều`, `Quyết`), not a code. */
function looksLikeCode(segment: string): boolean {
  return !WORD_LIKE_RUN.test(segment);
}

interface Intro {
  introduced: boolean;
  docType: string | null;
  /** Span of an issuer written before the type word (`của X tại Tờ trình số …`). */
  issuerBefore?: [number, number];
}

/** Read what precedes an id: `số`, a type word (`Công văn số`, `Quyết định`), `Luật … số`. */
function readIntro(c: string, start: number): Intro {
  let before = c.slice(Math.max(0, start - 120), start);
  const num = NUMBER_WORD_END.exec(before);
  if (num) before = before.slice(0, num.index);
  const type = TYPE_END.exec(before);
  if (type?.groups?.type) {
    const from = Math.max(0, start - 120);
    const ahead = ISSUER_BEFORE.exec(before.slice(0, type.index));
    const issuerAt = ahead?.groups?.issuer ? from + (ahead.index + ahead[0].indexOf(ahead.groups.issuer, 3)) : -1;
    return {
      introduced: true,
      docType: TYPE_KEY.get(key(type.groups.type)) ?? null,
      ...(issuerAt >= 0 && ahead?.groups?.issuer
        ? { issuerBefore: [issuerAt, issuerAt + ahead.groups.issuer.length] }
        : {}),
    };
  }
  if (num) {
    const named = NAMED_ACT_END.exec(before);
    const name = named?.groups?.type;
    return { introduced: true, docType: name ? (TYPE_KEY.get(key(name)) ?? name) : null };
  }
  return { introduced: false, docType: null };
}

function readDate(c: string, from: number): { date: string | null; end: number } {
  const m = DATE_AFTER.exec(c.slice(from, from + 80));
  if (!m?.groups?.date) return { date: null, end: from };
  const nums = m.groups.date.match(/\d+/g) ?? [];
  return { date: isoDate(Number(nums[2]), Number(nums[1]), Number(nums[0])), end: from + m[0].length };
}

/**
 * The issuer after `của`, as written, up to the first stop: `về`, `thực hiện`, `tại` … (ISSUER_STOP_WORDS),
 * `;` `(` `)` quotes, a sentence end, a comma not followed by another body head (`, Ban Bí thư`
 * continues), `và` not followed by a capitalised name (`và các`, `và Quy định số …` stop).
 */
function readIssuer(text: string, c: string, from: number): string | null {
  const intro = ISSUER_INTRO.exec(c.slice(from, from + 20));
  if (!intro) return null;
  const begin = from + intro[0].length;
  const window = c.slice(begin, begin + 200);
  let end = 0;
  // Where the issuer ended before a comma that led on to another body (`của A, B …`).
  let beforeComma = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(window); m; m = TOKEN.exec(window)) {
    const tok = m[0];
    const at = m.index;
    const rest = window.slice(at);
    const next = window.slice(at + tok.length).trimStart();
    if (tok === ',' || tok === '-' || tok === '–') {
      if (HEAD_START.test(next) || (tok !== ',' && /^\p{Lu}/u.test(next))) {
        if (tok === ',') beforeComma = end;
        continue;
      }
      break;
    }
    if (tok === '.') {
      // `TP. Hồ Chí Minh`: a dot after a short capital abbreviation, followed by a capital.
      const prev = window.slice(0, at).match(/(\p{Lu}{1,3})$/u);
      if (prev && /^\p{Lu}/u.test(next)) continue;
      break;
    }
    if (/^[^\p{L}\p{N}]$/u.test(tok)) break;
    if (tok === 'và') {
      if (/^\p{Lu}/u.test(next) && !TYPE_START.test(next)) continue;
      break;
    }
    if (end > 0 && (STOP_START.test(rest) || startsType(rest))) {
      // `của Bộ Công an, Ủy ban nhân dân tỉnh ban hành …`: the body after the comma is the subject
      // of the document's own sentence.
      if (beforeComma > 0 && MAIN_VERB_START.test(rest)) end = beforeComma;
      break;
    }
    if (/^\d/.test(tok) && /^\s{0,2}[-/]/.test(window.slice(at + tok.length))) break; // another id
    end = at + tok.length;
  }
  // "… của Đảng ủy xã cơ bản đạt và vượt kế hoạch": a completed name ends before its predicate.
  const cut = unitNameEnd(window, end);
  const issuer = text.slice(begin, begin + (cut ?? end)).trim();
  return issuer.length > 0 ? issuer : null;
}

function partyType(abbr: string): string | null {
  return PARTY_TYPE_OVERRIDES[abbr] ?? DOC_TYPE_ABBREVIATIONS[abbr] ?? null;
}

// Footnote marks stuck to an id or a date (`16-KL/TW¹`, `ngày 22/12/2024¹`) sit before what follows.
const MARKS = new RegExp(`^[${SUPERSCRIPT_DIGITS}]*`, 'u');

function skipMarks(c: string, at: number): number {
  return at + (MARKS.exec(c.slice(at, at + 8))?.[0].length ?? 0);
}

/**
 * Every cited document id in a paragraph, in text order (duplicates kept; the caller de-duplicates).
 * Never throws; dates (`14/4/2026`), ranges (`2025 - 2030`), `Q2/2026`, `COVID-19` are not ids
 * because a symbol must start with a capital letter and a number cannot follow a letter or dash.
 */
export function findReferences(text: string): ReferenceFinding[] {
  // Every id has a slash: most paragraphs are skipped before any pattern runs.
  if (typeof text !== 'string' || !text.includes('/')) return [];
  const c = canonTones(text);
  const found: ReferenceFinding[] = [];

  const finish = (m: RegExpExecArray, number: string, symbol: string, abbrType: string | null, rule: string) => {
    const start = m.index;
    const end = m.index + m[0].length;
    const raw = m[0];
    const intro = readIntro(c, start);
    // A space inside an id is a line join or typing noise; trust it only after `số` or a type word.
    if (/\s/.test(raw) && !intro.introduced) return;
    // Footnote marks stuck to the id (`16-KL/TW¹`) sit between the id and its date/issuer.
    const { date, end: afterDate } = readDate(c, skipMarks(c, end));
    found.push({
      id: normaliseDashes(raw),
      number,
      symbol,
      docType: intro.docType ?? abbrType,
      date,
      issuer:
        readIssuer(text, c, skipMarks(c, afterDate)) ?? (intro.issuerBefore ? text.slice(...intro.issuerBefore) : null),
      start,
      end,
      rule,
    });
  };

  for (const m of c.matchAll(PARTY_ID)) {
    const g = m.groups ?? {};
    const type = g.type ?? '';
    const org = normaliseDashes(g.org ?? '');
    if (!looksLikeCode(type) || !org.split('-').every((s) => looksLikeCode(s))) continue;
    finish(m, g.num ?? '', `${type}/${org}`, partyType(type), 'party-id');
  }
  for (const m of c.matchAll(STATE_ID)) {
    const g = m.groups ?? {};
    const sym = normaliseDashes(g.sym ?? '');
    const segments = sym.split('-');
    if (!segments.every((s) => looksLikeCode(s))) continue;
    const first = segments[0] ?? '';
    const abbr = Object.hasOwn(DOC_TYPE_ABBREVIATIONS, first) ? (DOC_TYPE_ABBREVIATIONS[first] ?? null) : null;
    finish(m, g.num ?? '', g.year ? `${g.year}/${sym}` : sym, abbr, g.year ? 'legal-act-id' : 'state-id');
  }

  // Text order; a span claimed twice (never expected) keeps the first.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((f, i) => i === 0 || f.start >= (found[i - 1]?.end ?? 0));
}
