// Drive the CLI in-process with fake streams.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliIO, run } from '../../src/cli/run.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = [
  'party-cv-draft-header',
  'party-cv-kinh-gui-only',
  'party-cv-no-header',
  'party-ket-luan',
  'state-cv-van-phong',
];
export const fixture = (name: string) => `fixtures/${name}/input.txt`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeOptions {
  stdin?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  cwd?: string;
  signal?: AbortSignal;
  /** Called after every write to stdout (tests use it to interrupt a batch mid-way). */
  onStdout?: (chunk: string) => void;
}

export async function cli(args: string[], options: FakeOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const io: CliIO = {
    stdin: (async function* () {
      if (input !== undefined) yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
    })(),
    stdout: {
      write: (s: string) => {
        stdout += s;
        options.onStdout?.(s);
        return true;
      },
    },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? ROOT,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** stderr holds exactly one line, with no stack trace. */
export function oneLine(stderr: string): string {
  const lines = stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '') throw new Error(`expected one line on stderr, got:\n${stderr}`);
  return lines[0] ?? '';
}

const scratch: string[] = [];

/** A fresh temporary folder; `removeScratch` (each test file's afterAll) deletes them all. */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `dp-${prefix}-`));
  scratch.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
}
