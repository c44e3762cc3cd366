// `--format ics` through the CLI: the calendar on stdout or in a file, the undated count on stderr.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, fixture, oneLine, removeScratch, scratchDir } from './helpers.js';

afterAll(removeScratch);

const PLAN = fixture('synthetic-state-ke-hoach-columns');

describe('directive-parse --format ics', () => {
  it('prints the calendar and says on stderr what was left out', async () => {
    const r = await cli([PLAN, '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(r.stdout.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(oneLine(r.stderr)).toMatch(/1 deadline\(s\) not in the calendar: 1 ongoing \(no date\); --include-undated/u);
  });

  it('leaves the note out with --quiet, the calendar unchanged', async () => {
    const loud = await cli([PLAN, '--format', 'ics']);
    const quiet = await cli([PLAN, '--format', 'ics', '--quiet']);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(loud.stdout);
  });

  it('writes the file atomically with -o and leaves no temporary file', async () => {
    const dir = scratchDir('ics');
    const out = join(dir, 'han.ics');
    const r = await cli([PLAN, '-f', 'ics', '-o', out, '--include-undated']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('SUMMARY:Việc không có hạn cụ thể (1)');
    expect(readdirSync(dir)).toEqual(['han.ics']);
  });

  it('takes reminders, a name, a stamp and to-dos from the options', async () => {
    const r = await cli([
      '--todo',
      PLAN,
      '-f',
      'ics',
      '--remind',
      '7d,2h',
      '--calendar-name',
      'Lịch Sở',
      '--now',
      '2026-12-01',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('X-WR-CALNAME:Lịch Sở');
    expect(r.stdout).toContain('DTSTAMP:20261201T000000Z');
    expect(r.stdout).toContain('TRIGGER:-P7D');
    expect(r.stdout).toContain('TRIGGER:-PT2H');
    expect(r.stdout).toContain('BEGIN:VTODO');
    const none = await cli([PLAN, '-f', 'ics', '--remind', 'none', '--todo-only']);
    expect(none.stdout).not.toContain('BEGIN:VALARM');
    expect(none.stdout).not.toContain('BEGIN:VEVENT');
  });

  it('merges several inputs into one calendar', async () => {
    const r = await cli([PLAN, fixture('party-cv-no-header'), '-f', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/BEGIN:VCALENDAR/gu)).toHaveLength(1);
    expect(r.stdout.match(/BEGIN:VEVENT/gu)?.length).toBe(13);
  });

  it.each([
    [['--remind', '3x']],
    [['--remind', '']],
    [['--now', '2026-13-01']],
    [['--recur-until', '31/12/2026']],
    [['--todo=maybe']],
  ])('rejects %j with one line and exit 2', async (extra) => {
    const r = await cli([PLAN, '-f', 'ics', ...extra]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/^directive-parse: .*\(see --help\)$/u);
  });
});

describe('--merge with several inputs', () => {
  it('writes one merged calendar', async () => {
    const dir = scratchDir('ics');
    const out = join(dir, 'all.ics');
    const r = await cli([PLAN, fixture('party-ket-luan'), '-f', 'ics', '--merge', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').match(/BEGIN:VEVENT/gu)).toHaveLength(7);
  });
});
