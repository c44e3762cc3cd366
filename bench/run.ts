// Benchmark (issue 4, "Speed"): `npm run bench`. Builds, generates a seeded corpus of directives
// in a temp folder, and prints one table:
//   1. cold start: `directive-parse <one directive> -f json` against bare `node -e 0` (medians);
//   2. batch throughput: 2,000 files read + parseDirective + JSON.stringify in one process, against
//      a floor that only reads the same files and runs one regex over each (and the CLI's ndjson
//      batch mode over the same folder);
//   3. peak memory: the CLI's RSS high-water mark writing 10,000 directives to -o DIR (and a tenth);
//   4. linearity: parse time per KB on the largest document against a one-page one.
// Child processes run this same file with `--child <mode>`, so each figure starts from a fresh
// process. Options: --files N (default 2000), --stream N (10000), --runs N (10), --seed N (1),
// --no-build.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adversarialCases } from '../test/helpers/adversarial.js';
import { generateDirective, writeCorpus } from './corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'directive-parse.js');
const DIST = join(ROOT, 'dist', 'index.js');
const SELF = fileURLToPath(import.meta.url);
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : Number.NaN;
  return Number.isFinite(v) ? v : fallback;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

type Parse = (text: string) => unknown;
const loadParser = async (): Promise<Parse> => (await import(DIST)).parseDirective as Parse;

function listTxt(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}

// ---------------------------------------------------------------------------------------------
// Child modes: each prints one JSON line on stdout.

async function child(mode: string, arg: string): Promise<void> {
  if (mode === 'floor') {
    // Read every file and run one regex over it: the cost no parser can go under.
    const files = listTxt(arg);
    const t0 = performance.now();
    let hits = 0;
    for (const f of files) hits += (readFileSync(f, 'utf8').match(/ngày\s+\d{1,2}\/\d{1,2}\/\d{4}/gu) ?? []).length;
    console.log(JSON.stringify({ ms: performance.now() - t0, files: files.length, hits }));
  } else if (mode === 'library') {
    const parse = await loadParser();
    const files = listTxt(arg);
    const t0 = performance.now();
    let bytes = 0;
    for (const f of files) bytes += JSON.stringify(parse(readFileSync(f, 'utf8'))).length;
    console.log(JSON.stringify({ ms: performance.now() - t0, files: files.length, bytes }));
  } else if (mode === 'linear') {
    const parse = await loadParser();
    const time = (text: string, runs: number) => {
      for (let i = 0; i < 3; i++) parse(text);
      const ts: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        parse(text);
        ts.push(performance.now() - t0);
      }
      return median(ts);
    };
    const small = generateDirective(11, 1);
    const large = generateDirective(12, 50);
    const kb = (s: string) => Buffer.byteLength(s) / 1024;
    console.log(
      JSON.stringify({
        smallKb: kb(small),
        smallMs: time(small, 40),
        largeKb: kb(large),
        largeMs: time(large, 8),
      }),
    );
  } else if (mode === 'adversarial') {
    // Hostile shapes against a normal directive text of the same size (no catastrophic backtracking).
    const parse = await loadParser();
    const size = Number(arg);
    const page = generateDirective(21, 50);
    const normal = page.repeat(Math.ceil(size / page.length)).slice(0, size);
    const time = (text: string) => {
      const t0 = performance.now();
      parse(text);
      return performance.now() - t0;
    };
    time(page);
    const out: Record<string, number> = { normal: time(normal) };
    for (const [name, text] of Object.entries(adversarialCases(normal, size))) out[name] = time(text);
    console.log(JSON.stringify(out));
  } else if (mode === 'first') {
    // One parse in a fresh process: import time and first parse (regex compilation included),
    // with the regex engine set as the CLI sets it.
    const { compileRegexesEagerly } = await import(join(ROOT, 'dist', 'cli', 'regex-engine.js'));
    compileRegexesEagerly();
    const t0 = performance.now();
    const parse = await loadParser();
    const t1 = performance.now();
    parse(readFileSync(arg, 'utf8'));
    const t2 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));
  }
}

// ---------------------------------------------------------------------------------------------
// Parent

