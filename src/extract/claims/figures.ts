// The figure grammar: in one sentence's tokens, find every figure with its unit, kind,
// qualifier, and range partner. Junk that the grammar itself can see (times of day, model
// numbers, "one of", "two things", "the first question") is rejected here.
import type { ClaimKind } from '../../types.js';
import type { Token } from './tokens.js';
import { parseNumber, type NumberPhrase } from './numbers.js';
import {
  CURRENCY_SYMBOLS, CURRENCY_WORDS, DETERMINERS, DISCOURSE_NOUNS, DURATIONS, EXACT_QUALIFIERS, FRACTIONS, FUNCTION_WORDS,
  INDEX_WORDS, MONTHS, ORDINALS, PEOPLE, POST_QUALIFIERS, PRE_QUALIFIERS, RATE_WORDS, UNITS,
} from './lexicon.js';

export interface Figure {
  kind: ClaimKind;
  value: number | null;
  high?: number;
  unit: string | null;
  /** The figure as spoken, normalised for the card ("$12.3 million", "71%"). */
  display: string;
  qualifier: string | null;
  approx: boolean;
  /** Token range of the mention, qualifier included: [first, end). */
  first: number;
  end: number;
  /** First token of the counted noun phrase ("people" in "125,000 people"), if any. */
  nounAt: number | null;
  /** Token after the figure proper (number, unit, rate), for labels. */
  after: number;
  /** Token where the figure proper starts (after its qualifier), for labels. */
  lead: number;
  written: boolean;
  decimal: boolean;
  /** "three weeks ago": a time reference, not a claim about a quantity. */
  ago: boolean;
  /** No unit and no counted noun: "roughly 60,000 who are …". */
  bare: boolean;
}

const word = (t: Token | undefined): string => (t && t.type === 'word' ? t.lower : '');
const isCap = (t: Token | undefined) => !!t && t.type === 'word' && /^\p{Lu}/u.test(t.text);
const YEAR_PREPS = new Set('in since by until till from of before after through during year early late mid around circa throughout'.split(' '));
const BIG_PERCENT_OK = new Set('of increase increases increased more higher rise rises growth jump hike raise tariff tariffs tax cut'.split(' '));
const SUPERLATIVE = /^(?:\p{L}+est|most|best|worst|least)$/u;

function fmt(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return String(Number(n.toPrecision(6)));
}

function displayNumber(n: NumberPhrase, value: number): string {
  // "half a billion" → "500 million"
  if (n.scaleWord && n.base < 1 && n.scale >= 1e9) return `${fmt(n.base * 1000)} ${n.scale === 1e9 ? 'million' : 'billion'}`;
  if (n.scaleWord && n.scale >= 1e6) return `${fmt(n.base)} ${n.scaleWord.length <= 2 ? { 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' }[n.scale] : n.scaleWord.toLowerCase()}`;
  return fmt(value);
}

/** Longest spoken qualifier ending right before token `at`. */
function preQualifier(tokens: Token[], at: number): { first: number; text: string } | null {
  for (const q of PRE_QUALIFIERS) {
    const first = at - q.length;
    if (first < 0) continue;
    if (q.every((w, k) => tokens[first + k]!.lower === w)) {
      // "over" in "all over", "some" in "some of": not qualifiers of the figure.
      if (q.length === 1 && q[0] === 'some' && word(tokens[at]) === 'of') return null;
      return { first, text: tokens.slice(first, at).map((t) => t.text).join(' ') };
    }
  }
  return null;
}

function postQualifier(tokens: Token[], at: number): { end: number; text: string } | null {
  for (const q of POST_QUALIFIERS) if (q.every((w, k) => tokens[at + k]?.lower === w)) return { end: at + q.length, text: q.join(' ') };
  return null;
}

/** What follows a number: its unit and kind, and where the figure proper ends. */
interface UnitInfo {
  kind: ClaimKind;
  unit: string | null;
  factor: number;
  end: number;
  unitText: string | null;
  currency: string | null;
}

