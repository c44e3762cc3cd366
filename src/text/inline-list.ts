// Party items numbered inside one paragraph: "7- Giao các cơ quan tham mưu: (1) Ban Tổ chức …; (2)
// Ban Nội chính … trước ngày 31/10/2027; (3) …". Each "(n)" after the colon or a semicolon opens an
// item of its own, as if it began a line: the paragraph is cut there.
import type { Block, Segment } from './blocks.js';

// "(n) " after ":" or ";" (a look-behind is tried at every position: the pre-check below skips
// paragraphs without "(1)").
const INLINE_MARK = /(?<=[:;]\s{0,3})\((?<n>\d{1,2})\)\s+(?=\S)/gu;

/** Offsets where the items of an inline list start: (1) after a colon, then (2), (3) … in order. */
function itemStarts(text: string): number[] {
  if (!text.includes('(1)')) return [];
  const starts: number[] = [];
  for (const m of text.matchAll(INLINE_MARK)) {
    const n = Number(m.groups?.n);
    if (n === starts.length + 1 && (n > 1 || /:\s*$/u.test(text.slice(0, m.index)))) starts.push(m.index);
  }
  return starts.length >= 2 ? starts : [];
}

const LINE_MARK = /^\((?<n>\d{1,2})\)\s/u;

/**
 * "… ba nội dung: (1) sơ kết …;" ⏎ "(2) kiểm tra …": a line that opens with the next item of the
 * inline list the paragraph above began (a PDF copy broke the line there); it belongs to it.
 */
export function continuesInlineList(text: string, line: string): boolean {
  const n = Number(LINE_MARK.exec(line)?.groups?.n ?? 0);
  if (n < 2 || !/;\s*$/u.test(text) || !text.includes('(1)')) return false;
  let last = 0;
  for (const m of text.matchAll(INLINE_MARK)) {
    const k = Number(m.groups?.n);
    if (k === last + 1 && (k > 1 || /:\s*$/u.test(text.slice(0, m.index)))) last = k;
  }
  return last > 0 && n === last + 1;
}

/** The part of `block` from offset `from` to `to`, its segments and bold ranges shifted. */
function slice(block: Block, from: number, to: number): Block {
  const text = block.text.slice(from, to).trimEnd();
  const end = from + text.length;
  const segments: Segment[] = [];
  block.segments.forEach((seg, i) => {
    const next = block.segments[i + 1]?.at ?? block.text.length;
    if (next <= from || seg.at >= end) return;
    const cut = Math.max(0, from - seg.at);
    segments.push({ at: Math.max(0, seg.at - from), line: { ...seg.line, col: seg.line.col + cut } });
  });
  const bold = block.bold
    .map(([a, b]) => [Math.max(a, from) - from, Math.min(b, end) - from] as [number, number])
    .filter(([a, b]) => b > a);
  return { text, segments, bold };
}

/** `block` cut before each item of an inline list; the block itself when it holds none. */
export function splitInlineItems(block: Block): Block[] {
  if (block.cells) return [block];
  const starts = itemStarts(block.text);
  if (starts.length === 0) return [block];
  const bounds = [0, ...starts, block.text.length];
  const out: Block[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const part = slice(block, bounds[i] as number, bounds[i + 1] as number);
    if (part.text !== '') out.push(i > 0 ? { ...part, inline: true } : part);
  }
  return out;
}
