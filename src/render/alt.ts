// Alt text: what the card says, in words a screen reader reads well.
import type { Locale } from 'date-fns';
import type { Card } from '../types.js';
import { attributionStrings, DEFAULT_DATE_FORMAT } from './attribution.js';
import { nestQuotes, typeset } from './typeset.js';

export const ALT_TEXT_LIMIT = 1000;

/** "60,000–65,000" → "60,000 to 65,000", "71%" → "71 percent", "$1.5 trillion" → "1.5 trillion dollars". */
export function figureInWords(figure: string): string {
  return typeset(figure)
    .replace(/(\d)\s*[–—-]\s*(?=[$€£]?\d)/g, '$1 to ')
    .replace(/(\d)\s*%/g, '$1 percent')
    .replace(/([$€£])(\d[\d,.]*(?:\s(?:thousand|million|billion|trillion))?)/g, (_, currency: string, amount: string) =>
      `${amount} ${currency === '$' ? 'dollars' : currency === '€' ? 'euros' : 'pounds'}`)
    .replace(/\u00A0/g, ' ');
}

function plain(text: string): string {
  return text.replace(/\u00A0/g, ' ');
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const atWord = cut.replace(/\s+\S*$/u, '');
  return `${(atWord.length > max / 2 ? atWord : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

export interface AltTextOptions {
  /** date-fns pattern, as on the card. Default `MMMM d, yyyy`. */
  dateFormat?: string;
  /** date-fns locale, as on the card. */
  locale?: Locale;
}

export function altText(card: Card, options: AltTextOptions = {}): string {
  const strings = attributionStrings(card, options.dateFormat ?? DEFAULT_DATE_FORMAT, options.locale);
  const who = [strings.name, strings.role].filter(Boolean).join(', ');
  const credit = [
    who ? `— ${who}${strings.translated ? ' (via translation)' : ''}` : strings.translated ? '(via translation)' : '',
    strings.source ? `${strings.source}.` : '',
  ].filter(Boolean).join('. ').replace(/\.\.$/, '.');
  const quoted = (text: string, room: number): string => `“${clip(plain(nestQuotes(typeset(text))), room - 2)}”`;

  if (card.kind === 'fact' && card.figure) {
    const figure = [card.qualifier?.trim(), figureInWords(card.figure)].filter(Boolean).join(' ');
    const head = plain(`${figure.charAt(0).toUpperCase()}${figure.slice(1)}${card.label ? `: ${typeset(card.label)}` : ''}.`);
    const room = ALT_TEXT_LIMIT - head.length - credit.length - 2;
    const sentence = card.text.trim() && room > 20 ? ` ${quoted(card.text, room)}` : '';
    return clip(`${head}${sentence}${credit ? ` ${credit}` : ''}`, ALT_TEXT_LIMIT);
  }
  const room = ALT_TEXT_LIMIT - credit.length - 1;
  return clip(`${quoted(card.text, room)}${credit ? ` ${credit}` : ''}`, ALT_TEXT_LIMIT);
}
