// The command line, callable in-process: run(argv, io) → exit code. No process.exit, no globals.
// `directive-parse [options] <input...>` parses; `directive-parse due <input...>` is the agenda.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ENCODING_OPTIONS, type EncodingOption } from '../text/encodings.js';
import type { ParseOptions } from '../types.js';
import { type BatchOptions, outputMode, refuseInputAsOutput, runBatch } from './batch.js';
import { oneLine, UsageError } from './errors.js';
import { DEFAULT_EXTENSIONS, expandInputs } from './inputs.js';
import { type CliIO, MAX_INPUT_BYTES, useColor } from './io.js';
import { parseDate, parseExtensions, parseJobs, parseNow, parseRemind, parseSize } from './options.js';
import { defaultJobs } from './pool.js';
import { FORMATS, type Format } from './render.js';

export type { CliIO } from './io.js';
export { isIsoDate } from './options.js';
export { FORMATS } from './render.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** Ctrl-C: the shell convention 128 + SIGINT. */
export const EXIT_INTERRUPTED = 130;

export const NAME = 'directive-parse';

const EXIT_HELP = `
Inputs: files, folders (searched recursively for .txt and .md; --ext to change;
hidden files skipped), glob patterns ('thang-*/**/*.txt', quoted), and "-" for
standard input. Files are processed in sorted, stable order.

Formats:
  summary  readable overview for people (default; coloured on a terminal)
  json     the full record, canonical form (see schema/directive.schema.json)
  yaml     the same record as YAML
  ndjson   one JSON record per line, streamed as files finish (for pipes)
  ics      an iCalendar file of the deadlines (Google Calendar, Outlook, Apple
           Calendar, Thunderbird); several inputs give one calendar
  csv      one row per deadline, UTF-8 with BOM (Excel)

Outputs: standard output; -o FILE for one input; -o DIR for one output per input
(the input tree mirrored: a/b/x.txt → DIR/a/b/x.yaml); --merge FILE for one
combined file (JSON array, YAML stream, one calendar, one table). Files are
written atomically. A bad input never stops the others.

Agenda: ${NAME} due <input...> [--within 14d | --from D --until D]
        [--assignee TEXT] [--today D] [--format text|json|csv|ics]

Exit codes:
  0  success
  1  an input could not be read or parsed, or an output could not be written
  2  usage error (unknown option, bad value, missing file argument)
  130  interrupted (Ctrl-C): the files written so far are complete

Environment:
  NO_COLOR=1     no colours;  FORCE_COLOR=1  colours even when not a terminal
  CI=true        no progress bar

Examples:
  ${NAME} chi-thi.txt
  ${NAME} --format json -o chi-thi.json chi-thi.txt
  ${NAME} van-ban-den/ -f yaml -o out/
  ${NAME} 'thang-*/**/*.txt' -f ics --merge han-thang.ics
  cat chi-thi.txt | ${NAME} - -f json
  ${NAME} due van-ban-den/ --within 14d --assignee "Văn phòng"
`;

export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** Names from the input may hold anything; keep diagnostics on one printable line. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, '?');
}

interface Options {
  format: Format;
  output?: string;
  merge?: string;
  color: boolean;
  referenceDate?: string;
  ext: string[];
  quiet?: boolean;
  jobs: number;
  allowOutputInInput?: boolean;
  maxSize: number;
  encoding: EncodingOption;
  assignee?: string;
  from?: string;
  until?: string;
  remind: number[];
  includeUndated?: boolean;
  todo?: boolean;
  todoOnly?: boolean;
  calendarName?: string;
  now?: string;
  recurUntil?: string;
}

/** Commander set up to write through `io` and to throw instead of exiting. */
export function configure(command: Command, io: CliIO): Command {
  return command
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
}