function unitAfter(tokens: Token[], j: number, value: number): UnitInfo {
  const t = tokens[j];
  const w = word(t);
  if (t?.text === '%') return { kind: 'percent', unit: '%', factor: 1, end: j + 1, unitText: '%', currency: null };
  if (w === 'percent' || w === 'pct') return { kind: 'percent', unit: '%', factor: 1, end: j + 1, unitText: 'percent', currency: null };
  if (w === 'per' && word(tokens[j + 1]) === 'cent') return { kind: 'percent', unit: '%', factor: 1, end: j + 2, unitText: 'percent', currency: null };
  if (w === 'percentage' && /^points?$/.test(word(tokens[j + 1]))) return { kind: 'percent', unit: 'percentage points', factor: 1, end: j + 2, unitText: 'percentage points', currency: null };
  if (w in CURRENCY_WORDS) return { kind: 'money', unit: CURRENCY_WORDS[w]!, factor: 1, end: j + 1, unitText: null, currency: CURRENCY_WORDS[w]! };
  if (w === 'cents') return { kind: 'money', unit: 'USD', factor: 0.01, end: j + 1, unitText: null, currency: 'USD' };
  // "a five-year plan", "10-minute episodes": the unit glued by a hyphen.
  const hyphen = t?.text === '-' && !t.spaced && !tokens[j + 1]?.spaced;
  const dw = hyphen ? word(tokens[j + 1]) : w;
  if (dw in DURATIONS) {
    const d = DURATIONS[dw]!;
    const unitEnd = hyphen ? j + 2 : j + 1;
    if (word(tokens[unitEnd]) === 'old') return { kind: 'quantity', unit: 'years old', factor: 1, end: unitEnd + 1, unitText: 'years old', currency: null };
    return { kind: 'duration', unit: d.unit, factor: d.factor, end: unitEnd, unitText: tokens[unitEnd - 1]!.text, currency: null };
  }
  void value;
  return { kind: 'count', unit: null, factor: 1, end: j, unitText: null, currency: null };
}

/** A rate spoken right after a figure: "a month", "per day", "annually". */
function rateAfter(tokens: Token[], at: number): { end: number; text: string } | null {
  let k = at;
  if (tokens[k]?.text === ',') k++;
  const w = word(tokens[k]);
  if ((w === 'a' || w === 'an' || w === 'per' || w === 'each' || w === 'every') && word(tokens[k + 1]) in DURATIONS && !/s$/.test(word(tokens[k + 1]))) {
    return { end: k + 2, text: `${tokens[k]!.lower} ${tokens[k + 1]!.lower}` };
  }
  if (RATE_WORDS.has(w)) return { end: k + 1, text: w };
  return null;
}

interface Ctx {
  tokens: Token[];
  used: Uint8Array;
}

/** Every figure in the sentence, left to right. */
export function findFigures(tokens: Token[]): Figure[] {
  const ctx: Ctx = { tokens, used: new Uint8Array(tokens.length) };
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (ctx.used[i]) continue;
    const f = dateAt(ctx, i) ?? fractionAt(ctx, i) ?? figureAt(ctx, i) ?? ordinalAt(ctx, i) ?? singleDurationAt(ctx, i);
    if (!f) continue;
    if (f !== 'junk') {
      out.push(f);
      for (let k = f.first; k < f.end; k++) ctx.used[k] = 1;
      i = Math.max(i, f.end - 1);
    }
  }
  return out;
}

type Found = Figure | 'junk' | null;

