// Parse many inputs and deliver the outputs: stdout, one file (-o FILE), a mirrored folder
// (-o DIR), or one combined file (--merge FILE). A bad input never stops the others.
import { mkdir, realpath, stat } from 'node:fs/promises';
import { dirname, extname, relative, resolve, sep } from 'node:path';
import type { EncodingOption } from '../text/encodings.js';
import type { Directive, ParseOptions } from '../types.js';
import { writeFileAtomic } from './atomic-write.js';
import { UsageError } from './errors.js';
import { type Expanded, type InputFile, mirrorPath } from './inputs.js';
import { type CliIO, fsReason, readInput } from './io.js';
import { type Job, type JobResult, runJob } from './job.js';
import { poolOptions, runOrdered } from './pool.js';
import { startProgress } from './progress.js';
import { EXTENSIONS, loadRenderer, type RenderSpec } from './render.js';

export interface BatchOptions {
  spec: RenderSpec;
  parse: ParseOptions;
  output?: string;
  merge?: string;
  quiet: boolean;
  jobs: number;
  allowOutputInInput: boolean;
  maxBytes: number;
  encoding?: EncodingOption;
}

type Mode =
  | { kind: 'stdout' }
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string }
  | { kind: 'merge'; path: string };

const KNOWN_EXT = new Set(['.json', '.yaml', '.yml', '.ics', '.csv', '.txt', '.ndjson']);

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

