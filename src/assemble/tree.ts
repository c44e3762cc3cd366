// Build the task tree from marker paragraphs and give every body paragraph its owning task.
import {
  dutyListIntro,
  findAssignee,
  findRoles,
  findTaskAssignee,
  groundedLeadIn,
  isRequestSentence,
  leads,
  listIntroAssignee,
  type Roles,
} from '../rules/assignee.js';
import { rowTask, tableHeaders } from '../rules/table-row.js';
import type { Block } from '../text/blocks.js';
import { locate } from '../text/blocks.js';
import { canonTones } from '../text/fold.js';
import { isAllCaps } from '../text/labels.js';
import { type Marker, parseMarker } from '../text/markers.js';
import { alternation } from '../text/patterns.js';
import {
  BARE_LEAD_LABELS,
  BARE_SUPPORT_LABELS,
  CLOSING_OPENERS,
  DESCRIBING_HEADINGS,
  DOC_TYPE_NAMES,
  GIVING_VERBS,
  ITEM_ATTRIBUTE_LABELS,
  LEAD_LABEL_WORDS,
  NOT_ACTING_LABELS,
  REQUEST_WORDS,
  ROLE_LABEL_NOUNS,
  SUPPORT_LABEL_WORDS,
} from '../text/vocabulary.js';
import type { Source, Task } from '../types.js';

export interface TreeResult {
  tasks: Task[];
  /** For each input block, the task that contains it (null: document level). */
  owner: Array<Task | null>;
  /** Index of the first block that is a task (blocks before it are the preamble). */
  firstTask: number;
  sources: Source[];
}

interface Open {
  task: Task;
  marker: Marker;
  /** Assignee stated on this task or inherited from an ancestor. */
  effective: string | null;
  /** A "Giao X:" introduction that items below inherit. */
  listAssignee: string | null;
  /** The task's own text is only a heading: its first paragraph states the roles. */
  rolesPending: boolean;
  /** Its assignee is the list's ("Giao X:" above), not one it states. */
  fromList: boolean;
  /** It lists whom something is done to ("… giám sát chuyên đề đối với:"): units below are targets. */
  listsTargets: boolean;
  /** An item of an inline list ("…: (1) …; (2) …"). */
  inline: boolean;
}

// "(3) đẩy nhanh giải ngân vốn. Cụ thể:" — a new sentence that opens a list: the list is the parent's.
const OPENS_OWN_LIST = /:\s*$/u;
const LATER_SENTENCE_OPENS_LIST = /[.;]\s+[^.;]*:\s*$/u;

/** Close the inline items on top of the stack before an item on a line of its own, unless the last one opens a list. */
function closeInlineItems(stack: Open[]): void {
  while (stack.length) {
    const top = stack[stack.length - 1] as Open;
    const text = top.task.text;
    if (!top.inline || (OPENS_OWN_LIST.test(text) && !LATER_SENTENCE_OPENS_LIST.test(text))) return;
    stack.pop();
  }
}

interface Undo {
  open: Open;
  assignee: string | null;
  effective: string | null;
  lead: string | null;
  support: string | null;
  /** How many sources there were before the paragraph's. */
  sources: number;
}

// "Ban Thường vụ Tỉnh ủy giám sát chuyên đề đối với:" ⏎ "+ Ban cán sự đảng UBND tỉnh; thời gian …";
// "1. Thành phần mời:" ⏎ "- Chủ tịch, các Phó Chủ tịch UBND phường;" (those invited, not tasked).
const TARGETS_LIST = new RegExp(
  `(?:(?<![\\p{L}])đối\\s+với|^${alternation(NOT_ACTING_LABELS)}(?![\\p{L}])[^:.;]{0,30})\\s*:\\s*$`,
  'iu',
);

// "Chủ trì, phối hợp với …" at the start: the task's assignee leads.
const LEADS = /^Chủ\s+trì(?![\p{L}])/u;

function leadOf(
  text: string,
  roles: ReturnType<typeof findRoles>,
  verb: string | null,
  who: string | null,
): string | null {
  if (roles.lead) return roles.lead;
  return verb === 'chủ trì' || LEADS.test(text) ? who : null;
}

