// Public API: parse a directive's text into a record; the record's types.
export { parseDirective } from './assemble/directive.js';
export type * from './types.js';
