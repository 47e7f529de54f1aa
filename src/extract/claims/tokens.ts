// Sentence text → tokens with offsets. Caption cue timings ("00:01:22.400 --> 00:01:25.129")
// left in the text are dropped, so a figure split across two cues still reads as one phrase.

export type TokenType = 'num' | 'word' | 'punct';

export interface Token {
  type: TokenType;
  text: string;
  lower: string;
  /** Offsets into the string that was tokenized. */
  start: number;
  end: number;
  /** Whitespace (or a dropped cue) separates this token from the previous one. */
  spaced: boolean;
}

const CUE = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?`;
const TOKEN = new RegExp(`(${CUE})|(\\d+(?:,\\d{3})*(?:\\.\\d+)?)|(\\p{L}[\\p{L}\\p{M}]*(?:['’]\\p{L}+)*)|(\\S)`, 'gu');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  let dropped = false;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      dropped = true;
      lastEnd = end;
      continue;
    }
    const type: TokenType = m[2] ? 'num' : m[3] ? 'word' : 'punct';
    tokens.push({ type, text: m[0], lower: m[0].toLowerCase(), start, end, spaced: dropped || start > lastEnd || tokens.length === 0 });
    lastEnd = end;
    dropped = false;
  }
  return tokens;
}