function dateAt({ tokens, used }: Ctx, i: number): Found {
  const t = tokens[i]!;
  const month = t.type === 'word' && isCap(t) ? MONTHS[t.lower] : undefined;
  if (month === undefined) return null;
  let j = i + 1;
  if (tokens[j]?.text === '.' && t.text.length <= 4) j++;
  let day: number | null = null;
  let year: number | null = null;
  const n = tokens[j];
  if (n?.type === 'num' && /^\d{1,2}$/.test(n.text) && Number(n.text) >= 1 && Number(n.text) <= 31) {
    day = Number(n.text);
    j++;
    if (/^(st|nd|rd|th)$/.test(word(tokens[j])) && !tokens[j]!.spaced) j++;
    const c = tokens[j]?.text === ',' ? j + 1 : j;
    if (tokens[c]?.type === 'num' && /^\d{4}$/.test(tokens[c]!.text)) (year = Number(tokens[c]!.text)), (j = c + 1);
  } else {
    const k = word(tokens[j]) === 'of' ? j + 1 : j;
    if (tokens[k]?.type === 'num' && /^(1[89]|20)\d\d$/.test(tokens[k]!.text)) (year = Number(tokens[k]!.text)), (j = k + 1);
  }
  if (day === null && year === null) return null;
  if (day !== null && year === null && t.lower === 'may') return null;
  for (let k = i; k < j; k++) used[k] = 1;
  const text = tokens.slice(i, j).map((x, k) => (k > 0 && x.spaced ? ' ' : '') + x.text).join('');
  return base({ kind: 'date', value: year, unit: null, display: text, first: i, end: j, lead: i, after: j, written: false });
}

function base(p: Pick<Figure, 'kind' | 'value' | 'unit' | 'display' | 'first' | 'end' | 'lead' | 'after' | 'written'> & Partial<Figure>): Figure {
  return { qualifier: null, approx: false, nounAt: null, decimal: false, ago: false, bare: false, ...p };
}

