// Ongoing deadlines (no date): `Thực hiện thường xuyên.`, `Thời gian: thường xuyên`,
// `(thường xuyên)`, or a sentence that is only `Thường xuyên.` — never the adverb inside a clause
// (`đôn đốc thường xuyên;`).

import { ONGOING_WORDS, PERIOD_LABELS } from '../../text/deadline-vocabulary.js';
import { type Env, groupStart } from './context.js';
import { alt, rx, S, WB, WE } from './fragments.js';

const ONGOING = alt(ONGOING_WORDS);
const CLAUSE_END = '(?=\\s{0,3}(?:[.;)!?]|$))';
// Thực hiện thường xuyên. · thực hiện thường xuyên, liên tục; · triển khai liên tục)
const ONGOING_LEAD = rx(`${WB}(?:thực hiện|triển khai)${S}${ONGOING}${CLAUSE_END}`);
// Thời gian: thường xuyên · Thời gian thực hiện: Thường xuyên, liên tục
const ONGOING_LABEL = rx(`${WB}${alt(PERIOD_LABELS)}\\s{0,3}:\\s{0,3}${ONGOING}${WE}`);
// (thường xuyên) · (thực hiện thường xuyên)
const ONGOING_PAREN = rx(`\\(\\s{0,2}(?<inner>(?:thực hiện${S})?${ONGOING})\\s{0,2}\\)`);
// A sentence that is only `Thường xuyên.` (not the adverb in `đôn đốc thường xuyên;`)
const ONGOING_SENTENCE = rx(`(?<=(?:^|[.;:!?]|^\\s*[-+])\\s{0,3})${ONGOING}${CLAUSE_END}`);

export function ongoingRules(env: Env): void {
  const { c } = env;
  const push = (start: number, end: number, rule: string) =>
    env.out.push({ start, end, rule, finding: { kind: 'ongoing', date: null } });
  for (const m of c.matchAll(ONGOING_LEAD)) push(m.index, m.index + m[0].length, 'ongoing-lead');
  for (const m of c.matchAll(ONGOING_LABEL)) push(m.index, m.index + m[0].length, 'ongoing-label');
  for (const m of c.matchAll(ONGOING_PAREN)) {
    const s = groupStart(m, 'inner');
    push(s, s + (m.groups?.inner ?? '').length, 'ongoing-paren');
  }
  for (const m of c.matchAll(ONGOING_SENTENCE)) push(m.index, m.index + m[0].length, 'ongoing-sentence');
}
