// Which extracted items become cards, and the Card each one shows.
import type { Card, Claim, Extraction, Quote } from '../types.js';

export interface CardChoice {
  card: Card;
  /** Where it came from: the quote or claim, for the manifest. */
  item: { kind: 'quote'; quote: Quote } | { kind: 'fact'; claim: Claim };
}

export interface ChooseOptions {
  /** At most this many quote cards and this many fact cards. */
  max?: number;
}

export function chooseCards(x: Extraction, options: ChooseOptions = {}): CardChoice[] {
  const max = options.max ?? 5;
  const interviewer = new Set(x.speakers.filter((s) => s.interviewer).map((s) => s.label));
  const spoken = (label: string | null) => label === null || !interviewer.has(label);
  const quotes = x.quotes.filter((q) => spoken(q.speaker)).slice(0, max);
  const claims = x.claims.filter((c) => spoken(c.speaker) && c.display).slice(0, max);
  return [
    ...quotes.map((quote): CardChoice => ({ card: quoteCard(x, quote), item: { kind: 'quote', quote } })),
    ...claims.map((claim): CardChoice => ({ card: factCard(x, claim), item: { kind: 'fact', claim } })),
  ];
}

function speakerOf(x: Extraction, label: string | null): Card['speaker'] {
  const s = x.speakers.find((p) => p.label === label);
  return { label, name: s?.name ?? null, role: s?.role ?? null };
}

function sourceOf(x: Extraction): Card['source'] {
  const { title, outlet, date, url, translated } = x.source;
  return { title, outlet, date, url, translated };
}

export function quoteCard(x: Extraction, q: Quote): Card {
  return { kind: 'quote', text: q.text, speaker: speakerOf(x, q.speaker), source: sourceOf(x) };
}

export function factCard(x: Extraction, c: Claim): Card {
  return {
    kind: 'fact',
    text: c.sentence,
    figure: c.display,
    qualifier: c.qualifier,
    label: c.label,
    speaker: speakerOf(x, c.speaker),
    source: sourceOf(x),
  };
}
