// A progress bar on stderr for batches of more than a handful of files, drawn only for a person:
// stderr is a terminal, not --quiet, not CI.
import type { CliIO } from './io.js';

export interface Progress {
  tick(): void;
  stop(): void;
}

const NONE: Progress = { tick: () => {}, stop: () => {} };
/** A handful: below this a batch finishes before a bar helps. */
export const PROGRESS_MIN_FILES = 8;

export async function startProgress(total: number, io: CliIO, quiet: boolean): Promise<Progress> {
  const ci = io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false';
  if (quiet || ci || io.stderrIsTTY !== true || total < PROGRESS_MIN_FILES) return NONE;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    {
      format: 'directive-parse [{bar}] {value}/{total} tệp · {percentage}% · còn {eta_formatted}',
      stream: io.stderr as unknown as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
