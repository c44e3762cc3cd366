// Mức độ khẩn and độ mật: whole caps lines (stamps) in the header zone, never body words.
import { foldDiacritics } from '../text/fold.js';
import type { Line } from '../text/lines.js';
import { SECRECY_MARKS, URGENCY_MARKS } from '../text/vocabulary.js';
import type { Finding } from './finding.js';
import { findingAt } from './finding.js';

function stampKey(text: string): string {
  return foldDiacritics(text)
    .toUpperCase()
    .replace(/[*[\]()|_"'.:]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

// "Độ khẩn: Hỏa tốc", "Mức độ khẩn: Khẩn", "Độ mật: Mật" (e-office exports label the marks).
const MARK_LABEL = /^(?:MUC )?DO (?:KHAN|MAT) /u;
// "MẬT - KHẨN", "KHẨN, MẬT": both marks on one line.
const MARK_SEPARATOR = / ?[-–,/;] ?| VA /u;
const MARKS = [...URGENCY_MARKS, ...SECRECY_MARKS].map(([folded]) => folded);

/** The marks a stamp line holds (folded), or null when the line is not only marks. */
function stampParts(text: string): string[] | null {
  const key = stampKey(text).replace(MARK_LABEL, '');
  const parts = key.split(MARK_SEPARATOR).filter(Boolean);
  return parts.length > 0 && parts.length <= 3 && parts.every((p) => MARKS.includes(p)) ? parts : null;
}

function findStamp<T>(header: readonly Line[], table: ReadonlyArray<[string, T]>, rule: string): Finding<T> | null {
  for (const line of header) {
    const parts = stampParts(line.text);
    if (!parts) continue;
    for (const [folded, value] of table) {
      if (parts.includes(folded)) return findingAt(line, 0, line.text, rule, value);
    }
  }
  return null;
}

export function findUrgency(header: readonly Line[]) {
  return findStamp(header, URGENCY_MARKS, 'urgency.stamp');
}

export function findConfidentiality(header: readonly Line[]) {
  return findStamp(header, SECRECY_MARKS, 'confidentiality.stamp');
}

/** Whether a line is an urgency or secrecy stamp (`HỎA TỐC`, `KHẨN`, `MẬT - KHẨN` …) by itself. */
export function isStamp(text: string): boolean {
  return stampParts(text) !== null;
}
