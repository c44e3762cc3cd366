// Errors the CLI turns into one line on stderr. Anything else is an internal error (also one line).

/** Bad arguments or flags: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Text of an unexpected error, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Only from the start of a whitespace run (same matches): without `(?<!\s)` a long run with no
  // line break is rescanned from each of its characters (quadratic).
  return text.replace(/(?<!\s)\s*[\r\n]+\s*/gu, ' ').trim() || 'unknown error';
}
