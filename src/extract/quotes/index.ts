// Quote candidates: single sentences and short runs (two or three sentences) from one turn
// of someone being questioned, trimmed of leading filler, self-contained, scored for
// quotability, and checked verbatim against the raw passage their offsets point at.
import type { Diagnostic, Quote, Segmented, Sentence, Turn } from '../../types.js';
import { rangeToRaw } from '../../ingest/offsets.js';
import { promptingQuestion } from './context.js';
import { isFaithful } from './faithful.js';
import { quoteFeatures, recurringNames, words } from './features.js';
import { anaphoricOpening, dependentFragment, disfluent, endsMidThought, holdsQuestion, notSpeech, rawProblem } from './rules.js';
import { displayText, trimLead } from './trim.js';
import { rawScore, squash } from './weights.js';

export interface QuoteOptions {
  minWords?: number;
  maxWords?: number;
  /** Longest run of consecutive sentences one candidate may span. */
  maxSentences?: number;
}

/** A dropped filler this short still sits inside the quote's span; a longer preface does not. */
const MAX_COVERED_FILLER = 40;

export function extractQuotes(segmented: Segmented, options: QuoteOptions = {}): Quote[] {
  const { minWords = 5, maxWords = 45, maxSentences = 3 } = options;
  const interviewers = new Set(segmented.speakers.filter((s) => s.interviewer).map((s) => s.label));
  const directions = segmented.diagnostics.filter((d) => d.ruleId === 'ingest:stage-direction' && d.start !== undefined);
  const recurring = recurringNames(segmented.turns.flatMap((t) => t.sentences.map((s) => s.text)));
  const quotes: Quote[] = [];
  for (const turn of segmented.turns) {
    if (turn.speaker && interviewers.has(turn.speaker)) continue;
    const context = promptingQuestion(segmented, turn.index, interviewers);
    // Only the directions inside this turn can touch its candidates.
    const others = [...directions.filter((d) => d.start! < turn.end && turn.start < d.end!), ...quotationsIn(turn)];
    turn.sentences.forEach((_, i) => {
      for (const candidate of windowsFrom(segmented, turn.sentences, i, { minWords, maxWords, maxSentences }, others, recurring)) {
        quotes.push({ id: '', speaker: turn.speaker, turn: turn.index, ...candidate, ...(context ? { context } : {}) });
      }
    });
  }
  return quotes;
}

/** Raw ranges the speaker did not say as their own: stage directions, and words they quote from someone else. */
type Excluded = Pick<Diagnostic, 'start' | 'end'>;

/** Quotations of someone else inside the turn (segment marks them, where it can). */
function quotationsIn(turn: Turn): Excluded[] {
  const quotations = (turn as Turn & { quotations?: Array<{ start: number; end: number }> }).quotations ?? [];
  // A scare-quoted phrase ("the “contract of the century”") is still the speaker's sentence.
  return quotations.filter((q) => q.end - q.start > 40);
}

type Candidate = Pick<Quote, 'text' | 'start' | 'end' | 'score'>;

/** Every acceptable candidate starting at sentence `i`: one, two or three sentences long. */
function windowsFrom(
  segmented: Segmented,
  sentences: readonly Sentence[],
  i: number,
  limits: Required<QuoteOptions>,
  excluded: readonly Excluded[],
  recurring: ReadonlySet<string>,
): Candidate[] {
  const { text, raw, map } = segmented.document;
  const first = sentences[i]!;
  const lead = trimLead(text.slice(first.textStart, first.textEnd));
  if (lead.pointsBack) return [];
  const opening = text.slice(first.textStart + lead.keep, first.textEnd);
  if (anaphoricOpening(opening) || dependentFragment(opening)) return [];
  // Untrimmed, a lowercase start is a sentence the splitter cut in the middle.
  if (!lead.keep && /^\p{Ll}/u.test(first.text)) return [];
  // A run that opens on a stub ("Yes.", "Right.") is the stub's answer, not a quote.
  const stub = words(first.text).length < 3;
  const out: Candidate[] = [];
  for (let n = 1; n <= limits.maxSentences && i + n <= sentences.length; n++) {
    const window = sentences.slice(i, i + n);
    const last = window[window.length - 1]!;
    // Each of these only gets worse as the run grows, so stop growing.
    if (holdsQuestion(window.map((s) => s.text))) break;
    if (stub && n > 1) break;
    const keptStart = first.textStart + lead.keep;
    const shown = displayText(text.slice(keptStart, last.textEnd));
    const count = words(shown).length;
    if (count > limits.maxWords) break;
    if (disfluent(shown) || notSpeech(shown)) break;
    const full = { start: first.start, end: last.end };
    if (rawProblem(raw.slice(full.start, full.end)) || excluded.some((d) => d.start! < full.end && full.start < d.end!)) break;
    if (count < limits.minWords || endsMidThought(shown)) continue;

    const tight = rangeToRaw(map, keptStart, last.textEnd);
    const span = [lead.keep <= MAX_COVERED_FILLER ? full : tight, tight].find((r) => isFaithful(shown, raw.slice(r.start, r.end)));
    if (!span) continue;
    const sentenceTexts = [displayText(text.slice(keptStart, first.textEnd)), ...window.slice(1).map((s) => s.text)];
    const features = quoteFeatures({ text: shown, sentences: sentenceTexts, dropped: lead.dropped, recurring });
    out.push({ text: shown, start: span.start, end: span.end, score: squash(rawScore(features)) });
  }
  return out;
}
