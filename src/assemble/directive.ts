// The pure core: text in, record out. Steps run in this fixed order:
//   1. lines and zones        2. header fields (number, date, issuer, marks, subject, type)
//   3. addressees, distribution, signer      4. body paragraphs and footnotes
//   5. task tree, assignees   6. deadlines    7. references    8. warnings
import { findPlaceDate } from '../rules/date.js';
import { takesEffectOnSigning } from '../rules/deadlines/relative.js';
import { findDistribution, splitGluedSignature } from '../rules/distribution.js';
import type { Finding } from '../rules/finding.js';
import { findIssuer } from '../rules/issuer.js';
import { findConfidentiality, findUrgency } from '../rules/marks.js';
import { findNumber, type NumberValue } from '../rules/number.js';
import { findRecipients } from '../rules/recipients.js';
import { findSigner } from '../rules/signer.js';
import { findSubject } from '../rules/subject.js';
import { type Block, type FootnoteBlock, newBlock, toBlocks } from '../text/blocks.js';
import { splitFlattenedHeader } from '../text/header-split.js';
import { INVITE_TO, RULE_LINE } from '../text/labels.js';
import { type Line, toLines } from '../text/lines.js';
import { isPersonName } from '../text/signature-patterns.js';
import { splitFlattenedSignature } from '../text/signature-split.js';
import { DOC_TYPE_ABBREVIATIONS } from '../text/vocabulary.js';
import { findZones } from '../text/zones.js';
import type { Directive, Footnote, ParseOptions, Source, Task, Warning } from '../types.js';
import { collectDeadlines } from './deadlines.js';
import { collectReferences } from './references.js';
import { buildTree } from './tree.js';

function ownId(n: NumberValue | undefined): string | null {
  if (!n?.number) return null;
  return n.system === 'party' ? `${n.number}-${n.symbol}` : `${n.number}/${n.symbol}`;
}

