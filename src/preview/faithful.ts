// Is an edited quote still the speaker's words? The extraction contract (shared EXTRACTION.md,
// checked by src/extract/quotes/faithful.ts) says an edit may differ from the raw span only by
// white space, quote and dash forms, `…` where words were left out, and [bracketed] editorial
// insertions. The preview holds a person's edit to that contract and to three things more,
// and says in words what is wrong:
// - words are whole: no cutting "unhappy" down to "happy";
// - a negation ("not", "never", "don’t") is never dropped from a sentence the edit keeps,
//   and never added in brackets;
// - `…` stands for at least one word left out.
// Words may be dropped from either end (a trim) without `…`. Brackets may also stand in for a
// few words ("[Macron]" for "him") or change a letter's case ("[W]e" for "we").
import { isFaithful as faithfulToContract } from '../extract/quotes/faithful.js';

export type Faithfulness = { ok: true } | { ok: false; reason: string };

interface RawToken {
  /** Normalized, for comparing. */
  text: string;
  /** As written, for messages. */
  shown: string;
  /** Index of the sentence the token stands in. */
  sentence: number;
}

type Item =
  | { kind: 'word'; text: string; shown: string }
  /** A word with a bracketed part, "[W]e": matches the same word in another case. */
  | { kind: 'cased'; text: string; shown: string }
  | { kind: 'bracket'; inner: string; shown: string };

/** A bracket may stand in for at most this many words of the source. */
const MAX_BRACKET_WORDS = 4;

