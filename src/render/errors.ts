// Every failure the renderer can explain carries a stable code; the CLI prints the message
// as one line and maps the code to an exit status.

export type RenderErrorCode =
  | 'RENDER_UNKNOWN_SIZE'
  | 'RENDER_UNKNOWN_THEME'
  | 'RENDER_UNKNOWN_TEMPLATE'
  | 'RENDER_BAD_TEMPLATE'
  | 'RENDER_UNKNOWN_LOCALE'
  | 'RENDER_BAD_OPTION'
  | 'RENDER_BAD_CARD'
  | 'RENDER_TEXT_TOO_LONG'
  | 'RENDER_MISSING_GLYPH'
  | 'RENDER_OVERFLOW'
  | 'RENDER_FONT_MISSING';

export class RenderError extends Error {
  override readonly name = 'RenderError';
  readonly code: RenderErrorCode;

  constructor(code: RenderErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isRenderError(error: unknown): error is RenderError {
  return error instanceof RenderError;
}