function buildProgram(io: CliIO): Command {
  const program = new Command(NAME)
    .description('Parse Vietnamese directives (công văn, kết luận, kế hoạch …) into structured records.')
    .argument('<input...>', 'files, folders or glob patterns; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('summary'))
    .option('-o, --output <path>', 'write to a file (one input) or a folder (one output per input), atomically')
    .option('--merge <file>', 'write all inputs into one combined file')
    .option('--ext <list>', 'extensions read from folders and globs', parseExtensions, [...DEFAULT_EXTENSIONS])
    .option('-q, --quiet', 'no progress bar, no closing summary, no notes on deadlines left out of a calendar')
    .option(
      '-j, --jobs <n>',
      'threads for large batches (the CPU count): this one and n - 1 workers',
      parseJobs,
      defaultJobs(),
    )
    .option('--allow-output-in-input', 'allow -o DIR inside an input folder')
    .option(
      '--max-size <size>',
      'largest input read, e.g. 32MB (default); larger files are refused',
      parseSize,
      MAX_INPUT_BYTES,
    )
    .addOption(
      new Option('--encoding <name>', 'input encoding; auto detects UTF-8/16 and legacy TCVN3, VNI, Windows-1258')
        .choices([...ENCODING_OPTIONS])
        .default('auto'),
    )
    .option('--no-color', 'no colours in the summary')
    .option('--reference-date <YYYY-MM-DD>', 'date for yearless dates when a document has no date', parseDate)
    .option('--assignee <text>', 'keep only deadlines of this unit (case/tone-insensitive substring)')
    .option('--from <YYYY-MM-DD>', 'keep only deadlines on or after this day', parseDate)
    .option('--until <YYYY-MM-DD>', 'keep only deadlines on or before this day', parseDate)
    .option('--remind <list>', 'ics: reminders before each deadline, e.g. 7d,1d or none', parseRemind, [4320, 1440])
    .option('--include-undated', 'ics: note ongoing and relative deadlines on the document date')
    .option('--todo', 'ics: also write VTODO items (to-dos with DUE) for task apps')
    .option('--todo-only', 'ics: write VTODO items instead of events')
    .option('--calendar-name <name>', 'ics: calendar name (default: from the document)')
    .option('--now <time>', 'ics: DTSTAMP, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (default: the document date)', parseNow)
    .option(
      '--recur-until <YYYY-MM-DD>',
      "ics: last day of recurring deadlines (default: the plan's period)",
      parseDate,
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXIT_HELP);
  return configure(program, io);
}

/** Parse argv with commander; a usage problem becomes one line and exit 2. */
export async function parseArgs(program: Command, argv: string[], fail: (m: string) => void): Promise<number | null> {
  try {
    await program.parseAsync(argv, { from: 'user' });
    return null;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_OK; // --help, --version
      fail(`${oneLine(error.message.replace(/^error:\s*/u, ''))} (see --help)`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

async function runParse(argv: string[], io: CliIO, fail: (m: string) => void): Promise<number> {
  const started = performance.now();
  const program = buildProgram(io);
  const early = await parseArgs(program, argv, fail);
  if (early !== null) return early;
  const options = program.opts<Options>();
  const cwd = io.cwd ?? process.cwd();
  const color =
    options.output === undefined &&
    options.merge === undefined &&
    options.format === 'summary' &&
    useColor(options.color, io);
  const parse: ParseOptions = options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate };
  const spec = {
    format: options.format,
    color,
    filter: {
      ...(options.assignee === undefined ? {} : { assignee: options.assignee }),
      ...(options.from === undefined ? {} : { from: options.from }),
      ...(options.until === undefined ? {} : { until: options.until }),
    },
    ics: {
      remind: options.remind,
      includeUndated: options.includeUndated === true,
      todo: options.todoOnly ? ('only' as const) : options.todo ? ('also' as const) : ('none' as const),
      ...(options.calendarName === undefined ? {} : { calendarName: options.calendarName }),
      ...(options.now === undefined ? {} : { now: options.now }),
      ...(options.recurUntil === undefined ? {} : { recurUntil: options.recurUntil }),
    },
  };
  const batchOptions: BatchOptions = {
    spec,
    parse,
    quiet: options.quiet === true,
    jobs: options.jobs,
    allowOutputInInput: options.allowOutputInInput === true,
    maxBytes: options.maxSize,
    ...(options.encoding === 'auto' ? {} : { encoding: options.encoding }),
    ...(options.output === undefined ? {} : { output: options.output }),
    ...(options.merge === undefined ? {} : { merge: options.merge }),
  };
  refuseInputAsOutput(program.args, options.merge, cwd);
  refuseInputAsOutput(program.args, options.output, cwd);
  const exclude = [options.output, options.merge]
    .filter((p): p is string => p !== undefined)
    .map((p) => resolve(cwd, p));
  const expanded = await expandInputs(program.args, { cwd, extensions: options.ext, exclude });
  if (expanded.files.length === 0) {
    fail(`no input files found in ${program.args.join(', ')} (extensions ${options.ext.join(', ')})`);
    return EXIT_INPUT;
  }
  const mode = await outputMode(expanded, batchOptions, cwd);
  const report = await runBatch(expanded, mode, batchOptions, io, fail);
  const batch = expanded.batch || expanded.files.length > 1;
  if (report.interrupted) {
    const { done, total, last } = report.interrupted;
    fail(
      `interrupted after ${done} of ${total} files${last ? ` (last complete: ${last})` : ''}; every file written is complete`,
    );
    return EXIT_INTERRUPTED;
  }
  if (batch && !batchOptions.quiet) {
    io.stderr.write(
      `${NAME}: ${report.parsed} files parsed, ${report.failed} failed, ${report.deadlines} deadlines found in ${seconds(performance.now() - started)}\n`,
    );
  }
  return report.failed > 0 ? EXIT_INPUT : EXIT_OK;
}

/**
 * Run the CLI. `argv` are the arguments after the program name (`process.argv.slice(2)`).
 * Resolves to the exit code; never throws, never exits the process.
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`${NAME}: ${printable(message)}\n`);
  };
  try {
    if (argv[0] === 'due') {
      const { runDue } = await import('./due.js');
      return await runDue(argv.slice(1), io, fail);
    }
    return await runParse(argv, io, fail);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`${error.message} (see --help)`);
      return EXIT_USAGE;
    }
    fail(`internal error: ${oneLine(error)}`);
    if (io.env.DIRECTIVE_PARSE_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return EXIT_INPUT;
  }
}
