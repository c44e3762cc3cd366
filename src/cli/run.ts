// The command line, callable in-process: run(argv, io) → exit code. No process.exit, no globals.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../text/decode.js';
import type { Directive, ParseOptions } from '../types.js';
import { writeFileAtomic } from './atomic-write.js';
import { oneLine, UsageError } from './errors.js';
import { type CliIO, fsReason, readInput, STDIN_NAME, useColor } from './io.js';

export type { CliIO } from './io.js';

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

const NAME = 'directive-parse';
export const FORMATS = ['summary', 'json', 'yaml', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

const EXIT_HELP = `
Formats:
  summary  readable overview for people (default; coloured on a terminal)
  json     the full record, canonical form (see schema/directive.schema.json)
  yaml     the same record as YAML
  ics      an iCalendar file of the deadlines (import into Google Calendar, Outlook,
           Apple Calendar, Thunderbird); several inputs give one calendar

Several files: json prints an array (null for a file that failed), yaml a stream of
documents, summary one block per file; a bad file does not stop the others.

Exit codes:
  0  success
  1  an input could not be read or parsed, or the output could not be written
  2  usage error (unknown option, bad value, missing file argument)

Environment:
  NO_COLOR=1     no colours;  FORCE_COLOR=1  colours even when not a terminal

Examples:
  ${NAME} chi-thi.txt
  ${NAME} --format json -o chi-thi.json chi-thi.txt
  ${NAME} ke-hoach.txt --format ics -o han.ics --remind 7d,1d
  cat chi-thi.txt | ${NAME} --format yaml -
`;

function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** `YYYY-MM-DD` that names a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[mo - 1] ?? 0);
}

function parseReferenceDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD, e.g. 2026-04-30.');
  return value;
}

/** Names from the input may hold anything; keep diagnostics on one printable line. */
function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/gu, '?');
}

interface Options {
  format: Format;
  output?: string;
  color: boolean;
  referenceDate?: string;
  remind: number[];
  includeUndated?: boolean;
  todo?: boolean;
  todoOnly?: boolean;
  calendarName?: string;
  now?: string;
  recurUntil?: string;
}

/** "3d,1d", "7d", "2h", "30m", "none" → minutes before the deadline. */
export function parseRemind(value: string): number[] {
  if (value.trim().toLowerCase() === 'none') return [];
  const units: Record<string, number> = { d: 1440, h: 60, m: 1, w: 10080 };
  const out: number[] = [];
  for (const part of value.split(',')) {
    const m = /^\s*(\d{1,4})\s*([dhmw])\s*$/iu.exec(part);
    const unit = units[(m?.[2] ?? '').toLowerCase()];
    if (!m || unit === undefined)
      throw new InvalidArgumentError('expected a list like 3d,1d (d days, h hours, m minutes, w weeks) or none.');
    out.push(Number(m[1]) * unit);
  }
  return [...new Set(out)].sort((a, b) => b - a);
}

function parseNow(value: string): string {
  if (isIsoDate(value)) return `${value}T00:00:00Z`;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?Z$/u.exec(value);
  if (!m || !isIsoDate(m[1] ?? '') || Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) {
    throw new InvalidArgumentError('expected YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MM:SSZ.');
  }
  return `${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}Z`;
}

