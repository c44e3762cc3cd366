// Find deadlines paragraph by paragraph and attach each to the innermost task containing it.
import { type DeadlineFinding, findDeadlines } from '../rules/deadlines.js';
import { findReferences } from '../rules/references.js';
import { type Block, isBold, locate } from '../text/blocks.js';
import { isAllCaps } from '../text/labels.js';
import type { Deadline, Task, Warning } from '../types.js';

const DATED_KINDS = new Set(['by', 'on']);

export interface DeadlineInput {
  blocks: readonly Block[];
  owner: ReadonlyArray<Task | null>;
  firstTask: number;
  hasTasks: boolean;
  docDate: string | null;
}

function toDeadline(f: DeadlineFinding, block: Block, task: Task | null): Deadline {
  const at = locate(block, f.start);
  const d: Deadline = {
    date: f.date,
    kind: f.kind,
    task: task ? [...task.path] : null,
    text: f.text,
    line: at.line,
    bold: isBold(block, f.start, f.end),
  };
  if (f.time) d.time = f.time;
  if (f.rrule) d.rrule = f.rrule;
  if (f.inferred) d.inferred = true;
  return d;
}

export function collectDeadlines(input: DeadlineInput): { deadlines: Deadline[]; warnings: Warning[] } {
  const deadlines: Deadline[] = [];
  const warnings: Warning[] = [];
  input.blocks.forEach((block, i) => {
    const task = input.owner[i] ?? null;
    const heading = isAllCaps(block.text);
    const { found, problems } = findDeadlines(block.text, { docDate: input.docDate, heading });
    for (const p of problems) {
      warnings.push({ code: p.code, message: p.message, line: locate(block, p.start).line });
    }
    // Document-level narrative (the preamble, sentences describing cited documents) mentions
    // periods that are not deadlines: keep only explicit dates there.
    const narrative =
      task === null && !heading && (input.hasTasks ? i < input.firstTask : findReferences(block.text).length > 0);
    for (const f of found) {
      if (narrative && !DATED_KINDS.has(f.kind)) continue;
      deadlines.push(toDeadline(f, block, task));
    }
  });
  return { deadlines, warnings };
}
