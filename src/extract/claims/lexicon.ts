// Word lists the claim grammar reads: number words, units, currencies, qualifiers, and the
// nouns that make a small number discourse ("two things") rather than a claim.

export const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Scale suffixes written against digits: "$5bn", "$30m". */
export const SCALE_SUFFIXES: Record<string, number> = { bn: 1e9, b: 1e9, m: 1e6, mn: 1e6, k: 1e3, tn: 1e12 };

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20, hundredth: 100,
};
export const FRACTIONS: Record<string, number> = { half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10 };

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', bucks: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', ruble: 'RUB', rubles: 'RUB', roubles: 'RUB', rupee: 'INR', rupees: 'INR',
  franc: 'CHF', francs: 'CHF', pesos: 'MXN', usd: 'USD', eur: 'EUR', gbp: 'GBP',
};
export const CURRENCY_SIGN: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** Duration units: the unit reported and how many of it one spoken unit is. */
export const DURATIONS: Record<string, { unit: string; factor: number }> = {
  second: { unit: 'second', factor: 1 }, seconds: { unit: 'second', factor: 1 },
  minute: { unit: 'minute', factor: 1 }, minutes: { unit: 'minute', factor: 1 },
  hour: { unit: 'hour', factor: 1 }, hours: { unit: 'hour', factor: 1 },
  day: { unit: 'day', factor: 1 }, days: { unit: 'day', factor: 1 },
  week: { unit: 'week', factor: 1 }, weeks: { unit: 'week', factor: 1 },
  month: { unit: 'month', factor: 1 }, months: { unit: 'month', factor: 1 },
  year: { unit: 'year', factor: 1 }, years: { unit: 'year', factor: 1 },
  decade: { unit: 'year', factor: 10 }, decades: { unit: 'year', factor: 10 },
  century: { unit: 'year', factor: 100 }, centuries: { unit: 'year', factor: 100 },
};
export const RATE_WORDS = new Set(['annually', 'monthly', 'daily', 'weekly', 'yearly', 'apiece']);

/** People-counting nouns: the unit "people" on the card. */
export const PEOPLE = new Set('people persons americans citizens residents workers employees children kids adults students troops soldiers refugees migrants immigrants voters patients lives deaths'.split(' '));

/** Qualifiers spoken before a figure, longest first when matched. */
export const PRE_QUALIFIERS: string[][] = [
  'in the vicinity of', 'in the neighborhood of', 'in the neighbourhood of', 'on the order of', 'in the order of', 'in the range of',
  'in excess of', 'a little more than', 'a little less than', 'a little over', 'a little under', 'a bit more than', 'a bit over',
  'something over', 'something under', 'something like', 'something in the order of', 'just over', 'just under', 'well over', 'well under',
  'slightly more than', 'slightly less than', 'slightly over', 'more than', 'less than', 'fewer than', 'greater than', 'higher than', 'lower than',
  'upwards of', 'up to', 'at least', 'at most', 'as many as', 'as much as', 'as few as', 'as little as', 'close to', 'nearly',
  'almost', 'roughly', 'about', 'approximately', 'approx', 'around', 'some', 'over', 'under', 'an estimated', 'estimated', 'maybe',
  'probably', 'perhaps', 'between', 'just about', 'north of', 'not quite', 'only', 'just', 'barely', 'exactly', 'precisely', 'a full', 'fully',
].map((q) => q.split(' ')).sort((a, b) => b.length - a.length);
/** Spoken but not approximate: shown as the qualifier, `approx` stays false. */
export const EXACT_QUALIFIERS = new Set(['between', 'only', 'just', 'barely', 'exactly', 'precisely', 'a full', 'fully']);
export const POST_QUALIFIERS: string[][] = ['or so', 'or more', 'or less', 'or fewer', 'or thereabouts', 'plus', 'and counting', 'give or take'].map((q) => q.split(' '));

/** Nouns that make a small number discourse, not a claim: "two things", "one question". */
export const DISCOURSE_NOUNS = new Set(
  'thing things question questions point points way ways reason reasons part parts component components number numbers sentence sentences word words example examples topic topics item items option options idea ideas kind kinds type types aspect aspects element elements lesson lessons tip tips rule rules category categories one ones side sides hand time step steps stop stops piece pieces respect respects note notes comment comments follow thought thoughts minds issue issues area areas'.split(' '),
);
/** Words before a small number that make it anaphoric or a name: "the two committees", "all three". */
export const DETERMINERS = new Set('the those these our your their his her its my all both each every any which what whose this that other last next'.split(' '));
/** Capitalised words that make a following number a name or an index: "Section 230", "Title 42". */
export const INDEX_WORDS = new Set(
  'section title article chapter amendment rule resolution bill page pages room flight route highway interstate proposition prop number no item step phase level stage category class grade channel episode season volume vol part figure fig table exhibit tab line paragraph para verse psalm gate terminal apartment apt suite unit lot box question model version track row seat act'.split(' '),
);

/** Function words: after a figure they mean no counted noun follows it. */
export const FUNCTION_WORDS = new Set(
  ('a an the this that these those who whom whose which what when where why how and or but nor so yet if then than as of to in on at by for from with into onto over under about after before since until till through during ' +
    'without within among between against per via is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'i you he she it we they me him her us them my your his its our their mine yours not no now just also too very really only even still already there here ' +
    'because while though although whether up down out off away back more less most least all both each every any some such own same other another either neither ' +
    "percent cent dollars so-called s t don't i'm it's we're they're that's there's").split(' '),
);
