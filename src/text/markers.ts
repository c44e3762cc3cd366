// Outline markers at the start of a paragraph: Phần/Chương/Mục/Điều, I., 1., 1.1., (1), a), -, +.
import { canonTones } from './fold.js';
import { alternation } from './patterns.js';
import { CITED_LAW_TYPES, DOC_TYPE_NAMES } from './vocabulary.js';

export type MarkerType =
  | 'upper'
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'roman'
  | 'arabic'
  | 'decimal'
  | 'paren'
  | 'letter'
  | 'dash'
  | 'plus'
  | 'dot'
  /** A row of a task table without an STT column (`src/rules/table-row.ts`). */
  | 'row';

export interface Marker {
  type: MarkerType;
  /** Normalised key for the path: "I", "1", "1.1", "(1)", "a", "Điều 1"; bullets get their ordinal later. */
  key: string;
  /** The marker as written (trimmed). */
  raw: string;
  /** Length of the marker and the spaces after it in the paragraph text. */
  length: number;
  /** Rank in the usual outline order; lower is outer. Decimal depth adds to its rank. */
  rank: number;
}

const ROMAN = '(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})';
// A target's figure after a number and a space: "1. 100% hồ sơ …", "2. 05 xã đạt chuẩn …".
const FIGURE = '\\s(?=\\d{1,4}(?:[.,]\\d{1,2})?\\s{0,2}%|\\d{1,4}\\s+\\p{Ll})';
// Vietnamese alphabet letters used for điểm: a b c d đ e g h i k l m n o p q r s t u v x y.
const LETTERS = '[a-eđg-ik-vxy]';

interface Pattern {
  re: RegExp;
  type: MarkerType;
  rank: number;
  key: (m: RegExpExecArray) => string;
}

const PATTERNS: Pattern[] = [
  // "Phần I", "Phần thứ nhất", "PHẦN II." — normative layout.
  {
    re: /^(?:Phần|PHẦN)\s+(?<n>thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLC]+|\d{1,2})\s*[.:\-–]?\s*/u,
    type: 'part',
    rank: 0,
    key: (m) => `Phần ${m.groups?.n ?? ''}`,
  },
  {
    re: /^(?:Chương|CHƯƠNG)\s+(?<n>[IVXLC]+|\d{1,2})\s*[.:\-–]?\s*/u,
    type: 'chapter',
    rank: 1,
    key: (m) => `Chương ${m.groups?.n ?? ''}`,
  },
  {
    re: /^(?:Mục|MỤC)\s+(?<n>\d{1,2}|[IVXLC]+)\s*[.:\-–]\s*/u,
    type: 'section',
    rank: 2,
    key: (m) => `Mục ${m.groups?.n ?? ''}`,
  },
  {
    re: /^(?:Điều|ĐIỀU)\s+(?<n>\d{1,3})(?<sep>\s*[.:\-–])?\s*/u,
    type: 'article',
    rank: 3,
    key: (m) => `Điều ${m.groups?.n ?? ''}`,
  },
  // "A. KẾT QUẢ", "B. NHIỆM VỤ" — top sections of reports (A–H: later letters are Roman or abbreviations).
  { re: /^(?<n>[ABCDĐEGH])\s*[.)]\s+(?=\p{Lu})/u, type: 'upper', rank: 5, key: (m) => m.groups?.n ?? '' },
  // "II. NHIỆM VỤ", "II- NHIỆM VỤ" (Party), "II) …" — must be followed by a letter.
  {
    re: new RegExp(`^(?<n>${ROMAN})\\s*[.\\-–)]\\s*(?=[\\p{L}"'(])`, 'u'),
    type: 'roman',
    rank: 10,
    key: (m) => m.groups?.n ?? '',
  },
  // "1.1.", "1.1", "2.3.4.", Party "2.1-" — decimal clauses; depth raises the rank.
  {
    re: new RegExp(
      `^(?<n>\\d{1,2}(?:\\.\\d{1,2}){1,3})(?:\\.|\\s*[-–])?(?:\\s*(?<=[.\\-–\\s])(?=[\\p{L}"'(])|\\s*${FIGURE})\\s*`,
      'u',
    ),
    type: 'decimal',
    rank: 30,
    key: (m) => m.groups?.n ?? '',
  },
  // "1.", "1-", "1)", "1/ " then a letter (not "14/4/2026", not "2025 - 2030").
  {
    re: new RegExp(
      `^(?<n>\\d{1,2})\\s*[.)](?:\\s*(?=[\\p{L}"'(])|\\s*${FIGURE}\\s*)|^(?<m>\\d{1,2})\\s*(?:[-–]|\\/)\\s+(?=\\p{Lu})`,
      'u',
    ),
    type: 'arabic',
    rank: 20,
    key: (m) => m.groups?.n ?? m.groups?.m ?? '',
  },
  // "(1)", "(12)" enumerations.
  { re: /^\(\s*(?<n>\d{1,2})\s*\)\s*/u, type: 'paren', rank: 40, key: (m) => `(${m.groups?.n ?? ''})` },
  // "a)", "đ)", "a/ ", "a." followed by space, Party "a-".
  {
    re: new RegExp(
      `^(?<n>${LETTERS})\\s*\\)\\s*|^(?<m>${LETTERS})(?:\\.|\\/)\\s+(?=\\p{Lu})|^(?<k>${LETTERS})(?:\\s+[-–]\\s*|[-–]\\s+)(?=\\p{Lu})`,
      'u',
    ),
    type: 'letter',
    rank: 50,
    key: (m) => m.groups?.n ?? m.groups?.m ?? m.groups?.k ?? '',
  },
  // Bullets: "- ", "– ", "+ ", "• ".
  { re: /^[-–—]\s*(?=[\p{L}\d"'(])/u, type: 'dash', rank: 60, key: () => '-' },
  { re: /^\+\s*(?=[\p{L}\d"'(])/u, type: 'plus', rank: 70, key: () => '+' },
  { re: /^[•●▪◦·]\s*/u, type: 'dot', rank: 65, key: () => '•' },
];

// "Điều 4 Quyết định số …", "Điều 12 Luật …": an article cited, not opened — a line broken after
// "quy định tại" (an article heading has its stop: "Điều 4." "Điều 4:").
const CITED_ACT = new RegExp(`^${alternation([...DOC_TYPE_NAMES, ...CITED_LAW_TYPES])}(?![\\p{L}])`, 'iu');
const CITED_RUN_ON = /^[,;)\p{Ll}]/u;

function citedArticle(m: RegExpExecArray, text: string): boolean {
  if (m.groups?.sep !== undefined) return false;
  const tail = text.slice(m[0].length, m[0].length + 40);
  return CITED_RUN_ON.test(tail) || CITED_ACT.test(canonTones(tail));
}

/** The marker at the start of `text`, if any. */
export function parseMarker(text: string): Marker | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m || m[0].trim() === '') continue;
    const key = p.key(m);
    if (p.type === 'roman' && key === '') continue;
    if (p.type === 'article' && citedArticle(m, text)) return null;
    const raw = m[0].trim();
    const depth = p.type === 'decimal' ? key.split('.').length - 2 : 0;
    return { type: p.type, key, raw, length: m[0].length, rank: p.rank + depth };
  }
  return null;
}
