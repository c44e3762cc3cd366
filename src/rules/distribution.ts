// Nơi nhận: the distribution list, closed by the archive line ("Lưu: VT, …", "Lưu Văn phòng …").
import { NOI_NHAN, opensWithAddressee } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { alternation } from '../text/patterns.js';
import { isListItem, isPersonName, isSignedNote, matchAuthority } from '../text/signature-patterns.js';
import { DISTRIBUTION_OPENINGS } from '../text/vocabulary.js';
import { isRunningTitle, positionOnLabel } from '../text/zones.js';
import { cleanItem, collectItems, endsOpen, type Item } from './list-items.js';

const ARCHIVE = /^[-–+•]?\s*Lưu(?![\p{L}])/u;
// Items of a distribution list that name no unit: "Như trên", "Như kính gửi", "Đ/c …", "Lưu …".
const DISTRIBUTION_OPENING = new RegExp(`^(?:${alternation(DISTRIBUTION_OPENINGS)})(?![\\p{L}])`, 'u');

/** Without dashes or separators, a line that opens with a unit, a post or a list word is an item. */
function opensBareItem(line: Line, item: readonly string[]): boolean {
  return (opensWithAddressee(line.canon) || DISTRIBUTION_OPENING.test(line.canon)) && !endsOpen(item.at(-1) ?? '');
}

function isSignatureText(t: string): boolean {
  return (
    matchAuthority(t) !== null || isPersonName(t) || isSignedNote(t) || (t === t.toUpperCase() && /\p{Lu}{2,}/u.test(t))
  );
}

// The signature block glued to the items by a PDF copy, a line at a time: "- Bộ Công an (b/c);
// KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH", "- Lưu: VT, NC1. Trần Báu Hà". The shortest item
// that ends in punctuation, then capitals (an authority may open them), or a name to the end.
const GLUED_CAPS =
  /^(?<item>.{1,200}?[;,.])\s+(?<tail>(?:(?:T\/M|K\/T|T\/L|TM|KT|TL|TUQ|Q)\.?\s+)?\p{Lu}+(?:\s\p{Lu}+){1,6})$/u;
// (The tail is a name as isPersonName reads it, a rank may open it: "… (Đ2). Thượng tá Huỳnh Văn Lộc".)
const GLUED_NAME = /^(?<item>.{1,200}?[;,.])\s+(?<tail>\p{Lu}[\p{L}'’ ]{3,60})$/u;

/** A piece of the signature block printed beside the list. */
export interface GluedSignature {
  kind: 'authority' | 'position' | 'name';
  text: string;
}

/** Split a piece of the signature printed beside the list off its item. */
export function splitGluedSignature(item: Item): { item: Item; glued: GluedSignature | null } {
  const text = item.source.text;
  const caps = GLUED_CAPS.exec(text)?.groups;
  if (caps?.item && caps.tail) {
    const kind = matchAuthority(caps.tail) ? 'authority' : 'position';
    return { item: { ...item, text: cleanItem(caps.item) }, glued: { kind, text: caps.tail } };
  }
  const name = GLUED_NAME.exec(text)?.groups;
  if (name?.item && name.tail && isPersonName(name.tail)) {
    return { item: { ...item, text: cleanItem(name.item) }, glued: { kind: 'name', text: name.tail } };
  }
  return { item, glued: null };
}

/** Whether the caps line at `i` stands between items of the list (or the label and its first item). */
function sandwiched(lines: readonly Line[], i: number, labelItem: boolean): boolean {
  if (!isRunningTitle(lines, i, lines.length)) return false;
  const prev = [...lines.slice(0, i)].reverse().find((l) => l.text !== '');
  // Before the first item, only where the label has none of its own to continue.
  if (!prev) return !labelItem;
  return isListItem(prev.text) && !ARCHIVE.test(prev.text);
}

export function findDistribution(lines: readonly Line[], noiNhan: number | null, limit: number): Item[] {
  if (noiNhan === null) return [];
  const label = lines[noiNhan] as Line;
  const m = NOI_NHAN.exec(label.canon);
  const restAt = m ? m[0].length : 0;
  const rest = label.text.slice(restAt);
  // "Nơi nhận: KT. CHỦ TỊCH", "Nơi nhận: CHỦ TỊCH" — the signature shares the label line; it is not an item.
  const first =
    rest.trim() && !matchAuthority(rest) && !positionOnLabel(label)
      ? { text: rest, line: label, column: label.col + restAt }
      : null;
  let closed = first ? ARCHIVE.test(first.text) : false;
  // Signature lines printed beside the list ("- Như trên;      KT. CHỦ TỊCH") are not items.
  const beside = lines.slice(noiNhan + 1, limit).filter((line, i, all) => {
    const before = i > 0 ? all[i - 1] : label;
    return !(before && before.no === line.no && isSignatureText(line.text));
  });
  // Nor is a caps line between two items, a page's running title or a signature line the copy
  // put on a line of its own ("- Như trên," ⏎ "THÀNH ỦY HẢI PHÒNG" ⏎ "- Lưu Văn phòng.").
  const following = beside.filter((_, i) => !sandwiched(beside, i, first !== null));
  // "Nơi nhận: | TM. ỦY BAN NHÂN DÂN" ⏎ "| CHỦ TỊCH" ⏎ "- Như trên;": the signature column's own lines
  // before the first item (its left cell empty) are not where the list ends.
  let lead = 0;
  const isBullet = (l: Line | undefined) => l !== undefined && isListItem(l.text);
  while (!first && lead < 2 && isSignatureText(following[lead]?.text ?? '') && !isBullet(following[lead])) {
    if (!isBullet(following[lead + 1]) && !isBullet(following[lead + 2])) break;
    lead++;
  }
  return collectItems(
    first,
    following,
    lead,
    following.length,
    'distribution.items',
    (line) => {
      if (closed) return true;
      const t = line.text;
      if (matchAuthority(t) || (isPersonName(t) && !isListItem(t))) return true;
      if (!isListItem(t) && /^\p{Lu}{2,}/u.test(t) && t === t.toUpperCase()) return true;
      if (ARCHIVE.test(t)) closed = true;
      return false;
    },
    opensBareItem,
  );
}
