import type { Card } from '../../src/types.js';

export const blinkenQuote: Card = {
  kind: 'quote',
  text: 'We cannot deal with these problems alone. More than ever we have to work with others and especially with our allies and partners.',
  speaker: { label: 'SECRETARY BLINKEN', name: 'Antony Blinken', role: 'Secretary of State' },
  source: { title: null, outlet: null, date: '2021-08-24', url: null, translated: true },
};

export const blinkenFact: Card = {
  kind: 'fact',
  text: 'So far there are roughly 60,000 who are in the process of being welcomed into the United States.',
  figure: '60,000–65,000',
  qualifier: 'roughly',
  label: 'Afghans in the process of being welcomed into the United States',
  speaker: { label: 'SECRETARY BLINKEN', name: 'Antony Blinken', role: 'Secretary of State' },
  source: { title: null, outlet: 'CNN', date: '2021-08-24', url: null, translated: true },
};

export function quoteCard(text: string, speaker: Partial<Card['speaker']> = {}): Card {
  return {
    ...blinkenQuote,
    text,
    speaker: { ...blinkenQuote.speaker, ...speaker },
  };
}