const inside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/** Decide where outputs go; refuse an output folder inside an input folder unless asked. */
/** An output named like an input would destroy it: refuse before anything is read. */
export function refuseInputAsOutput(args: readonly string[], target: string | undefined, cwd: string): void {
  if (target === undefined) return;
  const path = resolve(cwd, target);
  if (args.some((a) => a !== '-' && resolve(cwd, a) === path)) {
    throw new UsageError(`refusing to write over an input: ${target}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function outputMode(expanded: Expanded, options: BatchOptions, cwd: string): Promise<Mode> {
  if (options.merge !== undefined) {
    if (options.output !== undefined) throw new UsageError('--merge and --output cannot be used together');
    return { kind: 'merge', path: resolve(cwd, options.merge) };
  }
  if (options.output === undefined) return { kind: 'stdout' };
  const path = resolve(cwd, options.output);
  const batch = expanded.batch || expanded.files.length > 1;
  const dir = (await isDir(path)) || /[/\\]$/u.test(options.output);
  if (batch && !dir && (await exists(path))) {
    throw new UsageError(`--output ${options.output} is a file; several inputs need a folder, or --merge FILE`);
  }
  if (!batch && !dir) return { kind: 'file', path };
  if (!dir && KNOWN_EXT.has(extname(path).toLowerCase())) {
    throw new UsageError(
      `--output takes a single input file when it names a file (got ${expanded.files.length} inputs); give a folder for one output per input, or --merge FILE for one combined file`,
    );
  }
  if (!options.allowOutputInInput) {
    const root = expanded.roots.find((r) => inside(path, r));
    if (root)
      throw new UsageError(
        `output folder ${options.output} is inside the input folder ${relative(cwd, root) || '.'} (add --allow-output-in-input to write there)`,
      );
  }
  return { kind: 'dir', path };
}

export interface BatchReport {
  parsed: number;
  failed: number;
  deadlines: number;
  /** Set when Ctrl-C stopped the batch: the last input fully handled, if any. */
  interrupted?: { done: number; total: number; last: string | null };
}

/** Refuse to write through a symbolic link that leads out of the output folder. */
async function assertInside(root: string, dir: string): Promise<void> {
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dir)]);
  if (!inside(realDir, realRoot))
    throw new UsageError(`refusing to write outside ${root} (through a symbolic link: ${dir})`);
}

/** Run a batch; returns the counts (errors were already reported on stderr). */
export async function runBatch(
  expanded: Expanded,
  mode: Mode,
  options: BatchOptions,
  io: CliIO,
  fail: (message: string) => void,
): Promise<BatchReport> {
  const files = expanded.files;
  const batch = expanded.batch || files.length > 1;
  const spec = options.spec;
  // Merged outputs of these formats need the records; the others are text per file.
  const mergesRecords = ['json', 'yaml', 'ics', 'csv'].includes(spec.format);
  const merged = mode.kind === 'merge' || (mode.kind === 'stdout' && batch);
  const keepRecord = merged && mergesRecords;
  const jobs: Job[] = files.map((f, index) => ({
    index,
    name: f.name,
    path: f.path,
    spec,
    parse: options.parse,
    keepRecord,
    keepText: !keepRecord,
    withHeader: batch && spec.format === 'summary',
    maxBytes: options.maxBytes,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  }));
  const local = async (job: Job): Promise<JobResult> => {
    if (job.path !== '-') return runJob(job);
    try {
      return await runJob(job, await readInput('-', io));
    } catch (error) {
      return { index: job.index, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  };
  const threads = files.some((f) => f.path === '-') ? 1 : options.jobs;
  const progress = await startProgress(files.length, io, options.quiet);
  let lastDone: string | null = null;
  const report: BatchReport = { parsed: 0, failed: 0, deadlines: 0 };
  const records: Array<{ record: Directive | null; file: string }> = [];
  const texts: string[] = [];
  const inputs = new Set(files.map((f) => f.path));
  // Two inputs that mirror to one output (x/doc.txt and y/doc.txt given as files, doc.txt and doc.md).
  const written = new Map<string, string>();
  let streamed = 0;
  try {
    for await (const result of runOrdered(jobs, local, threads, poolOptions(io))) {
      if (io.signal?.aborted) {
        report.interrupted = { done: result.index, total: files.length, last: lastDone };
        break;
      }
      progress.tick();
      const file = files[result.index] as InputFile;
      if (!result.ok) {
        report.failed++;
        fail(result.message);
        if (keepRecord) records.push({ record: null, file: file.name });
        if (result.stack && io.env.DIRECTIVE_PARSE_DEBUG) io.stderr.write(`${result.stack}\n`);
        continue;
      }
      report.parsed++;
      report.deadlines += result.deadlines;
      lastDone = file.name;
      // A note, not an error: --quiet leaves it out (a script over thousands of files asked for silence).
      if (result.left && !options.quiet) fail(`${file.name}: ${result.left}`);
      if (result.record) records.push({ record: result.record, file: file.name });
      const text = result.text ?? '';
      if (mode.kind === 'dir') {
        const target = mirrorPath(mode.path, file, EXTENSIONS[spec.format]);
        if (inputs.has(target)) {
          report.parsed--;
          report.failed++;
          fail(`${file.name}: refusing to overwrite an input with its output (${target})`);
          continue;
        }
        const earlier = written.get(target);
        if (earlier !== undefined) {
          report.parsed--;
          report.failed++;
          fail(`${file.name}: its output ${target} is already the output of ${earlier}; not overwritten`);
          continue;
        }
        written.set(target, file.name);
        try {
          await mkdir(dirname(target), { recursive: true });
          await assertInside(mode.path, dirname(target));
          await writeFileAtomic(target, text);
        } catch (error) {
          if (error instanceof UsageError) {
            report.parsed--;
            report.failed++;
            fail(`${file.name}: ${error.message}`);
            continue;
          }
          report.parsed--;
          report.failed++;
          fail(`${target}: cannot write: ${fsReason(error, 'write')}`);
        }
      } else if (spec.format === 'ndjson' && mode.kind === 'stdout') {
        io.stdout.write(text); // streamed as files finish, in input order
      } else if (mode.kind === 'stdout' && !keepRecord) {
        // Streamed too, so a long batch to a pipe holds one text at a time; the same bytes as joined.
        const piece = streamed > 0 && spec.format === 'summary' ? `\n${text}` : text;
        if (piece !== '') io.stdout.write(piece);
        streamed++;
      } else if (!keepRecord) {
        texts.push(text);
      }
    }
  } finally {
    progress.stop();
  }

  if (report.interrupted || mode.kind === 'dir' || (mode.kind === 'stdout' && !keepRecord)) return report;
  let out: string;
  if (keepRecord) {
    const rendered = (await loadRenderer(spec)).many(records);
    if (rendered.left && !options.quiet)
      fail(`${files.length > 1 ? `${files.length} files` : (files[0]?.name ?? '')}: ${rendered.left}`);
    out = rendered.text;
  } else {
    out = texts.join(spec.format === 'summary' ? '\n' : '');
  }
  if (report.parsed === 0 && mode.kind !== 'merge') return report;
  if (mode.kind === 'stdout') {
    if (out !== '') io.stdout.write(out);
  } else {
    try {
      // A combined file may go into a new folder; a single -o FILE needs its folder to exist.
      if (mode.kind === 'merge') await mkdir(dirname(mode.path), { recursive: true });
      await writeFileAtomic(mode.path, out);
    } catch (error) {
      report.failed++;
      fail(`${mode.path}: cannot write: ${fsReason(error, 'write')}`);
    }
  }
  return report;
}
