// Is a quote's text a faithful rendering of the raw passage it points at? The contract
// (shared/eval/EXTRACTION.md): the two may differ only by white space, quote-mark and dash
// forms, `…` where words were left out, and short [bracketed] editorial insertions. Every
// quote is checked here before it leaves the extractor, so a card never misquotes.

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…',
};

/** Raw markup → the words a reader sees: tags out, entities decoded. */
export function stripMarkup(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Folds the differences the contract allows: white space, quote marks, dash forms. */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A bracketed insertion may stand in for at most this many source characters. */
const MAX_BRACKET_GAP = 40;

export function isFaithful(quote: string, rawSpan: string): boolean {
  const source = normalise(stripMarkup(rawSpan)).toLowerCase();
  const parts = normalise(quote)
    .replace(/^"|"$/g, '')
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  let at = 0;
  for (const part of parts) {
    const pieces = part.split(/\[[^\]]{0,40}\]/);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!.trim();
      if (!piece) continue;
      const found = source.indexOf(piece, at);
      if (found < 0) return false;
      if (k > 0 && found - at > MAX_BRACKET_GAP) return false;
      at = found + piece.length;
    }
  }
  return parts.length > 0;
}
