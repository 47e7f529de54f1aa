// select: rank, merge, de-duplicate; what comes out is ordered best first.
export { selectClaims } from './claims.js';
export { selectQuotes } from './quotes.js';
