// The agenda: `directive-parse due` across documents, soonest first, grouped by week.
import { afterAll, describe, expect, it } from 'vitest';
import { cli, fixture, ROOT, removeScratch, scratchDir } from './helpers.js';

afterAll(removeScratch);

const DOCS = [fixture('party-cv-no-header'), fixture('synthetic-state-ke-hoach-columns')];

describe('directive-parse due', () => {
  it('lists what is due in the window, grouped by week, with days left and file:line', async () => {
    const r = await cli(['due', ...DOCS, '--today', '2026-04-27', '--within', '14d']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tuần 27/04/2026 – 03/05/2026');
    expect(r.stdout).toMatch(/30\/04\/2026 {2}còn 3 ngày/u);
    expect(r.stdout).toContain('fixtures/party-cv-no-header/input.txt:23');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('shows overdue deadlines as overdue, and nothing outside the window', async () => {
    const r = await cli(['due', ...DOCS, '--today', '2026-05-05', '--within', '7d', '-f', 'json']);
    const items = JSON.parse(r.stdout) as Array<{ date: string; daysLeft: number; overdue: boolean }>;
    expect(items.map((i) => [i.date, i.daysLeft, i.overdue])).toEqual([
      ['2026-04-30', -5, true],
      ['2026-04-30', -5, true],
    ]);
  });

  it('expands recurring deadlines into the window and sorts soonest first', async () => {
    const r = await cli([
      'due',
      ...DOCS,
      '--from',
      '2026-06-01',
      '--until',
      '2026-07-10',
      '--today',
      '2026-06-01',
      '-f',
      'json',
    ]);
    const items = JSON.parse(r.stdout) as Array<{ date: string; kind: string }>;
    const dates = items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(items.filter((i) => i.kind === 'recurring').map((i) => i.date)).toEqual([
      '2026-06-20',
      '2026-06-30',
      '2026-06-30',
    ]);
  });

  it('matches --assignee regardless of case, spacing and tone placement', async () => {
    const r = await cli([
      'due',
      ...DOCS,
      '--from',
      '2026-01-01',
      '--until',
      '2026-12-31',
      '--today',
      '2026-01-01',
      '--assignee',
      'văn  phòng đảng uỷ',
      '-f',
      'json',
    ]);
    const items = JSON.parse(r.stdout) as Array<{ assignee: string; date: string }>;
    expect(items.map((i) => [i.date, i.assignee])).toEqual([['2026-07-10', 'Văn phòng Đảng ủy']]);
  });

  it('writes CSV with a BOM and a calendar of the window', async () => {
    const csv = await cli(['due', ...DOCS, '--today', '2026-04-27', '-f', 'csv']);
    expect(csv.stdout.startsWith('\uFEFFdate,time,days_left,status,')).toBe(true);
    const ics = await cli(['due', ...DOCS, '--today', '2026-04-27', '-f', 'ics']);
    expect(ics.stdout.match(/BEGIN:VEVENT/gu)).toHaveLength(2);
  });

  it('rejects a window given two ways', async () => {
    const r = await cli(['due', ...DOCS, '--within', '7d', '--from', '2026-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/either --within or --from\/--until/u);
  });
});

describe('due windows and outputs', () => {
  it('runs --within from --from when only --from is given', async () => {
    const r = await cli(['due', ...DOCS, '--today', '2026-01-01', '--from', '2026-04-25', '-f', 'json']);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as Array<{ date: string }>;
    expect(items.map((i) => i.date)).toEqual(['2026-04-30', '2026-04-30']);
  });

  it('never reads its own output back as a directive', async () => {
    const { copyFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = scratchDir('due');
    copyFileSync(join(ROOT, DOCS[0] as string), join(dir, 'a.txt'));
    const args = ['due', dir, '--today', '2026-04-27', '-o', join(dir, 'agenda.txt')];
    await cli(args);
    const again = await cli([...args, '-f', 'json']);
    expect(again.code).toBe(0);
    const { readFileSync } = await import('node:fs');
    const items = JSON.parse(readFileSync(join(dir, 'agenda.txt'), 'utf8')) as Array<{ file: string }>;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.file.endsWith('a.txt'))).toBe(true);
  });
});
