// A short caption of what a figure counts, taken verbatim from the speaker's sentence:
// the noun phrase after it ("major utility companies"), the share it is of ("people are
// fully vaccinated"), or the subject it describes ("unemployment rate"). Null when unclear.
import type { Token } from './tokens.js';
import type { Figure } from './figures.js';

const CLAUSE_END = new Set('and or but because if when while as than so that which who whom whose where although though unless until since whereas'.split(' '));
const AUX = new Set('is are was were be been being am has have had will would shall should can could may might must do does did'.split(' '));
const LEADING_DROP = new Set('the a an this that these those of in'.split(' '));
const TRAILING_DROP = new Set('the a an of to in on at by for from with and or but that which who this these those is are was were'.split(' '));
/** Words that link a subject to its figure: "the rate is at 3.9", "mortality is down 85%". */
const LINKS = new Set('at is was are were of to by down up reached hit hits total totals totaled totalled be been stands stood about'.split(' '));

function join(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) s += (k > a && tokens[k]!.spaced ? ' ' : '') + tokens[k]!.text;
  return s;
}

function trim(tokens: Token[], a: number, b: number): [number, number] {
  while (a < b && LEADING_DROP.has(tokens[a]!.lower)) a++;
  while (b > a && TRAILING_DROP.has(tokens[b - 1]!.lower)) b--;
  return [a, b];
}

/** Words from `at` up to a clause boundary, at most `max`. */
function phrase(tokens: Token[], at: number, max: number, allowAux: boolean): [number, number] {
  let k = at;
  let auxSeen = false;
  while (k < tokens.length && k - at < max) {
    const t = tokens[k]!;
    if (t.type === 'punct' && !(t.text === '-' && !t.spaced) && t.text !== '’' && t.text !== "'") break;
    if (t.type === 'word' && CLAUSE_END.has(t.lower) && k > at) break;
    if (t.type === 'word' && AUX.has(t.lower)) {
      if (!allowAux || (auxSeen && max < 12)) break;
      auxSeen = true;
    }
    k++;
  }
  return trim(tokens, at, k);
}

export function labelFor(tokens: Token[], f: Figure): string | null {
  const words = (r: [number, number]) => (r[1] > r[0] ? join(tokens, r[0], r[1]) : null);
  // Counted noun: "125,000 people from Afghanistan", "$200,000 disbursed".
  if (f.nounAt !== null && f.nounAt < tokens.length) {
    const got = words(phrase(tokens, f.nounAt, 8, false));
    if (got) return got;
  }
  const next = tokens[f.after]?.lower;
  // A share of something: "71 percent of people are fully vaccinated".
  if ((f.kind === 'percent' || f.kind === 'quantity') && next === 'of') {
    const got = words(phrase(tokens, f.after + 1, 9, true));
    if (got) return got;
  }
  // Money "in" or "for" something: "$5 billion in American Rescue Plan money".
  if (f.kind === 'money' && (next === 'in' || next === 'for')) {
    const got = words(phrase(tokens, f.after + 1, 8, false));
    if (got) return `${tokens[f.after]!.text} ${got}`;
  }
  // A relative clause: "roughly 60,000 who are in the process of being welcomed …".
  if (f.bare && (next === 'who' || next === 'that')) {
    const got = words(phrase(tokens, f.after + 1, 14, true));
    if (got) return got;
  }
  // The subject before a linking word: "the unemployment rate at 3.9".
  let k = f.first - 1;
  if (k >= 0 && LINKS.has(tokens[k]!.lower)) {
    while (k >= 0 && LINKS.has(tokens[k]!.lower)) k--;
    const end = k + 1;
    while (k >= 0 && tokens[k]!.type === 'word' && !AUX.has(tokens[k]!.lower) && !CLAUSE_END.has(tokens[k]!.lower) && !['with', 'in', 'on', 'for', 'at', 'from', 'to', 'the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'your', 'my', 'we', 'they', 'it', 'i', 'you', 'he', 'she'].includes(tokens[k]!.lower) && end - k <= 5) k--;
    const got = words(trim(tokens, k + 1, end));
    if (got) return got;
  }
  return null;
}
