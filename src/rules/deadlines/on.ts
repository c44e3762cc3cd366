// Event dates (`on`): `vào ngày 20/4/2026`, or an event word before the date (`họp ngày 15/5/2026`,
// `tổ chức Hội nghị sơ kết vào ngày …`). Narrative text (`đã tổ chức vào ngày …`) and citations
// (`Kết luận số 01-KL/TW, ngày …`) are kept out.

import { BY_CUES, BY_CUES_WITH_NGAY, EVENT_CUES, NARRATIVE_MARKERS } from '../../text/deadline-vocabulary.js';
import type { Env } from './context.js';
import { DATE, NGAY, pushDate, TIME, TIME_JOIN } from './dates-in-text.js';
import { alt, containsWord, S, Scan, WB, WE } from './fragments.js';
import { narrativeBefore } from './narrative.js';

// vào ngày 20/4/2026 · vào 8 giờ 00 ngày 20/4/2026
const ON_VAO = new Scan(() => `${WB}vào${S}(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`, 'giu', [['vào']]);
// tổ chức Hội nghị sơ kết vào ngày 20/4/2026 · họp ngày 15/5/2026. The gap has no digits, commas or
// clause punctuation, so `Kết luận số 01-KL/TW, ngày …` (a citation) never qualifies.
const ON_EVENT = new Scan(
  () =>
    `${WB}(?<cue>${alt(EVENT_CUES)})${WE}(?<gap>[^.;:!?(),\\d]{0,60}?)\\s(?:vào${S})?(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`,
  'giu',
  [['ngày']],
);
const GAP_BLOCKERS = [...BY_CUES, ...BY_CUES_WITH_NGAY, 'số', 'từ', 'đến'] as const;

const isUpper = (ch: string | undefined) => ch !== undefined && ch !== ch.toLowerCase();
const WORD_BEFORE = /(?<word>\p{L}+)\s+$/u;

/**
 * Whether the word at `at` is capitalised after a capitalised word: part of a title
 * (`Luật Tổ chức chính quyền địa phương ngày 19/02/2025`), not an event (`Tổ chức Hội nghị …`).
 */
function insideName(c: string, at: number): boolean {
  if (!isUpper(c[at])) return false;
  const word = WORD_BEFORE.exec(c.slice(Math.max(0, at - 40), at))?.groups?.word;
  return word !== undefined && isUpper(word[0]);
}

export function onRules(env: Env): void {
  const { c, lower } = env;
  // Both patterns read a written date.
  if (!env.date) return;
  for (const m of ON_VAO.all(c, lower)) {
    if (narrativeBefore(c, m.index)) continue;
    const g = m.groups ?? {};
    pushDate(env, m.index, m.index + m[0].length, 'on-vao-date', 'on', g.date ?? '', g.time);
  }
  // A cue inside a name (`Ban Tổ chức Tỉnh ủy họp ngày …`) is passed over: the event word after it counts.
  for (const m of ON_EVENT.all(c, lower, (x) => !insideName(c, x.index))) {
    const g = m.groups ?? {};
    if (containsWord(g.gap ?? '', GAP_BLOCKERS) || containsWord(g.gap ?? '', NARRATIVE_MARKERS)) continue;
    if (narrativeBefore(c, m.index)) continue;
    pushDate(env, m.index, m.index + m[0].length, 'on-event-date', 'on', g.date ?? '', g.time);
  }
}
