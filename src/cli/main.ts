// Entry point used by bin/directive-parse.js. Kept tiny: the CLI itself is loaded on demand.
import { pathToFileURL } from 'node:url';
import { compileRegexesEagerly } from './regex-engine.js';

/** Run the CLI on the real process streams and set `process.exitCode` (never `process.exit()`). */
export async function main(): Promise<void> {
  compileRegexesEagerly();
  // `directive-parse … | head` closes the pipe early: stop quietly instead of crashing.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.stderr.write(`directive-parse: cannot write to standard output (${error.code ?? error.message})\n`);
    process.exitCode = 1;
  });
  // Ctrl-C: let the batch finish the file in hand and say where it stopped; a second one exits.
  const interrupt = new AbortController();
  process.once('SIGINT', () => {
    interrupt.abort();
    process.once('SIGINT', () => process.exit(130));
  });
  try {
    const { run } = await import('./run.js');
    process.exitCode = await run(process.argv.slice(2), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      signal: interrupt.signal,
    });
  } catch (error) {
    process.stderr.write(
      `directive-parse: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}

// `tsx src/cli/main.ts …` (npm run dev) runs the file directly; the bin imports it and calls main().
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
