// Numeric claims: every figure worth a card, its value, qualifier, label and speaker.
// Per sentence: tokens → figures (figures.ts) → label, time frame, score; then figures that
// are one quantity are merged (ranges.ts). Ranking and ids are select's (src/select/claims.ts).
import type { Claim, Mention, Segmented, Sentence, Turn } from '../../types.js';
import { rangeToRaw } from '../../ingest/offsets.js';
import { tokenize, type Token } from './tokens.js';
import { findFigures, type Figure } from './figures.js';
import { labelFor } from './label.js';
import { scoreFigure } from './score.js';
import { groupFigures, type Located } from './ranges.js';

export interface ClaimOptions {
  /** Keep the interviewer's figures (ranked lower). Default true. */
  includeInterviewers?: boolean;
}

interface Item extends Located {
  mention: Mention;
  sentenceRef: Sentence;
  speaker: string | null;
  interviewer: boolean;
  /** One of a run of alternatives: "the 30 minutes, 40 minutes hour". */
  listed: boolean;
}

export function extractClaims(segmented: Segmented, options: ClaimOptions = {}): Claim[] {
  const { includeInterviewers = true } = options;
  const { text, map } = segmented.document;
  const interviewers = new Set(segmented.speakers.filter((s) => s.interviewer).map((s) => s.label));
  const claims: Claim[] = [];
  for (const turn of segmented.turns) {
    const interviewer = turn.speaker !== null && interviewers.has(turn.speaker);
    if (interviewer && !includeInterviewers) continue;
    const items: Item[] = [];
    turn.sentences.forEach((s, sIdx) => {
      const sentenceText = text.slice(s.textStart, s.textEnd);
      if (!MAY_HOLD_FIGURE.test(sentenceText) || looksLikeHeading(sentenceText)) return;
      const tokens = tokenize(sentenceText);
      const short = tokens.filter((t) => t.type === 'word').length <= 6;
      const found = findFigures(tokens);
      const listed = listedFigures(tokens, found);
      for (const figure of found) {
        if ((interviewer || short) && isTiming(figure)) continue;
        const startText = s.textStart + tokens[figure.first]!.start;
        const endText = s.textStart + tokens[figure.end - 1]!.end;
        const raw = rangeToRaw(map, startText, endText);
        const temporal = timeFrame(tokens, figure);
        items.push({
          figure: temporal ? { ...figure, approx: true } : figure,
          turn: turn.index, sentence: sIdx, temporal, label: labelFor(tokens, figure),
          mention: { start: raw.start, end: raw.end, text: mentionText(text, startText, endText) },
          sentenceRef: s, speaker: turn.speaker, interviewer, listed: listed.has(figure),
        });
      }
    });
    for (const group of groupFigures(items)) claims.push(toClaim(group as Item[], turn));
  }
  return claims;
}

/** Cheap test that skips most sentences before tokenizing: no digit, number word or unit of time. */
const MAY_HOLD_FIGURE = new RegExp(
  '\\d|\\b(?:' +
    'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|' +
    'hundred|thousand|million|billion|trillion|dozen|half|thirds?|quarters?|second|fourth|fifth|sixth|seventh|eighth|ninth|tenth|' +
    'an? (?:hour|week|month|year|decade|century)' +
    ')\\b',
  'i',
);

/**
 * A title-case line with no closing punctuation ("The Lessons of 1989: Freedom and Our
 * Future") is a heading or a related link that ingest left in, not speech.
 */
