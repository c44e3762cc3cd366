// iconv-lite, loaded the first time a legacy table is built: reading a Unicode file (nearly every
// input) never pays for loading it. It is a CommonJS package, so a synchronous require can load it
// from inside the synchronous decoders.
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');

let iconv: Iconv | undefined;

export function loadIconv(): Iconv {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return iconv;
}
