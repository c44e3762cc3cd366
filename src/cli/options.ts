// Parsers for option values: each throws commander's InvalidArgumentError with a clear hint.
import { InvalidArgumentError } from 'commander';

/** `YYYY-MM-DD` that names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
}

export function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD, e.g. 2026-04-30.');
  return value;
}

const UNITS: Readonly<Record<string, number>> = { d: 1440, h: 60, m: 1, w: 10080 };

/** "3d,1d", "7d", "2h", "30m", "1w", "none" → minutes before the deadline, largest first. */
export function parseRemind(value: string): number[] {
  if (value.trim().toLowerCase() === 'none') return [];
  const out: number[] = [];
  for (const part of value.split(',')) {
    const m = /^\s*(\d{1,4})\s*([dhmw])\s*$/iu.exec(part);
    const unit = UNITS[(m?.[2] ?? '').toLowerCase()];
    if (!m || unit === undefined) {
      throw new InvalidArgumentError('expected a list like 3d,1d (d days, h hours, m minutes, w weeks) or none.');
    }
    out.push(Number(m[1]) * unit);
  }
  return [...new Set(out)].sort((a, b) => b - a);
}

/** DTSTAMP: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]Z" → "YYYY-MM-DDTHH:MM:SSZ". */
export function parseNow(value: string): string {
  if (isIsoDate(value)) return `${value}T00:00:00Z`;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/u.exec(value);
  if (!m || !isIsoDate(m[1] ?? '') || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) {
    throw new InvalidArgumentError('expected YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ.');
  }
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}Z`;
}

/** "14d", "2w", "1m" (months as 30 days) → days. */
export function parseWithin(value: string): number {
  const m = /^\s*(\d{1,4})\s*([dwm]?)\s*$/iu.exec(value);
  if (!m) throw new InvalidArgumentError('expected a span like 14d, 2w or 1m.');
  const n = Number(m[1]);
  const unit = (m[2] ?? 'd').toLowerCase();
  return unit === 'w' ? n * 7 : unit === 'm' ? n * 30 : n;
}

/** ".txt,.md" or "txt,md" → [".txt", ".md"]. */
export function parseExtensions(value: string): string[] {
  const list = value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
    .map((e) => (e.startsWith('.') ? e : `.${e}`));
  if (list.length === 0 || list.some((e) => !/^\.[\p{L}\d._-]{1,16}$/u.test(e))) {
    throw new InvalidArgumentError('expected a list of extensions like .txt,.md.');
  }
  return list;
}

export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError('expected a number of threads from 1 to 64.');
  return n;
}

/** "32MB", "500KB", "2m", "1048576" → bytes. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?|kib|mib|gib)?\s*$/iu.exec(value);
  if (!m) throw new InvalidArgumentError('expected a size like 32MB, 500KB or a number of bytes.');
  const unit = (m[2] ?? 'b').toLowerCase()[0] ?? 'b';
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * scale);
  if (bytes < 1) throw new InvalidArgumentError('expected a size of at least one byte.');
  return bytes;
}
