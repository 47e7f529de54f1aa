// Is an edited quote still the speaker's words? The same rule the quote extractor keeps: the
// edit may differ from the raw span only by white space, quote and dash forms, `…` where
// words were left out, and [bracketed] insertions. Words may be dropped from either end (a
// trim) without `…`, but never a negation from a sentence the edit keeps.

export type Faithfulness = { ok: true } | { ok: false; reason: string };

interface Token {
  /** Normalized, for comparing. */
  text: string;
  /** As written, for messages. */
  shown: string;
  /** Index of the sentence the token stands in (raw tokens only). */
  sentence: number;
}

const QUOTE_FORMS = /[“”„‟«»"″]/g;
const APOSTROPHE_FORMS = /[‘’‚‛`′]/g;
const DASH_FORMS = /[‐‑‒–—―−]/g;
const WORD = String.raw`[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*`;
const TOKEN = new RegExp(String.raw`\[[^\]]*\]|${WORD}|…|\.\s*\.\s*\.|\S`, 'gu');
const NEGATION = /^(?:not|no|never|nor|neither|none|nobody|nothing|nowhere|cannot|[\p{L}]+n't)$/iu;

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

/** Raw tokens with sentence numbers: a sentence ends at . ! ? ; followed by a capital or the end. */
function rawTokens(rawSpan: string): Token[] {
  const tokens = tokenize(rawSpan);
  let sentence = 0;
  return tokens.map(({ text, shown }, i) => {
    const token = { text, shown, sentence };
    const next = tokens[i + 1]?.text;
    if (/^[.!?;]$/.test(text) && (next === undefined || /^["'\p{Lu}]/u.test(next))) sentence++;
    return token;
  });
}

const quoted = (tokens: Array<{ shown: string }>) => `“${tokens.map((t) => t.shown).join(' ').replace(/ ([,.;:!?])/g, '$1')}”`;

export function isFaithful(edit: string, rawSpan: string): Faithfulness {
  if (!edit.trim()) return { ok: false, reason: 'The edit is empty: keep at least a few of the speaker’s words.' };
  if (/\[[^\]]*$/.test(edit) || /^[^[]*\]/.test(edit)) return { ok: false, reason: 'A bracket is not closed: write added words as [like this].' };
  const raw = rawTokens(rawSpan);
  const editTokens = tokenize(edit);
  for (const insertion of editTokens.filter((t) => t.text.startsWith('['))) {
    const words = tokenize(insertion.text.slice(1, -1));
    if (words.some((w) => NEGATION.test(w.text))) return { ok: false, reason: `${insertion.shown} adds a negation the speaker did not say.` };
  }
  // Segments of consecutive kept tokens, split where the edit says words were left out.
  const segments: Array<Array<{ text: string; shown: string }>> = [[]];
  for (const t of editTokens) {
    if (t.text.startsWith('[')) continue;
    if (t.text === '…') segments.push([]);
    else segments[segments.length - 1]!.push(t);
  }
  const kept = segments.filter((s) => s.length > 0);
  if (kept.length === 0) return { ok: false, reason: 'The edit keeps none of the speaker’s words.' };

  // Greedy leftmost matching keeps the most room for the segments after it.
  const keptIndex = new Set<number>();
  let from = 0;
  for (let k = 0; k < kept.length; k++) {
    const segment = kept[k]!;
    // After the first run, `…` must stand for at least one word left out.
    const start = k === 0 ? 0 : from + 1;
    const at = findRun(raw, segment, start);
    if (at < 0) {
      if (k > 0 && findRun(raw, segment, from) === from) return { ok: false, reason: `“…” before ${quoted(segment.slice(0, 4))} stands where nothing was left out: remove it.` };
      return { ok: false, reason: unmatchedReason(raw, segment, start) };
    }
    for (let i = at; i < at + segment.length; i++) keptIndex.add(i);
    from = at + segment.length;
  }

  const keptSentences = new Set([...keptIndex].map((i) => raw[i]!.sentence));
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    if (!keptIndex.has(i) && NEGATION.test(token.text) && keptSentences.has(token.sentence)) {
      return { ok: false, reason: `The edit drops “${token.shown}” from a sentence it keeps, which changes what was said.` };
    }
  }
  return { ok: true };
}

function findRun(raw: Token[], segment: Array<{ text: string }>, from: number): number {
  outer: for (let at = from; at + segment.length <= raw.length; at++) {
    for (let j = 0; j < segment.length; j++) if (raw[at + j]!.text !== segment[j]!.text) continue outer;
    return at;
  }
  return -1;
}

function unmatchedReason(raw: Token[], segment: Array<{ text: string; shown: string }>, from: number): string {
  // Align the segment where most of its start matches, to name the first word that differs.
  let best = 0;
  let bestAt = -1;
  for (let at = from; at < raw.length; at++) {
    let j = 0;
    while (j < segment.length && at + j < raw.length && raw[at + j]!.text === segment[j]!.text) j++;
    if (j > best) [best, bestAt] = [j, at];
  }
  const rule = 'an edit may only leave words out (mark gaps inside with “…”), change white space, quote or dash forms, or add [bracketed] words.';
  if (best === 0) return `${quoted(segment.slice(0, 1))} is not in the passage${from > 0 ? ' at that point' : ''}: ${rule}`;
  const after = quoted(segment.slice(Math.max(0, best - 3), best));
  const found = raw[bestAt + best];
  return found
    ? `After ${after} the passage goes on with “${found.shown}”, not “${segment[best]!.shown}”: ${rule}`
    : `The passage ends after ${after}, so “${segment[best]!.shown}” is not in it: ${rule}`;
}
