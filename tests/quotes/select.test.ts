// Selection: near-duplicates collapse, the top five spread across the conversation.
import type { Quote } from '../../src/types.js';
import { selectQuotes, wordOverlap } from '../../src/select/quotes.js';

let at = 0;
/** A sentence sharing no content word with any other made by this helper. */
let next = 0;
const distinct = () => `topic${next++} point${next++} line${next++}.`;
const quote = (text: string, turn: number, score: number, span?: [number, number]): Quote => {
  const [start, end] = span ?? [at, (at += text.length + 1) - 1];
  return { id: '', text, speaker: 'MS. JEAN-PIERRE', start, end, score, turn };
};

describe('selectQuotes', () => {
  it('keeps the better of two quotes that overlap in the file', () => {
    const single = quote('We have the tools to keep our schools open.', 40, 0.7, [100, 144]);
    const run = quote('We have the tools to keep our schools open. We have the tools to keep our businesses open.', 40, 0.9, [100, 191]);
    const out = selectQuotes([single, run]);
    expect(out.map((q) => q.text)).toEqual([run.text]);
  });

  it('collapses a talking point repeated later in the briefing', () => {
    const first = quote('We are not in the same place that we were a year ago.', 69, 0.69);
    const again = quote('But we are not in the same place that we were last year.', 41, 0.6);
    const other = quote('The President wants kids in school.', 71, 0.5);
    const out = selectQuotes([again, first, other]);
    expect(out.map((q) => q.text)).toEqual([first.text, other.text]);
    expect(wordOverlap(first.text, again.text)).toBeGreaterThanOrEqual(0.6);
  });

  it('takes at most one quote per answer into the top five when there are enough answers', () => {
    const crowded = Array.from({ length: 6 }, (_, i) => quote(distinct(), 1, 0.95 - i * 0.01));
    const spread = Array.from({ length: 5 }, (_, i) => quote(distinct(), i + 10, 0.6 - i * 0.01));
    const out = selectQuotes([...crowded, ...spread]);
    const top = out.slice(0, 5);
    expect(new Set(top.map((q) => q.turn)).size).toBe(5);
    expect(top[0]!.turn).toBe(1);
    // The rest of the crowded answer still comes out, further down.
    expect(out.filter((q) => q.turn === 1).length).toBe(6);
  });

  it('allows a second quote from one answer when there are too few answers', () => {
    const qs = [quote('Alpha one stands.', 1, 0.9), quote('Beta two stands.', 1, 0.8), quote('Gamma three stands.', 2, 0.7), quote('Delta four stands.', 2, 0.6), quote('Epsilon five.', 3, 0.5)];
    const out = selectQuotes(qs);
    expect(out).toHaveLength(5);
    expect(out.slice(0, 3).map((q) => q.turn)).toEqual([1, 2, 3]);
  });

  it('numbers the quotes best first and honours the limit', () => {
    const qs = Array.from({ length: 8 }, (_, i) => quote(distinct(), i * 5, 0.9 - i * 0.05));
    const out = selectQuotes(qs, { limit: 4 });
    expect(out.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(out[0]!.score).toBe(0.9);
  });
});
