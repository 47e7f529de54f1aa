// extract: Segmented → numeric claims and quote candidates, unranked.
import type { Claim, Quote, Segmented } from '../types.js';
import { extractClaims, type ClaimOptions } from './claims/index.js';
import { extractQuotes, type QuoteOptions } from './quotes/index.js';

export interface ExtractOptions {
  claims?: ClaimOptions;
  quotes?: QuoteOptions;
}

export function extractAll(segmented: Segmented, options: ExtractOptions = {}): { claims: Claim[]; quotes: Quote[] } {
  return { claims: extractClaims(segmented, options.claims), quotes: extractQuotes(segmented, options.quotes) };
}