// Party căn cứ lines ("- Căn cứ Điều lệ Đảng;") are bullets of the preamble, not tasks.
const NOT_A_TASK = /^(?:Căn\s+cứ|Xét\s+đề\s+nghị|Theo\s+đề\s+nghị)/u;
// "- Căn cứ Kế hoạch này, xây dựng kế hoạch … gửi về Sở chậm nhất ngày 10/4/2027.": a whole sentence
// that goes on after its ground is a task, among the tasks or under a number.
const GROUND_THEN_TASK = /^[^;:]*,\s*\p{L}[^;:]*\.$/u;
// "- Thực hiện Công văn số 876-CV/TU, …," among them, before the first task: the preamble's too.
const IMPLEMENTS_CITED = new RegExp(`^Thực\\s+hiện\\s+${alternation(DOC_TYPE_NAMES)}\\s+số`, 'u');
const REQUESTS: ReadonlySet<string> = new Set(REQUEST_WORDS);
const CLOSING = new RegExp(`^\\(?${alternation(CLOSING_OPENERS)}(?![\\p{L}])`, 'iu');
// "Giao X:" / "Đề nghị X thực hiện các nội dung sau:" in the preamble assigns the list below.
// The state closing mark "./." ends the last paragraph of the body.
const CLOSING_MARK = /\.\/\.\s*$/u;
// "Giao Chi cục X chủ trì … theo dõi, kiểm tra …" after the list: the issuer hands out the follow-up.
const GIVES = new RegExp(`^${alternation(GIVING_VERBS)}\\s+(?:cho\\s+)?(?:\\p{Lu}|các\\s)`, 'iu');
// "Đề nghị:", "Giao Văn phòng Đảng ủy:" standing alone: a request that opens a list of its own.
const REQUEST_LABEL = new RegExp(`^\\**${alternation(REQUEST_WORDS)}(?![\\p{L}])[^:.;]{0,60}:\\**$`, 'iu');
const REQUEST_LABEL_MAX = 80;
// The list above it is of whole sentences ("4. Định kỳ hằng quý báo cáo … về Sở."), not headings.
const SENTENCE_END = /[.;]$/u;

// A heading that announces its paragraph: "3. Về nguồn vốn:", "Điều 2. Trách nhiệm của Văn phòng".
// Not a caps section title ("I- ĐÁNH GIÁ CHUNG", whose paragraphs are findings), nor a bare topic
// line ("2. Giữ gìn đoàn kết …"), which a PDF copy may run into the sentence below.
const TITLE_SHORT = 80;
const SHORT_TITLE = 40;
const DESCRIBES = new RegExp(`^${alternation(DESCRIBING_HEADINGS)}(?![\\p{L}])`, 'iu');
function isTopicHeading(open: Open): boolean {
  const text = open.task.text;
  if (text === '' || isAllCaps(text)) return false;
  if (/:$/u.test(text)) return true;
  // "4. Chế độ báo cáo" ⏎ "Các sở, ngành báo cáo …": a short title, not a sentence ("2. Yêu cầu" describes).
  if (text.length <= SHORT_TITLE && !/[.;,]$/u.test(text) && !DESCRIBES.test(canonTones(text))) return true;
  // An article's paragraphs are its own ("Điều 3. Quyết định này có hiệu lực kể từ ngày ký." ⏎
  // "Chánh Văn phòng … chịu trách nhiệm thi hành …"): a title, or a sentence a full stop closes.
  return DIVISIONS.has(open.marker.type) && (text.length <= TITLE_SHORT || /[.;]$/u.test(text));
}

const PLURAL_OPENING = /^các\s/iu;
const ATTRIBUTE_LABEL = new RegExp(
  `^\\**(?:${alternation(ROLE_LABEL_NOUNS)}\\s+${alternation([...LEAD_LABEL_WORDS, ...SUPPORT_LABEL_WORDS])}|${alternation([...ITEM_ATTRIBUTE_LABELS, ...BARE_LEAD_LABELS, ...BARE_SUPPORT_LABELS])})\\**\\s*:`,
  'iu',
);
const BULLETS = new Set(['dash', 'plus', 'dot']);
const isBulletOpen = (open: Open | undefined) => open !== undefined && BULLETS.has(open.marker.type);
// Markers under which an item's particulars are listed ("- Cơ quan chủ trì: …", "a) Thời gian: …").
const ATTRIBUTE_MARKERS = new Set([...BULLETS, 'letter']);

