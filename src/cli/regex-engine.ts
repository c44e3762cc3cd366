// V8 runs a new regular expression in its bytecode interpreter first and compiles it to machine
// code only when it runs again. The rule patterns are large Unicode alternations run over many
// lines: interpreting them costs far more than compiling them at once (a cold parse of a 19 KB
// directive: 260 ms with tier-up, 90 ms without). Set for the CLI process and its workers only;
// the library leaves the embedding program's engine alone.
import { setFlagsFromString } from 'node:v8';

export function compileRegexesEagerly(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