function figureAt(ctx: Ctx, i: number): Found {
  const { tokens } = ctx;
  const t = tokens[i]!;
  // A currency symbol leads the figure: "$12.3 million", "US$ 5".
  let lead = i;
  let currency: string | null = null;
  let numAt = i;
  if (t.type === 'punct' && t.text in CURRENCY_SYMBOLS) {
    if (tokens[i + 1]?.type !== 'num') return null;
    currency = CURRENCY_SYMBOLS[t.text]!;
    numAt = i + 1;
  } else if (t.type === 'word' && /^(us|usd|eur)$/.test(t.lower) && tokens[i + 1]?.text === '$' && tokens[i + 2]?.type === 'num') {
    return null; // "US$": the symbol itself starts the figure next
  }
  const n = parseNumber(tokens, numAt);
  if (!n) return null;
  const junk = junkAround(ctx, lead, n);
  if (junk) {
    for (let k = lead; k < n.end; k++) ctx.used[k] = 1;
    return 'junk';
  }

  let u = unitAfter(tokens, n.end, n.value);
  if (currency) u = { ...u, kind: 'money', unit: currency, currency, unitText: null, factor: u.kind === 'money' ? u.factor : 1, end: u.kind === 'money' ? u.end : n.end };
  // A four-digit year: a date after "in", "since", "by" …; a name otherwise ("the 2020 election").
  if (!currency && !n.written && n.scale === 1 && /^(1[89]|20)\d\d$/.test(tokens[numAt]!.text) && u.kind === 'count') {
    const nounish = word(tokens[n.end]);
    if (!(nounish && PEOPLE.has(nounish))) {
      const prev = word(tokens[lead - 1]);
      if (!YEAR_PREPS.has(prev)) return 'junk';
      return base({ kind: 'date', value: n.value, unit: null, display: tokens[numAt]!.text, first: lead, end: n.end, lead, after: n.end, written: false });
    }
  }

  let value = n.value * u.factor;
  let end = u.end;
  let nounAt: number | null = null;
  let bare = false;
  if (u.kind === 'count') {
    const next = tokens[end];
    if (next?.type === 'word' && !FUNCTION_WORDS.has(next.lower) && !(next.lower in UNITS)) nounAt = end;
    else bare = true;
  } else if (u.kind === 'money') {
    const next = tokens[end];
    if (next?.type === 'word' && !FUNCTION_WORDS.has(next.lower)) nounAt = end;
  }
  const unit = u.kind === 'count' && nounAt !== null && PEOPLE.has(word(tokens[nounAt])) ? 'people' : u.unit;

  // Junk the unit makes visible.
  if (n.scale === 1 && !n.decimal && n.value < 13) {
    if (u.kind === 'count' || u.kind === 'duration') {
      if (smallNumberJunk(ctx, lead, n, u, nounAt)) return 'junk';
    }
  }
  if (u.kind === 'count' && bare && n.scale === 1 && !n.decimal && n.value < 100) return 'junk';
  if (u.kind === 'percent' && value >= 100 && !BIG_PERCENT_OK.has(word(tokens[end]))) return 'junk';
  // "five minute Mondays": a singular unit before a capitalised word is a title.
  if (u.kind === 'duration' && value !== 1 && u.unitText && !/s$/i.test(u.unitText) && isCap(tokens[end]) && tokens[end - 1]?.text !== '-') return 'junk';

  // Ranges inside the sentence: "60,000 to 65,000", "between $5 and $6 million", "the $2 to $3 million".
  const pre = preQualifier(tokens, lead);
  let high: number | undefined;
  let rangeUnit = u;
  let rangeN: NumberPhrase | null = null;
  const conn = tokens[end] ?? tokens[n.end];
  const connAt = u.end > n.end ? u.end : n.end;
  const c = tokens[connAt];
  if (c && (['to', 'and', 'or'].includes(word(c)) || ['-', '–', '—'].includes(c.text))) {
    const between = pre?.text.toLowerCase() === 'between' || word(tokens[lead - 1]) === 'between';
    const isFrom = word(tokens[(pre?.first ?? lead) - 1]) === 'from' || word(tokens[lead - 1]) === 'from';
    const ok = word(c) === 'and' ? between : !isFrom;
    let k = connAt + 1;
    let cur2: string | null = null;
    if (tokens[k]?.text! in CURRENCY_SYMBOLS) (cur2 = CURRENCY_SYMBOLS[tokens[k]!.text]!), k++;
    const n2 = ok ? parseNumber(tokens, k) : null;
    if (n2 && n2.written === n.written) {
      let u2 = unitAfter(tokens, n2.end, n2.value);
      if (cur2 || currency) u2 = { ...u2, kind: 'money', unit: cur2 ?? currency, currency: cur2 ?? currency, end: u2.kind === 'money' ? u2.end : n2.end };
      const sameUnit = u2.unit === u.unit || (u.end === n.end && !currency);
      let low = n.value;
      if (!n.scaleWord && n2.scaleWord && n.value <= n2.base) low = n.value * n2.scale;
      const hi = n2.value * u2.factor;
      low *= (u.end === n.end ? u2.factor : u.factor);
      const plausible = word(c) === 'or' ? hi <= low * 2 + 1 : true;
      if (sameUnit && hi > low && plausible && !/^(1[89]|20)\d\d$/.test(String(n.value))) {
        value = low;
        high = hi;
        rangeUnit = u2;
        rangeN = n2;
        end = u2.end;
        nounAt = null;
        bare = false;
        const next = tokens[end];
        if (next?.type === 'word' && !FUNCTION_WORDS.has(next.lower)) nounAt = end;
      }
    }
  }
  void conn;

  // A bare decimal ("the unemployment rate at 3.9") is a measure, not a count.
  const kind = rangeUnit.kind === 'count' && bare && n.decimal ? 'quantity' : rangeUnit.kind;
  const finalUnit = rangeN ? (rangeUnit.kind === 'count' && nounAt !== null && PEOPLE.has(word(tokens[nounAt])) ? 'people' : rangeUnit.unit) : unit;
  const rate = rateAfter(tokens, end);
  const post = postQualifier(tokens, rate?.end ?? end);
  let figEnd = post?.end ?? rate?.end ?? end;
  const ago = word(tokens[figEnd]) === 'ago';
  if (ago) figEnd++;
  if (rate && nounAt === null) {
    const next = tokens[rate.end];
    if (next?.type === 'word' && !FUNCTION_WORDS.has(next.lower) && kind === 'count') nounAt = rate.end;
  }
  const qualText = [pre?.text, post?.text].filter(Boolean).join(' … ') || null;
  const approx = (!!pre && !EXACT_QUALIFIERS.has(pre.text.toLowerCase()) && pre.text.toLowerCase() !== 'between') || !!post;

  let display = displayFigure(kind, finalUnit, n, value, rangeN, high, u, rangeUnit);
  if (rate) display += ` ${rate.text}`;
  return {
    kind, value, ...(high !== undefined ? { high } : {}), unit: finalUnit, display, qualifier: qualText, approx,
    first: pre?.first ?? lead, end: figEnd, nounAt, after: figEnd, lead, written: n.written, decimal: n.decimal, ago, bare,
  };
}

