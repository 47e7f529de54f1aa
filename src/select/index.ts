// select: rank claims and quotes, drop near-duplicates, number them best first.
import type { Claim, Quote } from '../types.js';

export function rankClaims(claims: Claim[]): Claim[] {
  return claims.toSorted((a, b) => b.score - a.score).map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

export function rankQuotes(quotes: Quote[]): Quote[] {
  return quotes.toSorted((a, b) => b.score - a.score).map((q, i) => ({ ...q, id: `q${i + 1}` }));
}
