// CSV for clerks who keep registers in spreadsheets: one row per deadline, UTF-8 with a BOM so
// Excel shows Vietnamese, CRLF rows, RFC 4180 quoting.
import type { Directive } from '../types.js';
import { deadlineAssignee } from './select.js';
import { documentId, pathKey, taskIndex } from './tasks.js';

const BOM = '\uFEFF';

export const DEADLINE_COLUMNS = [
  'file',
  'document',
  'doc_type',
  'issuer',
  'doc_date',
  'task',
  'task_text',
  'assignee',
  'kind',
  'deadline',
  'time',
  'rrule',
  'text',
  'line',
] as const;

/** A field, quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value).replace(/\r\n|\r|\n/gu, ' ');
  if (/^[=+\-@]/u.test(s) && !/^-?\d/u.test(s)) s = `'${s}`;
  return /[",;]/u.test(s) || s !== s.trim() ? `"${s.replace(/"/gu, '""')}"` : s;
}

export function csvTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
): string {
  return `${BOM}${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function deadlineRows(record: Directive, file = ''): Array<Array<string | number | null>> {
  const index = taskIndex(record);
  const who = deadlineAssignee(record, index);
  return record.deadlines.map((d) => [
    file,
    documentId(record),
    record.docType,
    record.issuer,
    record.date,
    d.task ? d.task.join(' › ') : null,
    d.task ? (index.get(pathKey(d.task))?.task.text ?? null) : null,
    who(d),
    d.kind,
    d.date,
    d.time ?? null,
    d.rrule ?? null,
    d.text,
    d.line,
  ]);
}

/** The deadlines of one or more records as one table. */
export function toCsv(records: ReadonlyArray<{ record: Directive; file?: string }>): string {
  return csvTable(
    DEADLINE_COLUMNS,
    records.flatMap(({ record, file }) => deadlineRows(record, file)),
  );
}
