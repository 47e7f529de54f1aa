// What the attribution block says. Only what the card gives: null fields are left out,
// never guessed.
import { format, isValid, parseISO, type Locale } from 'date-fns';
import type { Card } from '../types.js';
import { RenderError } from './errors.js';
import { typeset } from './typeset.js';

export const DEFAULT_DATE_FORMAT = 'MMMM d, yyyy';

export interface AttributionStrings {
  /** The speaker's name, or their transcript label when the name is unknown. */
  name: string | null;
  role: string | null;
  /** Formatted date, or null. */
  date: string | null;
  /** "Title or outlet · date", or null when the card has neither. */
  source: string | null;
  translated: boolean;
}

let localesModule: Promise<Record<string, Locale>> | undefined;

/** Resolve "fr", "en-GB", "pt_BR" to a date-fns locale. */
export async function resolveLocale(tag: string | undefined): Promise<Locale | undefined> {
  if (!tag) return undefined;
  localesModule ??= import('date-fns/locale') as unknown as Promise<Record<string, Locale>>;
  const locales = await localesModule;
  const [language = '', region = ''] = tag.replace('_', '-').split('-');
  const exact = locales[`${language.toLowerCase()}${region.toUpperCase()}`];
  const byLanguage = locales[language.toLowerCase()];
  const found = exact ?? byLanguage;
  if (!found) {
    throw new RenderError(
      'RENDER_UNKNOWN_LOCALE',
      `Unknown locale "${tag}": use a date-fns locale such as en-US, en-GB, fr, de, es or pt-BR.`,
    );
  }
  return found;
}

export function formatCardDate(date: string | null, pattern: string, locale?: Locale): string | null {
  if (!date) return null;
  const parsed = parseISO(date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValid(parsed)) {
    throw new RenderError('RENDER_BAD_CARD', `Card date "${date}" is not a YYYY-MM-DD date: fix it or leave it out.`);
  }
  try {
    return format(parsed, pattern, locale ? { locale } : undefined);
  } catch (error) {
    throw new RenderError(
      'RENDER_BAD_OPTION',
      `Date format "${pattern}" is not a valid date-fns pattern: try the default "${DEFAULT_DATE_FORMAT}" or "yyyy-MM-dd".`,
      { cause: error },
    );
  }
}

function clean(value: string | null | undefined): string | null {
  const text = value?.trim();
  return text ? typeset(text) : null;
}

export function attributionStrings(card: Card, dateFormat: string, locale?: Locale): AttributionStrings {
  const date = formatCardDate(card.source.date, dateFormat, locale);
  const where = clean(card.source.title) ?? clean(card.source.outlet);
  const source = [where, date].filter((part): part is string => part !== null).join(' · ') || null;
  return {
    name: clean(card.speaker.name) ?? clean(card.speaker.label),
    role: clean(card.speaker.role),
    date,
    source,
    translated: card.source.translated,
  };
}
