/**
 * Errors a user can act on. The CLI prints them as one line (`kg: <message>`) with no stack trace
 * and exits with `exitCode`; anything else is a bug and is reported as such.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A problem with one input (file, stdin, JSONL line): named by where it came from. */
export class InputError extends UserError {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = 'InputError';
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
