// Kính gửi: the addressees, one string each.
import { addresseeLabel, KINH_GUI } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { addresseeEnd, isRunningTitle } from '../text/zones.js';
import { collectItems, type Item } from './list-items.js';

export function findRecipients(lines: readonly Line[], kinhGui: number | null, limit: number): Item[] {
  if (kinhGui === null) return [];
  const label = lines[kinhGui] as Line;
  const m = addresseeLabel(label.canon);
  const restAt = m ? m[0].length : 0;
  const rest = label.text.slice(restAt);
  const end = addresseeEnd(lines, kinhGui, limit);
  // One line with several addressees: "Kính gửi: Sở Nội vụ; Sở Tài chính."
  // (Each part keeps its ";", so a part in lower case is not read as the one before wrapping.)
  const firstParts = end === kinhGui + 1 && rest.includes(';') ? rest.split(/(?<=;)/u) : [rest];
  const items: Item[] = [];
  let offset = restAt;
  for (const part of firstParts) {
    const lead = part.length - part.trimStart().length;
    const found = collectItems(
      { text: part.trimStart(), line: label, column: label.col + offset + lead },
      lines,
      0,
      0,
      'recipients.label',
      () => true,
    );
    items.push(...found);
    offset += part.length;
  }
  // (A page's running title between two items is none: the list's end already passed over it.)
  const listed = lines.slice(kinhGui + 1, end).filter((_, k) => !isRunningTitle(lines, kinhGui + 1 + k, end));
  items.push(...collectItems(null, listed, 0, listed.length, 'recipients.items', () => false));
  // "Đồng kính gửi: Văn phòng Tỉnh ủy." — its addressees without the label.
  for (const it of items) {
    const also = KINH_GUI.exec(it.text);
    if (also && also.index === 0) it.text = it.text.slice(also[0].length).trim();
  }
  return mergeContinuations(items.filter((it) => it.text !== ''));
}

/** A line that does not start with "-" right after the label-line item continues that item. */
function mergeContinuations(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (
      prev &&
      !/^[-–+•]/u.test(it.source.text) &&
      /^\p{Ll}/u.test(it.source.text) &&
      !/[.;]$/u.test(prev.source.text)
    ) {
      prev.text = `${prev.text} ${it.text}`;
      prev.source = { ...prev.source, text: `${prev.source.text} ${it.source.text}` };
    } else out.push(it);
  }
  return out;
}
