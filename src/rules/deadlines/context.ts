// Shared shapes of the deadline rules: the public context/finding/problem types, the candidate
// each rule pushes into the shared environment, and span helpers (named-group offsets, clause
// boundaries) that several rule modules need.

import type { DeadlineKind } from '../../types.js';

export interface DeadlineContext {
  /** The document's own date, ISO; may be partial ('2026-04', '2026') or null. */
  docDate: string | null;
  /** True when `text` is a section heading line (a period in it then counts without a cue). */
  heading: boolean;
  /**
   * True when the document takes effect on signing (`Điều 3. Quyết định này có hiệu lực kể từ
   * ngày ký`): a period counted from its taking effect is counted from its date.
   */
  effectiveOnSigning?: boolean;
}

export interface DeadlineFinding {
  kind: DeadlineKind;
  date: string | null;
  time?: string;
  rrule?: string;
  inferred?: boolean;
  /** The phrase as written in `text` (`text.slice(start, end)`). */
  text: string;
  start: number;
  end: number;
  /** Name of the pattern that produced the finding. */
  rule: string;
}

export interface DateProblem {
  code: 'BAD_DATE' | 'YEAR_ROLLOVER' | 'PAST_DEADLINE';
  message: string;
  start: number;
}

// ---------------------------------------------------------------------------------------------
// Candidates

export interface Candidate {
  start: number;
  end: number;
  rule: string;
  /** A finding (without text) or a problem to report when this candidate wins. */
  finding?: Omit<DeadlineFinding, 'text' | 'start' | 'end' | 'rule'>;
  problem?: Omit<DateProblem, 'start'>;
  /** Whether a lead-in label at the start of the clause may be attached. */
  label?: boolean;
}

/** What every rule reads (`c` is `canonTones(text)`, same length as `text`) and where it pushes. */
export interface Env {
  c: string;
  /** `c` lower-cased for the patterns' cheap pre-checks, or null when it cannot serve (`lowerCopy`). */
  lower: string | null;
  /** Whether `c` has an ASCII digit (every written date and count needs one). */
  digit: boolean;
  /** Whether `c` may hold a written date (`mayHoldDate`): the by/on rules need one. */
  date: boolean;
  ctx: DeadlineContext;
  docYear: number | null;
  docStart: string | null;
  out: Candidate[];
}

/** A rule module's entry point: reads `env.c`, pushes candidates into `env.out`. */
export type DeadlineRule = (env: Env) => void;

// ---------------------------------------------------------------------------------------------
// Spans

export function groupStart(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index;
}

/**
 * Start of the clause that contains `at`: just after the last `.;()!?` within `limit` characters
 * before it; 0 when the text starts within the limit; -1 when no boundary is that close.
 */
export function clauseStart(c: string, at: number, limit = 160): number {
  const from = Math.max(0, at - limit);
  const before = c.slice(from, at);
  const cut = Math.max(
    before.lastIndexOf('.'),
    before.lastIndexOf(';'),
    before.lastIndexOf('('),
    before.lastIndexOf(')'),
    before.lastIndexOf('!'),
    before.lastIndexOf('?'),
  );
  if (cut >= 0) return from + cut + 1;
  return from === 0 ? 0 : -1;
}
