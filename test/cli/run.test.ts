import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validateRecord } from '../helpers/schema.js';
import { cli, type FakeOptions, FIXTURES, fixture, oneLine, ROOT } from './helpers.js';

const ESC = '\u001b';
const tmp = mkdtempSync(join(tmpdir(), 'directive-parse-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const FILE = fixture('party-cv-no-header');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('formats', () => {
  it.each(FIXTURES)('%s: json is one schema-valid record', async (name) => {
    const { code, stdout, stderr } = await cli(['--format', 'json', fixture(name)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    const record = JSON.parse(stdout);
    expect(validateRecord(record)).toEqual([]);
  });

  it('yaml is the same object as json', async () => {
    const json = await cli(['-f', 'json', FILE]);
    const yaml = await cli(['-f', 'yaml', FILE]);
    expect(yaml.code).toBe(0);
    expect(YAML.parse(yaml.stdout)).toEqual(JSON.parse(json.stdout));
  });

  it('summary is the default', async () => {
    const { code, stdout, stderr } = await cli([FILE]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Số /u);
    expect(stdout).not.toContain(ESC);
  });

  it('--reference-date is accepted when it is a real date', async () => {
    expect((await cli(['--reference-date', '2026-04-30', '-f', 'json', FILE])).code).toBe(0);
  });
});

describe('colour', () => {
  it.each([
    ['summary on a TTY', [], { isTTY: true }, true],
    ['summary, not a TTY', [], { isTTY: false }, false],
    ['NO_COLOR on a TTY', [], { isTTY: true, env: { NO_COLOR: '1' } }, false],
    ['--no-color on a TTY', ['--no-color'], { isTTY: true }, false],
    ['TERM=dumb', [], { isTTY: true, env: { TERM: 'dumb' } }, false],
    ['FORCE_COLOR, not a TTY', [], { env: { FORCE_COLOR: '1' } }, true],
    ['FORCE_COLOR=0 on a TTY', [], { isTTY: true, env: { FORCE_COLOR: '0' } }, false],
    ['json on a TTY with FORCE_COLOR', ['-f', 'json'], { isTTY: true, env: { FORCE_COLOR: '1' } }, false],
    ['yaml on a TTY with FORCE_COLOR', ['-f', 'yaml'], { isTTY: true, env: { FORCE_COLOR: '1' } }, false],
  ] as [string, string[], FakeOptions, boolean][])('%s', async (_name, args, options, coloured) => {
    const { code, stdout } = await cli([...args, FILE], options);
    expect(code).toBe(0);
    expect(stdout.includes(ESC)).toBe(coloured);
  });

  it('escape sequences and control characters from the input never reach the terminal', async () => {
    const text = readFileSync(join(ROOT, FILE), 'utf8')
      .replace('V/v triển khai', `V/v ${ESC}[5;35mBLINK${ESC}]0;pwned\u0007 triển khai\u0008`)
      .replace('(1) Khẩn trương', `(1) ${ESC}[5;35mKhẩn${ESC}[2J trương`);
    const file = tmpFile('ansi.txt', text);
    for (const options of [{}, { isTTY: true, env: { FORCE_COLOR: '1' } }]) {
      const { code, stdout } = await cli([file], options);
      expect(code).toBe(0);
      // The parser may drop the ESC itself (leaving "[5;35m" as text); either way no sequence survives.
      expect(stdout).not.toContain(`${ESC}[5;35m`);
      expect(stdout).not.toContain(`${ESC}[2J`);
      expect(stdout).not.toContain(`${ESC}]0;pwned`);
      expect(stdout).not.toContain('\u0007');
      expect(stdout).not.toContain('\u0008');
    }
  });
});

describe('errors', () => {
  it.each([
    ['missing file', ['fixtures/x.txt'], 1, 'directive-parse: fixtures/x.txt: no such file'],
    ['a folder with no directive in it', ['schema'], 1, /^directive-parse: no input files found in schema/],
    ['unknown option', ['--bogus', FILE], 2, /^directive-parse: unknown option '--bogus'/],
    [
      'unknown format',
      ['--format', 'xml', FILE],
      2,
      /^directive-parse: .*'xml' is invalid. Allowed choices are summary, json, yaml/,
    ],
    ['no file', [], 2, /^directive-parse: missing required argument 'input'/],
    ['bad reference date', ['--reference-date', '30/04/2026', FILE], 2, /reference-date.*YYYY-MM-DD/],
    ['impossible reference date', ['--reference-date', '2026-02-30', FILE], 2, /reference-date/],
    ['-o with several inputs', ['-o', join(tmp, 'x.json'), FILE, FILE], 2, /--output takes a single input file/],
    ['stdin twice', ['-', '-'], 2, /standard input.*only once/],
  ] as const)('%s', async (_name, args, exit, message) => {
    const { code, stdout, stderr } = await cli([...args]);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    const line = oneLine(stderr);
    if (typeof message === 'string') expect(line).toBe(message);
    else expect(line).toMatch(message);
  });

  it.each([
    ['empty.txt', '', 'file is empty'],
    ['paper.pdf.txt', '%PDF-1.4\n1 0 obj\n', 'looks like a PDF file, not text'],
    ['legacy.txt', Uint8Array.from([0x4b, 0xed, 0x6e, 0x68, 0x20, 0x67, 0xad, 0x69]), 'not valid UTF-8 text'],
  ])('%s → exit 1 with one line naming the file', async (name, content, reason) => {
    const file = tmpFile(name, content);
    const { code, stdout, stderr } = await cli(['-f', 'json', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(oneLine(stderr)).toContain(`directive-parse: ${file}: ${reason}`);
  });
});

describe('stdin', () => {
  it('"-" reads standard input', async () => {
    const text = readFileSync(join(ROOT, FILE));
    const fromStdin = await cli(['-f', 'json', '-'], { stdin: text });
    const fromFile = await cli(['-f', 'json', FILE]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
  });

  it('empty standard input is an error naming <stdin>', async () => {
    const { code, stderr } = await cli(['-'], { stdin: '' });
    expect(code).toBe(1);
    expect(oneLine(stderr)).toBe('directive-parse: <stdin>: file is empty');
  });
});

describe('-o', () => {
  it('writes exactly one complete file, nothing on stdout, no temp files', async () => {
    const dir = mkdtempSync(join(tmp, 'out-'));
    const target = join(dir, 'record.json');
    const expected = (await cli(['-f', 'json', FILE])).stdout;
    for (let i = 0; i < 2; i++) {
      // the second run replaces the file
      const { code, stdout, stderr } = await cli(['-f', 'json', '-o', target, FILE]);
      expect([code, stdout, stderr]).toEqual([0, '', '']);
      expect(readdirSync(dir)).toEqual(['record.json']);
      expect(readFileSync(target, 'utf8')).toBe(expected);
    }
  });

  it('resolves a relative path against the working directory and writes the summary without colour', async () => {
    const dir = mkdtempSync(join(tmp, 'rel-'));
    const { code } = await cli([join(ROOT, FILE), '-o', 'summary.txt'], {
      cwd: dir,
      isTTY: true,
      env: { FORCE_COLOR: '1' },
    });
    expect(code).toBe(0);
    expect(readdirSync(dir)).toEqual(['summary.txt']);
    expect(readFileSync(join(dir, 'summary.txt'), 'utf8')).not.toContain(ESC);
  });

  it('a failed write says so in one line and leaves no temp file behind', async () => {
    const dir = mkdtempSync(join(tmp, 'fail-'));
    writeFileSync(join(dir, 'plain'), 'x'); // a file where a folder is needed: the write fails
    const { code, stderr } = await cli(['-f', 'json', '-o', join(dir, 'plain', 'x.json'), FILE]);
    expect(code).toBe(1);
    expect(oneLine(stderr)).toMatch(/x\.json: cannot write: not a directory$/);
    expect(readdirSync(dir)).toEqual(['plain']);
  });

  it('into an existing folder writes the file there, named after the input', async () => {
    const dir = mkdtempSync(join(tmp, 'into-'));
    const { code, stderr } = await cli(['-f', 'json', '-o', dir, FILE]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(readdirSync(dir)).toEqual(['input.json']);
  });

  it('into a missing directory', async () => {
    const { code, stderr } = await cli(['-f', 'json', '-o', join(tmp, 'nope', 'x.json'), FILE]);
    expect(code).toBe(1);
    expect(oneLine(stderr)).toMatch(/x\.json: cannot write: no such directory$/);
  });

  it('a bad input writes nothing', async () => {
    const dir = mkdtempSync(join(tmp, 'bad-'));
    const { code } = await cli(['-f', 'json', '-o', join(dir, 'x.json'), 'fixtures/x.txt']);
    expect(code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('several files', () => {
  const files = [FILE, 'fixtures/missing.txt', fixture('party-ket-luan')];

  it('json: an array with null for the bad file; the others still printed; exit 1', async () => {
    const { code, stdout, stderr } = await cli(['-f', 'json', '--quiet', ...files]);
    expect(code).toBe(1);
    expect(oneLine(stderr)).toBe('directive-parse: fixtures/missing.txt: no such file');
    const records = JSON.parse(stdout) as unknown[];
    expect(records).toHaveLength(3);
    expect(records[1]).toBeNull();
    expect(validateRecord(records[0])).toEqual([]);
    expect(validateRecord(records[2])).toEqual([]);
  });

  it('yaml: one document per file', async () => {
    const { code, stdout } = await cli(['-f', 'yaml', ...files]);
    expect(code).toBe(1);
    const docs = YAML.parseAllDocuments(stdout).map((d) => d.toJS());
    expect(docs).toHaveLength(3);
    expect(docs[1]).toBeNull();
    expect(stdout).toContain(`# ${FILE}\n---\n`);
  });

  it('summary: a header line per file that parsed', async () => {
    const { code, stdout } = await cli(files);
    expect(code).toBe(1);
    expect(stdout).toContain(` ${FILE} \nSố `);
    expect(stdout).toContain(` ${fixture('party-ket-luan')} \nSố `);
    expect(stdout).not.toContain('missing.txt');
  });

  it('all good → exit 0', async () => {
    const { code, stdout } = await cli(['-f', 'json', ...FIXTURES.map(fixture)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toHaveLength(FIXTURES.length);
  });
});

describe('help and version', () => {
  it('--help documents formats and exit codes', async () => {
    const { code, stdout, stderr } = await cli(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toContain('Usage: directive-parse [options] <input...>');
    expect(stdout).toMatch(
      /Exit codes:\n\s+0\s+success\n\s+1\s+an input could not be read or parsed.*\n\s+2\s+usage error/u,
    );
    for (const flag of ['--format', '--output', '--no-color', '--reference-date', '--version'])
      expect(stdout).toContain(flag);
  });

  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
