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

function findStamp<T>(header: readonly Line[], table: ReadonlyArray<[string, T]>, rule: string): Finding<T> | null {
  for (const line of header) {
    const key = stampKey(line.text);
    for (const [folded, value] of table) {
      if (key === folded) return findingAt(line, 0, line.text, rule, value);
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

/** Whether a line is an urgency or secrecy stamp (`HỎA TỐC`, `KHẨN`, `MẬT` …) by itself. */
export function isStamp(text: string): boolean {
  const key = stampKey(text);
  return URGENCY_MARKS.some(([folded]) => folded === key) || SECRECY_MARKS.some(([folded]) => folded === key);
}
