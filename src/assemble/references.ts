// Cited documents from the body and footnotes: de-duplicated by id, in order of first
// appearance, never the document's own number (the same number with another date is another document).
import { findReferences } from '../rules/references.js';
import { type Block, locate } from '../text/blocks.js';
import type { Reference, Source } from '../types.js';

const idKey = (id: string) => id.replace(/\s+/gu, '').toUpperCase();

export function collectReferences(
  blocks: readonly Block[],
  ownId: string | null,
  ownDate: string | null = null,
): { references: Reference[]; sources: Source[] } {
  const sources: Source[] = [];
  const seen = new Map<string, Reference>();
  const own = ownId ? idKey(ownId) : null;
  // Document order of each citation, wherever its paragraph sits (footnotes split by page breaks).
  const found = blocks.flatMap((block) =>
    findReferences(block.text).map((f) => ({ f, block, at: locate(block, f.start) })),
  );
  found.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  for (const { f, block } of found) {
    {
      const key = idKey(f.id);
      // Party numbers restart each term: `thay thế Quy chế số 01-QC/ĐU, ngày 20/9/2020` under the
      // document's own `Số 01-QC/ĐU` cites an older document, dated otherwise.
      if (key === own && (f.date === null || ownDate === null || f.date === ownDate)) continue;
      const prev = seen.get(key);
      if (prev) {
        // A later, fuller citation fills what the first one left out.
        prev.docType ??= f.docType;
        prev.date ??= f.date;
        prev.issuer ??= f.issuer;
        continue;
      }
      const at = locate(block, f.start);
      sources.push({ line: at.line, column: at.column, text: f.id, rule: `reference.${f.rule}` });
      seen.set(key, {
        id: f.id,
        number: f.number,
        symbol: f.symbol,
        docType: f.docType,
        date: f.date,
        issuer: f.issuer,
        line: at.line,
      });
    }
  }
  return { references: [...seen.values()], sources };
}
