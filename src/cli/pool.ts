// Run jobs on worker threads when the batch is large enough to pay for them (both cores of a
// clerk's machine), else on the main thread. Results come back in input order whatever finishes
// first, so output never depends on the number of threads.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Job, JobResult } from './job.js';

/** Below this many files, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 48;
const IN_FLIGHT_PER_WORKER = 2;
// A smaller young generation per worker (V8's default is sized for one isolate per process): a
// long batch keeps a flat, lower peak memory for a few more minor collections.
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 8 } };

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
export async function* runOrdered(
  jobs: readonly Job[],
  local: (job: Job) => Promise<JobResult>,
  threads: number,
): AsyncGenerator<JobResult> {
  const file = workerFile();
  if (threads <= 1 || jobs.length < WORKER_THRESHOLD || file === null) {
    for (const job of jobs) yield await local(job);
    return;
  }
  const { Worker } = await import('node:worker_threads');
  // The main thread parses too, whenever it would otherwise wait for a worker: one thread fewer
  // to start, and one V8 heap fewer in memory.
  const workers = Array.from({ length: Math.min(threads - 1, jobs.length) }, () => new Worker(file, WORKER_OPTIONS));
  const done = new Map<number, JobResult>();
  let next = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const window = threads * 8;
  let emitted = 0;

  // Two jobs in flight per worker: the next one is already there when a worker finishes, so no
  // worker waits between files for the main thread (busy parsing or writing output).
  const inFlight = new Map<InstanceType<typeof Worker>, number>(workers.map((w) => [w, 0]));
  const fill = () => {
    for (const w of workers) {
      while ((inFlight.get(w) ?? 0) < IN_FLIGHT_PER_WORKER && next < jobs.length && next < emitted + window) {
        w.postMessage(jobs[next]);
        next++;
        inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
      }
    }
  };
  for (const w of workers) {
    w.on('message', (result: JobResult) => {
      done.set(result.index, result);
      inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
      fill();
      wake?.();
    });
    w.on('error', (error) => {
      failure = error;
      wake?.();
    });
  }
  fill();
  try {
    for (const job of jobs) {
      while (!done.has(job.index)) {
        if (failure) throw failure;
        if (next < jobs.length && next < emitted + window) {
          // Let the workers' messages in first (a local job may never wait on the event loop:
          // files are read at once), so they get their next jobs without waiting for this one.
          await new Promise<void>((resolve) => setImmediate(resolve));
          if (done.has(job.index) || next >= jobs.length || next >= emitted + window) continue;
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
