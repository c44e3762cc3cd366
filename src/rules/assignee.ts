// Assignee of a task paragraph: "Giao X …", "Đề nghị X …", a heading that names a unit, or a
// sentence whose subject is a unit ("Các cấp ủy cơ sở | phối hợp …"). Also chủ trì / phối hợp.
import { canonTones } from '../text/fold.js';
import { alternation, matchesAfterNonLetter, SPACE_CHARS, trimEndOf } from '../text/patterns.js';
import {
  ANSWERABLE_VERBS,
  ASSENT_VERBS,
  ASSESSMENT_VERBS,
  ASSIGN_OPENERS,
  ASSIGNMENT_VERBS,
  BARE_LEAD_LABELS,
  BARE_SUPPORT_LABELS,
  DIRECTING_VERBS,
  DUTY_VERBS,
  FINDING_VERBS,
  GIVING_VERBS,
  GROUNDS_VERBS,
  LEAD_LABEL_WORDS,
  NOT_ACTING_LABELS,
  NOT_UNIT_OPENINGS,
  POST_HEADS,
  REQUEST_WORDS,
  ROLE_LABEL_NOUNS,
  SENTENCE_VERBS,
  SUPPORT_LABEL_WORDS,
  TOPIC_OPENERS,
  UNIT_HEADS,
  UNIT_NOUNS_AFTER_CAC,
  UNIT_PHRASES_WITH_VERBS,
} from '../text/vocabulary.js';
import { unitNameEnd } from './unit-name.js';

export type AssigneeKind = 'explicit' | 'heading' | 'subject';

export interface AssigneeFinding {
  unit: string;
  kind: AssigneeKind;
  /** Offset of the unit in the paragraph text. */
  start: number;
  /** The paragraph introduces a list: "Giao X:" — the items below inherit X. */
  introducesList: boolean;
  /** The verb that ended the unit's name ("chủ trì", "phối hợp"…), if any. */
  verb: string | null;
}

