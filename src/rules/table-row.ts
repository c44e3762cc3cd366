// A task written as a table row, as kế hoạch appendices do:
//   | STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
//   | 1   | Rà soát … | Sở Nội vụ      | Sở Tài chính     | Quý II/2026 |
// The first cell numbers the task; the first cell naming a unit is the assignee (who leads),
// the next one the support.
import type { Marker } from '../text/markers.js';
import { findAssignee } from './assignee.js';

export interface RowTask {
  marker: Marker;
  /** The content cells joined, as the task text. */
  text: string;
  assignee: string | null;
  support: string | null;
}

const ORDINALS: ReadonlyArray<[RegExp, Marker['type'], number]> = [
  [/^(?<n>\d{1,3})\s*[.)]?$/u, 'arabic', 20],
  [/^(?<n>\d{1,2}(?:\.\d{1,2}){1,3})\.?$/u, 'decimal', 30],
  [/^(?<n>(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\s*[.)]?$/u, 'roman', 10],
  [/^(?<n>[a-eđg-ik-vxy])\s*[.)]?$/u, 'letter', 50],
];

function ordinal(cell: string): Marker | null {
  const t = cell.trim();
  for (const [re, type, rank] of ORDINALS) {
    const n = re.exec(t)?.groups?.n;
    if (!n) continue;
    const depth = type === 'decimal' ? n.split('.').length - 2 : 0;
    return { type, key: n, raw: t, length: 0, rank: rank + depth };
  }
  return null;
}

export function rowTask(cells: readonly string[]): RowTask | null {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  const [first, content, ...rest] = filled;
  const marker = first ? ordinal(first) : null;
  if (!marker || !content) return null;
  const units = rest.map((c) => findAssignee(c)).filter((a) => a !== null && a.start === 0);
  return {
    marker,
    text: [content, ...rest].join(' | '),
    assignee: units[0]?.unit ?? null,
    support: units[1]?.unit ?? null,
  };
}
