// Rank quotes best first: collapse near-duplicates (overlapping spans, repeated talking
// points), then order by maximal marginal relevance so the top picks spread across the
// conversation instead of crowding one answer; number them.
import type { Quote } from '../types.js';

export interface QuoteSelectOptions {
  /** At most this many quotes come out. */
  limit?: number;
  /** MMR trade-off: 1 ranks by score alone, lower spreads the picks more. */
  lambda?: number;
  /** The first `top` picks take at most `perTurn` quotes from any one turn. */
  top?: number;
  perTurn?: number;
}

export function selectQuotes(quotes: Quote[], options: QuoteSelectOptions = {}): Quote[] {
  const { limit = 30, lambda = 0.7, top = 5, perTurn = 1 } = options;
  // Only the best candidates can reach the list; capping them keeps the pairwise steps
  // below linear-time extraction on very long transcripts.
  const candidates = quotes.toSorted((a, b) => b.score - a.score || a.start - b.start).slice(0, Math.max(limit * 40, 400));
  const distinct = collapse(candidates);
  const picked: Quote[] = [];
  const pool = [...distinct];
  while (pool.length && picked.length < limit) {
    const inTop = picked.length < top;
    const allowed = (q: Quote, cap: number) => !inTop || picked.filter((p) => p.turn === q.turn).length < cap;
    const eligible = pool.some((q) => allowed(q, perTurn)) ? (q: Quote) => allowed(q, perTurn) : (q: Quote) => allowed(q, perTurn + 1);
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((q, i) => {
      if (!eligible(q)) return;
      const redundancy = Math.max(0, ...picked.map((p) => similarity(p, q)));
      const value = lambda * q.score - (1 - lambda) * redundancy;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    if (best < 0) best = 0;
    picked.push(pool.splice(best, 1)[0]!);
  }
  return picked.map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** Keeps the best of each group of quotes that overlap in the file or say the same thing. */
function collapse(ranked: Quote[]): Quote[] {
  const kept: Quote[] = [];
  for (const q of ranked) {
    if (kept.some((k) => (k.start < q.end && q.start < k.end) || wordOverlap(k.text, q.text) >= 0.6)) continue;
    kept.push(q);
  }
  return kept;
}

/** How much picking `q` after `p` would repeat: shared words, the same answer, nearby answers. */
function similarity(p: Quote, q: Quote): number {
  const sameTurn = p.turn === q.turn ? 0.6 : Math.abs(p.turn - q.turn) <= 2 ? 0.25 : 0;
  return Math.max(wordOverlap(p.text, q.text), sameTurn);
}

const FUNCTION_WORDS = new Set('a an the and or but so of to in on at by for with from as is are was were be been it this that we i you he she they our their not'.split(' '));

const wordCache = new Map<string, Set<string>>();

function contentWords(s: string): Set<string> {
  let words = wordCache.get(s);
  if (!words) {
    if (wordCache.size > 5000) wordCache.clear();
    words = new Set((s.toLowerCase().replace(/’/g, "'").match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w)));
    wordCache.set(s, words);
  }
  return words;
}

/** Shared content words over the smaller set: a short quote inside a longer one is a duplicate. */
export function wordOverlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.min(x.size, y.size);
}
