// A large batch runs on worker threads; the output must not depend on how many (spawned runs of
// the built bin/, since workers load compiled JavaScript).
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_THRESHOLD } from '../../src/cli/pool.js';
import { FIXTURES, ROOT, removeScratch, scratchDir } from './helpers.js';

afterAll(removeScratch);

const BIN = join(ROOT, 'bin', 'directive-parse.js');
const exec = promisify(execFile);
const run = (args: string[]) =>
  exec(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 256 << 20 });

let dir = '';
beforeAll(() => {
  dir = scratchDir('many');
  const n = WORKER_THRESHOLD + 12;
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `lo-${String(i % 4)}`);
    mkdirSync(sub, { recursive: true });
    const name = FIXTURES[i % FIXTURES.length] as string;
    copyFileSync(join(ROOT, 'fixtures', name, 'input.txt'), join(sub, `${String(i).padStart(3, '0')}.txt`));
  }
});

describe('worker threads', { timeout: 120_000 }, () => {
  it('give byte-identical NDJSON, in input order, with 1 or 2 threads', async () => {
    const one = await run([dir, '-f', 'ndjson', '--jobs', '1']);
    const two = await run([dir, '-f', 'ndjson', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trim().split('\n')).toHaveLength(WORKER_THRESHOLD + 12);
    expect(two.stderr).toMatch(/60 files parsed, 0 failed/u);
  });

  it('write the same mirrored files with 1 or 2 threads', async () => {
    const a = scratchDir('a');
    const b = scratchDir('b');
    await run([dir, '-f', 'ics', '-o', a, '--jobs', '1', '--quiet']);
    await run([dir, '-f', 'ics', '-o', b, '--jobs', '2', '--quiet']);
    const files = readdirSync(a, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ics'))
      .sort();
    expect(files).toHaveLength(WORKER_THRESHOLD + 12);
    for (const f of files) expect(readFileSync(join(b, f), 'utf8')).toBe(readFileSync(join(a, f), 'utf8'));
  });
});

describe('a worker that runs out of memory', { timeout: 120_000 }, () => {
  it('leaves its jobs to the main thread: the output is the same, nothing fails', async () => {
    // A 1 MB input with a 16 MB worker heap: the worker stops on it, a new one takes the rest.
    const big = scratchDir('oom');
    for (const f of readdirSync(dir, { recursive: true })
      .map(String)
      .filter((x) => x.endsWith('.txt'))) {
      copyFileSync(join(dir, f), join(big, f.replace(/[/\\]/gu, '-')));
    }
    const text = readFileSync(join(ROOT, 'fixtures', 'party-ket-luan', 'input.txt'), 'utf8');
    writeFileSync(join(big, '000-big.txt'), `${text}\n`.repeat(Math.ceil((1 << 20) / text.length)));
    const one = await run([big, '-f', 'ndjson', '--jobs', '1']);
    const env = { ...process.env, CI: 'true', DIRECTIVE_PARSE_WORKER_HEAP_MB: '16', DIRECTIVE_PARSE_DEBUG: '1' };
    const two = await exec(process.execPath, [BIN, big, '-f', 'ndjson', '--jobs', '2'], {
      cwd: ROOT,
      env,
      maxBuffer: 256 << 20,
    });
    expect(two.stderr).toMatch(/a worker stopped \(.*memory.*\); 2 job\(s\) run on the main thread/u);
    expect(two.stderr).toMatch(/61 files parsed, 0 failed/u);
    expect(two.stdout).toBe(one.stdout);
  });
});

describe('the environment does not change the output', { timeout: 120_000 }, () => {
  it('is byte-identical under other time zones and locales', async () => {
    const base = await run([dir, '-f', 'ndjson', '--quiet']);
    for (const env of [
      { TZ: 'America/New_York', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
      { TZ: 'Asia/Ho_Chi_Minh', LANG: 'vi_VN.UTF-8', LC_ALL: 'vi_VN.UTF-8' },
      { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' },
    ]) {
      const other = await exec(process.execPath, [BIN, dir, '-f', 'ndjson', '--quiet'], {
        cwd: ROOT,
        env: { ...process.env, CI: 'true', ...env },
        maxBuffer: 64 << 20,
      });
      expect(other.stdout).toBe(base.stdout);
    }
  });
});
