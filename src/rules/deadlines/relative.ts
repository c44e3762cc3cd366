// Relative deadlines: a counted period from an anchor (`trong vòng 15 ngày kể từ ngày ký` — dated
// from the document date when the anchor is the signing, counted per the civil code), and triggers
// (`sau khi sơ kết …`, `ngay khi có yêu cầu`) that have no date.

import {
  addDaysIso,
  addMonthsIso,
  addWorkingDaysIso,
  nextWorkingDayIso,
  parseIso,
  parseNumericDate,
} from '../../text/dates.js';
import {
  BARE_COUNT_CUES,
  BEFORE_EVENT_CUES,
  COUNT_CUES,
  COUNT_UNITS,
  DISSOLVING_VERBS,
  EFFECT_WORDS,
  EVENT_START_WORDS,
  FROM_WORDS,
  LEAD_VERBS,
  NARRATIVE_MARKERS,
  PERIOD_LABELS,
  RELATIVE_TRIGGERS,
  SIGNING_ANCHORS,
  SIGNING_PASSIVE_VERBS,
  THIS_DOCUMENT_NOUNS,
  UNDATED_EVENTS,
} from '../../text/deadline-vocabulary.js';
import { canonTones } from '../../text/fold.js';
import { clauseStart, type Env, groupStart } from './context.js';
import { mayHoldDate } from './dates-in-text.js';
import { alt, containsWord, lazy, lowerKey, rx1, S, Scan, WB, WE } from './fragments.js';

// trong vòng 15 ngày kể từ ngày ký · trong 03 ngày làm việc kể từ ngày nhận được văn bản · sau 01 tháng kể từ …
// · Thời hạn hoàn thành: 15 ngày kể từ ngày ký · Thời gian hoạt động của Tổ công tác: 03 tháng, kể từ …
// (a time label and its colon stand for the cue; up to a few words name what is timed)
const COUNT_FROM = new Scan(
  () =>
    `${WB}(?:${alt(COUNT_CUES)}|${alt(PERIOD_LABELS)}(?:\\s[^:.;\\d]{1,40}?)?\\s{0,3}:)${S}(?<n>\\d{1,3})${S}(?<unit>${alt(Object.keys(COUNT_UNITS))})${WE}\\s{0,3},?\\s{0,3}${alt(FROM_WORDS)}${S}(?<anchor>[^.;,()!?]{1,80})`,
  'giud',
  [['từ', 'khi', 'sau']],
);
const COUNT_CUE_AT = lazy(() => rx1(`^${alt(COUNT_CUES)}${WE}`));
// Kết thúc kiểm tra, trong thời hạn 10 ngày, … · báo cáo chậm nhất 02 ngày làm việc. — a count whose
// anchor the clause leaves to the reader
const BARE_COUNT = new Scan(
  () =>
    `${WB}${alt(BARE_COUNT_CUES)}${S}(?<n>\\d{1,3})${S}(?:${alt(Object.keys(COUNT_UNITS))})${WE}(?=\\s{0,3}(?:[.;,)]|$))`,
  'giu',
  [['trong', 'chậm', 'không']],
);
// ngày 01/7/2026 · 01-7-2026 · Hội nghị ngày 20/01/2027 (an event dated in the same words)
const DATED_ANCHOR =
  /^(?:[^\d.;,()!?]{1,50}?\s)?(?:ngày\s{1,3})?(?<date>\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}\d{4})(?!\d)/iu;
// ngày ký · ngày ban hành Kế hoạch này · ký ban hành văn bản · ngày ban hành Kế hoạch (the noun
// alone ends the anchor: `… Quyết định số 12/QĐ-UBND` goes on, and is another document)
// … ngày ký văn bản này · ngày Kế hoạch được ban hành · ngày Quyết định này được ký
const DOCUMENT_NOUNS = THIS_DOCUMENT_NOUNS.map((n) => n.replace(/\s+này$/u, ''));
const SIGNING = lazy(() =>
  rx1(
    `^(?:(?:${alt(SIGNING_ANCHORS)})${WE}(?:${S}${alt([...THIS_DOCUMENT_NOUNS, ...DOCUMENT_NOUNS])}${WE})?(?:${S}này${WE})?|ngày${S}(?:${alt(DOCUMENT_NOUNS)})${WE}(?:${S}này)?${S}được${S}(?:${alt(SIGNING_PASSIVE_VERBS)})${WE})`,
  ),
);
// ngày Quyết định này có hiệu lực (thi hành): the signing, when the document says it takes effect then
const TAKING_EFFECT = lazy(() =>
  rx1(`^ngày${S}(?:${alt(DOCUMENT_NOUNS)})${WE}(?:${S}này)?${S}${alt(EFFECT_WORDS)}${WE}`),
);
const EFFECTIVE_ON_SIGNING = lazy(() =>
  rx1(`${alt(EFFECT_WORDS)}${WE}(?:${S}(?:kể${S})?từ)?${S}(?:${alt(SIGNING_ANCHORS)})${WE}`),
);

