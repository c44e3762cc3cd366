// Nơi nhận: the distribution list, closed by the archive line ("Lưu: VT, …", "Lưu Văn phòng …").
import { NOI_NHAN } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { matchAuthority, isPersonName } from '../text/signature-patterns.js';
import { collectItems, type Item } from './list-items.js';

const ARCHIVE = /^[-–+•]?\s*Lưu(?![\p{L}])/u;

export function findDistribution(lines: readonly Line[], noiNhan: number | null, limit: number): Item[] {
  if (noiNhan === null) return [];
  const label = lines[noiNhan] as Line;
  const m = NOI_NHAN.exec(label.canon);
  const restAt = m ? m[0].length : 0;
  const rest = label.text.slice(restAt);
  // "Nơi nhận: KT. CHỦ TỊCH" — the signature shares the label line; it is not an item.
  const first = rest.trim() && !matchAuthority(rest) ? { text: rest, line: label, column: label.col + restAt } : null;
  let closed = first ? ARCHIVE.test(first.text) : false;
  return collectItems(first, lines, noiNhan + 1, limit, 'distribution.items', (line) => {
    if (closed) return true;
    const t = line.text;
    if (matchAuthority(t) || (isPersonName(t) && !/^[-–+•]/u.test(t))) return true;
    if (!/^[-–+•]/u.test(t) && /^\p{Lu}{2,}/u.test(t) && t === t.toUpperCase()) return true;
    if (ARCHIVE.test(t)) closed = true;
    return false;
  });
}
