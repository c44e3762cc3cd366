// Nơi nhận: the distribution list, closed by the archive line ("Lưu: VT, …", "Lưu Văn phòng …").
import { NOI_NHAN } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { isPersonName, isSignedNote, matchAuthority } from '../text/signature-patterns.js';
import { cleanItem, collectItems, type Item } from './list-items.js';

const ARCHIVE = /^[-–+•]?\s*Lưu(?![\p{L}])/u;

function isSignatureText(t: string): boolean {
  return (
    matchAuthority(t) !== null || isPersonName(t) || isSignedNote(t) || (t === t.toUpperCase() && /\p{Lu}{2,}/u.test(t))
  );
}

// The signature's position glued to an item by a PDF copy: "- Như trên; PHÓ CHỦ TỊCH".
const GLUED_POSITION = /^(?<item>.{1,200}?[;,.])\s+(?<tail>\p{Lu}+(?:\s\p{Lu}+){1,6})$/u;

/** Split a position printed beside the list off its item. */
export function splitGluedPosition(item: Item): { item: Item; position: string | null } {
  const m = GLUED_POSITION.exec(item.source.text);
  if (!m?.groups?.item || !m.groups.tail) return { item, position: null };
  return { item: { ...item, text: cleanItem(m.groups.item) }, position: m.groups.tail };
}

export function findDistribution(lines: readonly Line[], noiNhan: number | null, limit: number): Item[] {
  if (noiNhan === null) return [];
  const label = lines[noiNhan] as Line;
  const m = NOI_NHAN.exec(label.canon);
  const restAt = m ? m[0].length : 0;
  const rest = label.text.slice(restAt);
  // "Nơi nhận: KT. CHỦ TỊCH" — the signature shares the label line; it is not an item.
  const first = rest.trim() && !matchAuthority(rest) ? { text: rest, line: label, column: label.col + restAt } : null;
  let closed = first ? ARCHIVE.test(first.text) : false;
  // Signature lines printed beside the list ("- Như trên;      KT. CHỦ TỊCH") are not items.
  const following = lines.slice(noiNhan + 1, limit).filter((line, i, all) => {
    const before = i > 0 ? all[i - 1] : label;
    return !(before && before.no === line.no && isSignatureText(line.text));
  });
  return collectItems(first, following, 0, following.length, 'distribution.items', (line) => {
    if (closed) return true;
    const t = line.text;
    if (matchAuthority(t) || (isPersonName(t) && !/^[-–+•]/u.test(t))) return true;
    if (!/^[-–+•]/u.test(t) && /^\p{Lu}{2,}/u.test(t) && t === t.toUpperCase()) return true;
    if (ARCHIVE.test(t)) closed = true;
    return false;
  });
}
