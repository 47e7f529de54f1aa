// Line breaking for pre-broken card text: greedy breaking to count lines, then the
// narrowest width that keeps that count (balanced lines), then no lone last word.

export interface Token {
  text: string;
  /** A space precedes this token on the same line (false after a dash break). */
  spaceBefore: boolean;
}

/** Width of a token in px, and of one space. */
export interface LineMetrics {
  token(text: string): number;
  space: number;
}

export interface BrokenText {
  lines: string[];
  /** Widest line, px. */
  width: number;
  /** A word was wider than the line and had to be split. */
  splitWord: boolean;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Break opportunities: spaces (NBSP excluded) and after an em dash. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of text.split(/[ \n\t]+/).filter(Boolean)) {
    const parts = word.split(/(?<=—)(?=\S)/u);
    parts.forEach((part, index) => tokens.push({ text: part, spaceBefore: index === 0 }));
  }
  return tokens;
}

function lineText(tokens: readonly Token[]): string {
  return tokens.map((token, index) => (index > 0 && token.spaceBefore ? ' ' : '') + token.text).join('');
}

function lineWidth(tokens: readonly Token[], metrics: LineMetrics): number {
  let width = 0;
  tokens.forEach((token, index) => {
    if (index > 0 && token.spaceBefore) width += metrics.space;
    width += metrics.token(token.text);
  });
  return width;
}

/** Split a word wider than the line into grapheme chunks that fit. */
function splitLongToken(token: Token, maxWidth: number, metrics: LineMetrics): Token[] {
  const chunks: Token[] = [];
  let current = '';
  for (const { segment } of segmenter.segment(token.text)) {
    if (current && metrics.token(current + segment) > maxWidth) {
      chunks.push({ text: current, spaceBefore: chunks.length === 0 ? token.spaceBefore : false });
      current = '';
    }
    current += segment;
  }
  if (current) chunks.push({ text: current, spaceBefore: chunks.length === 0 ? token.spaceBefore : false });
  return chunks;
}

/** Greedy breaking into lines of tokens no wider than maxWidth. */
export function breakGreedy(tokens: readonly Token[], maxWidth: number, metrics: LineMetrics): { lines: Token[][]; splitWord: boolean } {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let width = 0;
  let splitWord = false;
  const queue = [...tokens];
  for (let token = queue.shift(); token; token = queue.shift()) {
    const tokenWidth = metrics.token(token.text);
    if (tokenWidth > maxWidth) {
      const chunks = splitLongToken(token, maxWidth, metrics);
      if (chunks.length > 1) {
        splitWord = true;
        queue.unshift(...chunks);
        continue;
      }
    }
    const added = line.length > 0 ? (token.spaceBefore ? metrics.space : 0) + tokenWidth : tokenWidth;
    if (line.length > 0 && width + added > maxWidth) {
      lines.push(line);
      line = [token];
      width = tokenWidth;
    } else {
      line.push(token);
      width += added;
    }
  }
  if (line.length > 0) lines.push(line);
  return { lines, splitWord };
}

/**
 * Break text into the fewest lines that fit maxWidth, then balance them: the narrowest
 * width that still gives that many lines. A lone last word takes a partner from the line
 * above when that line keeps at least two words.
 */
export function breakBalanced(tokens: readonly Token[], maxWidth: number, metrics: LineMetrics): BrokenText {
  const greedy = breakGreedy(tokens, maxWidth, metrics);
  let lines = greedy.lines;
  const count = lines.length;
  if (count > 1 && !greedy.splitWord) {
    let low = Math.max(...tokens.map((token) => metrics.token(token.text)));
    let high = maxWidth;
    while (high - low > 0.5) {
      const mid = (low + high) / 2;
      if (breakGreedy(tokens, mid, metrics).lines.length <= count) high = mid;
      else low = mid;
    }
    lines = breakGreedy(tokens, high, metrics).lines;
  }
  lines = avoidLoneLastWord(lines, maxWidth, metrics);
  const widths = lines.map((line) => lineWidth(line, metrics));
  return {
    lines: lines.map(lineText),
    width: widths.length > 0 ? Math.max(...widths) : 0,
    splitWord: greedy.splitWord,
  };
}

function avoidLoneLastWord(lines: Token[][], maxWidth: number, metrics: LineMetrics): Token[][] {
  const last = lines.at(-1);
  const previous = lines.at(-2);
  if (!last || !previous || last.length !== 1 || previous.length < 3) return lines;
  const moved = previous.at(-1);
  if (!moved) return lines;
  const newLast = [{ ...moved }, ...last];
  if (lineWidth(newLast, metrics) > maxWidth) return lines;
  return [...lines.slice(0, -2), previous.slice(0, -1), newLast];
}

/** Lines of a fixed count at most; the rest is cut at a word with an ellipsis. */
export function truncateToLines(
  tokens: readonly Token[],
  maxLines: number,
  maxWidth: number,
  metrics: LineMetrics,
  suffix = '…',
): BrokenText {
  const full = breakBalanced(tokens, maxWidth, metrics);
  if (full.lines.length <= maxLines) return full;
  for (let keep = tokens.length - 1; keep > 0; keep -= 1) {
    const kept = tokens.slice(0, keep).map((token) => ({ ...token }));
    const tail = kept.at(-1);
    if (!tail) break;
    tail.text = tail.text.replace(/[\s,;:.—–-]+$/u, '') + suffix;
    const broken = breakBalanced(kept, maxWidth, metrics);
    if (broken.lines.length <= maxLines) return broken;
  }
  return breakBalanced([{ text: suffix, spaceBefore: false }], maxWidth, metrics);
}