function displayFigure(kind: ClaimKind, unit: string | null, n: NumberPhrase, value: number, n2: NumberPhrase | null, high: number | undefined, u: UnitInfo, u2: UnitInfo): string {
  const one = (p: NumberPhrase, v: number, ui: UnitInfo) => {
    if (kind === 'duration') return `${fmt(p.value)} ${ui.unitText ?? ''}`.trim();
    return displayNumber(p, v);
  };
  let figure: string;
  if (n2 && high !== undefined) {
    if (n2.scaleWord && n2.scale >= 1e6 && (!n.scaleWord || n.scale === n2.scale)) {
      figure = `${fmt(value / n2.scale)}–${displayNumber(n2, high)}`;
    } else if (kind === 'duration') figure = `${fmt(n.value)}–${one(n2, high, u2)}`;
    else figure = `${displayNumber(n, value)}–${displayNumber(n2, high)}`;
  } else figure = one(n, value, u);
  if (kind === 'money') {
    const sign = unit ? CURRENCY_SIGN_OF(unit) : '';
    if (n2 && high !== undefined) {
      const [a, b] = figure.split('–');
      return sign ? `${sign}${a}–${sign}${b}` : `${figure} ${unit ?? ''}`.trim();
    }
    return sign ? `${sign}${figure}` : `${figure} ${unit ?? ''}`.trim();
  }
  if (kind === 'percent') return unit === '%' ? `${figure}%` : `${figure} ${unit}`;
  return figure;
}

const SIGNS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };
const CURRENCY_SIGN_OF = (unit: string) => SIGNS[unit] ?? '';

/** Junk visible around the number itself: times of day, model numbers, "Section 230", "9/11". */
function junkAround({ tokens }: Ctx, lead: number, n: NumberPhrase): boolean {
  const first = tokens[n.first]!;
  const last = tokens[n.end - 1]!;
  const prev = tokens[lead - 1];
  const glued = tokens[n.first - 1];
  const next = tokens[n.end];
  if (first.type === 'num') {
    // Glued to letters or a hyphenated code: "C-123", "COVID-19", "G7", "123K", "1980s", "3rd".
    if (glued && !first.spaced && (glued.type === 'word' || (glued.text === '-' && tokens[n.first - 2]?.type === 'word' && !glued.spaced))) return true;
    if (next && !next.spaced && next.type === 'word' && !n.scaleWord) return true;
    // "2:52", "9/11", "24/7"
    if (next && !next.spaced && (next.text === ':' || next.text === '/') && tokens[n.end + 1]?.type === 'num') return true;
    if (glued && !first.spaced && (glued.text === ':' || glued.text === '/')) return true;
    // "C-123 K": a lone capital letter after the number.
    if (next?.type === 'word' && /^[A-Z]$/.test(next.text) && next.text !== 'A' && next.text !== 'I') return true;
  }
  // "3 p.m.", "10 o'clock"
  const nw = word(next);
  if ((nw === 'p' || nw === 'a') && tokens[n.end + 1]?.text === '.' && /^m$/i.test(tokens[n.end + 2]?.text ?? '')) return true;
  if (nw === 'pm' || nw === 'am' || nw === "o'clock" || nw === 'o’clock') return true;
  // "number one", "No. 1", "day one", "Section 230", "page 12"
  const pw = prev?.text === '.' ? word(tokens[lead - 2]) : word(prev);
  if (INDEX_WORDS.has(pw) || pw === 'day') return true;
  void last;
  return false;
}