/** Whether a paragraph says the document takes effect on signing (`… có hiệu lực kể từ ngày ký`). */
export function takesEffectOnSigning(text: string): boolean {
  return text.includes('hiệu lực') && EFFECTIVE_ON_SIGNING().test(canonTones(text));
}

// sau khi sơ kết mô hình … · ngay sau khi có kết quả · ngay khi có yêu cầu (not a bare `khi có …`)
const TRIGGER = new Scan(
  () => `${WB}${alt(RELATIVE_TRIGGERS)}${WE}(?!\\s+thể${WE})(?<rest>[^.;,()!?:]{1,200})`,
  'giud',
  [['khi']],
);
// chậm nhất 10 ngày trước ngày khai mạc Đại hội · trước 05 ngày làm việc trước ngày tổ chức Hội nghị:
// counted back from an event this text does not date here (no date; the event kept in the text)
const BEFORE_EVENT = new Scan(
  () =>
    `${WB}(?:${alt(BEFORE_EVENT_CUES)})${S}(?<n>\\d{1,3})${S}(?:${alt(Object.keys(COUNT_UNITS))})${WE}${S}trước${S}(?:ngày${S})?(?<event>[^.;,()!?\\d]{1,80})`,
  'giud',
  [['trước']],
);
// hoàn thành trước 3 ngày tổ chức Hội nghị · trước 05 ngày khai mạc Đại hội (the event's verb opens it)
const BEFORE_EVENT_VERB = new Scan(
  () =>
    `${WB}trước${S}(?<n>\\d{1,3})${S}(?:${alt(Object.keys(COUNT_UNITS))})${WE}${S}(?:(?:khi|ngày)${S})?(?<event>${alt(EVENT_START_WORDS)}${WE}[^.;,()!?\\d]{1,80})`,
  'giud',
  [['trước'], EVENT_START_WORDS],
);
// trước Tết Nguyên đán Mậu Thân 2028 · hoàn thành trước mùa mưa bão: due before an event no solar day dates
const BEFORE_UNDATED = new Scan(
  () =>
    `${WB}(?:chậm nhất${S})?trước${S}(?<event>${alt(UNDATED_EVENTS)}${WE}(?:${S}\\p{Lu}\\p{Ll}+){0,2}(?:${S}(?:19|20)\\d{2}(?![0-9]))?)`,
  'giud',
  [['trước'], ['tết', 'mùa']],
);
const LEAD_VERB_PREFIX = lazy(() =>
  rx1(`^\\s*(?:[-+]\\s*)?(?<verb>${alt(LEAD_VERBS)})${WE}(?:\\s+\\p{L}+){0,3}\\s*$`, true),
);

/**
 * A relative deadline up to the end of the event's words. With `dateYields`, none when the clause
 * goes on to a date: "hoàn thành trước mùa lũ, chậm nhất ngày 30/6/2027" is due on that date.
 */
function pushBeforeEvent(env: Env, m: RegExpExecArray, dateYields: boolean): void {
  const event = m.groups?.event ?? '';
  const end = groupStart(m, 'event') + event.trimEnd().length;
  if (dateYields) {
    const rest = env.c.slice(end, end + 60);
    const stop = rest.search(/[.;!?]/u);
    if (mayHoldDate(stop < 0 ? rest : rest.slice(0, stop))) return;
  }
  env.out.push({
    start: m.index,
    end,
    rule: 'relative-before-event',
    label: true,
    finding: { kind: 'relative', date: null },
  });
}

