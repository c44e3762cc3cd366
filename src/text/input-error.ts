// An input the tool cannot read, with the file and the reason: printed as one line, never a stack.
// Kept apart from decode.ts so that importing it does not load the decoders.

/** An input that cannot be used, with the file name as given and a short reason. */
export class InputError extends Error {
  readonly file: string;
  readonly reason: string;

  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
    this.file = file;
    this.reason = reason;
  }
}
