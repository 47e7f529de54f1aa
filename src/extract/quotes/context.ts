// The question that prompted an answer: the last question in the interviewer's turn just
// before it (skipping the answerer's own consecutive turns), with its raw offsets.
import type { Quote, Segmented } from '../../types.js';
import { isFaithful } from './faithful.js';

export function promptingQuestion(segmented: Segmented, turnIndex: number, interviewers: ReadonlySet<string>): Quote['context'] {
  const { turns, document } = segmented;
  const answerer = turns[turnIndex]?.speaker ?? null;
  for (let i = turnIndex - 1; i >= 0; i--) {
    const turn = turns[i]!;
    if (turn.speaker === answerer) continue;
    if (!turn.speaker || !interviewers.has(turn.speaker)) return undefined;
    const question = turn.sentences.findLast((s) => /\?["”’')\]]*$/.test(s.text));
    if (!question) return undefined;
    const text = question.text.replace(/\s+/g, ' ').trim();
    if (!isFaithful(text, document.raw.slice(question.start, question.end))) return undefined;
    return { speaker: turn.speaker, text, start: question.start, end: question.end };
  }
  return undefined;
}
