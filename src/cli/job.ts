// One input file → its record and rendered text, or one error line. Runs on the main thread or
// in a worker (worker.ts); everything in and out is plain data.

import type { EncodingOption } from '../text/encodings.js';
import { InputError } from '../text/input-error.js';
import type { Directive, ParseOptions } from '../types.js';
import { oneLine } from './errors.js';
import { readFileInput } from './io.js';
import { loadRenderer, type Renderer, type RenderSpec } from './render.js';

export interface Job {
  index: number;
  name: string;
  /** Absolute path (files only; standard input is read by the caller and passed as bytes). */
  path: string;
  spec: RenderSpec;
  parse: ParseOptions;
  /** Keep the record (merged outputs) and/or the rendered text (per-file outputs). */
  keepRecord: boolean;
  keepText: boolean;
  withHeader: boolean;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Forced input encoding (--encoding); default: detected. */
  encoding?: EncodingOption;
}

export type JobResult =
  | { index: number; ok: true; record?: Directive; text?: string; left?: string; deadlines: number }
  | { index: number; ok: false; message: string; stack?: string };

let cached: { spec: string; renderer: Promise<Renderer> } | null = null;

function rendererFor(spec: RenderSpec): Promise<Renderer> {
  const key = JSON.stringify(spec);
  if (cached?.spec !== key) cached = { spec: key, renderer: loadRenderer(spec) };
  return cached.renderer;
}

// The parser is loaded on the first job (the CLI's start-up stays light), then kept.
let core: Promise<[typeof import('../index.js'), typeof import('../text/decode.js')]> | null = null;
const loadCore = () => {
  core ??= Promise.all([import('../index.js'), import('../text/decode.js')]);
  return core;
};

export async function runJob(job: Job, bytes?: Uint8Array): Promise<JobResult> {
  try {
    const [{ parseDirective }, { decodeInput }] = await loadCore();
    const input = bytes ?? (await readFileInput(job.name, job.path, job.maxBytes));
    if (job.maxBytes !== undefined && input.length > job.maxBytes) {
      throw new InputError(job.name, `input is larger than --max-size (${input.length} bytes)`);
    }
    const { text, encoding } = decodeInput(input, job.name, job.encoding ? { encoding: job.encoding } : {});
    const record = parseDirective(text, { ...job.parse, encoding });
    const rendered = job.keepText ? (await rendererFor(job.spec)).one(record, job.name, job.withHeader) : undefined;
    return {
      index: job.index,
      ok: true,
      ...(job.keepRecord ? { record } : {}),
      ...(rendered ? { text: rendered.text } : {}),
      ...(rendered?.left ? { left: rendered.left } : {}),
      deadlines: record.deadlines.length,
    };
  } catch (error) {
    if (error instanceof InputError) return { index: job.index, ok: false, message: error.message };
    const stack = error instanceof Error ? error.stack : undefined;
    return {
      index: job.index,
      ok: false,
      message: `${job.name}: internal error while parsing: ${oneLine(error)}`,
      ...(stack ? { stack } : {}),
    };
  }
}