const REGARDING = /^(?:Đối\s+với|(?:Nhiệm\s+vụ|Trách\s+nhiệm)\s+của)\s+/iu;
const REQUEST_VERBS: ReadonlySet<string> = new Set(REQUEST_WORDS.map(canonTones));
const ASSESSING: ReadonlySet<string> = new Set(ASSESSMENT_VERBS.map(canonTones));
const DUTIES: ReadonlySet<string> = new Set(DUTY_VERBS.map(canonTones));
const ANSWERABLE: ReadonlySet<string> = new Set(ANSWERABLE_VERBS.map(canonTones));
const FINDING_WORDS: ReadonlySet<string> = new Set(FINDING_VERBS.map(canonTones));
const OPENER = new RegExp(`^${alternation(ASSIGN_OPENERS)}\\s+`, 'u');
// Capitalised heads, or a plural "Các"/"các" followed by a unit noun.
const UNIT_START = new RegExp(
  `^(?:(?:${alternation(UNIT_HEADS)}|[Cc]ác\\s+${alternation(UNIT_NOUNS_AFTER_CAC)})(?![\\p{L}])|${alternation(POST_HEADS)}\\s+(?=\\p{Lu}))`,
  'u',
);
// After "Giao"/"Đề nghị" a unit may be written in lower case: "Giao phòng Nội vụ", "đề nghị các sở".
const UNIT_START_CI = new RegExp(
  `^(?:${alternation(UNIT_HEADS)}|(?:các\\s+)?${alternation(UNIT_NOUNS_AFTER_CAC)})(?![\\p{L}])`,
  'iu',
);
const PLURAL_UNIT = new RegExp(`^[Cc]ác\\s+${alternation(UNIT_NOUNS_AFTER_CAC)}(?![\\p{L}])`, 'iu');
const NOT_UNIT = new RegExp(`^${alternation(NOT_UNIT_OPENINGS)}(?![\\p{L}])`, 'iu');
// Both whole words: the letter before is checked by `matchesAfterNonLetter`.
// "Đảng ủy giao Ủy ban nhân dân phường:": `giao` before the unit it gives the task to is the verb
// (alone it is too often a noun's: "an toàn giao thông", "được giao").
// "Ban Thường vụ Đảng ủy phường An Phú chưa kiểm tra …": a finding's word ends the name too.
const VERB = new RegExp(
  `(?:${alternation([...ASSIGNMENT_VERBS, ...FINDING_VERBS])}|${alternation(GIVING_VERBS)}(?=\\s+(?:cho\\s+)?(?:\\p{Lu}|các\\s)))(?![\\p{L}])`,
  'gu',
);
const PROTECTED = new RegExp(`${alternation(UNIT_PHRASES_WITH_VERBS)}(?![\\p{L}])`, 'giu');
// A name ends at a sentence break or an opening parenthesis.
const NAME_END = /[.:(]\s|[.:(]$|:/u;
const MAX_UNIT = 260;
// "Giám đốc các Sở: Tư pháp, Tài chính; Chủ tịch UBND các xã chịu trách nhiệm …": a colon after
// `các` + a unit noun that lists the units by name, in a sentence that goes on to its verb.
const LISTING_COLON_BEFORE = new RegExp(`(?<![\\p{L}])các\\s+${alternation(UNIT_NOUNS_AFTER_CAC)}\\s*$`, 'iu');
const LISTING_COLON_AFTER = /^:\s*\p{Lu}[^.:]*$/u;

// "UBND các phường: Nha Trang, Cam Ranh và các xã ven biển" (a heading), "Các sở: Tài chính, Tư
// pháp: phối hợp …": names alone after the colon, up to the end or the colon of the item's label.
const NAMES_AFTER_COLON = /^:\s*(?<names>\p{Lu}[^.:;()]{0,150}?)\s*(?:[:.]\s*$|:|$)/u;
const NAME_PARTS = /\s*[,;]\s*|\s+và\s+/u;
const NAME_PART = /^\p{Lu}[\p{L}\p{N}]*(?:\s+(?:[-–]\s+)?[\p{L}\p{N}]+){0,6}$/u;
const SUMMING_UP = /^(?:các|những)\s+\p{L}/u;
// "UBND các xã: Tổ chức sơ tán dân", "Các sở: Xây dựng kế hoạch, báo cáo …": a task after the colon.
const TASK_OPENING = new RegExp(`^(?:${alternation([...SENTENCE_VERBS, ...ASSIGNMENT_VERBS])})(?![\\p{L}])`, 'iu');

/** `names` (what follows a listing colon) names two or more units, capitalised (a last "các …" may sum up the rest). */
function listsNames(names: string): boolean {
  const parts = names
    .trim()
    .split(NAME_PARTS)
    .filter((p) => p !== '');
  if (parts.length < 2) return false;
  return parts.every((p, i) => NAME_PART.test(p) || (i === parts.length - 1 && i > 1 && SUMMING_UP.test(p)));
}

/** The stop that ends a unit's name, past colons that list the units of a plural noun. */
function nameEnd(canon: string): RegExpExecArray | null {
  let from = 0;
  for (let k = 0; k < 4; k++) {
    const stop = NAME_END.exec(canon.slice(from));
    if (!stop) return null;
    const at = from + stop.index;
    if (canon[at] !== ':' || !LISTING_COLON_BEFORE.test(canon.slice(Math.max(0, at - 40), at))) {
      stop.index = at;
      return stop;
    }
    // A heading or label that only names them.
    const names = NAMES_AFTER_COLON.exec(canon.slice(at))?.groups?.names;
    if (names !== undefined && listsNames(names)) {
      from = at + 1;
      continue;
    }
    // … or a sentence that goes on to its verb.
    const end = canon.indexOf('.', at);
    const sentence = canon.slice(at, end < 0 ? canon.length : end);
    VERB.lastIndex = 0;
    const verb = LISTING_COLON_AFTER.test(sentence) ? VERB.exec(sentence) : null;
    if (!verb || TASK_OPENING.test(sentence.slice(1).trimStart())) {
      stop.index = at;
      return stop;
    }
    from = at + 1;
  }
  return null;
}

interface Scan {
  unit: string;
  verb: string | null;
  end: number;
  colon: boolean;
  /** The name ended at a lower-case word after it, not at a known verb or a stop. */
  cut: boolean;
}

/** Read a unit name from the start of `text` up to the first lower-case assignment verb. */
function scanUnit(text: string): Scan | null {
  const canon = canonTones(text);
  const protectedRanges: Array<[number, number]> = [];
  for (const m of matchesAfterNonLetter(PROTECTED, canon)) protectedRanges.push([m.index, m.index + m[0].length]);
  const stopAt = nameEnd(canon);
  const limit = Math.min(stopAt ? stopAt.index : canon.length, MAX_UNIT + 1);
  let verbAt = -1;
  let verb: string | null = null;
  for (const m of matchesAfterNonLetter(VERB, canon)) {
    if (m.index >= limit) break;
    if (m.index === 0) continue;
    if (protectedRanges.some(([a, b]) => m.index >= a && m.index < b)) continue;
    verbAt = m.index;
    verb = m[0];
    break;
  }
  const found = verbAt >= 0 ? verbAt : limit;
  // No known verb after a completed name ("… tỉnh | tăng thời lượng …"): the name ends there.
  // A heading that only names units ("Chủ tịch UBND các xã, phường ven biển:") is not cut.
  const heading = verbAt < 0 && stopAt !== null && canon[stopAt.index] === ':';
  const cut = heading ? null : unitNameEnd(canon, found);
  const end = cut ?? found;
  if (cut !== null) {
    verbAt = cut;
    verb = null;
  }
  if (end > MAX_UNIT) return null;
  // trimEndOf, not /[\s,;–-]+$/: that rescans a long run once per start (quadratic).
  const unit = trimEndOf(text.slice(0, end), `${SPACE_CHARS},;–-`).trim();
  if (unit.length < 3) return null;
  const colon = verbAt < 0 && stopAt !== null && canon[stopAt.index] === ':';
  return { unit, verb, end, colon, cut: cut !== null };
}

function startsWithUnit(text: string, afterOpener: boolean): boolean {
  const canon = canonTones(text);
  if (NOT_UNIT.test(canon)) return false;
  return UNIT_START.test(canon) || PLURAL_UNIT.test(canon) || (afterOpener && UNIT_START_CI.test(canon));
}

// "Trường hợp có thay đổi, Văn phòng Đảng ủy thông báo …", "Trong năm 2027, đề nghị Ban Thường vụ …":
// a clause before the unit (up to the first comma, without a verb of its own ending a name).
const PERSON_AFTER_COLON = /^\s*:\s*(?:Ông|Bà|Đồng\s+chí|Đ\/c|đ\/c)(?![\p{L}])/u;
const FRONTED = /^[^,;:.()]{3,80},\s+(?=\p{L})/u;

const VERB_AT_START = new RegExp(`^${alternation(ASSIGNMENT_VERBS)}(?![\\p{L}])`, 'iu');

// "Căn cứ dự toán được giao, Thủ trưởng các đơn vị:", "Thực hiện Công văn số …, Sở Y tế chủ trì …":
// these verbs open the clause that says on what grounds.
const GROUNDS_AT_START = new RegExp(`^${alternation(GROUNDS_VERBS)}(?![\\p{L}])`, 'iu');

/**
 * A lead-in that asks after the grounds for asking ("Thực hiện Kế hoạch số 31-KH/TU, Ban Thường vụ
 * yêu cầu các chi bộ … sau:"): like the document's own lead-in, it gives the list below no assignee.
 */
export function groundedLeadIn(text: string): boolean {
  return /:\s*$/u.test(text) && GROUNDS_AT_START.test(canonTones(text.trimStart()));
}

function opensWithVerb(text: string): boolean {
  const canon = canonTones(text.trimStart());
  return VERB_AT_START.test(canon) && !GROUNDS_AT_START.test(canon);
}

/** The assignee stated by a task's first paragraph (marker removed), if any. */
export function findAssignee(text: string): AssigneeFinding | null {
  const found = assigneeAtStart(text);
  if (found) return found;
  // Up to two fronted clauses: "Kết thúc mỗi cuộc kiểm tra, trong thời hạn 10 ngày, Tổ kiểm tra …".
  // "Kiện toàn Ban Chỉ đạo …, phân công thành viên …", "Phối hợp với Phòng Kinh tế, Thuế cơ sở 3
  // xử lý …": a clause that opens with a verb is the task itself, not a clause set before its unit.
  if (opensWithVerb(text)) return null;
  let at = 0;
  for (let k = 0; k < FRONTED_CLAUSES; k++) {
    const fronted = FRONTED.exec(text.slice(at));
    if (!fronted) return null;
    at += fronted[0].length;
    const rest = text.slice(at);
    // A unit as written, or a request opening in lower case after the comma ("…, đề nghị X …").
    const asked = assigneeAtStart(rest.charAt(0).toUpperCase() + rest.slice(1));
    const after = assigneeAtStart(rest) ?? (asked?.kind === 'explicit' ? asked : null);
    // A unit that does something, an explicit request, or units named before a list ("…, Thủ
    // trưởng các đơn vị:") — not a bare noun phrase.
    const sentence = after && (after.kind === 'explicit' || after.verb !== null || after.introducesList);
    if (after && sentence) return { ...after, start: after.start + at };
  }
  return null;
}
const FRONTED_CLAUSES = 2;

/** Whether the unit found leads what it names (`Sở Y tế chủ trì, phối hợp …`). */
export function leads(found: AssigneeFinding): boolean {
  return found.verb === 'chủ trì';
}

// Where a later sentence of a task's paragraph starts: after `.` or `;`, at a capital letter; or
// after `;` or `,` at a hand-out (`Thống nhất chủ trương …; giao Sở Nội vụ chủ trì …`).
const SENTENCE_START = /[.;]\s+(?=\p{Lu})/gu;
const GIVES_AFTER = new RegExp(`[;,]\\s+(?=${alternation(GIVING_VERBS)}\\s+(?:cho\\s+)?\\p{Lu})`, 'gu');

/**
 * The assignee of a task's paragraph (see `findAssignee`), or one a later sentence states: "a) Tổ
 * chức sơ kết … . Giao Ban Tổ chức chủ trì, phối hợp …" · "b) Rà soát …; Ủy ban Kiểm tra chủ trì
 * …". Only an explicit assignment or a unit that leads (`chủ trì`) counts there: a later sentence's
 * subject is as often what the task is about.
 */
// "(Ban Thường vụ) thống nhất giao Văn phòng …", "Về công tác giải phóng mặt bằng: giao Phòng Kinh tế
// chủ trì …": the assignment after an assent or a topic label.
const ASSENT_GIVES = new RegExp(
  `^(?:[^,.;:]{0,60}?\\s)?${alternation(ASSENT_VERBS)}\\s+(?=${alternation(GIVING_VERBS)}\\s)`,
  'iu',
);
const TOPIC_LABEL = new RegExp(`^${alternation(TOPIC_OPENERS)}\\s[^:.;]{1,160}:\\s*(?=\\S)`, 'u');
// "Chế độ thông tin, báo cáo: các cơ sở Đoàn cập nhật …": a short title before the sentence.
const TITLE_COLON = /^[^:.;()]{3,50}:\s*(?=\S)/u;
const NOT_ACTING = new RegExp(`^${alternation(NOT_ACTING_LABELS)}(?![\\p{L}])[^:.;]{0,40}:`, 'iu');

/** Where the assignment starts after an assent or a topic label, with its verb capitalised. */
function leadSkipped(text: string): { text: string; at: number; first: string } | null {
  const canon = canonTones(text);
  // (A title is no unit and has no verb of its own: "Sở Y tế: …", "Tổ chức thực hiện: …" are not titles.)
  const title = TITLE_COLON.exec(canon);
  const titled = title && !startsWithUnit(title[0], true) && !opensWithVerb(title[0]) ? title : null;
  const m = ASSENT_GIVES.exec(canon) ?? TOPIC_LABEL.exec(canon) ?? titled;
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return { text: (rest[0] ?? '').toUpperCase() + rest.slice(1), at: m[0].length, first: rest[0] ?? '' };
}

export function findTaskAssignee(text: string): AssigneeFinding | null {
  if (NOT_ACTING.test(canonTones(text))) return null;
  const skipped = leadSkipped(text);
  if (skipped) {
    const found = findTaskAssignee(skipped.text);
    // The unit as written: its first letter was capitalised only to be read.
    const unit = found?.start === 0 ? skipped.first + found.unit.slice(1) : found?.unit;
    if (found && unit) return { ...found, unit, start: found.start + skipped.at };
  }
  const first = findAssignee(text);
  // "Ban Thường vụ đánh giá cao …": the issuer's own view; "Ban Thường vụ yêu cầu các chi bộ …":
  // the units asked do the task, not the body asking.
  const verb = first?.kind === 'subject' && first.verb ? canonTones(first.verb) : null;
  if (first && verb && ASSESSING.has(verb)) return null;
  // "Ban Thường vụ Đảng ủy đã kịp thời ban hành …", "… chưa thường xuyên kiểm tra": a finding.
  if (first?.kind === 'subject' && wordAfter(text, first, FINDING_WORDS) !== null) return null;
  const asks = first ? requestVerb(text, first) : null;
  if (first && asks) return requested(text, first, asks);
  if (first) return first;
  const starts = [...text.matchAll(SENTENCE_START)].map((m) => m.index + m[0].length);
  if (GIVING_VERBS.some((v) => text.includes(v)))
    for (const m of canonTones(text).matchAll(GIVES_AFTER)) starts.push(m.index + m[0].length);
  starts.sort((a, b) => a - b);
  for (const at of starts) {
    const rest = text.slice(at);
    const found = assigneeAtStart((rest[0] ?? '').toUpperCase() + rest.slice(1));
    // "Điều 3. Quyết định này có hiệu lực … . Chánh Văn phòng …, Trưởng phòng … chịu trách nhiệm thi
    // hành Quyết định này": the units answerable for it.
    const answerable = found?.kind === 'subject' && found.verb !== null && ANSWERABLE.has(canonTones(found.verb));
    if (found && (found.kind === 'explicit' || leads(found) || answerable))
      return { ...found, start: found.start + at };
  }
  return null;
}

/**
 * A single sentence in which a unit asks others (`Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm
 * thực hiện.`): after the last task, the issuer's closing request.
 */
export function isRequestSentence(text: string): boolean {
  if (/[.;!?]\s+\p{Lu}/u.test(text)) return false;
  const first = findAssignee(text);
  const verb = first?.kind === 'subject' && first.verb ? canonTones(first.verb) : null;
  return verb !== null && REQUEST_VERBS.has(verb) && first?.start === 0;
}

/**
 * A unit that takes on the list below: one sentence, opening with the unit and its duty verb, that
 * ends in a colon ("Ủy ban Kiểm tra Thành ủy có trách nhiệm:").
 */
export function dutyListIntro(text: string): AssigneeFinding | null {
  if (!/:\s*$/u.test(text) || /[.;!?]\s+\p{Lu}/u.test(text)) return null;
  const found = assigneeAtStart(text);
  const verb = found?.kind === 'subject' && found.verb ? canonTones(found.verb) : null;
  return found && verb && DUTIES.has(verb) ? { ...found, introducesList: true } : null;
}

/**
 * The request a subject makes (`đề nghị`, `yêu cầu`, `giao`), read as its verb or as the word
 * where a completed name ended ("UBND tỉnh | giao Sở Tài chính chủ trì …").
 */
function requestVerb(text: string, found: AssigneeFinding): string | null {
  if (found.kind !== 'subject') return null;
  if (found.verb) {
    const verb = canonTones(found.verb);
    return REQUEST_VERBS.has(verb) ? verb : null;
  }
  return wordAfter(text, found, REQUEST_VERBS);
}

/** The word of `words` that the text goes on with after the unit's name, or null. */
function wordAfter(text: string, found: AssigneeFinding, words: ReadonlySet<string>): string | null {
  const after = canonTones(text.slice(found.start + found.unit.length)).trimStart();
  for (const word of words) if (after.startsWith(`${word} `)) return word;
  return null;
}

/** The units a subject's request names (`X yêu cầu các chi bộ …` → `các chi bộ`), or null. */
function requested(text: string, subject: AssigneeFinding, verb: string): AssigneeFinding | null {
  const at = canonTones(text).indexOf(verb, subject.start + subject.unit.length);
  if (at < 0) return null;
  const asked = text.slice(at);
  const request = assigneeAtStart(asked.charAt(0).toUpperCase() + asked.slice(1));
  return request?.kind === 'explicit' ? { ...request, start: request.start + at } : null;
}

function assigneeAtStart(text: string): AssigneeFinding | null {
  const canon = canonTones(text);
  const opener = OPENER.exec(canon);
  if (opener) {
    let rest = text.slice(opener[0].length);
    let start = opener[0].length;
    // "Giao cho X", "Đề nghị các đồng chí X".
    const cho = /^cho\s+/u.exec(rest);
    if (cho) {
      rest = rest.slice(cho[0].length);
      start += cho[0].length;
    }
    if (!startsWithUnit(rest, true)) return null;
    const scan = scanUnit(rest);
    if (!scan) return null;
    return { unit: scan.unit, kind: 'explicit', start, introducesList: scan.colon, verb: scan.verb };
  }
  // "1. Đối với các chi bộ, đảng bộ trực thuộc", "Điều 2. Nhiệm vụ của Tổ công tác" head the tasks
  // of those units.
  const regarding = REGARDING.exec(canon);
  if (regarding) {
    const rest = text.slice(regarding[0].length);
    const scan = startsWithUnit(rest, true) ? scanUnit(rest) : null;
    if (!scan) return null;
    const kind = scan.verb === null && !scan.cut ? 'heading' : 'subject';
    return { unit: scan.unit, kind, start: regarding[0].length, introducesList: scan.colon, verb: scan.verb };
  }
  if (!startsWithUnit(text, false)) return null;
  const scan = scanUnit(text);
  if (!scan) return null;
  // "1. Trưởng ban: Ông Đầu Thanh Tùng, Chủ tịch UBND tỉnh": a member named to a post, no assignment.
  if (scan.colon && PERSON_AFTER_COLON.test(text.slice(scan.end))) return null;
  if (scan.verb === null && !scan.cut) {
    // No verb: a heading naming the unit ("2. Ban Xây dựng Đảng Đảng ủy"), if it is short.
    // "Công an tỉnh: chủ trì, phối hợp …" names it before a colon, however long the rest.
    if (!scan.colon && (text.length > 200 || /\.\s+\p{Lu}/u.test(text))) return null;
    return { unit: scan.unit, kind: 'heading', start: 0, introducesList: scan.colon, verb: null };
  }
  return { unit: scan.unit, kind: 'subject', start: 0, introducesList: false, verb: scan.verb };
}

// The last sentence of a paragraph: "… người lao động. BHXH khu vực XXIX đề nghị các đơn vị:".
const LAST_SENTENCE = /(?:^|[.!?]\s+)(?<last>[^.!?]+)$/u;

/**
 * The units a lead-in asks to carry out the list below: "Giao X:", "Đề nghị X thực hiện … sau:", or
 * a sentence of its own whose subject asks them ("UBND xã đề nghị các đồng chí Trưởng thôn thực
 * hiện một số nội dung sau:"). A request made mid-sentence, after what prompted it ("Thực hiện
 * Kết luận số …, Ban Thường vụ đề nghị …"), is not read as one.
 */
export function listIntroAssignee(text: string): string | null {
  if (!/:\s*$/u.test(text)) return null;
  const own = assigneeAtStart(text);
  if (own?.kind === 'explicit') return own.unit;
  const duty = dutyListIntro(text);
  if (duty) return duty.unit;
  const last = LAST_SENTENCE.exec(text)?.groups?.last ?? text;
  const subject = assigneeAtStart(last);
  const asks = subject ? requestVerb(last, subject) : null;
  if (!subject || !asks) return null;
  return requested(last, subject, asks)?.unit ?? null;
}

// "phối hợp với các cơ quan liên quan theo dõi …" → support "các cơ quan liên quan".
const SUPPORT = /[Pp]hối\s+hợp\s+(?:chặt\s+chẽ\s+)?(?<with>với\s+|cùng\s+)?/gu;
// Labelled form: "Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: …" · "Cơ quan chuẩn bị: …".
const LABEL_NOUN = alternation(ROLE_LABEL_NOUNS);
// (Without its noun the label opens a clause: "Chủ trì: Sở Nội vụ. Phối hợp: các sở, ngành.")
const CLAUSE_OPENS = '(?<=(?:^|[.;]|^\\s*[-+•])\\s*)';
const LEAD_LABEL = new RegExp(
  `(?:${LABEL_NOUN}\\s+${alternation(LEAD_LABEL_WORDS)}|${CLAUSE_OPENS}${alternation(BARE_LEAD_LABELS)})\\s*:\\s*(?<unit>[^;.\\n]+)`,
  'iu',
);
const SUPPORT_LABEL = new RegExp(
  `(?:${LABEL_NOUN}\\s+${alternation(SUPPORT_LABEL_WORDS)}|${CLAUSE_OPENS}${alternation(BARE_SUPPORT_LABELS)})\\s*:\\s*(?<unit>[^;.\\n]+)`,
  'iu',
);

// "Chỉ đạo Công an tỉnh chủ trì, phối hợp với …": the unit directed to lead leads the item.
const DIRECTS = new RegExp(`(?:^|[^\\p{L}])${alternation(DIRECTING_VERBS)}\\s+(?=\\p{Lu})`, 'giu');

// "Chi cục Thủy sản, Biển và Hải đảo: chủ trì tổ chức …": the unit before the colon leads.
const LEADS_AFTER_COLON = new RegExp(`^[^:]{3,160}:\\s*(?:${alternation(BARE_LEAD_LABELS)})(?![\\p{L}])`, 'iu');

function directedLead(text: string, canon: string): string | null {
  if (LEADS_AFTER_COLON.test(canon) && startsWithUnit(text, false)) {
    const scan = scanUnit(text);
    if (scan?.colon) return scan.unit;
  }
  for (const m of canon.matchAll(DIRECTS)) {
    const rest = text.slice(m.index + m[0].length);
    if (!startsWithUnit(rest, true)) continue;
    const scan = scanUnit(rest);
    if (scan?.verb === 'chủ trì') return scan.unit;
  }
  return null;
}

export interface Roles {
  lead: string | null;
  /** Offset of a labelled lead (`Cơ quan chủ trì: X`) in the text; null when there is none. */
  leadAt: number | null;
  support: string | null;
}

export function findRoles(text: string): Roles {
  const canon = canonTones(text);
  // Both labels end in a colon; the running form needs `hợp`.
  const colon = canon.includes(':');
  const leadLabel = colon ? LEAD_LABEL.exec(canon) : null;
  const supportLabel = colon ? SUPPORT_LABEL.exec(canon) : null;
  let support: string | null = supportLabel?.groups?.unit
    ? text
        .slice(
          supportLabel.index + supportLabel[0].length - supportLabel.groups.unit.length,
          supportLabel.index + supportLabel[0].length,
        )
        .trim()
    : null;
  if (!support && canon.includes('hợp')) {
    for (const m of matchesAfterNonLetter(SUPPORT, canon)) {
      const rest = text.slice(m.index + m[0].length);
      if (!startsWithUnit(rest, m.groups?.with !== undefined)) continue;
      const scan = scanUnit(rest);
      if (scan) {
        support = scan.unit;
        break;
      }
    }
  }
  const unitAt = leadLabel?.groups?.unit ? leadLabel.index + leadLabel[0].length - leadLabel.groups.unit.length : -1;
  const labelled = unitAt >= 0 && leadLabel ? text.slice(unitAt, leadLabel.index + leadLabel[0].length).trim() : null;
  // "Cơ quan chuẩn bị: Văn phòng chủ trì, phối hợp với …": the name ends at its verb.
  const lead = labelled && startsWithUnit(labelled, true) ? (scanUnit(labelled)?.unit ?? labelled) : labelled;
  const leadAt = lead === null ? null : unitAt + (text.slice(unitAt).length - text.slice(unitAt).trimStart().length);
  return { lead: lead ?? directedLead(text, canon), leadAt, support };
}
