// `directive-parse due <input...>`: what is due across many documents, soonest first.
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { AgendaSource } from '../export/agenda.js';
import { addDaysIso } from '../text/dates.js';
import { writeFileAtomic } from './atomic-write.js';
import { refuseInputAsOutput } from './batch.js';
import { UsageError } from './errors.js';
import { DEFAULT_EXTENSIONS, expandInputs } from './inputs.js';
import { type CliIO, fsReason, readInput, useColor } from './io.js';
import { type Job, runJob } from './job.js';
import { parseDate, parseExtensions, parseJobs, parseNow, parseRemind, parseWithin } from './options.js';
import { defaultJobs, poolOptions, runOrdered } from './pool.js';
import { configure, EXIT_INPUT, EXIT_OK, NAME, parseArgs } from './run.js';

const AGENDA_FORMATS = ['text', 'json', 'csv', 'ics'] as const;
type AgendaFormat = (typeof AGENDA_FORMATS)[number];

interface DueOptions {
  within?: number;
  from?: string;
  until?: string;
  today?: string;
  overdue: number;
  assignee?: string;
  format: AgendaFormat;
  output?: string;
  ext: string[];
  jobs: number;
  color: boolean;
  remind: number[];
  now?: string;
}

/** Today in Vietnam (the clerks' calendar day), from the clock: only when --today is not given. */
function clockToday(): string {
  const vn = new Date(Date.now() + 7 * 3600_000);
  return vn.toISOString().slice(0, 10);
}

function buildDue(io: CliIO): Command {
  const program = new Command(`${NAME} due`)
    .description('List upcoming deadlines across documents, soonest first, grouped by week.')
    .argument('<input...>', 'files, folders or glob patterns; "-" reads standard input')
    .option('--within <span>', 'from today for this long: 14d (default), 2w, 1m', parseWithin)
    .option('--from <YYYY-MM-DD>', 'window start (instead of --within)', parseDate)
    .option('--until <YYYY-MM-DD>', 'window end (instead of --within)', parseDate)
    .option('--today <YYYY-MM-DD>', 'the reference day (default: the clock, Vietnam time)', parseDate)
    .option(
      '--overdue <span>',
      'also show deadlines overdue by up to this long (default 30d; 0 for none)',
      parseWithin,
      30,
    )
    .option('--assignee <text>', 'only deadlines of this unit (case/space/tone-insensitive)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...AGENDA_FORMATS]).default('text'))
    .option('-o, --output <file>', 'write to a file (atomically)')
    .option('--ext <list>', 'extensions read from folders and globs', parseExtensions, [...DEFAULT_EXTENSIONS])
    .option('-j, --jobs <n>', 'threads for large batches: this one and n - 1 workers', parseJobs, defaultJobs())
    .option('--no-color', 'no colours')
    .option('--remind <list>', 'ics: reminders, e.g. 7d,1d or none', parseRemind, [4320, 1440])
    .option('--now <time>', 'ics: DTSTAMP', parseNow)
    .helpOption('-h, --help', 'print this help');
  return configure(program, io);
}

export async function runDue(argv: string[], io: CliIO, fail: (m: string) => void): Promise<number> {
  const program = buildDue(io);
  const early = await parseArgs(program, argv, fail);
  if (early !== null) return early;
  const o = program.opts<DueOptions>();
  if (o.within !== undefined && (o.from !== undefined || o.until !== undefined)) {
    throw new UsageError('give either --within or --from/--until, not both');
  }
  const today = o.today ?? clockToday();
  const from = o.from ?? (addDaysIso(today, -o.overdue) as string);
  // --from alone: the window runs --within (14 days) from there.
  const until = o.until ?? (addDaysIso(o.from ?? today, o.within ?? 14) as string);
  if (from > until) throw new UsageError(`the window is empty: ${from} is after ${until}`);

  const cwd = io.cwd ?? process.cwd();
  refuseInputAsOutput(program.args, o.output, cwd);
  const exclude = o.output === undefined ? [] : [resolve(cwd, o.output)];
  const expanded = await expandInputs(program.args, { cwd, extensions: o.ext, exclude });
  if (expanded.files.length === 0) {
    fail(`no input files found in ${program.args.join(', ')}`);
    return EXIT_INPUT;
  }
  const spec = { format: 'json' as const, color: false, filter: {}, ics: {} };
  const jobs: Job[] = expanded.files.map((f, index) => ({
    index,
    name: f.name,
    path: f.path,
    spec,
    parse: {},
    keepRecord: true,
    keepText: false,
    withHeader: false,
  }));
  const local = async (job: Job) => (job.path === '-' ? runJob(job, await readInput('-', io)) : runJob(job));
  const sources: AgendaSource[] = [];
  let failed = 0;
  for await (const result of runOrdered(
    jobs,
    local,
    expanded.files.some((f) => f.path === '-') ? 1 : o.jobs,
    poolOptions(io),
  )) {
    if (!result.ok) {
      failed++;
      fail(result.message);
    } else if (result.record) sources.push({ record: result.record, file: expanded.files[result.index]?.name ?? '' });
  }

  const agenda = await import('../export/agenda.js');
  const items = agenda.buildAgenda(sources, { today, from, until, ...(o.assignee ? { assignee: o.assignee } : {}) });
  let text: string;
  if (o.format === 'json') text = agenda.agendaJson(items);
  else if (o.format === 'csv') text = agenda.agendaCsv(items);
  else if (o.format === 'ics')
    text = await agendaCalendar(sources, { from, until, assignee: o.assignee, remind: o.remind, now: o.now });
  else text = agenda.renderAgenda(items, { color: o.output === undefined && useColor(o.color, io), today });

  if (o.output === undefined) io.stdout.write(text);
  else {
    try {
      await writeFileAtomic(resolve(cwd, o.output), text);
    } catch (error) {
      fail(`${o.output}: cannot write: ${fsReason(error, 'write')}`);
      return EXIT_INPUT;
    }
  }
  return failed ? EXIT_INPUT : EXIT_OK;
}

/** The window's deadlines as one calendar (a unit's own calendar with --assignee). */
async function agendaCalendar(
  sources: readonly AgendaSource[],
  o: { from: string; until: string; assignee: string | undefined; remind: number[]; now: string | undefined },
): Promise<string> {
  const [{ windowRecords }, { toIcs }] = await Promise.all([import('../export/agenda.js'), import('../export/ics.js')]);
  const records = windowRecords(sources, {
    from: o.from,
    until: o.until,
    ...(o.assignee ? { assignee: o.assignee } : {}),
  });
  return toIcs(records, {
    remind: o.remind,
    calendarName: 'Hạn sắp tới',
    recurUntil: o.until,
    ...(o.now ? { now: o.now } : {}),
  }).text;
}
