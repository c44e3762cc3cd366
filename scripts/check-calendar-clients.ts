// Import every fixture's calendar (fixtures/*/expected.ics, the golden output) into real calendar
// clients from Debian — khal, and calcurse as the stricter parser — and check that every event
// lands on its day, recurring ones expand to the right dates, Vietnamese text survives, and a
// second import of the same file leaves no duplicates (khal; calcurse has no UID matching).
// Run by .ci/run after `apt-get install khal calcurse`:  npx tsx scripts/check-calendar-clients.ts
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FROM = '2000-01-01';
const DAYS = 365 * 40;

interface Occurrence {
  date: string;
  title: string;
}

/** What a client should show: each event's dates (RRULE expanded by ical.js), with its title. */
function expected(ics: string): { events: number; occurrences: Occurrence[] } {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const occurrences: Occurrence[] = [];
  for (const component of events) {
    const event = new ICAL.Event(component);
    const title = event.summary;
    if (!event.isRecurring()) {
      occurrences.push({ date: event.startDate.toString().slice(0, 10), title });
      continue;
    }
    const it = event.iterator();
    for (let next = it.next(); next && occurrences.length < 5000; next = it.next()) {
      occurrences.push({ date: next.toString().slice(0, 10), title });
    }
  }
  return { events: events.length, occurrences };
}

const key = (o: Occurrence) => `${o.date} ${o.title.normalize('NFC')}`;

function run(cmd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(cmd, args, { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', ...env } });
}

function khal(ics: string, file: string, work: string): Occurrence[] {
  const vdir = join(work, 'khal', 'default');
  mkdirSync(vdir, { recursive: true });
  const conf = join(work, 'khal.conf');
  writeFileSync(
    conf,
    [
      '[calendars]',
      '[[default]]',
      `path = ${vdir}`,
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      'local_timezone = Asia/Ho_Chi_Minh',
      'default_timezone = Asia/Ho_Chi_Minh',
      '',
    ].join('\n'),
  );
  run('khal', ['-c', conf, 'import', '--batch', file]);
  run('khal', ['-c', conf, 'import', '--batch', file]);
  const stored = readdirSync(vdir).filter((f) => f.endsWith('.ics')).length;
  const want = expected(ics).events;
  if (stored !== want) throw new Error(`khal holds ${stored} events after two imports, expected ${want}`);
  const out = run('khal', [
    '-c',
    conf,
    'list',
    FROM,
    `${DAYS}d`,
    '--format',
    '{start-date}\t{title}',
    '--day-format',
    '',
  ]);
  return out
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [date = '', title = ''] = l.split('\t');
      return { date, title };
    });
}

function calcurse(file: string, work: string): Occurrence[] {
  const dir = join(work, 'calcurse');
  mkdirSync(dir, { recursive: true });
  const report = run('calcurse', ['-D', dir, '-i', file]);
  if (!/\b0 skipped\b/u.test(report)) throw new Error(`calcurse skipped items: ${report.trim().split('\n').pop()}`);
  const [y, m, d] = FROM.split('-');
  const out = run('calcurse', [
    '-D',
    dir,
    '-Q',
    '--from',
    `${m}/${d}/${y}`,
    '--days',
    String(DAYS),
    '--format-event',
    '%m\n',
    '--format-recur-event',
    '%m\n',
    '--format-apt',
    '%m\n',
    '--format-recur-apt',
    '%m\n',
  ]);
  const found: Occurrence[] = [];
  let day = '';
  for (const line of out.split('\n')) {
    const header = /^(\d{2})\/(\d{2})\/(\d{2}):$/u.exec(line);
    if (header) day = `20${header[3]}-${header[1]}-${header[2]}`;
    else if (line.trim() && day) found.push({ date: day, title: line.trim() });
  }
  return found;
}

function compare(client: string, got: Occurrence[], want: Occurrence[]): string[] {
  const a = got.map(key).sort();
  const b = want.map(key).sort();
  const problems: string[] = [];
  const missing = b.filter((x) => !a.includes(x));
  const extra = a.filter((x) => !b.includes(x));
  for (const x of missing) problems.push(`${client}: missing ${x}`);
  for (const x of extra) problems.push(`${client}: unexpected ${x}`);
  if (!problems.length && a.length !== b.length)
    problems.push(`${client}: ${a.length} occurrences, expected ${b.length}`);
  return problems;
}

let passed = 0;
let failed = 0;
for (const name of readdirSync(FIXTURES).sort()) {
  const file = join(FIXTURES, name, 'expected.ics');
  if (!existsSync(file)) continue;
  const ics = readFileSync(file, 'utf8');
  const want = expected(ics).occurrences;
  for (const [client, read] of [
    ['khal', (work: string) => khal(ics, file, work)],
    ['calcurse', (work: string) => calcurse(file, work)],
  ] as const) {
    const work = mkdtempSync(join(tmpdir(), `dp-${client}-`));
    try {
      const problems = compare(client, read(work), want);
      if (problems.length) {
        failed++;
        console.log(`✗ ${name} (${client})\n  ${problems.join('\n  ')}`);
      } else {
        passed++;
        console.log(`✓ ${name} (${client}): ${want.length} occurrences on their days`);
      }
    } catch (error) {
      failed++;
      console.log(`✗ ${name} (${client}): ${(error as Error).message}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}
console.log(`calendar clients: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