export function countFromRules(env: Env): void {
  const { c, ctx, lower } = env;
  // A counted period has a number.
  if (!env.digit) return;
  for (const m of COUNT_FROM.all(c, lower)) {
    const g = m.groups ?? {};
    const anchor = g.anchor ?? '';
    const anchorStart = groupStart(m, 'anchor');
    // Only an anchor that is just the signing (`kể từ ngày ký.`); `ngày ký kết hợp đồng` is another event.
    const sm = SIGNING().exec(anchor) ?? (ctx.effectiveOnSigning ? TAKING_EFFECT().exec(anchor) : null);
    const signing = sm && anchor.slice(sm[0].length).trim() === '' ? sm : null;
    // An anchor written as a date is known too: `kể từ ngày 01/7/2026`.
    const dm = DATED_ANCHOR.exec(anchor);
    const anchorDate = dm?.groups?.date ? parseNumericDate(dm.groups.date) : null;
    // After a bare time label only the signing anchors a period: `Thời gian: 03 ngày, từ ngày 10/7/2027`
    // is how long an event lasts from its first day.
    if (!signing && !COUNT_CUE_AT().test(m[0])) continue;
    const known = signing ?? (anchorDate ? dm : null);
    const end = known ? anchorStart + known[0].length : anchorStart + anchor.trimEnd().length;
    const unit = COUNT_UNITS[lowerKey(g.unit ?? '')];
    const n = Number(g.n);
    const base = anchorDate ?? (signing && ctx.docDate && parseIso(ctx.docDate) ? ctx.docDate : null);
    let date: string | null = null;
    // Hours from the signing fall on its day or the next: no date is worth writing.
    if (base && unit && unit !== 'hour') {
      // Civil code: the period starts the day after the anchor; a weekend/holiday end moves on.
      if (unit === 'workday') date = addWorkingDaysIso(base, n);
      else {
        const raw = unit === 'month' ? addMonthsIso(base, n) : addDaysIso(base, unit === 'week' ? 7 * n : n);
        date = raw && nextWorkingDayIso(raw);
      }
    }
    env.out.push({
      start: m.index,
      end,
      rule: date ? (anchorDate ? 'by-count-from-date' : 'by-count-from-signing') : 'relative-count',
      label: Boolean(date),
      finding: { kind: date ? 'by' : 'relative', date },
    });
  }
}

export function triggerRules(env: Env): void {
  const { c, lower } = env;
  if (env.digit) {
    for (const m of BARE_COUNT.all(c, lower)) {
      env.out.push({
        start: m.index,
        end: m.index + m[0].length,
        rule: 'relative-count-bare',
        label: true,
        finding: { kind: 'relative', date: null },
      });
    }
    for (const m of BEFORE_EVENT.all(c, lower)) pushBeforeEvent(env, m, false);
  }
  for (const m of [...BEFORE_EVENT_VERB.all(c, lower), ...BEFORE_UNDATED.all(c, lower)]) pushBeforeEvent(env, m, true);
  for (const m of TRIGGER.all(c, lower)) {
    const rest = m.groups?.rest ?? '';
    const end = groupStart(m, 'rest') + rest.trimEnd().length;
    let start = m.index;
    // Start at a lead verb that opens the clause: `Thực hiện sau khi sơ kết …`.
    const cs = Math.max(clauseStart(c, m.index, 80), c.lastIndexOf(',', m.index) + 1);
    if (cs >= 0) {
      const prefix = c.slice(cs, m.index);
      // "Tổ công tác tự giải thể sau khi hoàn thành nhiệm vụ": when the body ends, not a deadline.
      if (containsWord(prefix, DISSOLVING_VERBS)) continue;
      const lead = LEAD_VERB_PREFIX().exec(prefix);
      if (lead) start = cs + groupStart(lead, 'verb');
      // `Sau khi thảo luận, Ban Chấp hành … kết luận như sau:` is narrative, not a task trigger.
      if (/^\s*(?:[-+]\s*)?$/.test(prefix) && c[end] === ',') {
        const sentenceEnd = c.slice(end).search(/[.:;!?]/);
        const sentence = sentenceEnd < 0 ? c.slice(end) : c.slice(end, end + sentenceEnd + 1);
        if (sentence.endsWith(':') || containsWord(sentence, NARRATIVE_MARKERS)) continue;
      }
    }
    env.out.push({ start, end, rule: 'relative-trigger', label: true, finding: { kind: 'relative', date: null } });
  }
}
