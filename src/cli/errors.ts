// Errors the CLI turns into one line on stderr. Anything else is an internal error (also one line).

/** Bad arguments or flags: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Text of an unexpected error, on one line. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*[\r\n]+\s*/gu, ' ').trim() || 'unknown error';
}
