// Rank claims best first and number them.
import type { Claim } from '../types.js';

export function selectClaims(claims: Claim[]): Claim[] {
  return claims.toSorted((a, b) => b.score - a.score).map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
