// Number phrases: digits ("1,360,000", "12.3"), digits with a scale ("$1.649 million"),
// and numbers in words ("forty thousand", "a hundred", "three and a half million",
// "a billion and a half", "half a billion", "a couple hundred million", "two dozen").
import type { Token } from './tokens.js';
import { SCALES, SCALE_SUFFIXES, TENS, UNITS } from './lexicon.js';

export interface NumberPhrase {
  value: number;
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Spelled out rather than written in digits. */
  written: boolean;
  /** The value before the largest scale word ("1.5" of "1.5 trillion"); equals value without one. */
  base: number;
  /** 1e6 for "million", 1 without a scale word. */
  scale: number;
  scaleWord: string | null;
  /** Digits written with a decimal point. */
  decimal: boolean;
}

const isWord = (t: Token | undefined, ...words: string[]) => t !== undefined && t.type === 'word' && words.includes(t.lower);
const isScale = (t: Token | undefined) => t !== undefined && t.type === 'word' && (t.lower in SCALES || t.lower === 'hundred' || t.lower === 'dozen');

/** "and a half" / "and a quarter" at i: the fraction and the token after it. */
function andAFraction(tokens: Token[], i: number): { add: number; end: number } | null {
  if (isWord(tokens[i], 'and') && isWord(tokens[i + 1], 'a') && isWord(tokens[i + 2], 'half', 'quarter')) {
    return { add: tokens[i + 2]!.lower === 'half' ? 0.5 : 0.25, end: i + 3 };
  }
  return null;
}

/** Written integer below a thousand ("three hundred and fifty", "forty-two"), or null. */
function writtenSmall(tokens: Token[], i: number): { value: number; end: number } | null {
  let value = 0;
  let j = i;
  let any = false;
  let lastUnit = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.type !== 'word') break;
    if (t.lower in TENS && !any) {
      value += TENS[t.lower]!;
      any = true;
      j++;
      // "forty-two" / "forty two"
      if (tokens[j]?.text === '-' && !tokens[j]!.spaced && tokens[j + 1]?.lower! in UNITS && UNITS[tokens[j + 1]!.lower]! < 10) j += 2, (value += UNITS[tokens[j - 1]!.lower]!);
      else if (tokens[j]?.lower! in UNITS && UNITS[tokens[j]!.lower]! > 0 && UNITS[tokens[j]!.lower]! < 10) value += UNITS[tokens[j++]!.lower]!;
      lastUnit = true;
      continue;
    }
    if (t.lower in TENS && any && value % 100 === 0 && value > 0) {
      value += TENS[t.lower]!;
      j++;
      if (tokens[j]?.text === '-' && !tokens[j]!.spaced && tokens[j + 1]?.lower! in UNITS) j += 2, (value += UNITS[tokens[j - 1]!.lower]!);
      else if (tokens[j]?.lower! in UNITS && UNITS[tokens[j]!.lower]! < 10) value += UNITS[tokens[j++]!.lower]!;
      lastUnit = true;
      continue;
    }
    if (t.lower in UNITS && !lastUnit && (!any || value % 100 === 0)) {
      value += UNITS[t.lower]!;
      any = true;
      lastUnit = true;
      j++;
      continue;
    }
    if (t.lower === 'hundred' && any && value < 100) {
      value *= 100;
      lastUnit = false;
      j++;
      // "three hundred and fifty"
      if (isWord(tokens[j], 'and') && (tokens[j + 1]?.lower! in UNITS || tokens[j + 1]?.lower! in TENS)) j++;
      continue;
    }
    break;
  }
  return any ? { value, end: j } : null;
}

/** The number phrase starting at token i, or null. */
export function parseNumber(tokens: Token[], i: number): NumberPhrase | null {
  const t = tokens[i];
  if (!t) return null;
  let base: number;
  let j: number;
  let written = true;
  let decimal = false;

  if (t.type === 'num') {
    base = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(base)) return null;
    written = false;
    decimal = t.text.includes('.');
    j = i + 1;
    // "$5bn", "$30m": a scale suffix glued to the digits.
    const glued = tokens[j];
    if (glued && !glued.spaced && glued.type === 'word' && glued.lower in SCALE_SUFFIXES && glued.text !== 'K' && glued.text !== 'M' && glued.text !== 'B') {
      const scale = SCALE_SUFFIXES[glued.lower]!;
      return { value: base * scale, first: i, end: j + 1, written, base, scale, scaleWord: glued.text, decimal };
    }
  } else if (t.type === 'word') {
    if (isWord(t, 'a', 'an') && isScale(tokens[i + 1])) {
      base = 1; // "a hundred", "a million"
      j = i + 1;
    } else if (isWord(t, 'a') && isWord(tokens[i + 1], 'couple') && (isScale(tokens[i + 2]) || (isWord(tokens[i + 2], 'of') && isScale(tokens[i + 3])))) {
      base = 2; // "a couple hundred million"
      j = isWord(tokens[i + 2], 'of') ? i + 3 : i + 2;
    } else if (isWord(t, 'half') && isWord(tokens[i + 1], 'a', 'an') && tokens[i + 2]?.lower! in SCALES) {
      base = 0.5; // "half a billion"
      j = i + 2;
    } else {
      const small = writtenSmall(tokens, i);
      if (!small) return null;
      base = small.value;
      j = small.end;
    }
  } else return null;

  // "three and a half million", "two and a half years"
  const frac = andAFraction(tokens, j);
  if (frac && (isScale(tokens[frac.end]) || written || !decimal)) {
    base += frac.add;
    j = frac.end;
  }
  // Scale words: "1.5 trillion", "forty thousand", "a hundred million", "two dozen".
  let value = base;
  let scale = 1;
  let scaleWord: string | null = null;
  let mantissa = base;
  while (j < tokens.length && isScale(tokens[j])) {
    const w = tokens[j]!.lower;
    const s = w === 'hundred' ? 100 : w === 'dozen' ? 12 : SCALES[w]!;
    if (scale !== 1 && s <= scale && w !== 'hundred') break;
    if (w === 'hundred' && scale !== 1) break;
    value = w === 'hundred' || w === 'dozen' ? value * s : value * s;
    if (w !== 'hundred' && w !== 'dozen') {
      mantissa = value / s;
      scale = s;
      scaleWord = w;
    } else if (scale === 1) mantissa = value;
    j++;
    // "two million five hundred thousand": a smaller group after a scale word.
    if (scale > 1 && written) {
      const rest = writtenSmall(tokens, j);
      const after = rest ? tokens[rest.end] : undefined;
      if (rest && after && after.lower in SCALES && SCALES[after.lower]! < scale) {
        value += rest.value * SCALES[after.lower]!;
        j = rest.end + 1;
        mantissa = value / scale;
      }
    }
  }
  // "a billion and a half"
  const tail = scaleWord ? andAFraction(tokens, j) : null;
  if (tail) {
    value += tail.add * scale;
    mantissa += tail.add;
    j = tail.end;
  }
  return { value, first: i, end: j, written, base: scaleWord ? mantissa : value, scale, scaleWord, decimal };
}
