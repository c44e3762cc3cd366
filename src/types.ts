// The record directive-parse produces. JSON is canonical; key order here is the output order.

/** Where a value came from: 1-based line and column in the input (after NFC normalisation). */
export interface Source {
  line: number;
  column: number;
  /** The text the value was read from, as written (markdown markers removed). */
  text: string;
  /** Name of the pattern that produced the value, so an answer can be explained. */
  rule: string;
}

export interface Signer {
  authority: string | null;
  position: string | null;
  name: string | null;
  line: number | null;
}

export interface Reference {
  /** number-symbol as cited, e.g. "323-CV/TU", "30/2020/NĐ-CP". */
  id: string;
  number: string;
  symbol: string;
  docType: string | null;
  /** ISO date of the cited document when the citation gives one. */
  date: string | null;
  issuer: string | null;
  line: number;
}

export interface Task {
  path: string[];
  /** The marker as written: "1.", "(3)", "a)", "-", "Điều 2." */
  marker: string;
  text: string;
  assignee: string | null;
  lead: string | null;
  support: string | null;
  line: number;
  children: Task[];
}

export type DeadlineKind = 'by' | 'on' | 'month' | 'quarter' | 'half' | 'year' | 'recurring' | 'ongoing' | 'relative';

export interface Deadline {
  /** ISO date (YYYY-MM-DD); null for ongoing, relative and undated recurring deadlines. */
  date: string | null;
  kind: DeadlineKind;
  /** Path of the innermost task containing the phrase; null when document-level. */
  task: string[] | null;
  /** The phrase as written. */
  text: string;
  line: number;
  bold: boolean;
  /** "HH:MM" when the phrase names an hour. */
  time?: string;
  /** RFC 5545 recurrence rule for recurring deadlines. */
  rrule?: string;
  /** True when the year was not written and was taken from the document date. */
  inferred?: boolean;
}

export interface Footnote {
  mark: string;
  text: string;
  line: number;
}

export type WarningCode =
  | 'NO_NUMBER'
  | 'NO_DATE'
  | 'NO_ISSUER'
  | 'NO_SIGNER'
  | 'BAD_DATE'
  | 'YEAR_ROLLOVER'
  | 'PAST_DEADLINE'
  | 'EMPTY_BODY'
  | 'UNDECODABLE';

export interface Warning {
  code: WarningCode;
  message: string;
  line: number | null;
}

export interface Directive {
  number: string | null;
  symbol: string | null;
  docType: string | null;
  issuer: string | null;
  parent: string | null;
  place: string | null;
  date: string | null;
  subject: string | null;
  urgency: 'Khẩn' | 'Thượng khẩn' | 'Hỏa tốc' | null;
  confidentiality: 'Mật' | 'Tối mật' | 'Tuyệt mật' | null;
  recipients: string[];
  distribution: string[];
  signer: Signer;
  references: Reference[];
  tasks: Task[];
  deadlines: Deadline[];
  footnotes: Footnote[];
  warnings: Warning[];
  /** Provenance of every scalar and list item above, keyed by field name. */
  sources: Record<string, Source | Source[]>;
  /** How the input bytes were decoded ("utf-8", "tcvn3", "vni-as-utf8" …); null when given text. */
  encoding: string | null;
}

export interface ParseOptions {
  /**
   * Date used to resolve yearless dates when the document itself has no date (ISO YYYY-MM-DD).
   * The clock is never consulted.
   */
  referenceDate?: string;
  /** The encoding the text was decoded from, noted in the record (the CLI passes it). */
  encoding?: string;
}