function runChild(mode: string, arg: string): Record<string, number> {
  const out = execFileSync(process.execPath, [TSX, SELF, '--child', mode, arg], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

/**
 * Peak resident memory (MB) of a CLI run, worker threads included: the kernel's high-water mark
 * (VmHWM in /proc/PID/status), read every 20 ms until the process exits. Linux only (0 elsewhere).
 */
function peakRss(args: string[]): Promise<number> {
  return new Promise((resolvePeak, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)\s+kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]) / 1024);
      } catch {
        // Not on Linux, or the process has just exited.
      }
    };
    const timer = setInterval(sample, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolvePeak(peak);
      else reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 400)}`));
    });
  });
}

function wall(args: string[], runs: number): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

async function main(): Promise<void> {
  const files = option('files', 2000);
  const stream = option('stream', 10000);
  const runs = option('runs', 10);
  const seed = option('seed', 1);
  if (!process.argv.includes('--no-build')) {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
  }
  if (!existsSync(DIST)) throw new Error('dist/ missing: run `npm run build`');

  const dir = mkdtempSync(join(tmpdir(), 'directive-bench-'));
  const rows: [string, string, string, string][] = [];
  const fmt = (n: number, digits = 1) => n.toFixed(digits);
  try {
    const t0 = performance.now();
    const paths = writeCorpus(join(dir, 'corpus'), files, seed);
    const corpusMb = paths.reduce((a, p) => a + readFileSync(p).length, 0) / 2 ** 20;
    process.stderr.write(
      `corpus: ${files} files, ${fmt(corpusMb)} MB, generated in ${fmt((performance.now() - t0) / 1000)} s\n`,
    );

    // 1. Cold start (alternating runs so drift hits both sides alike).
    const one = join(ROOT, 'fixtures', 'party-ket-luan', 'input.txt');
    const nodeTimes: number[] = [];
    const cliTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      nodeTimes.push(wall(['-e', '0'], 1));
      cliTimes.push(wall([BIN, one, '-f', 'json'], 1));
    }
    const bare = median(nodeTimes);
    const cli = median(cliTimes);
    rows.push(['cold start: node -e 0', `${fmt(bare)} ms`, '', 'median']);
    rows.push(['cold start: directive-parse <19 KB> -f json', `${fmt(cli)} ms`, `${fmt(cli / bare, 2)}×`, '≤ 1.6×']);
    const first = Array.from({ length: Math.max(3, Math.floor(runs / 2)) }, () => runChild('first', one));
    rows.push(['  import dist/index.js', `${fmt(median(first.map((f) => f.importMs ?? 0)))} ms`, '', 'in-process']);
    rows.push(['  first parse, 19 KB', `${fmt(median(first.map((f) => f.firstMs ?? 0)))} ms`, '', 'in-process']);

    // 2. Batch throughput.
    const corpus = join(dir, 'corpus');
    const floor = runChild('floor', corpus);
    const lib = runChild('library', corpus);
    const perSec = (r: Record<string, number>) => (files / (r.ms ?? 1)) * 1000;
    rows.push(['batch floor: read + one regex', `${fmt(perSec(floor), 0)} files/s`, '1×', `${files} files`]);
    rows.push([
      'batch library: read + parse + JSON',
      `${fmt(perSec(lib), 0)} files/s`,
      `${fmt((lib.ms ?? 0) / (floor.ms ?? 1), 1)}×`,
      'one thread',
    ]);
    if (existsSync(BIN)) {
      const t = performance.now();
      const r = spawnSync(process.execPath, [BIN, corpus, '--format', 'ndjson', '--quiet'], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const ms = performance.now() - t;
      if (r.status === 0) {
        rows.push([
          'batch CLI: directive-parse DIR -f ndjson',
          `${fmt((files / ms) * 1000, 0)} files/s`,
          `${fmt(ms / (floor.ms ?? 1), 1)}×`,
          'wall, with start-up',
        ]);
      } else rows.push(['batch CLI: directive-parse DIR -f ndjson', 'n/a', '', `exit ${r.status}`]);
    }

    // 3. Memory: the CLI writing one output per input (-o DIR) for a folder of `stream` directives,
    // and for a tenth of them; flat means the larger batch peaks no higher.
    const big = join(dir, 'stream');
    writeCorpus(big, stream, seed + 1);
    const tenth = join(dir, 'stream-tenth');
    writeCorpus(tenth, Math.max(1, Math.floor(stream / 10)), seed + 1);
    const peakBig = await peakRss([BIN, big, '-o', join(dir, 'out-big'), '-f', 'json', '--quiet']);
    const peakSmall = await peakRss([BIN, tenth, '-o', join(dir, 'out-small'), '-f', 'json', '--quiet']);
    rows.push([
      `peak RSS, CLI ${stream} directives -o DIR`,
      `${fmt(peakBig, 0)} MB`,
      `${fmt(peakSmall, 0)} MB at ${Math.floor(stream / 10)}`,
      'flat; < 250 MB',
    ]);

    // 4. Linearity.
    const lin = runChild('linear', '');
    const small = (lin.smallMs ?? 0) / (lin.smallKb ?? 1);
    const large = (lin.largeMs ?? 0) / (lin.largeKb ?? 1);
    rows.push([`parse per KB, 1 page (${fmt(lin.smallKb ?? 0, 0)} KB)`, `${fmt(small, 3)} ms/KB`, '', 'steady']);
    rows.push([
      `parse per KB, 50 pages (${fmt(lin.largeKb ?? 0, 0)} KB)`,
      `${fmt(large, 3)} ms/KB`,
      `${fmt(large / small, 2)}×`,
      'linear ≈ 1×',
    ]);

    // 5. Adversarial inputs at 2 MB, against a normal text of the same size.
    const adv = runChild('adversarial', String(2 * 1024 * 1024));
    const normalMs = adv.normal ?? 1;
    rows.push(['parse 2 MB of normal directives', `${fmt(normalMs, 0)} ms`, '1.0×', 'baseline for the rows below']);
    for (const [name, ms] of Object.entries(adv)) {
      if (name !== 'normal')
        rows.push([`  adversarial 2 MB: ${name}`, `${fmt(ms, 0)} ms`, `${fmt(ms / normalMs, 2)}×`, '']);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(['measure', 'value', 'ratio', 'note']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(process.argv[at + 1] ?? '', process.argv[at + 2] ?? '');
else await main();
