// Lookups over a record's task tree shared by the exporters: a task by its path, with the
// assignee it has or inherits from the nearest ancestor.
import type { Directive, Task } from '../types.js';

export interface TaskInfo {
  task: Task;
  /** Own assignee, else the nearest ancestor's. */
  assignee: string | null;
}

export const pathKey = (path: readonly string[]) => path.join('\u0000');

export function taskIndex(record: Directive): Map<string, TaskInfo> {
  const out = new Map<string, TaskInfo>();
  const walk = (tasks: readonly Task[], inherited: string | null) => {
    for (const task of tasks) {
      const assignee = task.assignee ?? inherited;
      out.set(pathKey(task.path), { task, assignee });
      walk(task.children, assignee);
    }
  };
  walk(record.tasks, null);
  return out;
}

/** The document id as people write it: "323-CV/TU", "125/KH-UBND", "30/2020/NĐ-CP"; the symbol of a draft. */
export function documentId(r: Directive): string | null {
  if (!r.symbol) return null;
  if (r.number === null) return r.symbol;
  const party = r.symbol.includes('/') && !/^\d{4}\//u.test(r.symbol);
  return party ? `${r.number}-${r.symbol}` : `${r.number}/${r.symbol}`;
}
