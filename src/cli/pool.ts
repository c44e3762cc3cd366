// Run jobs on worker threads when the batch is large enough to pay for them (both cores of a
// clerk's machine), else on the main thread. Results come back in input order whatever finishes
// first, so output never depends on the number of threads.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CliIO } from './io.js';
import type { Job, JobResult } from './job.js';

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 48;
const IN_FLIGHT_PER_WORKER = 2;
const MAX_RESPAWNS = 4;
// Heap limits per worker. V8 sizes a heap for one isolate per process, and a worker's old
// generation grew to ~100 MB on a long batch whose live data stays near 12 MB; a smaller young
// generation and an old-generation cap keep the batch's peak flat. A worker that still runs out
// (a huge input) stops, and its jobs are run on the main thread, which has the default heap.
// DIRECTIVE_PARSE_WORKER_HEAP_MB changes the cap (low-memory machines; tests).
const WORKER_HEAP_MB = 96;

function workerOptions(env: Record<string, string | undefined>) {
  const asked = Number(env.DIRECTIVE_PARSE_WORKER_HEAP_MB);
  const heap = Number.isFinite(asked) && asked >= 4 ? asked : WORKER_HEAP_MB;
  return { resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: heap } };
}

/** Compiled workers only: under tsx or vitest the sources are .ts and run on the main thread. */
function workerFile(): string | null {
  const url = new URL('./worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') ? fileURLToPath(url) : null;
}

export function defaultJobs(): number {
  return Math.max(1, Math.min(availableParallelism(), 8));
}

/**
 * Yield each job's result in job order. `local` runs a job here (standard input, small batches);
 * at most `window` results wait in memory for an earlier one, so memory stays flat.
 */
export interface PoolOptions {
  /** The environment (DIRECTIVE_PARSE_WORKER_HEAP_MB). */
  env?: Record<string, string | undefined>;
  /** Told when a worker stops and its jobs move to the main thread (a debugging note). */
  note?: (message: string) => void;
}

/** A CLI run's pool options: its environment, and notes on stderr under DIRECTIVE_PARSE_DEBUG. */
export function poolOptions(io: Pick<CliIO, 'env' | 'stderr'>): PoolOptions {
  const note = (message: string) => {
    io.stderr.write(`directive-parse: ${message}\n`);
  };
  return io.env.DIRECTIVE_PARSE_DEBUG ? { env: io.env, note } : { env: io.env };
}

export async function* runOrdered(
  jobs: readonly Job[],
  local: (job: Job) => Promise<JobResult>,
  threads: number,
  options: PoolOptions = {},
): AsyncGenerator<JobResult> {
  const file = workerFile();
  if (threads <= 1 || jobs.length < WORKER_THRESHOLD || file === null) {
    for (const job of jobs) yield await local(job);
    return;
  }
  const { Worker } = await import('node:worker_threads');
  // The main thread parses too, whenever it would otherwise wait for a worker: one thread fewer
  // to start, and one V8 heap fewer in memory.
  const limits = workerOptions(options.env ?? {});
  const workers: InstanceType<typeof Worker>[] = [];
  const done = new Map<number, JobResult>();
  let next = 0;
  let wake: (() => void) | null = null;
  const window = threads * 8;
  let emitted = 0;

  // Two jobs in flight per worker: the next one is already there when a worker finishes, so no
  // worker waits between files for the main thread (busy parsing or writing output).
  const live = new Set<InstanceType<typeof Worker>>();
  const inFlight = new Map<InstanceType<typeof Worker>, Set<number>>();
  // Jobs of a worker that stopped (out of memory on a huge input, say): this thread runs them.
  const orphans: number[] = [];
  const fill = () => {
    for (const w of live) {
      const mine = inFlight.get(w) as Set<number>;
      while (mine.size < IN_FLIGHT_PER_WORKER && next < jobs.length && next < emitted + window) {
        w.postMessage(jobs[next]);
        mine.add(next);
        next++;
      }
    }
  };
  // A lost worker is replaced while work remains, a few times at most (one that cannot start
  // at all must not be restarted for ever).
  let respawns = MAX_RESPAWNS;
  let finished = false;
  const lost = (w: InstanceType<typeof Worker>, why: string) => {
    if (!live.delete(w)) return;
    const left = [...(inFlight.get(w) ?? [])];
    if (!finished) options.note?.(`a worker stopped (${why}); ${left.length} job(s) run on the main thread`);
    orphans.push(...left);
    inFlight.delete(w);
    void w.terminate();
    if (!finished && next < jobs.length && respawns > 0) {
      respawns--;
      spawn();
      fill();
    }
    wake?.();
  };
  const spawn = () => {
    const w = new Worker(file, limits);
    workers.push(w);
    live.add(w);
    inFlight.set(w, new Set());
    w.on('message', (result: JobResult) => {
      done.set(result.index, result);
      inFlight.get(w)?.delete(result.index);
      fill();
      wake?.();
    });
    w.on('error', (error) => lost(w, error.message));
    w.on('exit', (code) => lost(w, `exit ${code}`));
  };
  for (let i = 0; i < Math.min(threads - 1, jobs.length); i++) spawn();
  fill();
  try {
    for (const job of jobs) {
      while (!done.has(job.index)) {
        const orphan = orphans.shift();
        if (orphan !== undefined) {
          if (!done.has(orphan)) done.set(orphan, await local(jobs[orphan] as Job));
          continue;
        }
        if (next < jobs.length && next < emitted + window) {
          // Let the workers' messages in first (a local job may never wait on the event loop:
          // files are read at once), so they get their next jobs without waiting for this one.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (done.has(job.index) || orphans.length > 0 || next >= jobs.length || next >= emitted + window) continue;
          const mine = jobs[next] as Job;
          next++;
          const result = await local(mine);
          done.set(result.index, result);
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
      }
      const result = done.get(job.index) as JobResult;
      done.delete(job.index);
      emitted++;
      fill(); // room in the window again
      yield result;
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