function buildProgram(io: CliIO): Command {
  return new Command(NAME)
    .description('Parse a Vietnamese directive (công văn, kết luận, kế hoạch …) into a structured record.')
    .argument('<file...>', 'directive text file(s), UTF-8 or UTF-16; "-" reads standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('summary' satisfies Format),
    )
    .option('-o, --output <file>', 'write the output to <file> (atomically) instead of standard output')
    .option('--no-color', 'no colours in the summary')
    .option(
      '--reference-date <YYYY-MM-DD>',
      'date for resolving yearless dates when the document has no date of its own',
      parseReferenceDate,
    )
    .option('--remind <list>', 'ics: reminders before each deadline, e.g. 7d,1d or none', parseRemind, [4320, 1440])
    .option('--include-undated', 'ics: note ongoing and relative deadlines on the document date')
    .option('--todo', 'ics: also write VTODO items (to-dos with DUE) for task apps')
    .option('--todo-only', 'ics: write VTODO items instead of events')
    .option('--calendar-name <name>', 'ics: calendar name (default: from the document)')
    .option('--now <time>', 'ics: DTSTAMP, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (default: the document date)', parseNow)
    .option(
      '--recur-until <YYYY-MM-DD>',
      "ics: last day of recurring deadlines (default: the plan's period, else a year)",
      parseReferenceDate,
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', EXIT_HELP)
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

type Renderers = {
  one: (record: Directive, file?: string) => string;
  many: (records: (Directive | null)[], files: string[]) => string;
};

async function loadRenderers(
  format: Format,
  color: boolean,
  options: Options,
  io: CliIO,
  names: readonly string[],
): Promise<Renderers> {
  switch (format) {
    case 'ics': {
      const { toIcs } = await import('../export/ics.js');
      const render = (records: Directive[], files: string[]) => {
        const result = toIcs(records, {
          remind: options.remind,
          includeUndated: options.includeUndated === true,
          todo: options.todoOnly ? 'only' : options.todo ? 'also' : 'none',
          ...(options.calendarName === undefined ? {} : { calendarName: options.calendarName }),
          ...(options.now === undefined ? {} : { now: options.now }),
          ...(options.recurUntil === undefined ? {} : { recurUntil: options.recurUntil }),
        });
        const left = result.skipped.reduce((n, s) => n + s.count, 0);
        if (left > 0) {
          const what = result.skipped.map((s) => `${s.count} ${s.kind} (${s.reason})`).join(', ');
          const hint = options.includeUndated ? '' : '; --include-undated notes them on the document date';
          io.stderr.write(`${NAME}: ${files.join(', ')}: ${left} deadline(s) not in the calendar: ${what}${hint}\n`);
        }
        return result.text;
      };
      return {
        one: (r) => render([r], [...names]),
        many: (rs, files) =>
          render(
            rs.filter((r): r is Directive => r !== null),
            files.filter((_, i) => rs[i] !== null),
          ),
      };
    }
    case 'json': {
      const { toJson, toJsonArray } = await import('../export/json.js');
      return { one: (r) => toJson(r), many: (rs) => toJsonArray(rs) };
    }
    case 'yaml': {
      const { toYaml, toYamlStream } = await import('../export/yaml.js');
      return { one: (r) => toYaml(r), many: (rs, files) => toYamlStream(rs, files) };
    }
    case 'summary': {
      const { renderSummary } = await import('../export/summary.js');
      const one = (r: Directive, file?: string) => renderSummary(r, file === undefined ? { color } : { color, file });
      return {
        one,
        many: (rs, files) =>
          rs
            .map((r, i) => (r === null ? null : one(r, files[i] ?? '')))
            .filter((t): t is string => t !== null)
            .join('\n'),
      };
    }
  }
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
    const program = buildProgram(io);
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
      if (error instanceof CommanderError) {
        if (error.exitCode === 0) return EXIT_OK; // --help, --version
        fail(`${oneLine(error.message.replace(/^error:\s*/u, ''))} (see --help)`);
        return EXIT_USAGE;
      }
      throw error;
    }

    const options = program.opts<Options>();
    const files = program.args;
    // Several inputs make one output only as a calendar (merged); other formats need one file.
    if (files.length > 1 && options.output !== undefined && options.format !== 'ics') {
      throw new UsageError(`--output takes a single input file (got ${files.length})`);
    }
    if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');

    const color = options.output === undefined && options.format === 'summary' && useColor(options.color, io);
    const parseOptions: ParseOptions =
      options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate };

    const names = files.map((f) => (f === '-' ? STDIN_NAME : f));
    const [{ parseDirective }, { decodeInput }, render] = await Promise.all([
      import('../index.js'),
      import('../text/decode.js'),
      loadRenderers(options.format, color, options, io, names),
    ]);

    let code = EXIT_OK;
    const records: (Directive | null)[] = [];
    for (const [i, file] of files.entries()) {
      const name = names[i] ?? file;
      try {
        const { text } = decodeInput(await readInput(file, io), name);
        records.push(parseDirective(text, parseOptions));
      } catch (error) {
        code = EXIT_INPUT;
        records.push(null);
        if (error instanceof InputError) fail(error.message);
        else {
          fail(`${name}: internal error while parsing: ${oneLine(error)}`);
          if (io.env.DIRECTIVE_PARSE_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
        }
      }
    }

    const [first] = records;
    let output: string | null;
    if (files.length === 1) output = first ? render.one(first) : null;
    else output = render.many(records, names);

    if (output !== null && output !== '') {
      if (options.output === undefined) io.stdout.write(output);
      else {
        const target = options.output;
        try {
          await writeFileAtomic(resolve(io.cwd ?? process.cwd(), target), output);
        } catch (error) {
          fail(`${target}: cannot write: ${fsReason(error, 'write')}`);
          return EXIT_INPUT;
        }
      }
    }
    return code;
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
