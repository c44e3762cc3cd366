// The canonical form of the record: JSON, 2-space indent, keys in the record's (contract) order.
import type { Directive } from '../types.js';

/** The record as canonical JSON text (2-space indent, trailing newline). */
export function toJson(record: Directive): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Several records as one JSON array; `null` stands for an input that could not be parsed. */
export function toJsonArray(records: readonly (Directive | null)[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
