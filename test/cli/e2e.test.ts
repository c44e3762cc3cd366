// Spawned runs of the built bin/ (npm test builds dist/ first).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from '../helpers/schema.js';
import { fixture, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'directive-parse.js');
const exec = promisify(execFile);

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function spawnCli(args: string[], input?: string): Promise<Result> {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
  const child = exec(process.execPath, [BIN, ...args], { cwd: ROOT, env, encoding: 'utf8' });
  if (input !== undefined) child.child.stdin?.end(input);
  else child.child.stdin?.end();
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== 'number') throw error;
    return { code: e.code, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(() => {
  const built = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm test\` does it).`);
});

describe('bin/directive-parse.js', () => {
  it('prints a summary without colour', async () => {
    const { code, stdout, stderr } = await spawnCli([fixture('party-cv-no-header')]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Số /u);
    expect(stdout).not.toContain('\u001b');
  });

  it('prints a schema-valid JSON record, from a file and from stdin', async () => {
    const file = fixture('state-cv-van-phong');
    const a = await spawnCli(['--format', 'json', file]);
    expect(a.code).toBe(0);
    expect(validateRecord(JSON.parse(a.stdout))).toEqual([]);
    const b = await spawnCli(['--format', 'json', '-'], readFileSync(join(ROOT, file), 'utf8'));
    expect(b).toEqual(a);
  });

  it('reports a missing file in one line with exit 1, and a bad format with exit 2', async () => {
    const missing = await spawnCli(['fixtures/x.txt']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'directive-parse: fixtures/x.txt: no such file\n' });
    const usage = await spawnCli(['-f', 'xml', fixture('party-ket-luan')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr.split('\n')).toHaveLength(2);
  });
});
