// A seeded generator of realistic directives for the benchmark: header (issuer, number, banner,
// place and date), title or V/v subject, Kính gửi, a preamble citing other documents, sections
// with task trees ((1) / a) / - items), deadline phrases of every kind, Nơi nhận and a signature.
// The same seed always gives the same text; `pages` sets the size (one page ≈ 3 KB).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ASSIGNEES,
  CITATIONS,
  DEADLINES,
  DOC_TYPES,
  FILLER,
  ISSUERS,
  OBJECTS,
  PLACES,
  RECIPIENTS,
  SECTION_HEADINGS,
  SIGNERS,
  SUBJECTS,
  VERBS,
} from './tables.js';

const PAGE_CHARS = 3000;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Fill `{d}`, `{dm}`, `{m}`, `{q}`, `{y}`, `{day}`, `{h}`, `{n}` placeholders. */
function fill(p: Picker, template: string, year: number): string {
  return template.replace(/\{(d|dm|m|q|y|day|h|n)\}/gu, (_, key: string) => {
    const month = p.int(1, 12);
    const day = p.int(1, 28);
    switch (key) {
      case 'd':
        return p.chance(0.5) ? `${pad(day)}/${pad(month)}/${year}` : `${day}/${month}/${year}`;
      case 'dm':
        return `${day}/${month}`;
      case 'm':
        return String(month);
      case 'q':
        return p.pick(['I', 'II', 'III', 'IV']);
      case 'y':
        return String(year);
      case 'day':
        return String(p.int(5, 25));
      case 'h':
        return String(p.int(7, 17));
      default:
        return String(p.int(1, 1500));
    }
  });
}

function header(p: Picker, year: number): { lines: string[]; party: boolean } {
  const issuer = p.pick(ISSUERS);
  const type = p.pick(DOC_TYPES);
  const month = p.int(1, 4);
  const day = p.int(1, 28);
  const n = p.int(1, 999);
  const lines = [issuer.parent, issuer.name, issuer.party ? '*' : '', ''];
  const number = issuer.party
    ? `Số: ${n}-${type.code}/${issuer.symbol}`
    : `Số: ${n}/${type.code === 'CV' ? '' : `${type.code}-`}${issuer.symbol}`;
  lines.push(number);
  if (!type.title) lines.push(`V/v ${p.pick(SUBJECTS)}`);
  lines.push('');
  lines.push(
    issuer.party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
  );
  lines.push('', `${p.pick(PLACES)}, ngày ${pad(day)} tháng ${pad(month)} năm ${year}`, '');
  if (type.title) lines.push(type.title, p.pick(SUBJECTS).toUpperCase(), '');
  else {
    lines.push('Kính gửi:', '');
    const k = p.int(1, 4);
    for (let i = 0; i < k; i++) lines.push(`- ${p.pick(RECIPIENTS)}${i === k - 1 ? '.' : ';'}`);
    lines.push('');
  }
  return { lines, party: issuer.party };
}

function preamble(p: Picker, year: number): string {
  const cites = Array.from({ length: p.int(1, 3) }, () => fill(p, p.pick(CITATIONS), year - p.int(0, 2)));
  return `Thực hiện ${cites.join('; ')}, ${p.pick(FILLER).replace(/^./u, (c) => c.toLowerCase())}`;
}

/** One task sentence; most carry a deadline phrase, some cite a document. */
function task(p: Picker, year: number): string {
  let s = `${p.pick(VERBS)} ${p.pick(OBJECTS)}`;
  if (p.chance(0.3)) s += ` theo ${fill(p, p.pick(CITATIONS), year)}`;
  if (p.chance(0.5)) s += `. Giao ${p.pick(ASSIGNEES)} chủ trì, phối hợp với ${p.pick(ASSIGNEES)} thực hiện`;
  if (p.chance(0.75)) {
    const phrase = fill(p, p.pick(DEADLINES), year);
    return /^[A-ZĐ(]/u.test(phrase) ? `${s}. ${phrase}` : `${s} ${phrase}`;
  }
  return `${s}.`;
}

/** A directive of about `pages` pages, the same for the same seed. */
export function generateDirective(seed: number, pages: number): string {
  const p = new Picker(rng(seed));
  const year = p.pick([2025, 2026, 2026, 2027]);
  const { lines } = header(p, year);
  const out = [...lines, preamble(p, year), ''];
  let size = out.join('\n').length;
  const target = pages * PAGE_CHARS;
  let section = 0;
  while (size < target) {
    const heading = fill(p, p.pick(SECTION_HEADINGS), year);
    const block: string[] = [`${ROMAN[section % ROMAN.length]}. ${heading}`, ''];
    section++;
    if (p.chance(0.5)) block.push(p.pick(FILLER), '');
    const items = p.int(2, 6);
    for (let i = 1; i <= items && size < target; i++) {
      const style = p.int(0, 2);
      if (style === 0) block.push(`${i}. ${task(p, year)}`, '');
      else if (style === 1) block.push(`(${i}) ${task(p, year)}`, '');
      else block.push(`${i}. ${p.pick(ASSIGNEES)}:`, '');
      // Sub-items: a) b) with - bullets under some.
      const subs = p.int(0, 3);
      for (let j = 0; j < subs; j++) {
        block.push(`${String.fromCharCode(97 + j)}) ${task(p, year)}`, '');
        if (p.chance(0.3)) {
          for (let k = 0; k < p.int(1, 3); k++) block.push(`- ${task(p, year)}`);
          block.push('');
        }
      }
      if (p.chance(0.4)) block.push(p.pick(FILLER), '');
      size += block.reduce((a, l) => a + l.length + 1, 0);
      out.push(...block.splice(0));
    }
    out.push(...block);
    size = out.reduce((a, l) => a + l.length + 1, 0);
  }
  const signer = p.pick(SIGNERS);
  out.push('Nơi nhận:', '- Như trên;');
  for (let i = 0; i < p.int(1, 3); i++) out.push(`- ${p.pick(RECIPIENTS)};`);
  out.push('- Lưu VT.', '', signer.role);
  if (signer.title) out.push(signer.title);
  out.push('', '(Đã ký)', '', signer.name, '');
  return out.join('\n');
}

/** Size of document `i` in pages: mostly one to three, some up to fifty (deterministic per seed). */
export function pagesFor(seed: number, i: number): number {
  const r = rng(seed * 7919 + i)();
  if (r < 0.7) return 1 + Math.floor(r / 0.25);
  if (r < 0.95) return 4 + Math.floor(((r - 0.7) / 0.25) * 12);
  return 16 + Math.floor(((r - 0.95) / 0.05) * 35);
}

/** Write `n` directives to `dir` (`doc-00001.txt` …); returns their paths. */
export function writeCorpus(dir: string, n: number, seed: number): string[] {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < n; i++) {
    const path = join(dir, `doc-${String(i + 1).padStart(5, '0')}.txt`);
    writeFileSync(path, generateDirective(seed * 100003 + i, pagesFor(seed, i)));
    paths.push(path);
  }
  return paths;
}