/** Type from the symbol: Party "KL/ĐU" → KL; State "QĐ-UBND" → QĐ (công văn symbols have none). */
function typeFromSymbol(n: NumberValue | undefined): string | null {
  if (!n) return null;
  const abbr = n.system === 'party' ? n.symbol.split('/')[0] : n.symbol.replace(/^\d{4}\//u, '').split('-')[0];
  return (abbr && DOC_TYPE_ABBREVIATIONS[abbr]) ?? null;
}

/** First unit from `from` that is neither blank nor a rule line ("-----") under the title. */
function nextContent(lines: readonly Line[], from: number, limit: number): number {
  let i = from;
  while (i < limit && (lines[i]?.text === '' || RULE_LINE.test(lines[i]?.text ?? ''))) i++;
  return i;
}

function blockOfLines(lines: readonly Line[]): Block | null {
  const nonEmpty = lines.filter((l) => l.text !== '');
  const first = nonEmpty[0];
  if (!first) return null;
  const block = newBlock(first);
  for (const l of nonEmpty.slice(1)) {
    block.segments.push({ at: block.text.length + 1, line: l });
    block.text += ` ${l.text}`;
  }
  return block;
}

function footnoteRecord(f: FootnoteBlock): Footnote {
  return { mark: f.mark, text: f.block.text.replace(/^\S+\s*/u, ''), line: f.block.segments[0]?.line.no ?? 0 };
}

export function parseDirective(text: string, options: ParseOptions = {}): Directive {
  const lines = splitFlattenedSignature(splitFlattenedHeader(toLines(text)));
  const zones = findZones(lines);
  const sources: Record<string, Source | Source[]> = {};
  const put = <T>(field: string, f: Finding<T> | null): T | undefined => {
    if (f) sources[field] = f.source;
    return f?.value;
  };

  // 2. Header fields. The subject's lines are excluded from the other header searches; without
  // "Kính gửi" the body starts right after them.
  const subject = findSubject(lines, {
    vv: zones.vv,
    title: zones.title,
    kinhGui: zones.kinhGui,
    limit: zones.body.end,
  });
  const subjectLines = new Set<number>(subject?.value.lines ?? []);
  const lastSubject = Math.max(-1, ...subjectLines);
  if (zones.kinhGui === null && lastSubject >= 0 && lastSubject < zones.body.end) {
    zones.body.start = nextContent(lines, lastSubject + 1, zones.body.end);
  }
  const bodyStart = zones.body.start;
  const preBody = lines.slice(0, zones.kinhGui ?? bodyStart).filter((l) => !subjectLines.has(l.index));
  const number = put('number', findNumber(preBody));
  const placeDate = put('date', findPlaceDate(preBody));
  const issuerEnd = Math.min(
    ...[zones.title, zones.vv, zones.kinhGui, bodyStart].filter((x): x is number => x !== null),
  );
  const issuer = put('issuer', findIssuer(lines.slice(0, issuerEnd).filter((l) => !subjectLines.has(l.index))));
  const urgency = put('urgency', findUrgency(preBody)) ?? null;
  const confidentiality = put('confidentiality', findConfidentiality(preBody)) ?? null;
  const subjectValue = put('subject', subject);
  // A State công văn's symbol is issuer-unit (`312/TTr-NV1`: the inspectorate, not a tờ trình): its
  // V/v line, with no title, says what it is before the symbol's first part does.
  const stateLetter = zones.vv !== null && number?.system !== 'party';
  const docType =
    subjectValue?.titleType ??
    (stateLetter ? 'Công văn' : typeFromSymbol(number)) ??
    (zones.vv !== null ? 'Công văn' : null);

  // 3. Addressees, distribution, signer.
  const recipients = findRecipients(lines, zones.kinhGui, zones.body.end);
  if (recipients.length) sources.recipients = recipients.map((r) => r.source);
  const tailEnd = zones.appendix ?? lines.length;
  const listed = findDistribution(lines, zones.noiNhan, tailEnd).map(splitGluedSignature);
  const distribution = listed.map((d) => d.item);
  if (distribution.length) sources.distribution = distribution.map((r) => r.source);
  const signer = findSigner(lines, zones.signature, tailEnd);
  // The pieces of the signature the copy glued onto list items belong to it, in their order:
  // "Nơi nhận: TM. ỦY BAN NHÂN DÂN" ⏎ "- …; KT. CHỦ TỊCH" ⏎ "- …; PHÓ CHỦ TỊCH" ⏎ "- Lưu: VT. Trần Báu Hà".
  const glued = listed.flatMap((d) => (d.glued ? [d.glued] : []));
  const gluedAuthority = glued.filter((g) => g.kind === 'authority').map((g) => g.text);
  const gluedPosition = glued.find((g) => g.kind === 'position')?.text ?? null;
  const gluedName = glued.find((g) => g.kind === 'name')?.text ?? null;
  if (gluedAuthority.length) {
    const own = signer.value.authority;
    signer.value.authority =
      own && !gluedAuthority.includes(own) ? [own, ...gluedAuthority].join(' ') : gluedAuthority.join(' ');
  }
  if (gluedPosition && signer.value.authority && (signer.value.position === null || gluedAuthority.length)) {
    signer.value.position = gluedPosition;
  }
  if (gluedName && signer.value.name === null) signer.value.name = gluedName;
  // "- Như trên; GIÁM ĐỐC" with no authority: a head signing in person; the name follows the list.
  if (gluedPosition && signer.value.authority === null && signer.value.position === null) {
    signer.value.position = gluedPosition;
    const nameLine = lines.slice(zones.noiNhan ?? tailEnd, tailEnd).find((l) => isPersonName(l.text));
    if (signer.value.name === null && nameLine) signer.value.name = nameLine.text;
    signer.value.line ??= nameLine?.no ?? null;
  }
  if (signer.source) sources.signer = signer.source;

  // 4. Body paragraphs; footnotes may sit in the body or after the signature.
  const body = toBlocks(lines.slice(zones.body.start, zones.body.end));
  const tail = toBlocks(lines.slice(zones.body.end, tailEnd));
  const appendix = zones.appendix === null ? null : toBlocks(lines.slice(zones.appendix + 1));
  const footnoteBlocks = [...body.footnotes, ...tail.footnotes, ...(appendix?.footnotes ?? [])];

  // 5. Tasks (appendix tasks under "PL").
  const tree = buildTree(body.blocks);
  // A blank form (`Biểu mẫu số 01`) lists what to report, not what to do.
  const appendixTree = appendix && !zones.form ? buildTree(appendix.blocks, ['PL']) : null;
  const tasks: Task[] = [...tree.tasks, ...(appendixTree?.tasks ?? [])];
  sources.assignees = [...tree.sources, ...(appendixTree?.sources ?? [])];

  // 6. Deadlines, resolved against the document's own date (never the clock).
  const docDate = placeDate?.date ?? options.referenceDate ?? null;
  // "Điều 3. Quyết định này có hiệu lực kể từ ngày ký": its taking effect is its date.
  const effectiveOnSigning = body.blocks.some((b) => takesEffectOnSigning(b.text));
  const main = collectDeadlines({
    blocks: body.blocks,
    owner: tree.owner,
    firstTask: tree.firstTask,
    hasTasks: tree.tasks.length > 0,
    docDate,
    effectiveOnSigning,
  });
  const extra = appendixTree
    ? collectDeadlines({
        blocks: appendix?.blocks ?? [],
        owner: appendixTree.owner,
        firstTask: appendixTree.firstTask,
        hasTasks: appendixTree.tasks.length > 0,
        docDate,
        effectiveOnSigning,
      })
    : { deadlines: [], sources: [], warnings: [] };
  sources.deadlines = [...main.sources, ...extra.sources];

  // 7. References: subject, body, footnotes, appendix — in document order.
  const subjectBlock = blockOfLines(lines.filter((l) => subjectLines.has(l.index) && l.index !== zones.title));
  // "Thực hiện Chương trình phối hợp số 05/CTPH-… , Ban Thường trực … trân trọng kính mời:": an
  // invitation's label line states what prompted it.
  const labelLine = zones.kinhGui !== null ? lines[zones.kinhGui] : undefined;
  const labelBlock = labelLine && INVITE_TO.test(labelLine.canon) ? blockOfLines([labelLine]) : null;
  const refBlocks = [
    ...(subjectBlock ? [subjectBlock] : []),
    ...(labelBlock ? [labelBlock] : []),
    ...body.blocks,
    ...footnoteBlocks.map((f) => f.block),
    ...(appendix?.blocks ?? []),
  ];
  const { references, sources: referenceSources } = collectReferences(
    refBlocks,
    ownId(number),
    placeDate?.date ?? null,
  );
  sources.references = referenceSources;

  // 8. Warnings are data.
  const warnings: Warning[] = [];
  if (!number) warnings.push({ code: 'NO_NUMBER', message: 'no document number found', line: null });
  else if (number.number === null)
    warnings.push({
      code: 'NO_NUMBER',
      message: 'number left blank (draft)',
      line: sources.number ? (sources.number as Source).line : null,
    });
  if (!placeDate?.date) warnings.push({ code: 'NO_DATE', message: 'no document date found', line: null });
  else if (placeDate.invalid)
    warnings.push({
      code: 'BAD_DATE',
      message: 'the document date is impossible',
      line: (sources.date as Source).line,
    });
  if (!issuer?.issuer) warnings.push({ code: 'NO_ISSUER', message: 'no issuing body in the header', line: null });
  if (body.blocks.length === 0) warnings.push({ code: 'EMPTY_BODY', message: 'no body text found', line: null });
  if (!signer.value.name && !signer.value.position)
    warnings.push({ code: 'NO_SIGNER', message: 'no signature block found', line: null });
  warnings.push(...main.warnings, ...extra.warnings);
  // Bytes the decoder could not read (`--encoding utf-8` on a damaged file) are U+FFFD in the text.
  const undecodable = replacementCount(text);
  if (undecodable > 0) {
    warnings.push({
      code: 'UNDECODABLE',
      message: `${undecodable} character${undecodable === 1 ? '' : 's'} could not be decoded (shown as \uFFFD)`,
      line: lineOf(text, text.indexOf('\uFFFD')),
    });
  }

  return {
    number: number?.number ?? null,
    symbol: number?.symbol ?? null,
    docType,
    issuer: issuer?.issuer ?? null,
    parent: issuer?.parent ?? null,
    place: placeDate?.place ?? null,
    date: placeDate?.date ?? null,
    subject: subjectValue?.subject ?? null,
    urgency,
    confidentiality,
    recipients: recipients.map((r) => r.text),
    distribution: distribution.map((r) => r.text),
    signer: signer.value,
    references,
    tasks,
    deadlines: [...main.deadlines, ...extra.deadlines],
    footnotes: footnoteBlocks.map(footnoteRecord),
    warnings,
    sources,
    encoding: options.encoding ?? null,
  };
}

const REPLACEMENT = /\uFFFD/gu;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/gu;

function replacementCount(text: string): number {
  return text.includes('\uFFFD') ? (text.match(REPLACEMENT)?.length ?? 0) : 0;
}

/** 1-based line of offset `at`, counted as the line splitter counts (LF, CRLF, CR). */
function lineOf(text: string, at: number): number {
  return (text.slice(0, at).match(LINE_BREAKS)?.length ?? 0) + 1;
}
