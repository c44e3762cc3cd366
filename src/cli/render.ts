// One parsed document → the text of the chosen format; several → one merged text. Exporters are
// loaded only when their format is asked for.
import type { IcsOptions } from '../export/ics.js';
import type { DeadlineFilter } from '../export/select.js';
import type { Directive } from '../types.js';

export const FORMATS = ['summary', 'json', 'yaml', 'ics', 'csv', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/** File extension of each format under `-o DIR`. */
export const EXTENSIONS: Readonly<Record<Format, string>> = {
  summary: '.summary.txt',
  json: '.json',
  yaml: '.yaml',
  ics: '.ics',
  csv: '.csv',
  ndjson: '.json',
};

/** Everything a renderer needs; plain data so it can cross to a worker thread. */
export interface RenderSpec {
  format: Format;
  color: boolean;
  filter: DeadlineFilter;
  ics: IcsOptions;
}

export interface Rendered {
  text: string;
  /** Deadlines that did not go into a calendar, as a one-line explanation. */
  left?: string;
}

export interface Renderer {
  one(record: Directive, file: string, withHeader: boolean): Rendered;
  /** A null record stands for an input that failed (kept in JSON arrays and YAML streams). */
  many(items: ReadonlyArray<{ record: Directive | null; file: string }>): Rendered;
}

function leftOut(
  skipped: ReadonlyArray<{ kind: string; count: number; reason: string }>,
  noted: boolean,
): string | undefined {
  const n = skipped.reduce((sum, s) => sum + s.count, 0);
  if (n === 0) return undefined;
  const what = skipped.map((s) => `${s.count} ${s.kind} (${s.reason})`).join(', ');
  return `${n} deadline(s) not in the calendar: ${what}${noted ? '' : '; --include-undated notes them on the document date'}`;
}

export async function loadRenderer(spec: RenderSpec): Promise<Renderer> {
  const { selectDeadlines } = await import('../export/select.js');
  const pick = (r: Directive) => selectDeadlines(r, spec.filter);
  const pickOrNull = (r: Directive | null) => (r === null ? null : pick(r));
  const parsed = (xs: ReadonlyArray<{ record: Directive | null; file: string }>) =>
    xs.filter((x): x is { record: Directive; file: string } => x.record !== null);
  switch (spec.format) {
    case 'json': {
      const { toJson, toJsonArray } = await import('../export/json.js');
      return {
        one: (r) => ({ text: toJson(pick(r)) }),
        many: (xs) => ({ text: toJsonArray(xs.map((x) => pickOrNull(x.record))) }),
      };
    }
    case 'ndjson':
      return {
        one: (r) => ({ text: `${JSON.stringify(pick(r))}\n` }),
        many: (xs) => ({
          text: parsed(xs)
            .map((x) => `${JSON.stringify(pick(x.record))}\n`)
            .join(''),
        }),
      };
    case 'yaml': {
      const { toYaml, toYamlStream } = await import('../export/yaml.js');
      return {
        one: (r) => ({ text: toYaml(pick(r)) }),
        many: (xs) => ({
          text: toYamlStream(
            xs.map((x) => pickOrNull(x.record)),
            xs.map((x) => x.file),
          ),
        }),
      };
    }
    case 'summary': {
      const { renderSummary } = await import('../export/summary.js');
      const one = (r: Directive, file: string, withHeader: boolean) => ({
        text: renderSummary(pick(r), withHeader ? { color: spec.color, file } : { color: spec.color }),
      });
      return {
        one,
        many: (xs) => ({
          text: parsed(xs)
            .map((x) => one(x.record, x.file, true).text)
            .join('\n'),
        }),
      };
    }
    case 'ics': {
      const { toIcs } = await import('../export/ics.js');
      const cal = (records: Directive[]) => {
        const result = toIcs(records.map(pick), spec.ics);
        const left = leftOut(result.skipped, spec.ics.includeUndated === true);
        return left ? { text: result.text, left } : { text: result.text };
      };
      return { one: (r) => cal([r]), many: (xs) => cal(parsed(xs).map((x) => x.record)) };
    }
    case 'csv': {
      const { toCsv } = await import('../export/csv.js');
      return {
        one: (r, file) => ({ text: toCsv([{ record: pick(r), file }]) }),
        many: (xs) => ({ text: toCsv(parsed(xs).map((x) => ({ record: pick(x.record), file: x.file }))) }),
      };
    }
  }
}
