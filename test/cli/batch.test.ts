// Folders, globs, -o DIR, --merge, ndjson, a bad file among good ones, the closing summary.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validateRecord } from '../helpers/schema.js';
import { cli, FIXTURES, ROOT, removeScratch, scratchDir } from './helpers.js';

afterAll(removeScratch);

/** A folder of directives as a clerk has it: sub-folders, a .md, a hidden file, an output and junk. */
function inbox(): string {
  const dir = scratchDir('inbox');
  mkdirSync(join(dir, 'thang-4', 'dang-uy'), { recursive: true });
  mkdirSync(join(dir, 'thang-5'));
  mkdirSync(join(dir, '.cache'));
  const src = (name: string) => join(ROOT, 'fixtures', name, 'input.txt');
  copyFileSync(src(FIXTURES[0] as string), join(dir, 'thang-4', 'dang-uy', 'cv-1.txt'));
  copyFileSync(src(FIXTURES[3] as string), join(dir, 'thang-4', 'ket-luan.md'));
  copyFileSync(src(FIXTURES[4] as string), join(dir, 'thang-5', 'cv-2.txt'));
  copyFileSync(src(FIXTURES[1] as string), join(dir, '.cache', 'hidden.txt'));
  copyFileSync(src(FIXTURES[1] as string), join(dir, 'thang-5', '.nhap.txt'));
  writeFileSync(join(dir, 'thang-5', 'old.json'), '{}');
  writeFileSync(join(dir, 'thang-5', 'scan.pdf'), '%PDF-1.7 binary');
  return dir;
}

const tree = (dir: string): string[] => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
};

describe('a folder of directives', () => {
  let dir = '';
  beforeAll(() => {
    dir = inbox();
  });

  it('streams a batch to standard output: every file once, in input order', async () => {
    const files = ['thang-4/dang-uy/cv-1.txt', 'thang-4/ket-luan.md', 'thang-5/cv-2.txt'].map((f) => join(dir, f));
    const summary = await cli([dir, '-f', 'summary', '--quiet']);
    expect(summary.code).toBe(0);
    const firsts = await Promise.all(
      files.map(async (f) => (await cli([f, '-f', 'summary', '--quiet'])).stdout.slice(0, 400)),
    );
    expect(new Set(firsts).size).toBe(files.length);
    const at = firsts.map((start) => summary.stdout.indexOf(start));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const yaml = await cli([dir, '-f', 'yaml', '--quiet']);
    expect(YAML.parseAllDocuments(yaml.stdout)).toHaveLength(files.length);
  });

  it('mirrors the input tree under -o DIR, one output per input, and reports a closing summary', async () => {
    const out = scratchDir('out');
    const r = await cli([dir, '-f', 'yaml', '-o', out]);
    expect(r.code).toBe(0);
    expect(tree(out)).toEqual(['thang-4/dang-uy/cv-1.yaml', 'thang-4/ket-luan.yaml', 'thang-5/cv-2.yaml']);
    for (const f of tree(out)) expect(validateRecord(YAML.parse(readFileSync(join(out, f), 'utf8')))).toEqual([]);
    expect(r.stderr).toMatch(/^directive-parse: 3 files parsed, 0 failed, \d+ deadlines found in [\d.]+ s\n$/u);
    const quiet = await cli([dir, '-f', 'yaml', '-o', out, '--quiet']);
    expect(quiet.stderr).toBe('');
  });

  it('refuses an output folder inside the input folder unless asked', async () => {
    const r = await cli([dir, '-f', 'json', '-o', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/inside the input folder/u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const ok = await cli([dir, '-f', 'json', '-o', join(dir, 'out'), '--allow-output-in-input', '--quiet']);
    expect(ok.code).toBe(0);
    // The outputs are never read back as inputs.
    const again = await cli([dir, '-f', 'json', '-o', join(dir, 'out'), '--allow-output-in-input']);
    expect(again.stderr).toMatch(/3 files parsed/u);
  });

  it('reads other extensions with --ext, and one bad file does not stop the others', async () => {
    const r = await cli([dir, '-f', 'ndjson', '--ext', 'txt,pdf']);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/scan\.pdf: looks like a PDF file, not text$/u);
    expect(lines[1]).toMatch(/2 files parsed, 1 failed/u);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { symbol: string });
    expect(records.map((x) => x.symbol)).toEqual(['CV/ĐU', 'VP-NVKTGS']);
  });

  it('takes glob patterns, sorted', async () => {
    const r = await cli([`${dir}/thang-*/**/*.txt`, '-f', 'ndjson', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    const none = await cli([`${dir}/nam-*/*.txt`, '-f', 'json']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no input files found/u);
  });

  it('merges into one JSON array, YAML stream, calendar or table', async () => {
    const out = scratchDir('merge');
    for (const [format, name] of [
      ['json', 'all.json'],
      ['yaml', 'all.yaml'],
      ['ics', 'all.ics'],
      ['csv', 'all.csv'],
    ] as const) {
      const r = await cli([dir, '-f', format, '--merge', join(out, 'nested', name), '--quiet']);
      expect(r.code).toBe(0);
    }
    expect(JSON.parse(readFileSync(join(out, 'nested', 'all.json'), 'utf8'))).toHaveLength(3);
    expect(YAML.parseAllDocuments(readFileSync(join(out, 'nested', 'all.yaml'), 'utf8'))).toHaveLength(3);
    expect(readFileSync(join(out, 'nested', 'all.ics'), 'utf8').match(/BEGIN:VCALENDAR/gu)).toHaveLength(1);
    const csv = readFileSync(join(out, 'nested', 'all.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFfile,document,')).toBe(true);
    expect(csv).toContain('MỘT SỐ NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026');
  });

  it('keeps only one unit’s deadlines with --assignee, whatever the case, spacing and tone placement', async () => {
    const file = join(ROOT, 'fixtures', 'party-cv-no-header', 'input.txt');
    const all = await cli([file, '-f', 'csv']);
    const mine = await cli([file, '-f', 'csv', '--assignee', 'các  CHI BỘ, đảng bộ trực thuộc Đảng uỷ']);
    const rows = (csv: string) => csv.trim().split('\r\n').slice(1);
    expect(rows(all.stdout)).toHaveLength(10);
    expect(rows(mine.stdout)).toHaveLength(6);
    expect(rows(mine.stdout).every((row) => row.includes('Các chi bộ, đảng bộ trực thuộc Đảng ủy'))).toBe(true);
  });
});

describe('standard input in a pipeline', () => {
  it('reads "-" and prints JSON', async () => {
    const text = readFileSync(join(ROOT, 'fixtures', 'party-ket-luan', 'input.txt'));
    const r = await cli(['-', '-f', 'json'], { stdin: text });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).docType).toBe('Kết luận');
  });
});

