// Periods named by a section heading without a cue (`II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026`), and
// the retrospective/forward heading words that decide whether such a period is a deadline at all
// (`KẾT QUẢ … QUÝ I/2026` looks back; `… VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II` looks forward again).
// Run only for heading lines in which no other rule found a deadline.

import {
  FORWARD_HEADING_WORDS,
  NARRATIVE_MARKERS,
  PLAN_HEADING_WORDS,
  RANGE_FROM,
  RETROSPECTIVE_HEADING_WORDS,
} from '../../text/deadline-vocabulary.js';
import { canonTones } from '../../text/fold.js';
import { parseMarker } from '../../text/markers.js';
import { alternation } from '../../text/patterns.js';
import type { Env } from './context.js';
import { alt, containsWord, Scan, WB, WE } from './fragments.js';
import { PERIODS, type PeriodPattern } from './period-patterns.js';
import { pushListedAfter, pushPeriod, withSharedYear } from './periods.js';

/** Each period pattern a heading may name uncued, in the order of PERIODS. */
const BARE_PERIODS = PERIODS.filter((p) => p.inHeadings !== false).map((p) => ({
  p,
  bare: new Scan(() => `${WB}${p.source}`, 'giu', [p.hints]),
}));

// "Từ tháng 4/2027" (a time cell, a heading): when the work starts, not when it is due (a range
// with its end was read by the range rules already).
const FROM_BEFORE = new RegExp(`(?<![\\p{L}])${alt(RANGE_FROM)}\\s+$`, 'iu');

const HEADING_RETRO = new Scan(() => `${WB}${alt(RETROSPECTIVE_HEADING_WORDS)}${WE}`);
const HEADING_FORWARD = new Scan(() => `${WB}${alt(FORWARD_HEADING_WORDS)}${WE}`);

/**
 * A section heading names its period without a cue (`II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026`);
 * the finding spans the whole heading. Retrospective headings (`KẾT QUẢ … QUÝ I/2026`) are skipped
 * unless a forward word (`PHƯƠNG HƯỚNG`) follows the retrospective one before the period.
 */
export function headingRule(env: Env): void {
  const { c, lower } = env;
  const retro = HEADING_RETRO;
  const forward = HEADING_FORWARD;
  const hits: { at: number; end: number; p: PeriodPattern; g: Record<string, string | undefined> }[] = [];
  for (const { p, bare } of BARE_PERIODS) {
    for (const m of bare.all(c, lower)) hits.push({ at: m.index, end: m.index + m[0].length, p, g: m.groups ?? {} });
  }
  // Earliest first; on a tie the longer pattern (`cuối năm` over `năm`) was listed later — prefer parts.
  hits.sort((a, b) => a.at - b.at || Number(/-part$/.test(b.p.name)) - Number(/-part$/.test(a.p.name)));
  for (const hit of hits) {
    const before = c.slice(0, hit.at);
    if (FROM_BEFORE.test(before.slice(-12))) continue;
    const lastRetro = Math.max(-1, ...retro.all(before).map((m) => m.index));
    const lastForward = Math.max(-1, ...forward.all(before).map((m) => m.index));
    if (lastRetro > lastForward) continue;
    // A list (`Quý II, III/2026`): its year is written once, at the end; each item is a deadline.
    const v = hit.p.resolve(withSharedYear(c, hit.g, hit.end), env);
    if (!v) continue;
    const start = c.length - c.trimStart().length;
    const listed = pushListedAfter(env, hit.p, hit.end);
    pushPeriod(env, start, listed ? hit.end : c.trimEnd().length, `heading-${hit.p.name}`, v);
    return;
  }
}

const PLAN_HEAD = new RegExp(`^${alternation(PLAN_HEADING_WORDS)}(?![\\p{L}])`, 'iu');

/**
 * A section heading in ordinary case: an outline marker, a plan word (`2. Nhiệm vụ trọng tâm quý
 * II năm 2027`, `III. Phương hướng, nhiệm vụ 6 tháng cuối năm 2027`), short, no sentence's stop.
 * (`2. Giao Ban Tổ chức xây dựng kế hoạch quý III` is a task: its period is what it plans.)
 */
export function isPlanHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > 120 || /[.;]$/u.test(t)) return false;
  const marker = parseMarker(t);
  if (!marker || marker.type === 'dash' || marker.type === 'plus' || marker.type === 'dot') return false;
  return PLAN_HEAD.test(canonTones(t.slice(marker.length)));
}

// "1. Quý I/2027" · "- Tháng 9/2027: Kiểm tra …" · "b) 6 tháng cuối năm 2027:": a plan's entry opens
// with its period, alone on the line or before a colon. (A bare year stays what it is: a scope.)
const ENTRY_KINDS: ReadonlySet<string> = new Set(['month', 'month-part', 'quarter', 'quarter-part', 'half']);
const ENTRY_LEAD = /^\s{0,3}(?:(?:[-+•*–]|\(?(?:\d{1,2}|[IVX]{1,5}|\p{Ll})[.)](?:\d{1,2}[.)]?){0,3})\s{0,3})?$/u;
const ENTRY_END = /^\s{0,3}(?:[:：.]|$)/u;

/** A period that opens an entry of a plan (see ENTRY_KINDS): its span only. */
export function entryRule(env: Env): void {
  const { c, lower } = env;
  for (const { p, bare } of BARE_PERIODS) {
    if (!ENTRY_KINDS.has(p.name)) continue;
    for (const m of bare.all(c, lower)) {
      const end = m.index + m[0].length;
      if (!ENTRY_LEAD.test(c.slice(0, m.index)) || !ENTRY_END.test(c.slice(end))) continue;
      // "Quý I/2027: đã kiểm tra 05 xã": a report's account of the period, not a plan's entry.
      if (containsWord(c.slice(end, end + 120), NARRATIVE_MARKERS)) continue;
      // Its year written: a bare "Quý I" names a row of a schedule (a table's label column).
      const v = p.resolve(withSharedYear(c, m.groups ?? {}, end), env);
      if (!v || v.inferred) continue;
      pushPeriod(env, m.index, end, `entry-${p.name}`, v);
      return;
    }
  }
}
