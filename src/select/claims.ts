// Rank claims best first and number them. The same figure from the same speaker said again
// later is kept (its mentions still point at the transcript) but ranked below the first.
import type { Claim } from '../types.js';

const DUPLICATE_PENALTY = 0.5;

export function selectClaims(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const rescored = claims.map((c) => {
    // Large figures compare by value alone ("$48 million" … "Forty-eight million"); small ones
    // by kind and unit too, so "a month" and "one week" are not one figure.
    const distinctive = Math.abs(c.value ?? 0) >= 100 && c.kind !== 'date';
    const key = distinctive ? `${c.speaker}|${c.value}|${c.high ?? ''}` : `${c.speaker}|${c.kind}|${c.unit}|${c.value}|${c.high ?? ''}`;
    const repeat = c.value !== null && seen.has(key);
    seen.add(key);
    return repeat ? { ...c, score: Math.round(c.score * DUPLICATE_PENALTY * 1000) / 1000 } : c;
  });
  return rescored
    .toSorted((a, b) => b.score - a.score || a.start - b.start)
    .map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
