// Ongoing deadlines (no date): `Thực hiện thường xuyên.`, `Thời gian: thường xuyên`,
// `(thường xuyên)`, or a sentence that is only `Thường xuyên.` — never the adverb inside a clause
// (`đôn đốc thường xuyên;`).

import { ONGOING_WORDS, PERIOD_LABELS } from '../../text/deadline-vocabulary.js';
import { type Env, groupStart } from './context.js';
import { alt, S, Scan, WB, WE } from './fragments.js';

const ONGOING = alt(ONGOING_WORDS);
const ONGOING_HINTS = ['thường', 'liên'];
const CLAUSE_END = '(?=\\s{0,3}(?:[.;)!?]|$))';
// Thực hiện thường xuyên. · thực hiện thường xuyên, liên tục; · triển khai liên tục) ·
// thực hiện thường xuyên, nhất là trong mùa mưa bão
const ONGOING_LEAD = new Scan(() => `${WB}(?:thực hiện|triển khai)${S}${ONGOING}(?=\\s{0,3}(?:[.;,)!?]|$))`, 'giu', [
  ONGOING_HINTS,
]);
// Thực hiện thường xuyên việc tuần tra, kiểm tra rừng — the clause opens with it
const ONGOING_LEAD_START = new Scan(
  () => `(?<=(?:^|[.;:!?]|^\\s*[-+])\\s{0,3})(?:thực hiện|triển khai)${S}${ONGOING}(?=\\s)`,
  'giu',
  [ONGOING_HINTS],
);
// Thời gian: thường xuyên · Thời gian thực hiện: Thường xuyên, liên tục
const ONGOING_LABEL = new Scan(() => `${WB}${alt(PERIOD_LABELS)}\\s{0,3}:\\s{0,3}${ONGOING}${WE}`, 'giu', [
  [':'],
  ONGOING_HINTS,
]);
// (thường xuyên) · (thực hiện thường xuyên)
const ONGOING_PAREN = new Scan(() => `\\(\\s{0,2}(?<inner>(?:thực hiện${S})?${ONGOING})\\s{0,2}\\)`, 'giud', [
  ['('],
  ONGOING_HINTS,
]);
// A sentence that is only `Thường xuyên.` (not the adverb in `đôn đốc thường xuyên;`)
const ONGOING_SENTENCE = new Scan(() => `(?<=(?:^|[.;:!?]|^\\s*[-+])\\s{0,3})${ONGOING}${CLAUSE_END}`, 'giu', [
  ONGOING_HINTS,
]);

export function ongoingRules(env: Env): void {
  const { c, lower } = env;
  const push = (start: number, end: number, rule: string) =>
    env.out.push({ start, end, rule, finding: { kind: 'ongoing', date: null } });
  for (const m of ONGOING_LEAD.all(c, lower)) push(m.index, m.index + m[0].length, 'ongoing-lead');
  for (const m of ONGOING_LEAD_START.all(c, lower)) push(m.index, m.index + m[0].length, 'ongoing-lead');
  for (const m of ONGOING_LABEL.all(c, lower)) push(m.index, m.index + m[0].length, 'ongoing-label');
  for (const m of ONGOING_PAREN.all(c, lower)) {
    const s = groupStart(m, 'inner');
    push(s, s + (m.groups?.inner ?? '').length, 'ongoing-paren');
  }
  for (const m of ONGOING_SENTENCE.all(c, lower)) push(m.index, m.index + m[0].length, 'ongoing-sentence');
}