const QUOTE_FORMS = /[“”„‟«»"″]/g;
const APOSTROPHE_FORMS = /[‘’‚‛`′]/g;
const DASH_FORMS = /[‐‑‒–—―−]/g;
const WORD = String.raw`[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*`;
const CASED = String.raw`\[[\p{L}]\][\p{L}\p{N}]*(?:'[\p{L}\p{N}]+)*`;
const TOKEN = new RegExp(String.raw`${CASED}|\[[^\]]*\]|${WORD}|…|\.\s*\.\s*\.|\S`, 'gu');
const NEGATION = /^(?:not|no|never|nor|neither|none|nobody|nothing|nowhere|cannot|[\p{L}]+n't)$/iu;
const RULE = 'an edit may only leave words out (mark gaps inside with “…”), change white space, quote or dash forms, or add [bracketed] words.';

/** Same length as its input, so tokens can be shown as written. */
function normalize(s: string): string {
  return s.replace(QUOTE_FORMS, '"').replace(APOSTROPHE_FORMS, "'").replace(DASH_FORMS, '-');
}

function tokenize(input: string): Array<{ text: string; shown: string }> {
  const original = input.normalize('NFC');
  return [...normalize(original).matchAll(TOKEN)].map((m) => ({
    text: /^\.\s*\.\s*\.$/.test(m[0]) ? '…' : m[0],
    shown: original.slice(m.index, m.index + m[0].length),
  }));
}

/** Raw tokens with sentence numbers: a sentence ends at . ! ? ; before a capital or the end. */
function rawTokens(rawSpan: string): RawToken[] {
  const tokens = tokenize(rawSpan);
  let sentence = 0;
  return tokens.map(({ text, shown }, i) => {
    const token = { text, shown, sentence };
    const next = tokens[i + 1]?.text;
    if (/^[.!?;]$/.test(text) && (next === undefined || /^["'\p{Lu}]/u.test(next))) sentence++;
    return token;
  });
}

function item(t: { text: string; shown: string }): Item {
  if (/^\[[\p{L}]\]./u.test(t.text)) return { kind: 'cased', text: t.text.replace(/[[\]]/g, ''), shown: t.shown };
  if (t.text.startsWith('[')) return { kind: 'bracket', inner: t.text.slice(1, -1), shown: t.shown };
  return { kind: 'word', text: t.text, shown: t.shown };
}

const matches = (it: Item, raw: RawToken) =>
  it.kind === 'word' ? it.text === raw.text : it.kind === 'cased' ? it.text.toLowerCase() === raw.text.toLowerCase() && it.text.slice(1) === raw.text.slice(1) : false;

/** Where `items` match raw from `at`, as the raw indices kept; brackets may stand in for a few words. */
function matchAt(items: Item[], raw: RawToken[], at: number, i = 0): number[] | null {
  if (i === items.length) return [];
  const it = items[i]!;
  if (it.kind === 'bracket') {
    for (let n = 0; n <= MAX_BRACKET_WORDS && at + n <= raw.length; n++) {
      // The last item of a run may not swallow words: that is a trim, not a replacement.
      if (n > 0 && i === items.length - 1) break;
      const rest = matchAt(items, raw, at + n, i + 1);
      if (rest) return rest;
    }
    return null;
  }
  if (at >= raw.length || !matches(it, raw[at]!)) return null;
  const rest = matchAt(items, raw, at + 1, i + 1);
  return rest ? [at, ...rest] : null;
}

export function isFaithful(edit: string, rawSpan: string): Faithfulness {
  if (!edit.trim()) return { ok: false, reason: 'The edit is empty: keep at least a few of the speaker’s words.' };
  if (/\[[^\]]*$/.test(edit) || /^[^[]*\]/.test(edit)) return { ok: false, reason: 'A bracket is not closed: write added words as [like this].' };
  const raw = rawTokens(rawSpan);
  const items = tokenize(edit).map((t) => (t.text === '…' ? null : item(t)));
  for (const it of items) {
    if (it?.kind === 'bracket' && tokenize(it.inner).some((w) => NEGATION.test(w.text))) return { ok: false, reason: `${it.shown} adds a negation the speaker did not say.` };
  }
  // Runs of items between the `…` marks; a run of brackets alone is an insertion.
  const runs: Item[][] = [[]];
  for (const it of items) {
    if (it === null) runs.push([]);
    else runs[runs.length - 1]!.push(it);
  }
  const kept = runs.filter((r) => r.some((it) => it.kind !== 'bracket'));
  if (kept.length === 0) return { ok: false, reason: 'The edit keeps none of the speaker’s words.' };

  // Leftmost match for each run leaves the most room for the runs after it.
  const keptIndex = new Set<number>();
  let from = 0;
  for (let k = 0; k < kept.length; k++) {
    const run = kept[k]!;
    // After the first run, `…` must stand for at least one word left out.
    const start = k === 0 ? 0 : from + 1;
    let found: number[] | null = null;
    for (let at = start; at <= raw.length && !found; at++) found = matchAt(run, raw, at);
    if (!found) {
      if (k > 0 && matchAt(run, raw, from)) return { ok: false, reason: `“…” before ${quoted(run.slice(0, 4))} stands where nothing was left out: remove it.` };
      return { ok: false, reason: unmatchedReason(raw, run, start) };
    }
    for (const i of found) keptIndex.add(i);
    from = Math.max(...found) + 1;
  }

  // Leaving out a whole sentence is fine; leaving a negation out of a kept one is not.
  const keptSentences = new Set([...keptIndex].map((i) => raw[i]!.sentence));
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    if (keptIndex.has(i) || !NEGATION.test(token.text)) continue;
    if (keptSentences.has(token.sentence)) {
      return { ok: false, reason: `The edit drops “${token.shown}” from a sentence it keeps, which changes what was said.` };
    }
  }
  if (!faithfulToContract(edit, rawSpan)) return { ok: false, reason: `The edit is not faithful to the passage: ${RULE}` };
  return { ok: true };
}

const quoted = (tokens: Array<{ shown: string }>) => `“${tokens.map((t) => t.shown).join(' ').replace(/ ([,.;:!?])/g, '$1')}”`;

function unmatchedReason(raw: RawToken[], run: Item[], from: number): string {
  // Align the run's words where most of its start matches, to name the first word that differs.
  const words = run.filter((it) => it.kind !== 'bracket');
  let best = 0;
  let bestAt = -1;
  for (let at = from; at < raw.length; at++) {
    let j = 0;
    while (j < words.length && at + j < raw.length && matches(words[j]!, raw[at + j]!)) j++;
    if (j > best) [best, bestAt] = [j, at];
  }
  if (best === 0) return `${quoted(words.slice(0, 1))} is not in the passage${from > 0 ? ' at that point' : ''}: ${RULE}`;
  const after = quoted(words.slice(Math.max(0, best - 3), best));
  const found = raw[bestAt + best];
  return found
    ? `After ${after} the passage goes on with “${found.shown}”, not “${words[best]!.shown}”: ${RULE}`
    : `The passage ends after ${after}, so “${words[best]!.shown}” is not in it: ${RULE}`;
}
