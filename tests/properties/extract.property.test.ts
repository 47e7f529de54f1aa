// Property-based tests over the whole extraction: for any input, extract() either returns a
// well-formed Extraction or throws a known error; offsets stay inside the input, quotes stay
// faithful to their spans, claim mentions stay inside their turns.
import fc from 'fast-check';
import { extract } from '../../src/pipeline.js';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import { isKnownError } from '../../src/errors.js';
import type { Format } from '../../src/types.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// The faithfulness rule of EXTRACTION.md, written independently of the extractor's own.
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function stripMarkup(s: string): string {
  return s.replace(/<[^>]*>/g, ' ').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
function norm(s: string): string {
  return s.normalize('NFKC').replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-').replace(/\s+/g, ' ').trim();
}
function faithful(quote: string, span: string): boolean {
  const src = norm(stripMarkup(span)).toLowerCase();
  const parts = norm(quote).replace(/^"|"$/g, '').split(/\s*(?:\.\.\.|…)\s*/).map((p) => p.trim().toLowerCase()).filter(Boolean);
  let at = 0;
  for (const part of parts) {
    const pieces = part.split(/\[[^\]]{0,40}\]/);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k]!.trim();
      if (!piece) continue;
      const found = src.indexOf(piece, at);
      if (found < 0) return false;
      if (k > 0 && found - at > 40) return false;
      at = found + piece.length;
    }
  }
  return parts.length > 0;
}

const LABELS = ['SECRETARY BLINKEN', 'QUESTION', 'MS. PSAKI', 'Q', 'THE PRESIDENT', 'Kristen Welker', 'Joe R Biden', 'MR PRICE'];
const WORDS = ['We', 'will', 'not', 'roughly', '60,000', 'people', 'about', '$1.5 trillion', 'percent', '71', 'twenty', 'years', 'the', 'United States', 'U.S.', 'Mr.', 'p.m.', 'ten', 'cannot', 'alone', '(Laughter.)', '(inaudible)', '—', '…', '“', '”', 'a decade', 'two-thirds', 'half a billion'];
const sentence = fc
  .tuple(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }), fc.constantFrom('.', '?', '!', ''))
  .map(([w, end]) => w.join(' ') + end);
const labelledTranscript = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.constantFrom(':  ', ': ', '\u00a0 ', '  ')), { minLength: 0, maxLength: 12 }),
    fc.constantFrom('\n\n', '\n', '\r\n\r\n'),
  )
  .map(([turns, gap]) => turns.map(([l, s, sep]) => `${l}${sep}${s.join(' ')}`).join(gap));
const htmlFragment = fc
  .array(fc.oneof(fc.constantFrom('<strong>Mr. NIELDS</strong>. ', '<strong>Mr. SECORD</strong>. ', '<br/><br/>', '<p>', '</p>', '<div>', '</div>', '&amp;', '&nbsp;', '&#8217;', '&bogus;', '<script>alert(1)</script>', '<!-- c -->', '<cite>Ned Price:</cite>'), sentence), { maxLength: 30 })
  .map((parts) => `<html><body>${parts.join('')}</body></html>`);
const captionFragment = fc
  .array(fc.tuple(fc.nat(5000), fc.oneof(fc.constantFrom('<v Travis>', '<v Sarah>', 'Gilon: ', ''), fc.constant('')), sentence), { maxLength: 15 })
  .map((cues) => 'WEBVTT\n\n' + cues.map(([t, v, s], i) => `${i % 3 === 0 ? `${i}\n` : ''}00:00:${String(t % 60).padStart(2, '0')}.000 --> 00:00:${String((t + 3) % 60).padStart(2, '0')}.500 align:start\n${v}${s}\n`).join('\n'));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

function checkExtraction(raw: string, format?: Format): void {
  let result;
  try {
    result = extract(raw, { format });
  } catch (e) {
    if (isKnownError(e)) return;
    throw e;
  }
  const seg = segment(ingest(raw, { format }));
  for (const item of [...result.quotes, ...result.claims]) {
    expect(Number.isInteger(item.start) && Number.isInteger(item.end)).toBe(true);
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(raw.length);
    expect(item.start).toBeLessThanOrEqual(item.end);
  }
  for (const q of result.quotes) {
    if (!faithful(q.text, raw.slice(q.start, q.end))) throw new Error(`quote not faithful: ${JSON.stringify(q.text)} vs ${JSON.stringify(raw.slice(q.start, q.end))}`);
  }
  for (const c of result.claims) {
    const turn = seg.turns[c.turn];
    expect(turn).toBeDefined();
    for (const m of c.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(turn!.start);
      expect(m.end).toBeLessThanOrEqual(turn!.end);
    }
    expect(typeof c.value === 'number' ? Number.isFinite(c.value) : c.value === null).toBe(true);
  }
}

describe('extract() on generated input', () => {
  it('any string', () => fc.assert(fc.property(anyText, (s) => checkExtraction(s)), { numRuns: RUNS }));
  it('labelled transcripts', () => fc.assert(fc.property(labelledTranscript, (s) => checkExtraction(s)), { numRuns: RUNS }));
  it('HTML fragments', () => fc.assert(fc.property(htmlFragment, (s) => checkExtraction(s, 'html')), { numRuns: RUNS }));
  it('caption fragments', () => fc.assert(fc.property(captionFragment, (s) => checkExtraction(s, 'vtt')), { numRuns: RUNS }));
  it('random formats forced on any text', () =>
    fc.assert(fc.property(anyText, fc.constantFrom<Format>('text', 'markdown', 'html', 'vtt', 'srt'), (s, f) => checkExtraction(s, f)), { numRuns: RUNS }));
});
