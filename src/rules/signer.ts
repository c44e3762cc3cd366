// Thẩm quyền ký: stacked authority lines, the position line, then the signer's name.
import { isAllCaps, NOI_NHAN } from '../text/labels.js';
import type { Line } from '../text/lines.js';
import { alternation } from '../text/patterns.js';
import {
  isListItem as isItem,
  isPersonName,
  isSignedNote,
  matchAuthority,
  SIGNED_BRACKET,
} from '../text/signature-patterns.js';
import { FAMILY_NAMES, POSITION_TITLES, UNIT_HEADS } from '../text/vocabulary.js';
import type { Signer, Source } from '../types.js';

export interface SignerFinding {
  value: Signer;
  source: Source | null;
}

const SIGNED_BESIDE = new RegExp(`${SIGNED_BRACKET}$`, 'iu');

// A title line: the post a signer holds (`CHỦ TỊCH …`, `PHÓ GIÁM ĐỐC`, `BÍ THƯ …`).
const POSITION_HEAD = new RegExp(`^(?:${alternation(POSITION_TITLES)})(?![\\p{L}])`, 'u');

// A title anywhere in a line (`ỦY VIÊN BTV, TRƯỞNG BAN …`): the line is a post, not a name wrapping.
const POSITION_IN = new RegExp(`(?<![\\p{L}])(?:${alternation([...POSITION_TITLES, 'ỦY VIÊN'])})(?![\\p{L}])`, 'u');

const CAPS_FAMILY = new RegExp(`^(?:${alternation(FAMILY_NAMES.map((n) => n.toUpperCase()))})\\s`, 'u');

/** A name typed in capitals: a family name and one to five more words (`NGUYỄN VĂN A`). */
function isCapsName(t: string): boolean {
  const words = t.trim().split(/\s+/u);
  return CAPS_FAMILY.test(t.trim()) && words.length >= 2 && words.length <= 6 && !/\d/u.test(t);
}

// Words of a body's name, never of a person's: a caps line with one is a running title.
const BODY_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${alternation(UNIT_HEADS.map((h) => h.toUpperCase()))})(?![\\p{L}])`,
  'u',
);
const looksLikeBody = (t: string) => BODY_WORDS.test(t);

const EMPTY: Signer = { authority: null, position: null, name: null, line: null };

/** Text of a signature line, without a "Nơi nhận:" label it may share after extraction. */
function sigText(line: Line): string {
  return line.canon.startsWith('Nơi') ? line.text.replace(NOI_NHAN, '').trim() : line.text;
}

/** The line after `i` is a caps position line printed beside line `i` (one source line, two columns). */
function capsBeside(lines: readonly Line[], i: number, end: number): boolean {
  const next = i + 1 < end ? lines[i + 1] : undefined;
  const t = next ? sigText(next) : '';
  return next !== undefined && next.no === (lines[i] as Line).no && isAllCaps(t) && !matchAuthority(t);
}

export function findSigner(lines: readonly Line[], start: number | null, end: number): SignerFinding {
  if (start === null) return { value: EMPTY, source: null };
  let i = start;
  const authority: string[] = [];
  let first: Line | null = null;
  // Stacked authority lines: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH".
  for (; i < end; i++) {
    const line = lines[i] as Line;
    const t = sigText(line);
    if (t === '' || isItem(t)) continue;
    if (!matchAuthority(t)) break;
    authority.push(t);
    first ??= line;
  }
  // Position: caps lines after the authority, skipping distribution items interleaved with them.
  const position: string[] = [];
  for (; i < end; i++) {
    const line = lines[i] as Line;
    const t = sigText(line);
    // "Nơi nhận: CHỦ TỊCH": the position beside the label counts; the label's list does not.
    if (t === '' || isItem(t) || (NOI_NHAN.test(line.canon) && !isAllCaps(t))) {
      // "- Sở Giáo dục và Đào tạo;      PHÁT TRIỂN ĐỐI TƯỢNG": the position's second line beside an item.
      if (position.length && !(isItem(t) && capsBeside(lines, i, end))) break;
      continue;
    }
    if (!isAllCaps(t) || matchAuthority(t)) break;
    // "TRƯỞNG BAN" ⏎ "CHỦ TỊCH UBND XÃ": a second title the signer holds, not the position wrapping.
    if (position.length && isCapsName(t)) break;
    if (position.length && POSITION_HEAD.test(t)) {
      // "TM. BAN THƯỜNG TRỰC ỦY BAN MTTQ" ⏎ "VIỆT NAM TỈNH ĐỒNG THÁP" ⏎ "PHÓ CHỦ TỊCH": a line that
      // is no title, between the authority and a title, is the authority wrapping.
      const wrapped = position.length === 1 && authority.length > 0 && !POSITION_IN.test(position[0] as string);
      if (wrapped) {
        authority.push(position.pop() as string);
        position.push(t);
      }
      i++;
      break;
    }
    position.push(t);
    first ??= line;
    if (position.length >= 2) {
      i++;
      break;
    }
  }
  // "T/M ĐẢNG ỦY" ⏎ "Q. BÍ THƯ" and no title below: the acting head's line is the position held, as
  // "BÍ THƯ" would be. "Q. GIÁM ĐỐC" alone is both: the capacity it signs in and the post held.
  const last = !position.length ? authority.at(-1) : undefined;
  if (last !== undefined && matchAuthority(last)?.prefix === 'Q') {
    position.push(last);
    if (authority.length >= 2) authority.pop();
  }
  let name: string | null = null;
  for (; i < end; i++) {
    const line = lines[i] as Line;
    // "Nguyễn Văn Đệ (Đã ký)": the note beside the name.
    const t = sigText(line).replace(SIGNED_BESIDE, '');
    if (t === '' || isSignedNote(t) || isItem(t)) continue;
    if (POSITION_HEAD.test(t) && isAllCaps(t)) continue;
    if (isPersonName(t)) {
      name = t;
      break;
    }
    if (isAllCaps(t)) {
      // A name typed in capitals: "NGUYỄN VĂN A". Another caps line (a page's running title) is
      // passed over; a caps line of no known family name still ends the search.
      if (isCapsName(t)) {
        name = t;
        break;
      }
      const words = t.split(/\s+/u);
      if (words.length >= 2 && words.length <= 6 && !/\d/u.test(t) && !looksLikeBody(t)) {
        name = t;
        break;
      }
    }
  }
  const value: Signer = {
    authority: authority.length ? authority.join(' ') : null,
    position: position.length ? position.join(' ') : null,
    name,
    line: first?.no ?? null,
  };
  const source: Source | null = first
    ? {
        line: first.no,
        column: first.col,
        text: [...new Set([...authority, ...position]), name ?? ''].join(' / '),
        rule: 'signer.block',
      }
    : null;
  return { value, source };
}
