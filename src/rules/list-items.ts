// Shared by Kính gửi and Nơi nhận: "-" items, wrapped lines joined, punctuation trimmed.
import { canonTones } from '../text/fold.js';
import { brokenAtHyphen } from '../text/hyphen-break.js';
import { ALSO_TO, opensWithAddressee } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { trimEndOf } from '../text/patterns.js';
import { SIGNED_BRACKET } from '../text/signature-patterns.js';
import { WRAP_OPEN_WORDS } from '../text/vocabulary.js';
import type { Source } from '../types.js';

// The last word of a line that a wrapped name goes on after ("Ủy ban nhân dân huyện và" ⏎ "Ban …").
const OPEN_ENDINGS: ReadonlySet<string> = new Set(WRAP_OPEN_WORDS.map((p) => canonTones(p.split(' ').at(-1) ?? '')));
const LAST_WORD = /(\p{L}+)\s*$/u;

/** Whether `lastText` ends on a word that a wrapped name goes on after (see OPEN_ENDINGS). */
export function endsOpen(lastText: string): boolean {
  return OPEN_ENDINGS.has(canonTones(LAST_WORD.exec(lastText)?.[1] ?? ''));
}

/**
 * Whether `line` opens an addressee of its own after the lines of `item`, in a list without dashes
 * or separators: both open with a unit or a post, and the line before ends on no word that a name
 * goes on after.
 */
export function opensBareAddressee(line: Line, item: readonly string[]): boolean {
  const lastText = item.at(-1) ?? '';
  return opensWithAddressee(line.canon) && opensWithAddressee(canonTones(item[0] ?? '')) && !endsOpen(lastText);
}

// "- Các đảng bộ, - Lưu VPTU.": items run onto one line (a table cell that joined its paragraphs).
const INLINE_BULLET = /(?<=[,;.])\s+(?=[-–+•]\s*\p{L})/gu;

/** The items of one joined text with their offsets: one, or one per bullet after a separator. */
function inlineItems(raw: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  let from = 0;
  for (const m of raw.matchAll(INLINE_BULLET)) {
    out.push([from, raw.slice(from, m.index)]);
    from = m.index + m[0].length;
  }
  out.push([from, raw.slice(from)]);
  return out;
}

export interface Item {
  text: string;
  source: Source;
}

const BULLET = /^[-–+•]\s*/u;
// "- Lưu: VT. (Đã ký)": the signature column's note printed beside the last item.
const SIGNED_AT_END = new RegExp(`${SIGNED_BRACKET}$`, 'iu');

export function cleanItem(text: string): string {
  return trimEndOf(text.replace(BULLET, '').replace(SIGNED_AT_END, '').replace(/\s+/gu, ' '), ' ,;.').trim();
}

/** Items from (label rest, following lines) until `stop` says the list is over. */
export function collectItems(
  first: { text: string; line: Line; column: number } | null,
  lines: readonly Line[],
  from: number,
  limit: number,
  rule: string,
  stop: (line: Line, itemsSoFar: number) => boolean,
  /** In a list without dashes or separators, whether `line` opens an item after the lines of `item`. */
  opensBare: (line: Line, item: readonly string[]) => boolean = opensBareAddressee,
): Item[] {
  const items: Array<{ parts: string[]; line: Line; column: number; bulleted: boolean }> = [];
  if (first && first.text.trim() !== '') {
    items.push({
      parts: [first.text],
      line: first.line,
      column: first.column,
      bulleted: BULLET.test(first.text.trim()),
    });
  }
  let blank = false;
  for (let i = from; i < limit; i++) {
    const line = lines[i] as Line;
    if (line.text === '') {
      blank = true;
      continue;
    }
    if (stop(line, items.length)) break;
    const last = items[items.length - 1];
    const lastText = last?.parts[last.parts.length - 1] ?? '';
    const item = { parts: [line.text], line, column: line.col, bulleted: false };
    // Lists without "-" separate items by ";" (state) or "," (Party) at the line end; a line that
    // starts in lower case continues a bulleted item that wrapped.
    const bulletedList = items.some((it) => it.bulleted);
    const lower = /^\p{Ll}/u.test(line.text);
    if (last && !blank && brokenAtHyphen(canonTones(lastText), line.canon)) {
      last.parts.push(line.text);
    } else if (BULLET.test(line.text)) {
      items.push({ ...item, bulleted: true });
    } else if (ALSO_TO.test(line.canon)) {
      items.push(item); // "Đồng kính gửi: …" after the addressees
    } else if (last && !blank && /;$/u.test(lastText) && !lower) {
      items.push(item);
    } else if (last && !blank && /,$/u.test(lastText) && !bulletedList && !lower) {
      items.push(item);
    } else if (last && !blank && !bulletedList && !lower && opensBare(line, last.parts)) {
      items.push(item);
    } else if (last && !/[.;]$/u.test(lastText) && (!blank || lower)) {
      last.parts.push(line.text);
    } else if (!last) {
      items.push(item);
    } else break;
    blank = false;
    // The archive line closes a distribution list.
  }
  return items
    .flatMap((it) => {
      const raw = it.parts.join(' ');
      const head = it.parts[0]?.length ?? 0;
      return inlineItems(raw).map(([at, piece]) => ({
        text: cleanItem(piece),
        source: { line: it.line.no, column: it.column + (at < head ? at : 0), text: piece.trim(), rule },
      }));
    })
    .filter((it) => it.text !== '');
}
