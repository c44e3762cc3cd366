// Validate a record against schema/directive.schema.json. Golden and CLI tests call this.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

export const schemaPath = new URL('../../schema/directive.schema.json', import.meta.url);
export const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** Schema errors for `record`, one readable line each (`/tasks/0/path: must NOT have fewer than 1 items`); [] when valid. */
export function validateRecord(record: unknown): string[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` ${JSON.stringify(e.params.allowedValues)}` : ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  );
}
