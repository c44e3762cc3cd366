// Số và ký hiệu: the document's own number and symbol, from the header zone only.
import type { Line } from '../text/lines.js';
import type { Finding } from './finding.js';
import { findingAt } from './finding.js';

export interface NumberValue {
  number: string | null;
  symbol: string;
  system: 'party' | 'state';
}

// Dashes in ids may be spaced or typographic: "357 –CV/HNDTW", "1400 - CV/VPTU".
const D = '\\s*[-–—]\\s*';
const S = '\\s*\\/\\s*';
// "Số", OCR "S6"/"Sô"/"So", optional colon; the number may be blank (draft) or dots "…".
// Each optional part owns the spaces before it: `\s*:?\s*(?:[.…_]+\s*)?(?<num>…)?\s*` matched the same
// text but split a long run of spaces in polynomially many ways before failing.
const SO = '(?:S[ốôoóồ6]|SỐ|SO)(?:\\s*:)?(?:\\s*[.…_]+)?';
const NUM = '(?:\\s*(?<num>\\d{1,5}))?';

/** Party: "Số 16-KL/TW", "Số -CV/ĐU", "Số: - KL/ĐU", "Số 367-QĐ/TWĐTN-VP", "84 QĐ/TWĐTN" (missing hyphen). */
const PARTY = new RegExp(
  `(?<![\\p{L}])${SO}${NUM}(?:${D}|\\s+)(?<type>\\p{Lu}[\\p{L}]{0,4})${S}(?<org>\\p{Lu}[\\p{L}\\d&]*(?:${D}\\p{Lu}[\\p{L}\\d&]*)*)`,
  'u',
);
/** State: "Số: 45/QĐ-UBND", "Số: 30/2020/NĐ-CP", "Số: /VP-NVKTGS", "Số: 1206 /QĐ-HVTC". */
const STATE = new RegExp(
  `(?<![\\p{L}])${SO}${NUM}${S}(?:(?<year>(?:19|20)\\d{2})${S})?(?<sym>\\p{Lu}[\\p{L}\\d&]*(?:${D}[\\p{Lu}\\d][\\p{L}\\d&.]*)*)`,
  'u',
);

function clean(symbol: string): string {
  return symbol.replace(/\s+/gu, '').replace(/[–—]/gu, '-').replace(/\.$/u, '');
}

/** Try both shapes on one line; Party first (it needs a hyphen before the slash). */
export function matchNumber(line: Line): Finding<NumberValue> | null {
  const text = line.canon;
  const party = PARTY.exec(text);
  const state = STATE.exec(text);
  if (party?.groups && (!state || party.index <= state.index)) {
    const { num, type, org } = party.groups;
    return findingAt(line, party.index, party[0], 'number.party', {
      number: num ?? null,
      symbol: clean(`${type}/${org}`),
      system: 'party',
    });
  }
  if (state?.groups) {
    const { num, year, sym } = state.groups;
    return findingAt(line, state.index, state[0], 'number.state', {
      number: num ?? null,
      // A legal act's year stays with its symbol: "30/2020/NĐ-CP" → 30 + "2020/NĐ-CP".
      symbol: year ? `${year}/${clean(sym ?? '')}` : clean(sym ?? ''),
      system: 'state',
    });
  }
  return null;
}

/** The own number: the first match in the header zone (body citations never count). */
export function findNumber(header: readonly Line[]): Finding<NumberValue> | null {
  for (const line of header) {
    const found = matchNumber(line);
    if (found) return found;
  }
  return null;
}