// A title line under a bare marker: short, not a sentence.
const TITLE_MAX = 120;
const DIVISIONS = new Set(['part', 'chapter', 'section', 'article']);

function isTitleOf(marker: Marker, text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > TITLE_MAX) return false;
  return isAllCaps(t) || (DIVISIONS.has(marker.type) && !/[.;:]$/u.test(t));
}

/** A labelled lead (`Cơ quan chủ trì: X`) as the open item's assignee, traced to the label. */
function takeLabelledLead(open: Open, roles: Roles, block: Block, rule: string, sources: Source[]): void {
  if (roles.lead === null || roles.leadAt === null) return;
  open.task.assignee = roles.lead;
  open.effective = roles.lead;
  const at = locate(block, roles.leadAt);
  sources.push({ line: at.line, column: at.column, text: roles.lead, rule });
}

// The inner outline levels, whose order a writer may invert: "b) Sở Tài chính" ⏎ "(1) Bố trí vốn …",
// "- Sở Tư pháp:" ⏎ "a) …". Numbered levels above them keep their order.
const INNER_LEVELS = new Set(['paren', 'letter', 'dash', 'plus', 'dot']);
const FIRST_KEYS = new Set(['(1)', 'a', '-', '+', '•']);

/** A list's first item of a level not open yet, right under an item of a later level: it nests there. */
function nestsInverted(stack: readonly Open[], marker: Marker): boolean {
  const top = stack[stack.length - 1];
  return (
    top !== undefined &&
    top.marker.rank > marker.rank &&
    INNER_LEVELS.has(marker.type) &&
    INNER_LEVELS.has(top.marker.type) &&
    FIRST_KEYS.has(marker.key) &&
    !stack.some((o) => o.marker.type === marker.type)
  );
}

function popTo(stack: Open[], marker: Marker): void {
  const same = stack.findIndex((o) => o.marker.type === marker.type && o.marker.rank === marker.rank);
  if (same >= 0) {
    stack.length = same;
    return;
  }
  if (nestsInverted(stack, marker)) return;
  while (stack.length && (stack[stack.length - 1] as Open).marker.rank >= marker.rank) stack.pop();
}

