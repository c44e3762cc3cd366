// The readable terminal summary for a clerk. Pure: record in, text out; colour only when asked.
import { Chalk, type ChalkInstance } from 'chalk';
import { SPACE_CHARS, trimEndOf } from '../text/patterns.js';
import type { Deadline, DeadlineKind, Directive, Task } from '../types.js';
import { documentId } from './tasks.js';

export interface SummaryOptions {
  /** Use ANSI colours (the CLI decides: TTY, NO_COLOR, FORCE_COLOR, --no-color). */
  color: boolean;
  /** When given, a header line naming the input (used when several files are summarised). */
  file?: string;
}

const MAX_TEXT = 100;

// ANSI escape sequences (CSI, OSC, other ESC sequences), then C0/C1 controls and bidi overrides.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/gu;
const C1_CSI = /\u009b[0-?]*[ -/]*[@-~]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Make text from the input safe to print: no escape sequences, no control characters, one line. */
export function sanitize(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(C1_CSI, '')
    .replace(/[\t\n\r\u2028\u2029]+/gu, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/gu, ' ')
    .trim();
}

/** Shorten to about `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max = MAX_TEXT): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max).join('');
  const cut = head.lastIndexOf(' ');
  // trimEndOf, not /[\s,;:.–-]+$/ (quadratic on a long run of those characters).
  return `${trimEndOf(cut > max * 0.6 ? head.slice(0, cut) : head, `${SPACE_CHARS},;:.–-`)}…`;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** `2026-04-30` → `30/04/2026`; partial dates say what is missing. */
export function formatDate(iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return sanitize(iso);
  const [, y, mo, d] = m;
  if (d !== undefined && mo !== undefined) return `${d}/${mo}/${y}`;
  if (mo !== undefined) return `tháng ${Number(mo)}/${y} (chưa ghi ngày)`;
  return `năm ${y} (chưa ghi ngày, tháng)`;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

function periodOf(d: Deadline): string {
  const m = d.date === null ? null : ISO.exec(d.date);
  const year = m?.[1];
  const month = m?.[2] === undefined ? undefined : Number(m[2]);
  if (year === undefined || month === undefined) return '';
  switch (d.kind) {
    case 'month':
      return ` ${month}/${year}`;
    case 'quarter':
      return ` ${ROMAN[Math.floor((month - 1) / 3)] ?? '?'}/${year}`;
    case 'half':
      return month <= 6 ? ` đầu năm ${year}` : ` cuối năm ${year}`;
    case 'year':
      // A school year (`năm học 2026 - 2027`) ends on 31/5: the phrase names it, not a calendar year.
      return d.date?.endsWith('-12-31') ? ` ${year}` : '';
    default:
      return '';
  }
}

const KIND_LABEL: Record<DeadlineKind, string> = {
  by: 'hạn',
  on: 'vào ngày',
  month: 'trong tháng',
  quarter: 'trong quý',
  half: '6 tháng',
  year: 'trong năm',
  recurring: 'định kỳ',
  ongoing: 'thường xuyên',
  relative: 'sau khi',
};

const FREQ: Record<string, string> = {
  DAILY: 'hằng ngày',
  WEEKLY: 'hằng tuần',
  MONTHLY: 'hằng tháng',
  YEARLY: 'hằng năm',
};

/** `FREQ=MONTHLY;BYMONTHDAY=20` → `hằng tháng, ngày 20`; unknown rules are shown as written. */
export function describeRrule(rrule: string): string {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [k, v] = part.split('=');
    if (k && v) parts.set(k.toUpperCase(), v);
  }
  const freq = parts.get('FREQ');
  const interval = Number(parts.get('INTERVAL') ?? '1');
  let out: string | undefined;
  if (freq === 'MONTHLY' && interval === 3) out = 'hằng quý';
  else if (freq === 'MONTHLY' && interval === 6) out = '6 tháng một lần';
  else if (freq !== undefined && interval === 1) out = FREQ[freq];
  if (out === undefined) return sanitize(rrule);
  const day = parts.get('BYMONTHDAY');
  const month = parts.get('BYMONTH');
  if (day !== undefined) out += month === undefined ? `, ngày ${day}` : `, ngày ${day}/${month}`;
  return out;
}

function samePath(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((p, i) => p === b[i]);
}

function* walk(tasks: readonly Task[]): Generator<Task> {
  for (const t of tasks) {
    yield t;
    yield* walk(t.children);
  }
}

