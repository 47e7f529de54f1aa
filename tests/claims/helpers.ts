// Run the claim grammar on one sentence, or the whole claims stage on a small transcript.
import { tokenize } from '../../src/extract/claims/tokens.js';
import { findFigures, type Figure } from '../../src/extract/claims/figures.js';
import { extractClaims } from '../../src/extract/claims/index.js';
import { selectClaims } from '../../src/select/claims.js';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import type { Claim } from '../../src/types.js';

export function figures(sentence: string): Array<Figure & { text: string }> {
  const tokens = tokenize(sentence);
  return findFigures(tokens).map((f) => ({ ...f, text: sentence.slice(tokens[f.first]!.start, tokens[f.end - 1]!.end) }));
}

export function one(sentence: string): Figure & { text: string } {
  const found = figures(sentence);
  if (found.length !== 1) throw new Error(`expected one figure in "${sentence}", got ${found.map((f) => f.text).join(' | ') || 'none'}`);
  return found[0]!;
}

export function claimsOf(raw: string): Claim[] {
  return selectClaims(extractClaims(segment(ingest(raw, {}))));
}
