// The record for people: the same data as the JSON form, as YAML.
//
// Quoting rule (decided once): any string that a YAML 1.1 *or* 1.2 reader would resolve to something
// other than a string — `2026-04-30` (1.1 timestamp), `2026`, `1.1`, `on`/`no`/`yes`/`y` (1.1 booleans),
// `null`/`~`, `17:00` (1.1 sexagesimal), `0o17`, `<<` — is written double-quoted, and so are partial
// dates (`2026-04`) for consistency. Everything else is
// plain when it can be. Long strings stay on one line (no folding) so golden diffs stay readable.
import YAML from 'yaml';
import type { Directive } from '../types.js';

type TagTest = { test: RegExp };

function plainScalarTests(): RegExp[] {
  const tests: RegExp[] = [];
  for (const version of ['1.1', '1.2'] as const) {
    const { schema } = new YAML.Document(null, { version });
    for (const tag of schema.tags) {
      const t = (tag as Partial<TagTest> & { default?: unknown }).test;
      if (t instanceof RegExp && tag.default !== false) tests.push(t);
    }
  }
  return tests;
}

// Partial ISO dates (`2026-04`) read back as strings everywhere, but are quoted like full dates so
// every date in the file looks the same.
const AMBIGUOUS = [...plainScalarTests(), /^\d{4}-\d{2}$/u];

/** True when a plain scalar with this content would not read back as this string in YAML 1.1 or 1.2. */
export function needsQuotes(value: string): boolean {
  return AMBIGUOUS.some((re) => re.test(value));
}

function toDocument(data: unknown): YAML.Document {
  // Round-trip through JSON so YAML renders exactly the canonical data model: no undefined values,
  // no shared objects (which YAML would print as anchors and aliases).
  const plain: unknown = JSON.parse(JSON.stringify(data));
  const doc = new YAML.Document(plain, { version: '1.2', aliasDuplicateObjects: false });
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && needsQuotes(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc;
}

const TO_STRING: YAML.ToStringOptions = { lineWidth: 0, indentSeq: true };

/** The record as a YAML 1.2 document (also safe for YAML 1.1 readers); `YAML.parse` gives the JSON data back. */
export function toYaml(record: Directive): string {
  return toDocument(record).toString(TO_STRING);
}

/**
 * Several records as a YAML stream, one document each; `null` stands for an input that could not be
 * parsed. `labels` (e.g. file names) are written as a comment before each document.
 */
export function toYamlStream(records: readonly (Directive | null)[], labels: readonly string[] = []): string {
  return records
    .map((record, i) => {
      const doc = toDocument(record);
      const label = labels[i];
      const head = label === undefined ? '' : `# ${label.replace(/[\r\n\u2028\u2029]+/gu, ' ')}\n`;
      const body = doc.toString(TO_STRING);
      return `${head}---\n${body}`;
    })
    .join('');
}
