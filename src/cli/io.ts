// Files, stdin and the terminal: the only I/O in the project.
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../text/input-error.js';

/** What `run` needs from the outside world; tests pass fakes. */
export interface CliIO {
  /** Read when an input is `-`. */
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is only used there, unless FORCE_COLOR says otherwise). */
  isTTY: boolean;
  /** Whether stderr is a terminal (the progress bar is only drawn there). */
  stderrIsTTY?: boolean;
  /** Aborted on Ctrl-C: a batch stops after the file in hand, leaving only complete files. */
  signal?: AbortSignal;
  /** Directory relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
}

/** Largest input accepted: directives are kilobytes; anything this big is not one. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

export const STDIN_NAME = '<stdin>';

/** A short, human reason for a file-system error code. */
export function fsReason(error: unknown, action: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file' : 'no such directory';
    case 'ENOTDIR':
      return action === 'read' ? 'no such file (a part of the path is not a directory)' : 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return `cannot ${action} (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

async function readStdin(stdin: CliIO['stdin']): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(STDIN_NAME, 'input is too large to be a directive');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** The bytes of one input (`-` is stdin). Throws InputError with the name as the user wrote it. */
export async function readInput(name: string, io: CliIO): Promise<Uint8Array> {
  if (name === '-') return readStdin(io.stdin);
  return readFileInput(name, resolve(io.cwd ?? process.cwd(), name));
}

export function sizeText(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** The bytes of a file, refused with a clear reason when it is a folder, missing or too large. */
export async function readFileInput(name: string, path: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw new InputError(name, 'is a directory');
    if (info.isFile() && info.size > maxBytes) {
      throw new InputError(
        name,
        `file is too large to be a directive (${sizeText(info.size)}; the limit is ${sizeText(maxBytes)}, see --max-size)`,
      );
    }
    // A regular file is read at once: directives are kilobytes, and a read through the thread pool
    // left the thread idle longer than the read takes (13 % of a batch). Pipes and devices may
    // block, so they are read asynchronously.
    return info.isFile() ? readFileSync(path) : await readFile(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(name, fsReason(error, 'read'));
  }
}

/**
 * Whether to colour the terminal summary. Order: `--no-color`, then FORCE_COLOR (0/false = off,
 * anything else = on), then NO_COLOR (any non-empty value = off), then a TTY that is not `TERM=dumb`.
 */
export function useColor(flag: boolean, io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  if (!flag) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY && io.env.TERM !== 'dumb';
}
