// Names of the input encodings, kept apart from the decoders so the CLI can list them at start-up
// without loading the conversion tables.

/** Pre-Unicode Vietnamese encodings the decoder recognises. */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'windows-1258';

/** Values of the `encoding` option (the CLI's `--encoding`). */
export type EncodingOption = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

export const ENCODING_OPTIONS: readonly EncodingOption[] = [
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'vni',
];
