// Quote candidates: sentences from the people being questioned, verbatim. (Baseline.)
import type { Quote, Segmented } from '../../types.js';

export interface QuoteOptions {
  minWords?: number;
  maxWords?: number;
}

export function extractQuotes(segmented: Segmented, options: QuoteOptions = {}): Quote[] {
  const { minWords = 6, maxWords = 40 } = options;
  const interviewers = new Set(segmented.speakers.filter((s) => s.interviewer).map((s) => s.label));
  const quotes: Quote[] = [];
  for (const turn of segmented.turns) {
    if (turn.speaker && interviewers.has(turn.speaker)) continue;
    for (const s of turn.sentences) {
      const words = s.text.split(/\s+/).length;
      if (words < minWords || words > maxWords || /\?$/.test(s.text)) continue;
      quotes.push({ id: '', text: s.text, speaker: turn.speaker, start: s.start, end: s.end, score: 0.5, turn: turn.index });
    }
  }
  return quotes;
}
