// Every error a user can act on, with a stable code and the exit code the CLI gives it.
// Anything thrown that is not a SoundbiteError is a bug and prints with its stack.

export const EXIT = {
  ok: 0,
  /** Some inputs failed (batch) or content problems. */
  someFailed: 1,
  /** Usage error or fatal: bad flags, unreadable input, unwritable output. */
  fatal: 2,
} as const;

export type ErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_IS_DIRECTORY'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_NOT_UTF8'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_BAD_FORMAT'
  | 'METADATA_INVALID'
  | 'OUTPUT_UNWRITABLE'
  | 'USAGE'
  | 'NOTHING_TO_RENDER';

export class SoundbiteError extends Error {
  readonly exitCode: number;
  constructor(
    readonly code: ErrorCode | string,
    message: string,
    exitCode: number = EXIT.fatal,
  ) {
    super(message);
    this.name = 'SoundbiteError';
    this.exitCode = exitCode;
  }
}

/** Known errors from any stage: ours, or another module's class carrying a string `code`. */
export function isKnownError(e: unknown): e is Error & { code: string; exitCode?: number } {
  return e instanceof Error && typeof (e as { code?: unknown }).code === 'string' && /^[A-Z][A-Z0-9_]+$/.test((e as unknown as { code: string }).code);
}
