// Turn the command line's inputs — files, folders, glob patterns, "-" — into a sorted, stable list
// of files, each with the path it is mirrored to under `-o DIR`.
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface InputFile {
  /** As shown to the user (relative to the working directory when possible). */
  name: string;
  /** Absolute path; "-" for standard input. */
  path: string;
  /** Path below its root, used to mirror the tree under `-o DIR` ("a/b/x.txt"). */
  rel: string;
  /** Directory the input was found under (a folder argument, a glob's base), absolute. */
  root: string | null;
}

export const DEFAULT_EXTENSIONS = ['.txt', '.md'] as const;
/** Outputs this tool writes; never read back as inputs when scanning a folder. */
export const OUTPUT_SUFFIXES = ['.summary.txt', '.json', '.yaml', '.ics', '.csv', '.ndjson'] as const;

const GLOB_CHARS = /[*?[\]{}]/u;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/** The static part of a glob ("thang-*\/**\/*.txt" → "."; "docs/2026/*.txt" → "docs/2026"). */
function globBase(pattern: string): string {
  const parts = pattern.split(/[/\\]/u);
  const fixed: string[] = [];
  for (const p of parts) {
    if (isGlob(p)) break;
    fixed.push(p);
  }
  return fixed.length ? fixed.join('/') || '/' : '.';
}

function wanted(file: string, extensions: readonly string[]): boolean {
  const lower = file.toLowerCase();
  if (OUTPUT_SUFFIXES.some((s) => lower.endsWith(s) && !extensions.includes(s))) return false;
  return extensions.some((ext) => lower.endsWith(ext));
}

const display = (cwd: string, abs: string) => {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
};

async function kind(path: string): Promise<'file' | 'dir' | 'missing'> {
  try {
    const info = await stat(path);
    return info.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

export interface ExpandOptions {
  cwd: string;
  extensions: readonly string[];
  /** Absolute paths never read (the output directory). */
  exclude?: readonly string[];
}

export interface Expanded {
  files: InputFile[];
  /** A folder or glob was given: this is a batch even if it matched one file. */
  batch: boolean;
  /** Folder roots given on the command line (to keep -o DIR out of them). */
  roots: string[];
}

/** Expand arguments in order; within a folder or glob, files are sorted by path. Duplicates are dropped. */
export async function expandInputs(args: readonly string[], options: ExpandOptions): Promise<Expanded> {
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const roots: string[] = [];
  let batch = args.length > 1;
  const excluded = (abs: string) =>
    (options.exclude ?? []).some((dir) => abs === dir || abs.startsWith(dir.endsWith(sep) ? dir : dir + sep));
  const add = (abs: string, root: string | null) => {
    if (seen.has(abs) || excluded(abs)) return;
    seen.add(abs);
    const rel = root ? relative(root, abs) : (abs.split(sep).pop() ?? abs);
    out.push({ name: display(options.cwd, abs), path: abs, rel, root });
  };
  const scan = async (pattern: string, root: string) => {
    // Hidden files and folders are skipped (dot: false); results sorted for a stable order. Loaded
    // here: a run on plain files never needs the globbing package.
    const { glob } = await import('tinyglobby');
    const found = await glob(pattern, {
      cwd: root,
      absolute: true,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
    });
    for (const f of found.sort()) if (wanted(f, options.extensions)) add(resolve(f), root);
  };
  for (const arg of args) {
    if (arg === '-') {
      if (seen.has('-')) throw new UsageError('"-" (standard input) can be given only once');
      seen.add('-');
      out.push({ name: '<stdin>', path: '-', rel: 'stdin', root: null });
      continue;
    }
    const abs = resolve(options.cwd, arg);
    const k = await kind(abs);
    if (k === 'dir') {
      batch = true;
      roots.push(abs);
      await scan('**/*', abs);
    } else if (k === 'file' || !isGlob(arg)) {
      // A missing plain path is reported when it is read, like any unreadable file.
      add(abs, null);
    } else {
      batch = true;
      const base = resolve(options.cwd, globBase(arg));
      const rest = relative(base, resolve(options.cwd, arg)).split(sep).join('/');
      await scan(rest || '**/*', base);
    }
  }
  rebaseOnCommonFolder(out);
  return { files: out, batch, roots };
}

/**
 * Several folders or globs (`in/a in/b -o out`): mirror from the folder they share, so
 * `in/a/x.txt` and `in/b/x.txt` become `out/a/x.json` and `out/b/x.json`, not one `out/x.json`.
 */
function rebaseOnCommonFolder(files: InputFile[]): void {
  const roots = [...new Set(files.flatMap((f) => (f.root === null ? [] : [f.root])))];
  if (roots.length < 2) return;
  const common = roots.reduce(commonFolder);
  for (const f of files) if (f.root !== null) f.rel = relative(common, f.path);
}

function commonFolder(a: string, b: string): string {
  const x = a.split(sep);
  const y = b.split(sep);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return x.slice(0, n).join(sep) || sep;
}

/** Where `-o DIR` puts the output of `file`: the input tree mirrored, the extension replaced. */
export function mirrorPath(outDir: string, file: InputFile, extension: string): string {
  // Control characters from a file name never reach the output's name.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  const safe = file.rel.replace(/[\u0000-\u001f\u007f]/gu, '_');
  const rel = safe.replace(/\.[^./\\]+$/u, '') + extension;
  const target = resolve(outDir, rel);
  // Input paths come from the file system, never "..", but refuse anything that would escape.
  const inside = relative(outDir, target);
  if (inside.startsWith('..') || isAbsolute(inside))
    throw new UsageError(`refusing to write outside ${outDir}: ${rel}`);
  return target;
}
