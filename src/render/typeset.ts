// Plain-text typography for card text: what a copy editor would fix before it goes on an
// image. Idempotent, and it never changes the words, only the characters between them.

const NBSP = '\u00A0';

/** Units and scale words that must stay on the same line as their number. */
const UNITS = [
  'percent', 'per cent', 'percentage points?', '%', '‰',
  'thousand', 'million', 'billion', 'trillion', 'bn', 'm',
  'km', 'kilometers?', 'kilometres?', 'miles?', 'mph', 'km/h', 'cm', 'mm', 'meters?', 'metres?', 'ft', 'feet',
  'kg', 'g', 'lbs?', 'pounds', 'tons?', 'tonnes?', 'kWh', 'MW', 'GW', 'mg',
  '°C', '°F', 'degrees',
  'hours?', 'minutes?', 'seconds?', 'days?', 'weeks?', 'months?', 'years?',
  'dollars', 'euros', 'people', 'troops',
];
const UNIT_PATTERN = new RegExp(`(\\d)[ \\t]+(${UNITS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** Quote-mark contexts: an opening mark follows these or the start of the text. */
const OPENERS = `\\s([{\\u2014\\u2013/\\u201C\\u2018-`;

export function typeset(text: string): string {
  let out = text.replace(/[ \t]+/g, ' ').trim();

  // Ellipses: three dots, spaced or not.
  out = out.replace(/\.(?: ?\.){2}/g, '…');

  // Dashes: "--" and " - " are an em and a spaced en dash; digit ranges take an en dash.
  out = out.replace(/ ?-{2,3} ?/g, '—');
  out = out.replace(/ - /g, ' – ');
  out = out.replace(/(^|[^\d-])(\$?\d[\d,.]*)-(\$?\d[\d,.]*)(?![\d-])/g, '$1$2–$3');

  // Double quotes.
  out = out.replace(new RegExp(`(^|[${OPENERS}])"`, 'g'), '$1\u201C');
  out = out.replace(/"/g, '\u201D');

  // Single quotes and apostrophes.
  out = out.replace(/(\p{L}|\p{N})'(?=\p{L}|\p{N})/gu, '$1\u2019'); // don't, 1990's
  out = out.replace(new RegExp(`(^|[${OPENERS}])'(?=\\d{2}s?\\b|em\\b|til\\b|cause\\b|tis\\b|n\\u2019|n')`, 'gi'), '$1\u2019'); // ’90s, ’em
  out = out.replace(new RegExp(`(^|[${OPENERS}])'`, 'g'), '$1\u2018');
  out = out.replace(/'/g, '\u2019');

  // Non-breaking spaces: inside initialisms ("U. S.") and between a number and its unit.
  out = out.replace(/\b(\p{Lu})\. (?=\p{Lu}\.)/gu, `$1.${NBSP}`);
  out = out.replace(UNIT_PATTERN, `$1${NBSP}$2`);

  return out;
}

/**
 * Swap double for single quotes inside a quotation that the card itself wraps in “ ”,
 * and drop quote marks that already wrap the whole text.
 */
export function nestQuotes(quote: string): string {
  const text = quote.trim();
  const inner = wrapsWhole(text) ? text.slice(1, -1).trim() : text;
  return inner.replace(/\u201C/g, '\u2018').replace(/\u201D/g, '\u2019');
}

/** True when the first mark opens and the last one closes the same quotation. */
function wrapsWhole(text: string): boolean {
  if (text.length < 2 || text[0] !== '\u201C' || text.at(-1) !== '\u201D') return false;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\u201C') depth += 1;
    else if (text[index] === '\u201D') depth -= 1;
    if (depth === 0 && index < text.length - 1) return false;
  }
  return depth === 0;
}
