// Clauses that tell what happened rather than what is to be done: `đã tổ chức vào ngày …` is no
// event to come, `kết quả đạt được trong 6 tháng đầu năm` no period to finish in.

import {
  FORECAST_ASKS,
  FORECAST_OPENERS,
  FORWARD_MARKERS,
  NARRATIVE_MARKERS,
  NOT_DUE_NOUNS,
  NOT_DUE_WORDS,
  RETROSPECTIVE_AFTER_MARKERS,
  RETROSPECTIVE_PERIOD_MARKERS,
  REVIEWED_SPAN_MARKERS,
  SCOPE_LABELS,
} from '../../text/deadline-vocabulary.js';
import { clauseStart } from './context.js';
import { alt, lazy, Scan, WB, WE } from './fragments.js';

const NARRATIVE_IN_CLAUSE = new Scan(() => `${WB}${alt(NARRATIVE_MARKERS)}${WE}`);
const RETROSPECTIVE_IN_CLAUSE = new Scan(() => `${WB}${alt(RETROSPECTIVE_PERIOD_MARKERS)}${WE}`);

const REVIEWED_IN_CLAUSE = new Scan(() => `${WB}${alt(REVIEWED_SPAN_MARKERS)}${WE}`);

function clauseBefore(c: string, at: number): string {
  const cs = clauseStart(c, at, 100);
  return c.slice(cs < 0 ? Math.max(0, at - 100) : cs, at);
}

/** A narrative marker (`đã`, `ban hành` …) earlier in the clause that ends at `at`. */
export function narrativeBefore(c: string, at: number): boolean {
  return NARRATIVE_IN_CLAUSE.test(clauseBefore(c, at));
}

/** A retrospective marker (`đã`, `đạt được`, `ghi nhận`) earlier in the clause of a period at `at`. */
export function retrospectiveBefore(c: string, at: number): boolean {
  return RETROSPECTIVE_IN_CLAUSE.test(clauseBefore(c, at));
}

/** A review word (`kết quả`, `đánh giá`, `sơ kết` …) earlier in the clause of a part of the year at `at`. */
export function reviewedBefore(c: string, at: number): boolean {
  return REVIEWED_IN_CLAUSE.test(clauseBefore(c, at));
}

const OPENS_SENTENCE = /(?:^|[.;:!?]|^\s*[-+•])\s*$/u;
const RETRO_OR_FORWARD = lazy(
  () =>
    new RegExp(
      `(?<![\\p{L}])(?:(?<back>${alt(RETROSPECTIVE_AFTER_MARKERS)})|${alt(FORWARD_MARKERS)})(?![\\p{L}])`,
      'iu',
    ),
);

/**
 * A period that opens its sentence (`Trong 6 tháng đầu năm 2027, …`, from `at`) where the sentence,
 * ending at `end`…, tells what was done in it (`… các chi bộ đã tập trung …`).
 */
export function retrospectiveSentence(c: string, at: number, end: number): boolean {
  if (!OPENS_SENTENCE.test(c.slice(Math.max(0, at - 6), at))) return false;
  const rest = c.slice(end, end + 200);
  const stop = rest.search(/[.;!?](?:\s|$)/u);
  const m = RETRO_OR_FORWARD().exec(stop < 0 ? rest : rest.slice(0, stop));
  return m?.groups?.back !== undefined;
}

const NOT_DUE_AT_END = lazy(() => new RegExp(`(?<![\\p{L}])${alt(NOT_DUE_WORDS)}\\s+$`, 'iu'));
const NOT_DUE_NOUN_AT_END = lazy(() => new RegExp(`(?<![\\p{L}])${alt(NOT_DUE_NOUNS)}\\s+$`, 'iu'));
const NOT_DUE_REACH = 20;

/** A word just before `at` that makes the date or period there no deadline (`dồn`, `ước`, `tính`). */
export function notDueBefore(c: string, at: number): boolean {
  const before = c.slice(Math.max(0, at - NOT_DUE_REACH), at);
  return NOT_DUE_AT_END().test(before) && !NOT_DUE_NOUN_AT_END().test(before);
}

// "2. Phạm vi giám sát: việc kê khai … trong năm 2026." (the marker may lead)
const SCOPE_OPENING = lazy(
  () =>
    new RegExp(
      `^\\s*(?:[-+*•]\\s*|[0-9IVX]{1,4}(?:\\.[0-9]{1,2})*[.)]\\s*|[a-zđ]\\)\\s*)?${alt(SCOPE_LABELS)}(?![\\p{L}])[^:.;]{0,40}:`,
      'iu',
    ),
);

/** Where the sentence of a scope label (`Phạm vi …:`) opening the paragraph ends; 0 when none opens it. */
export function scopeSentenceEnd(c: string): number {
  const m = SCOPE_OPENING().exec(c);
  if (!m) return 0;
  const stop = c.slice(m[0].length).search(/[.;](?:\s|$)/u);
  return stop < 0 ? c.length : m[0].length + stop;
}

// A sentence starts at the block's start or after a full stop, semicolon or colon and a space.
const FORECAST_OPENING = lazy(() => new RegExp(`(?:^\\s*|[.;:!?]\\s+)\\(?${alt(FORECAST_OPENERS)}(?![\\p{L}])`, 'giu'));
const ASKS = lazy(() => new RegExp(`(?<![\\p{L}])${alt(FORECAST_ASKS)}(?![\\p{L}])`, 'iu'));
const SENTENCE_END = /[.;!?](?:\s|$)/gu;

/** Where the sentences that relay a forecast run in `c` (from their opening to their end, or to a request in them). */
export function forecastSpans(c: string, lower: string): Array<[number, number]> {
  if (!FORECAST_OPENERS.some((w) => lower.includes(w))) return [];
  const spans: Array<[number, number]> = [];
  for (const m of c.matchAll(FORECAST_OPENING())) {
    const start = m.index;
    SENTENCE_END.lastIndex = start + m[0].length;
    const stop = SENTENCE_END.exec(c);
    let end = stop ? stop.index : c.length;
    const ask = ASKS().exec(c.slice(start + m[0].length, end));
    if (ask) end = start + m[0].length + ask.index;
    spans.push([start, end]);
  }
  return spans;
}
