// Rank claims best first and number them. The same figure from the same speaker said again
// later is kept (its mentions still point at the transcript) but ranked below the first.
import type { Claim } from '../types.js';

const DUPLICATE_PENALTY = 0.5;

export function selectClaims(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  const rescored = claims.map((c) => {
    // Counts compare by value alone ("180 million people" … "180 million"); others by unit too.
    const key = `${c.speaker}|${c.kind}|${c.value}|${c.high ?? ''}|${c.kind === 'count' ? '' : c.unit}`;
    const repeat = c.value !== null && seen.has(key);
    seen.add(key);
    return repeat ? { ...c, score: Math.round(c.score * DUPLICATE_PENALTY * 1000) / 1000 } : c;
  });
  return rescored
    .toSorted((a, b) => b.score - a.score || a.start - b.start)
    .map((c, i) => ({ ...c, id: `c${i + 1}` }));
}