function looksLikeHeading(sentence: string): boolean {
  if (/[.!?…"”’)]\s*$/.test(sentence)) return false;
  const words = sentence.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/** Figures of one kind and unit side by side, joined only by a comma or "or": examples, not claims. */
function listedFigures(tokens: Token[], figures: Figure[]): Set<Figure> {
  const listed = new Set<Figure>();
  for (let k = 1; k < figures.length; k++) {
    const a = figures[k - 1]!;
    const b = figures[k]!;
    const between = tokens.slice(a.end, b.first).map((t) => t.lower);
    if (a.kind === b.kind && a.unit === b.unit && between.length <= 2 && between.length > 0 && between.every((w) => w === ',' || w === 'or')) {
      listed.add(a).add(b);
    }
  }
  return listed;
}

/** Moderator timing: "30 seconds, please", "Two minutes, uninterrupted." */
function isTiming(f: Figure): boolean {
  return f.kind === 'duration' && (f.unit === 'second' || (f.unit === 'minute' && (f.value ?? 0) <= 5));
}

function mentionText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*-->\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?/g, ' ').replace(/\s+/g, ' ').trim();
}

const TIME_FRAMES: Array<{ words: string[]; side: 'before' | 'after' }> = [
  { words: ['so', 'far'], side: 'before' },
  { words: ['thus', 'far'], side: 'before' },
  { words: ['to', 'date'], side: 'after' },
  { words: ['so', 'far'], side: 'after' },
  { words: ['by', 'the', 'end', 'of'], side: 'after' },
  { words: ['by', 'year', 'end'], side: 'after' },
];

/** A time frame spoken with the figure: "so far", "by the end of the month". */
function timeFrame(tokens: Token[], f: Figure): string | null {
  for (const tf of TIME_FRAMES) {
    const [from, to] = tf.side === 'before' ? [Math.max(0, f.first - 8), f.first] : [f.end, Math.min(tokens.length, f.end + 6)];
    for (let k = from; k < to; k++) {
      if (!tf.words.every((w, n) => tokens[k + n]?.lower === w)) continue;
      let end = k + tf.words.length;
      if (tf.words[tf.words.length - 1] === 'of') {
        if (/^(the|this|next)$/.test(tokens[end]?.lower ?? '')) end++;
        if (!/^(day|week|month|year|decade|summer|winter|spring|fall|quarter|term)$/.test(tokens[end]?.lower ?? '')) continue;
        end++;
      }
      return tokens.slice(k, end).map((t) => t.text).join(' ');
    }
  }
  return null;
}

function toClaim(group: Item[], turn: Turn): Claim {
  const [first] = group as [Item, ...Item[]];
  const values = group.map((g) => g.figure.value!).filter((v) => v !== null);
  const isRange = group.length > 1 && new Set(values).size > 1;
  const figure: Figure = isRange
    ? { ...first.figure, value: Math.min(...values), high: Math.max(...values), approx: group.some((g) => g.figure.approx) }
    : { ...first.figure, approx: group.some((g) => g.figure.approx) };
  if (isRange) figure.display = rangeDisplay(group);
  // The card shows one hedge with the figure ("roughly 60,000–65,000"): the first one spoken;
  // a time frame ("so far") only where no hedge was said. Both mentions stay in `mentions`.
  const hedge = group.map((g) => g.figure.qualifier).find(Boolean);
  const temporal = group.map((g) => g.temporal).find(Boolean);
  const qualifier = (hedge ?? temporal)?.toLowerCase() ?? null;
  const label = group.find((g) => g.label)?.label ?? null;
  const last = group[group.length - 1]!;
  const sentences = turn.sentences.slice(first.sentence, last.sentence + 1);
  const { interviewer } = first;
  const { value, high, kind, unit, display, approx } = figure;
  return {
    id: '', kind, display, value, ...(high !== undefined ? { high } : {}), unit, approx, qualifier: qualifier || null, label,
    speaker: first.speaker, sentence: sentences.map((s) => s.text).join(' '),
    start: first.sentenceRef.start, end: last.sentenceRef.end,
    mentions: group.map((g) => g.mention),
    score: scoreFigure(figure, { interviewer, label, question: group.every((g) => /\?["”’')\]]*$/.test(g.sentenceRef.text)), listed: group.every((g) => g.listed) }), turn: turn.index,
  };
}

/** "60,000–65,000" from two spoken figures, in the form the first was spoken. */
function rangeDisplay(group: Item[]): string {
  const sorted = group.toSorted((a, b) => a.figure.value! - b.figure.value!);
  const lo = sorted[0]!.figure.display;
  const hi = sorted[sorted.length - 1]!.figure.display;
  const unitless = (s: string) => s.replace(/[%$€£¥₹]/g, '');
  if (sorted[0]!.figure.kind === 'percent') return `${unitless(lo)}–${hi}`;
  return `${lo}–${hi}`;
}
