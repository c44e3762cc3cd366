// Public entry of the deadline rules (format reference §9). The rules themselves live in
// ./deadlines/, one small module per concern; see ./deadlines/index.ts for the design and order.

export type { DateProblem, DeadlineContext, DeadlineFinding } from './deadlines/index.js';
export { findDeadlines } from './deadlines/index.js';