describe('safety', () => {
  it('stops on Ctrl-C after the file in hand and says where, exit 130', async () => {
    const dir = inbox();
    const stop = new AbortController();
    const r = await cli([dir, '-f', 'ndjson'], { signal: stop.signal, onStdout: () => stop.abort() });
    expect(r.code).toBe(130);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /interrupted after 1 of 3 files \(last complete: .*cv-1\.txt\); every file written is complete\n$/u,
    );
  });

  it('refuses files over --max-size, and goes on with the others', async () => {
    const dir = inbox();
    const r = await cli([dir, '-f', 'ndjson', '--max-size', '5KB']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /ket-luan\.md: file is too large to be a directive \(\d+\.\d KB; the limit is 5\.0 KB, see --max-size\)/u,
    );
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('never writes through a symbolic link out of the output folder', async () => {
    const { symlinkSync } = await import('node:fs');
    const dir = inbox();
    const out = scratchDir('out');
    const elsewhere = scratchDir('elsewhere');
    symlinkSync(elsewhere, join(out, 'thang-5'));
    const r = await cli([dir, '-f', 'json', '-o', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cv-2\.txt: refusing to write outside/u);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(tree(out)).toContain('thang-4/ket-luan.json');
  });
});

describe('--encoding', () => {
  it('notes the detected encoding in the record, and can force one', async () => {
    const { encodeVni } = await import('../helpers/legacy-encode.js');
    const dir = scratchDir('enc');
    const text = readFileSync(join(ROOT, 'fixtures', 'party-ket-luan', 'input.txt'), 'utf8');
    writeFileSync(join(dir, 'vni.txt'), encodeVni(text));
    const auto = await cli([join(dir, 'vni.txt'), '-f', 'json']);
    expect(auto.code).toBe(0);
    expect(JSON.parse(auto.stdout)).toMatchObject({ encoding: 'vni', docType: 'Kết luận' });
    const forced = await cli([join(dir, 'vni.txt'), '-f', 'json', '--encoding', 'vni']);
    expect(JSON.parse(forced.stdout).encoding).toBe('vni');
    const bad = await cli([join(dir, 'vni.txt'), '--encoding', 'latin9']);
    expect(bad.code).toBe(2);
  });
});

describe('output names', () => {
  it('replace control characters that came from an input name', async () => {
    const dir = scratchDir('names');
    copyFileSync(join(ROOT, 'fixtures', 'party-ket-luan', 'input.txt'), join(dir, 'a\u001b[31mb\nc.txt'));
    const out = scratchDir('names-out');
    const r = await cli([dir, '-f', 'json', '-o', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['a_[31mb_c.json']);
  });
});

describe('outputs that would destroy something', () => {
  it('refuses --merge or -o onto an input', async () => {
    const dir = inbox();
    const a = join(dir, 'thang-5', 'cv-2.txt');
    const b = join(dir, 'thang-4', 'dang-uy', 'cv-1.txt');
    const before = readFileSync(b, 'utf8');
    const merge = await cli([a, b, '--merge', b]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toMatch(/refusing to write over an input/u);
    const single = await cli([a, '-o', a]);
    expect(single.code).toBe(2);
    expect(readFileSync(b, 'utf8')).toBe(before);
  });

  it('refuses -o naming an existing file for several inputs', async () => {
    const dir = inbox();
    const plain = join(scratchDir('plain'), 'plainfile');
    writeFileSync(plain, 'x');
    const r = await cli([dir, '-o', plain]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a file; several inputs need a folder/u);
  });

  it('mirrors several folders from the folder they share', async () => {
    const dir = inbox();
    copyFileSync(join(dir, 'thang-5', 'cv-2.txt'), join(dir, 'thang-4', 'cv-2.txt'));
    const out = scratchDir('two-roots');
    const r = await cli([join(dir, 'thang-4'), join(dir, 'thang-5'), '-f', 'json', '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['thang-4', 'thang-5']);
    expect(readdirSync(join(out, 'thang-4'))).toContain('cv-2.json');
    expect(readdirSync(join(out, 'thang-5'))).toContain('cv-2.json');
  });

  it('never lets two inputs write one output', async () => {
    const dir = inbox();
    copyFileSync(join(dir, 'thang-5', 'cv-2.txt'), join(dir, 'thang-4', 'cv-2.txt'));
    const out = scratchDir('dup');
    const r = await cli([join(dir, 'thang-4', 'cv-2.txt'), join(dir, 'thang-5', 'cv-2.txt'), '-f', 'json', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is already the output of/u);
    expect(readdirSync(out)).toEqual(['cv-2.json']);
  });
});
