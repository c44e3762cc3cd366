// Event dates (`on`): `vào ngày 20/4/2026`, or an event word before the date (`họp ngày 15/5/2026`,
// `tổ chức Hội nghị sơ kết vào ngày …`). Narrative text (`đã tổ chức vào ngày …`) and citations
// (`Kết luận số 01-KL/TW, ngày …`) are kept out.

import { BY_CUES, BY_CUES_WITH_NGAY, EVENT_CUES, NARRATIVE_MARKERS } from '../../text/deadline-vocabulary.js';
import type { Env } from './context.js';
import { DATE, DATE_LIST_SEP, DAY_LEAD, NGAY, pushDate, TIME, TIME_JOIN } from './dates-in-text.js';
import { alt, containsWord, lazy, rx1, S, Scan, WB, WE } from './fragments.js';
import { narrativeBefore } from './narrative.js';

// vào ngày 20/4/2026 · vào 8 giờ 00 ngày 20/4/2026 · vào Chủ nhật, ngày 12/9/2027 · vào sáng thứ Hai, ngày …
const ON_VAO = new Scan(
  () => `${WB}vào${S}(?:(?<time>${TIME})${TIME_JOIN}|${DAY_LEAD})?${NGAY}(?<date>${DATE})`,
  'giu',
  [['vào']],
);
// tổ chức Hội nghị sơ kết vào ngày 20/4/2026 · họp ngày 15/5/2026. The gap has no digits, commas or
// clause punctuation, so `Kết luận số 01-KL/TW, ngày …` (a citation) never qualifies.
const ON_EVENT = new Scan(
  () =>
    `${WB}(?<cue>${alt(EVENT_CUES)})${WE}(?<gap>[^.;:!?(),\\d]{0,60}?)\\s(?:vào${S})?(?:(?<time>${TIME})${TIME_JOIN})?${NGAY}(?<date>${DATE})`,
  'giu',
  [['ngày']],
);
// - Ngày 18/6/2027: Khai mạc … · - Sáng thứ Bảy, ngày 19/6/2027: Thi đấu …: a programme's entry
// opens its line with the day and a colon.
const ON_AGENDA = lazy(() =>
  rx1(
    `^\\s{0,3}(?:(?:[-+•*–]|\\(?(?:\\d{1,2}|[IVX]{1,5}|\\p{Ll})[.)](?:\\d{1,2}[.)]?){0,3})\\s{0,3})?(?<day>${DAY_LEAD}(?:${NGAY})?(?<date>${DATE}))(?:\\s{0,3}\\([^()]{1,20}\\))?\\s{0,3}[:：]`,
    true,
  ),
);
const GAP_BLOCKERS = [...BY_CUES, ...BY_CUES_WITH_NGAY, 'số', 'từ', 'đến'] as const;

// vào các ngày 26/9, 03/10 và 10/10/2026 · trong các ngày 10, 11 và 12/11/2026 · nghỉ học ngày 27 và
// 28/10/2026 — an event on each day; a day without its month or year takes the next one's.
const DAY_ITEM = `\\d{1,2}(?:\\s{0,2}[/.-]\\s{0,2}\\d{1,2}(?:\\s{0,2}[/.-]\\s{0,2}(?:19|20)\\d{2})?)?(?![0-9])`;
const ITEM_SEP = `${DATE_LIST_SEP}(?:ngày${S})?`;
const ON_DAY_LIST = new Scan(
  () => `${WB}(?:(?:vào|trong)${S})?(?:các${S})?ngày${S}(?<list>${DAY_ITEM}(?:${ITEM_SEP}${DAY_ITEM}){1,6})`,
  'giud',
  [['ngày'], ['và', ',']],
);
const LIST_ITEM = new RegExp(DAY_ITEM, 'gu');
const BY_CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${alt([...BY_CUES, ...BY_CUES_WITH_NGAY])})\\s+$`, 'iu');
const EVERY_AFTER = /^\s{0,3},?\s{0,3}(?:của\s+)?(?:hằng|hàng|mỗi)\s/iu;

/** Each day of a listed run with its month and year, taken from the next day that writes them. */
function listedDays(list: string, at: number): Array<{ start: number; end: number; raw: string }> {
  const items = [...list.matchAll(LIST_ITEM)].map((m) => ({
    start: at + m.index,
    end: at + m.index + m[0].length,
    parts: m[0].split(/\s{0,2}[/.-]\s{0,2}/u),
  }));
  let month: string | undefined;
  let year: string | undefined;
  const out: Array<{ start: number; end: number; raw: string }> = [];
  for (const it of [...items].reverse()) {
    const [d, mo, y] = it.parts;
    month = mo ?? month;
    year = y ?? (mo ? undefined : year);
    if (!d || !month) return [];
    out.unshift({ start: it.start, end: it.end, raw: year ? `${d}/${month}/${year}` : `${d}/${month}` });
  }
  return out;
}

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
  for (const m of ON_DAY_LIST.all(c, lower)) {
    const end = m.index + m[0].length;
    if (BY_CUE_BEFORE.test(c.slice(Math.max(0, m.index - 24), m.index)) || EVERY_AFTER.test(c.slice(end, end + 12))) {
      continue;
    }
    if (narrativeBefore(c, m.index)) continue;
    const days = listedDays(m.groups?.list ?? '', m.indices?.groups?.list?.[0] ?? end);
    days.forEach((d, i) => {
      pushDate(env, i === 0 ? m.index : d.start, d.end, 'on-day-list', 'on', d.raw);
    });
  }
  const agenda = ON_AGENDA().exec(c);
  const day = agenda?.indices?.groups?.day;
  if (agenda && day) pushDate(env, day[0], day[1], 'on-agenda-date', 'on', agenda.groups?.date ?? '');
  // A cue inside a name (`Ban Tổ chức Tỉnh ủy họp ngày …`) is passed over: the event word after it counts.
  for (const m of ON_EVENT.all(c, lower, (x) => !insideName(c, x.index))) {
    const g = m.groups ?? {};
    if (containsWord(g.gap ?? '', GAP_BLOCKERS) || containsWord(g.gap ?? '', NARRATIVE_MARKERS)) continue;
    if (narrativeBefore(c, m.index)) continue;
    pushDate(env, m.index, m.index + m[0].length, 'on-event-date', 'on', g.date ?? '', g.time);
  }
}