/** The summary text (ends with a newline). */
export function renderSummary(record: Directive, options: SummaryOptions): string {
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const s = (v: string | null | undefined): string => (v == null ? '' : sanitize(v));
  const out: string[] = [];
  const line = (text = '') => out.push(text);
  const label = (name: string) => c.bold(`${name}:`);
  const at = (n: number | null | undefined) => (n == null ? '' : c.dim(` (dòng ${n})`));

  if (options.file !== undefined) line(c.inverse.bold(` ${s(options.file)} `));

  // Số 323-CV/TU · Số 1227/UBND-VP · Công văn · Khẩn · Mật (a draft: Số (chưa có) -CV/TU)
  const id = record.number === null ? null : documentId(record);
  const num = record.number === null ? c.italic('(chưa có)') : s(id ?? record.number);
  const symbol = record.number === null && record.symbol !== null ? ` -${s(record.symbol)}` : '';
  const head = [c.bold(`Số ${num}${symbol}`)];
  if (record.docType !== null) head.push(c.bold(s(record.docType)));
  if (record.urgency !== null) head.push(c.red.bold(s(record.urgency)));
  if (record.confidentiality !== null) head.push(c.red.bold(s(record.confidentiality)));
  line(head.join(' · '));

  if (record.issuer !== null) line(`${label('Cơ quan ban hành')} ${s(record.issuer)}`);
  if (record.parent !== null) line(`${label('Cấp trên')} ${s(record.parent)}`);
  if (record.place !== null || record.date !== null) {
    const where = [record.place === null ? '' : s(record.place), record.date === null ? '' : formatDate(record.date)];
    line(`${label('Nơi, ngày ban hành')} ${where.filter(Boolean).join(', ')}`);
  }
  if (record.subject !== null) line(`${label('Trích yếu')} ${s(record.subject)}`);
  if (record.urgency !== null) line(`${label('Độ khẩn')} ${c.red(s(record.urgency))}`);
  if (record.confidentiality !== null) line(`${label('Độ mật')} ${c.red(s(record.confidentiality))}`);

  const list = (name: string, items: readonly string[]) => {
    if (items.length === 0) return;
    line(label(name));
    for (const item of items) line(`  - ${s(item)}`);
  };
  list('Kính gửi', record.recipients);
  list('Nơi nhận', record.distribution);

  const { signer } = record;
  if (signer.name !== null || signer.position !== null || signer.authority !== null) {
    const who = [signer.name === null ? null : c.bold(s(signer.name)), s(signer.position) || null]
      .filter(Boolean)
      .join(', ');
    const authority = signer.authority === null ? '' : ` (${s(signer.authority)})`;
    line(`${label('Người ký')} ${who}${authority}${at(signer.line)}`);
  }

  if (record.references.length > 0) {
    line(label(`Văn bản dẫn chiếu (${record.references.length})`));
    for (const r of record.references) {
      const bits = [c.cyan(s(r.id))];
      if (r.docType !== null) bits.push(s(r.docType));
      if (r.date !== null) bits.push(formatDate(r.date));
      if (r.issuer !== null) bits.push(s(r.issuer));
      line(`  - ${bits.join(' · ')}${at(r.line)}`);
    }
  }

  const deadline = (d: Deadline): string => {
    const kind = c.yellow(`${KIND_LABEL[d.kind]}${periodOf(d)}`);
    const parts = [kind];
    if (d.kind === 'recurring' && d.rrule !== undefined) parts.push(c.yellow(describeRrule(d.rrule)));
    if (d.date !== null) {
      const when = d.kind === 'by' || d.kind === 'on' ? formatDate(d.date) : `đến ${formatDate(d.date)}`;
      parts.push(c.bold.yellow(when));
    }
    if (d.time !== undefined) parts.push(c.bold.yellow(`lúc ${s(d.time)}`));
    if (d.inferred === true) parts.push(c.dim('(năm suy ra từ ngày văn bản)'));
    const text = s(d.text);
    return `${parts.join(' ')}${text ? c.dim(` «${truncate(text)}»`) : ''}${at(d.line)}`;
  };

  const count = [...walk(record.tasks)].length;
  const shown = new Set<Deadline>();
  if (count > 0) {
    line(label(`Nhiệm vụ (${count})`));
    const visit = (tasks: readonly Task[], depth: number, inherited: string | null) => {
      for (const t of tasks) {
        const pad = '  '.repeat(depth + 1);
        const inner = `${pad}${' '.repeat([...s(t.marker)].length + 1)}`;
        line(`${pad}${c.bold(s(t.marker))} ${truncate(s(t.text))}${at(t.line)}`);
        if (t.assignee !== null && t.assignee !== inherited) line(`${inner}${c.green(`→ ${s(t.assignee)}`)}`);
        const roles = [
          t.lead === null ? '' : `chủ trì: ${s(t.lead)}`,
          t.support === null ? '' : `phối hợp: ${s(t.support)}`,
        ];
        if (t.lead !== null || t.support !== null) line(`${inner}${c.green(roles.filter(Boolean).join('; '))}`);
        for (const d of record.deadlines) {
          if (!samePath(d.task, t.path)) continue;
          shown.add(d);
          line(`${inner}${c.yellow('⏰')} ${deadline(d)}`);
        }
        visit(t.children, depth + 1, t.assignee ?? inherited);
      }
    };
    visit(record.tasks, 0, null);
  }

  // Document-level deadlines, and any whose task path matches no task.
  const rest = record.deadlines.filter((d) => !shown.has(d));
  if (rest.length > 0) {
    line(label(`Thời hạn chung (${rest.length})`));
    for (const d of rest) {
      const where = d.task === null ? '' : c.dim(` [mục ${d.task.map(s).join(' › ')}]`);
      line(`  ${c.yellow('⏰')} ${deadline(d)}${where}`);
    }
  }

  if (record.warnings.length > 0) {
    line(label(`Cảnh báo (${record.warnings.length})`));
    for (const w of record.warnings) line(`  ${c.red('!')} ${c.red(s(w.code))} ${s(w.message)}${at(w.line)}`);
  }

  return `${out.join('\n')}\n`;
}