/** Small counts that are discourse, not claims: "one of", "two things", "the two committees", "all three". */
function smallNumberJunk({ tokens }: Ctx, lead: number, n: NumberPhrase, u: UnitInfo, nounAt: number | null): boolean {
  const prev = word(tokens[lead - 1]);
  const next = word(tokens[n.end]);
  if (next === 'of' || next === 'more' || next === 'last' || next === 'other' || next === 'another' || next === 'at') return true;
  if (DETERMINERS.has(prev)) return true;
  if (u.kind === 'duration') {
    // "just a minute", "one second", "one day": not durations anyone claims.
    if (n.value === 1 && /^(second|minute|moment|day)$/.test(word(tokens[u.end - 1]))) return true;
    return false;
  }
  if (n.value === 1) return true; // "one country alone", "one sentence", "one, one thing"
  if (nounAt === null) return true;
  // "two things", "three more questions", "two key points"
  for (let k = nounAt; k < Math.min(tokens.length, nounAt + 3); k++) {
    const w = word(tokens[k]);
    if (!w || FUNCTION_WORDS.has(w)) break;
    if (DISCOURSE_NOUNS.has(w)) return true;
  }
  return false;
}

/** "a third generation", "the second-largest economy": ordinals that carry a claim. */
function ordinalAt({ tokens }: Ctx, i: number): Found {
  const t = tokens[i]!;
  let value: number | undefined;
  let end = i + 1;
  if (t.type === 'word' && t.lower in ORDINALS) value = ORDINALS[t.lower];
  else if (t.type === 'num' && /^\d+$/.test(t.text) && /^(st|nd|rd|th)$/.test(word(tokens[i + 1])) && !tokens[i + 1]!.spaced) (value = Number(t.text)), (end = i + 2);
  if (value === undefined) return null;
  if (value < 2) return 'junk';
  const prev = word(tokens[i - 1]);
  let k = end;
  if (tokens[k]?.text === '-' && !tokens[k]!.spaced) k++;
  const next = word(tokens[k]);
  const superlative = SUPERLATIVE.test(next) && next !== 'best' ? true : next === 'largest' || next === 'biggest' || next === 'best';
  const indefinite = (prev === 'a' || prev === 'an') && !!next && !FUNCTION_WORDS.has(next) && !DISCOURSE_NOUNS.has(next);
  if (!superlative && !indefinite) return 'junk';
  const first = indefinite ? i - 1 : i;
  return base({ kind: 'ordinal', value, unit: null, display: t.text, first, end: superlative ? k + 1 : end, lead: i, after: end, written: t.type === 'word', nounAt: end });
}

/** "two-thirds of", "a quarter of": a share spoken as a fraction. */
function fractionAt({ tokens }: Ctx, i: number): Found {
  const t = tokens[i]!;
  const count = t.lower === 'a' || t.lower === 'one' ? 1 : UNITS[t.lower];
  if (count === undefined || count > 9 || t.type !== 'word') return null;
  let k = i + 1;
  if (tokens[k]?.text === '-' && !tokens[k]!.spaced) k++;
  const f = FRACTIONS[word(tokens[k])];
  if (f === undefined || word(tokens[k + 1]) !== 'of') return null;
  if (t.lower === 'a' && word(tokens[k]) === 'half') return null;
  const value = count * f;
  const display = tokens.slice(i, k + 1).map((x, n) => (n > 0 && x.spaced ? ' ' : '') + x.text).join('');
  return base({ kind: 'quantity', value, unit: null, display, first: i, end: k + 1, lead: i, after: k + 1, written: true, nounAt: k + 2 });
}

/** "an hour", "a decade ago", "one week": a single spoken unit of time. */
function singleDurationAt({ tokens }: Ctx, i: number): Found {
  const t = tokens[i]!;
  if (!(t.lower === 'a' || t.lower === 'an' || t.lower === 'one') || t.type !== 'word') return null;
  const w = word(tokens[i + 1]);
  if (!/^(hour|week|month|year|decade|century)$/.test(w)) return null;
  const prev = word(tokens[i - 1]);
  if (['per', 'each', 'every', 'once', 'twice', 'times', 'than', 'half', 'quarter', 'third'].includes(prev)) return null;
  if (word(tokens[i + 2]) === 'or' || word(tokens[i + 2]) === 'and') return null; // "a year or two": vague
  const d = DURATIONS[w]!;
  let end = i + 2;
  const ago = word(tokens[end]) === 'ago';
  if (ago) end++;
  return base({ kind: 'duration', value: d.factor, unit: d.unit, display: `1 ${w}`, first: i, end, lead: i, after: end, written: true, ago });
}