export function buildTree(blocks: readonly Block[], prefix: string[] = []): TreeResult {
  const roots: Task[] = [];
  const owner: Array<Task | null> = [];
  const sources: Source[] = [];
  const stack: Open[] = [];
  let firstTask = -1;
  let docListAssignee: string | null = null;
  // The document's list assignee before a request label took over (see REQUEST_LABEL).
  let beforeLabel: string | null | undefined;
  const bulletCounts = new Map<Task[] | Task, Map<string, number>>();
  // What a paragraph's roles replaced on its item: undone when the paragraph proves to be the
  // document's closing ("… b) Tập huấn …" ⏎ "Đề nghị Thủ trưởng các cơ quan nghiêm túc thực hiện./.").
  const undo = new Map<number, Undo>();
  const markers = new Map<Task, Marker>();

  const headers = tableHeaders(blocks);

  // A table's rows nest under the item that introduced it ("1. Lịch kiểm tra:" ⏎ | 1 | … |), not
  // beside it: the shift in rank is fixed at the table's first row.
  let rowShift: number | null = null;

  // Tasks read from table rows: a paragraph after the table belongs to the item above the table.
  const rowTasks = new Set<Task>();

  blocks.forEach((block, index) => {
    const row = block.cells ? rowTask(block.cells, headers[index] ?? null) : null;
    if (!block.cells) rowShift = null;
    if (!block.cells && blocks[index - 1]?.cells) {
      while (stack.length && rowTasks.has((stack[stack.length - 1] as Open).task)) stack.pop();
    }
    const top = stack[stack.length - 1];
    if (row && rowShift === null)
      rowShift = top && top.marker.rank >= row.marker.rank ? top.marker.rank + 1 - row.marker.rank : 0;
    const rowMarker = row ? { ...row.marker, rank: row.marker.rank + (rowShift ?? 0) } : null;
    const marker = rowMarker ?? (block.cells ? null : parseMarker(block.text));
    // "Điều 2. Căn cứ dự toán được giao, Thủ trưởng các đơn vị:" is an article, not a căn cứ line.
    const isTask =
      marker !== null &&
      (row !== null ||
        DIVISIONS.has(marker.type) ||
        !(
          (NOT_A_TASK.test(canonTones(block.text.slice(marker.length).trimStart())) &&
            !(
              (firstTask >= 0 || !BULLETS.has(marker.type)) &&
              GROUND_THEN_TASK.test(block.text.slice(marker.length).trim())
            )) ||
          (firstTask < 0 &&
            BULLETS.has(marker.type) &&
            IMPLEMENTS_CITED.test(canonTones(block.text.slice(marker.length))))
        ));
    // "2.1. Quy định hạn mức …" ⏎ "- Cơ quan chủ trì: Sở X." ⏎ "- Thời gian hoàn thành: trước ngày …":
    // labelled bullets describe the item above them; they are not tasks of their own.
    if (isTask && marker && row === null && ATTRIBUTE_MARKERS.has(marker.type) && firstTask >= 0) {
      const rest = canonTones(block.text.slice(marker.length).trimStart());
      if (ATTRIBUTE_LABEL.test(rest)) {
        while (stack.length && (stack[stack.length - 1] as Open).marker.rank >= marker.rank) stack.pop();
        const item = stack[stack.length - 1];
        if (item) {
          item.rolesPending = false;
          const roles = findRoles(block.text);
          item.task.lead ??= roles.lead;
          item.task.support ??= roles.support;
          if (item.task.assignee === null) takeLabelledLead(item, roles, block, 'assignee.label', sources);
          owner.push(item.task);
          return;
        }
      }
    }
    if (!isTask || !marker) {
      // "2. Triển khai Kế hoạch số 35-KH/ĐU …." ⏎ "Đề nghị:" ⏎ "- Các chi bộ gửi báo cáo …": a short
      // request label after a finished item opens a part of its own; its list is no item's.
      const top0 = stack[stack.length - 1];
      if (
        top0 &&
        block.text.length <= REQUEST_LABEL_MAX &&
        REQUEST_LABEL.test(canonTones(block.text)) &&
        SENTENCE_END.test(top0.task.text) &&
        owner[index - 1] === top0.task
      ) {
        stack.length = 0;
        beforeLabel ??= docListAssignee;
        docListAssignee = listIntroAssignee(block.text);
        owner.push(null);
        return;
      }
      // "- Niêm yết …" ⏎ "Giao công chức Văn hoá - Xã hội chủ trì …": a paragraph that assigns
      // someone after a bulleted list is an instruction of the item above the list.
      if (firstTask >= 0 && isBulletOpen(stack[stack.length - 1]) && findAssignee(block.text)?.kind === 'explicit') {
        while (isBulletOpen(stack[stack.length - 1])) stack.pop();
        // The item's own paragraph came before its list: this one does not head it.
        const item = stack[stack.length - 1];
        if (item) item.rolesPending = false;
      }
      const top = stack[stack.length - 1];
      if (top && top.task.text === '' && owner[index - 1] === top.task && isTitleOf(top.marker, block.text)) {
        // "Chương I" ⏎ "QUY ĐỊNH CHUNG": a marker alone on its line, titled by the next line.
        top.task.text = block.text.trim();
        owner.push(top.task);
        return;
      }
      // "Đây là nhiệm vụ quan trọng, đề nghị các cấp ủy …" closes the document; it assigns nothing
      // to the item above ("Đề nghị Sở X …" under a heading still does).
      const closing = CLOSING.exec(canonTones(block.text));
      const closes = closing !== null && !REQUESTS.has(closing[0].replace(/^\(/u, '').toLowerCase());
      if (top?.rolesPending && !closes) {
        top.rolesPending = false;
        // "III. TỔ CHỨC THỰC HIỆN" ⏎ "Giao Sở X theo dõi …": the first paragraph assigns the heading.
        // An assignee the item only has from the list above gives way to a unit that leads here.
        const open = top.task.assignee === null || top.fromList;
        const stated = open && !groundedLeadIn(block.text) ? findTaskAssignee(block.text) : null;
        // "3. Về nguồn vốn:" ⏎ "Sở Tài chính tham mưu …": the paragraph's subject, where no
        // ancestor names one.
        // A caps heading is a section title ("I- ĐÁNH GIÁ CHUNG"), its paragraphs findings.
        const subject = stated?.kind === 'subject' && top.effective === null && isTopicHeading(top);
        const roles = findRoles(block.text);
        // (`subject` implies no assignee yet: it needs no effective one.)
        undo.set(index, {
          open: top,
          assignee: top.task.assignee,
          effective: top.effective,
          lead: top.task.lead,
          support: top.task.support,
          sources: sources.length,
        });
        // "Ủy ban Kiểm tra Thành ủy có trách nhiệm:" ⏎ "- …": the unit takes on the items below.
        const duty = stated ? dutyListIntro(block.text) : null;
        if (duty) top.listAssignee = duty.unit;
        if (stated && (stated.kind === 'explicit' || subject || leads(stated) || duty)) {
          top.task.assignee = stated.unit;
          top.effective = stated.unit;
          const at = locate(block, stated.start);
          sources.push({
            line: at.line,
            column: at.column,
            text: stated.unit,
            rule: `assignee.paragraph-${stated.kind}`,
          });
        } else if (top.task.assignee === null) {
          // "- Cho ý kiến về …" ⏎ "Cơ quan chuẩn bị: Văn phòng Đảng ủy.": the label names who does it.
          takeLabelledLead(top, roles, block, 'assignee.paragraph-label', sources);
        }
        top.task.lead = leadOf(block.text, roles, stated?.verb ?? null, top.effective);
        top.task.support = roles.support;
      }
      if (top && TARGETS_LIST.test(canonTones(block.text))) top.listsTargets = true;
      if (firstTask < 0) {
        const asked = listIntroAssignee(block.text);
        if (asked) docListAssignee = asked;
      }
      owner.push(top ? top.task : null);
      return;
    }
    if (firstTask < 0) firstTask = index;
    if (!block.inline) closeInlineItems(stack);
    popTo(stack, marker);
    // A numbered item after the label's list goes back to the document's own list.
    if (beforeLabel !== undefined && stack.length === 0 && !BULLETS.has(marker.type)) {
      docListAssignee = beforeLabel;
      beforeLabel = undefined;
    }
    const parent = stack[stack.length - 1] ?? null;
    const siblings = parent ? parent.task.children : roots;
    let key = marker.key;
    if (BULLETS.has(marker.type) || marker.type === 'row') {
      const scope = parent ? parent.task : roots;
      const counts = bulletCounts.get(scope) ?? new Map<string, number>();
      const n = (counts.get(marker.key) ?? 0) + 1;
      counts.set(marker.key, n);
      bulletCounts.set(scope, counts);
      key = `${marker.key}${n}`;
    }
    const text = row ? row.text : block.text.slice(marker.length).trim();
    const found = row
      ? row.assignee
        ? { unit: row.assignee, kind: 'heading' as const, start: 0, introducesList: false, verb: null }
        : null
      : findTaskAssignee(text);
    const inherited = parent ? (parent.listAssignee ?? parent.effective) : docListAssignee;
    // A sentence subject names the assignee where no ancestor already does; under one, only a unit
    // named by its own name ("(5) Ban Quản lý dự án … khẩn trương thi công") — a plural "Các …"
    // there is as often what the item is about.
    const named = found?.kind === 'subject' && !PLURAL_OPENING.test(found.unit);
    // A unit that leads its item (`Sở Y tế chủ trì, …`) does it, whoever the list is given to.
    const leading = found !== null && leads(found);
    // In a table the unit columns say who leads and who supports.
    const roles = row ? { lead: row.assignee, leadAt: null, support: row.support } : findRoles(text);
    // "Cơ quan chủ trì: Sở Nội vụ" names the item's own assignee as well as its lead.
    // A unit under "… đối với:" is whom the item concerns, not who does it (unless it is asked or leads).
    const target = found !== null && found.kind !== 'explicit' && !leading && parent?.listsTargets === true;
    const stated = found && !target && (found.kind !== 'subject' || !inherited || named || leading) ? found.unit : null;
    const labelled = stated === null ? roles.leadAt : null;
    const own = stated ?? (labelled === null ? null : roles.lead);
    // "Giao X:" above a list: its items carry X as their own assignee.
    const assignee = own ?? (parent ? parent.listAssignee : docListAssignee);
    const effective = assignee ?? inherited;
    const pos = locate(block, 0);
    const task: Task = {
      path: [...prefix, ...(parent ? parent.task.path.slice(prefix.length) : []), key],
      marker: marker.raw,
      text,
      assignee: assignee ?? null,
      lead: row ? roles.lead : leadOf(text, roles, found?.verb ?? null, effective),
      support: roles.support,
      line: pos.line,
      children: [],
    };
    siblings.push(task);
    markers.set(task, marker);
    if (row) rowTasks.add(task);
    if (found) {
      const at = locate(block, row ? 0 : marker.length + found.start);
      sources.push({ line: at.line, column: at.column, text: found.unit, rule: `assignee.${found.kind}` });
    }
    if (labelled !== null && roles.lead !== null) {
      const at = locate(block, block.text.indexOf(text) + labelled);
      sources.push({ line: at.line, column: at.column, text: roles.lead, rule: 'assignee.label' });
    }
    stack.push({
      task,
      marker,
      effective,
      listAssignee: found?.introducesList ? found.unit : !row && found ? (dutyListIntro(text)?.unit ?? null) : null,
      rolesPending: !row && (found?.kind === 'heading' || found === null),
      fromList: own === null && assignee !== null,
      listsTargets: TARGETS_LIST.test(canonTones(text)),
      inline: block.inline === true,
    });
    owner.push(task);
  });

  // Closing formulas after the last task belong to the document, not to that task.
  for (let i = blocks.length - 1; i > firstTask && firstTask >= 0; i--) {
    const block = blocks[i] as Block;
    if (parseMarker(block.text)) break;
    // "7. Tổ chức thực hiện" ⏎ "Giao Hạt Kiểm lâm … trước ngày 15/5/2024./.": the mark closes the
    // body, but a heading's only paragraph is still that heading's.
    const task = owner[i];
    const prev = blocks[i - 1];
    const headingBody =
      task != null &&
      owner[i - 1] === task &&
      prev !== undefined &&
      parseMarker(prev.text) !== null &&
      !SENTENCE_END.test(task.text);
    const closed = CLOSING_MARK.test(block.text) && !headingBody;
    const canon = canonTones(block.text);
    // "Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm thực hiện.": the issuer's closing request.
    const asks = !headingBody && isRequestSentence(block.text);
    // A root item that is one sentence does not go on in a paragraph handing work to a unit: that
    // paragraph is the document's own follow-up (an article's paragraphs stay the article's).
    const handsOut =
      task != null &&
      !headingBody &&
      GIVES.test(canon) &&
      SENTENCE_END.test(task.text) &&
      task.path.length === prefix.length + 1 &&
      !DIVISIONS.has(markers.get(task)?.type ?? '');
    const formula = CLOSING.test(canon) || asks || handsOut;
    if (!(formula || closed || isAllCaps(block.text))) break;
    owner[i] = null;
    // A closing request assigns nothing to the item above; the executors of an article's last
    // paragraph ("… chịu trách nhiệm thi hành Quyết định này./.") are still its own.
    const done = formula && !headingBody ? undo.get(i) : undefined;
    if (done && done.open.task === task) {
      done.open.task.assignee = done.assignee;
      done.open.effective = done.effective;
      done.open.task.lead = done.lead;
      done.open.task.support = done.support;
      sources.length = done.sources;
    }
  }
  return { tasks: roots, owner, firstTask: firstTask < 0 ? blocks.length : firstTask, sources };
}
