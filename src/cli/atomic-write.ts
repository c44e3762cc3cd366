// Write a file so that readers see either the old file or the complete new one, never a half-written
// file: write a temporary file in the same directory, flush it, rename it over the target.
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Name of the temporary file used for `target` (same directory, hidden, unique). */
export function tempPathFor(target: string): string {
  // Math.random is enough next to the pid: `open(…, 'wx')` refuses a name that exists anyway, and
  // not loading node:crypto keeps the CLI's start-up short.
  const tag = Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  return join(dirname(target), `.${basename(target)}.${process.pid}.${tag}.tmp`);
}

export async function writeFileAtomic(target: string, data: string): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
}
