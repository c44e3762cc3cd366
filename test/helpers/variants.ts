// Messy renderings of a clean directive, as real inputs arrive: CRLF and BOM, decomposed
// Unicode, no markdown, PDF copies (wrapped lines, page numbers, signature stamps, glued words),
// the other tone orthography, look-alike letters, an old .doc table header.
import { foldDiacritics } from '../../src/text/fold.js';
import { titleType } from '../../src/text/labels.js';
import { splitGluedSyllables } from '../../src/text/syllables.js';

export type Variant = (text: string) => string;

const BANNER = /^(?:CONG HOA|DOC LAP|DANG CONG SAN)/u;
const isBannerish = (line: string) => BANNER.test(foldDiacritics(line.replace(/\*/gu, '').trim()).toUpperCase());

/** Break every line longer than `width` at spaces, like a PDF text layer (header lines stay whole). */
function wrap(line: string, width: number): string[] {
  if (line.length <= width || /VIỆT NAM|Hạnh phúc/u.test(line)) return [line];
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = rest.indexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

const lines = (text: string) => text.split('\n');

export const VARIANTS: Record<string, Variant> = {
  'crlf-bom': (t) => `\uFEFF${t.replace(/\n/gu, '\r\n')}`,
  'cr-only': (t) => t.replace(/\n/gu, '\r'),
  nfd: (t) => t.normalize('NFD'),
  'no-markdown': (t) =>
    t.replace(/\*+/gu, (m, i: number, s: string) => (s[i - 1] === '\n' && s[i + m.length] === '\n' ? m : '')),
  // pandoc's markdown: a backslash ends each line of a paragraph kept as written.
  'markdown-hard-breaks': (t) => t.replace(/(?<=\S)\n(?=\S)/gu, '\\\n'),
  'pdf-wrapped': (t) =>
    lines(t)
      .flatMap((l) => wrap(l, 88))
      .join('\n'),
  'pdf-wrapped-no-blank-lines': (t) =>
    lines(t)
      .flatMap((l) => wrap(l, 92))
      .filter((l, i, all) => l.trim() !== '' || (all[i - 1] ?? '').trim() === '')
      .join('\n'),
  'page-furniture': (t) => {
    const out: string[] = [];
    let n = 0;
    for (const l of lines(t).flatMap((x) => wrap(x, 90))) {
      out.push(l);
      n++;
      // A page break in mid-paragraph: page number, then a portal signature stamp.
      if (n % 37 === 0 && l.trim() !== '' && !/[.;:]$/u.test(l)) {
        out.push(
          '',
          String(Math.floor(n / 37) + 1),
          '',
          'Người ký: Văn phòng',
          'Thời gian ký: 27-01-2026 08:23:58 +07:00',
          '',
        );
      }
    }
    return out.join('\n');
  },
  // A running title under each page number (kept only where there are two page breaks or more:
  // a line seen once beside a page number is text).
  'running-title': (t) => {
    const all = lines(t).flatMap((x) => wrap(x, 90));
    const breaks = all.flatMap((l, i) => ((i + 1) % 20 === 0 && l.trim() !== '' && !/[.;:]$/u.test(l) ? [i] : []));
    if (breaks.length < 2) return t;
    return all
      .flatMap((l, i) =>
        breaks.includes(i) ? [l, '', `- ${i + 2} -`, 'Kế hoạch số 99-KH/VP ngày 02/01/2026 của Văn phòng', ''] : [l],
      )
      .join('\n');
  },
  'glued-after-diacritics': (t) =>
    t.replace(/([ạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ]) (Đ\p{Ll})/gu, '$1$2'),
  // The space lost between two lower-case syllables ("hoàn thànhtrước ngày"), every other time
  // the pair can be told apart again (the glue no reader could undo is left out).
  'glued-syllables': (t) => {
    let n = 0;
    return t.replace(/(?<![\p{L}])(\p{Ll}+) (\p{Ll}+)(?![\p{L}])/gu, (pair, a: string, b: string) =>
      splitGluedSyllables(a + b) === pair && n++ % 2 === 0 ? a + b : pair,
    );
  },
  // A PDF copy's footnote marks as plain digits glued to the date of a citation
  // ("ngày 22/12/20241 của …"), numbered in turn.
  'footnote-digit-after-date': (t) => {
    let n = 0;
    return t.replace(/(ngày \d{1,2}\/\d{1,2}\/\d{4})(?= của )/gu, (date) => `${date}${(n++ % 9) + 1}`);
  },
  'new-tone-placement': (t) =>
    t
      .replace(/ủy/gu, 'uỷ')
      .replace(/ỦY/gu, 'UỶ')
      .replace(/hóa/gu, 'hoá')
      .replace(/hòa/gu, 'hoà')
      .replace(/HÒA/gu, 'HOÀ')
      .replace(/thủy/gu, 'thuỷ')
      .replace(/Thủy/gu, 'Thuỷ'),
  'old-tone-placement': (t) =>
    t
      .replace(/uỷ(?!\p{L})/gu, 'ủy')
      .replace(/oá(?!\p{L})/gu, 'óa')
      .replace(/oà(?!\p{L})/gu, 'òa'),
  'look-alikes-and-spaces': (t) =>
    t
      .replace(/Đ/gu, 'Ð')
      .replace(/ngày /gu, 'ngày\u00A0')
      .replace(/Kính gửi/gu, 'Kính\u200B gửi')
      .replace(/"/gu, '“'),
  // The signature block run onto one line, as a PDF copy or a joined table cell gives it:
  // "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Phạm Văn A".
  'flattened-signature': (t) => {
    const all = lines(t);
    const start = all.findLastIndex((l) => /^\**\s*(?:TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.)\s*\p{Lu}/u.test(l));
    const name = all.findIndex((l, i) => i > start && /\p{Ll}/u.test(l) && !/^\s*[([]/u.test(l));
    if (start < 0 || name < 0 || name - start > 8) return t;
    const block = all.slice(start, name + 1).map((l) => l.replace(/\*/gu, '').trim());
    if (block.some((l) => l.startsWith('-'))) return t;
    const joined = block.filter((l) => l !== '').join(' ');
    return [...all.slice(0, start), joined, ...all.slice(name + 1)].join('\n');
  },
  'doc-table-header': (t) => {
    // The header's two columns as old .doc dumps print them: "| left | right |" rows.
    const all = lines(t);
    const end = all.findIndex((l) => /^(?:V\/v|Kính gửi)/u.test(l.trim()) || titleType(l) !== null);
    const headEnd = Math.max(end, 0);
    const head = all
      .slice(0, headEnd)
      .flatMap((l) => l.split(/ {4,}/u))
      .filter((l) => l.trim() !== '');
    const left = head.filter((l) => !isBannerish(l) && !/ngày/u.test(l));
    const right = head.filter((l) => isBannerish(l) || /ngày/u.test(l));
    const rows = Math.max(left.length, right.length);
    if (rows === 0) return t;
    const table = ['| | |', '|---|---|'];
    for (let i = 0; i < rows; i++) table.push(`| ${left[i]?.trim() ?? ''} | ${right[i]?.trim() ?? ''} |`);
    return [...table, '', ...all.slice(headEnd)].join('\n');
  },
};
