// Periods named by a section heading without a cue (`II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026`), and
// the retrospective/forward heading words that decide whether such a period is a deadline at all
// (`KẾT QUẢ … QUÝ I/2026` looks back; `… VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II` looks forward again).
// Run only for heading lines in which no other rule found a deadline.

import { FORWARD_HEADING_WORDS, RETROSPECTIVE_HEADING_WORDS } from '../../text/deadline-vocabulary.js';
import type { Env } from './context.js';
import { alt, rx, WB, WE } from './fragments.js';
import { PERIODS, type PeriodPattern } from './period-patterns.js';
import { pushPeriod } from './periods.js';

/** Each period pattern uncued, in the order of PERIODS. */
const BARE_PERIODS = PERIODS.map((p) => ({ p, bare: rx(p.source) }));

const HEADING_RETRO = rx(`${WB}${alt(RETROSPECTIVE_HEADING_WORDS)}${WE}`);
const HEADING_FORWARD = rx(`${WB}${alt(FORWARD_HEADING_WORDS)}${WE}`);

/**
 * A section heading names its period without a cue (`II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026`);
 * the finding spans the whole heading. Retrospective headings (`KẾT QUẢ … QUÝ I/2026`) are skipped
 * unless a forward word (`PHƯƠNG HƯỚNG`) follows the retrospective one before the period.
 */
export function headingRule(env: Env): void {
  const { c } = env;
  const retro = HEADING_RETRO;
  const forward = HEADING_FORWARD;
  const hits: { at: number; p: PeriodPattern; g: Record<string, string | undefined> }[] = [];
  for (const { p, bare } of BARE_PERIODS) {
    for (const m of c.matchAll(bare)) hits.push({ at: m.index, p, g: m.groups ?? {} });
  }
  // Earliest first; on a tie the longer pattern (`cuối năm` over `năm`) was listed later — prefer parts.
  hits.sort((a, b) => a.at - b.at || Number(/-part$/.test(b.p.name)) - Number(/-part$/.test(a.p.name)));
  for (const hit of hits) {
    const before = c.slice(0, hit.at);
    const lastRetro = Math.max(-1, ...[...before.matchAll(retro)].map((m) => m.index));
    const lastForward = Math.max(-1, ...[...before.matchAll(forward)].map((m) => m.index));
    if (lastRetro > lastForward) continue;
    const v = hit.p.resolve(hit.g, env);
    if (!v) continue;
    const start = c.length - c.trimStart().length;
    const end = c.trimEnd().length;
    pushPeriod(env, start, end, `heading-${hit.p.name}`, v);
    return;
  }
}
