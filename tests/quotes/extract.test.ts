// Quote extraction end to end on a short interview built from lines of the Blinken interview
// (dev set) and made-up interviewer lines: who may be quoted, faithful offsets, trimming,
// stage directions, the prompting question.
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import { extractQuotes } from '../../src/extract/quotes/index.js';
import { isFaithful } from '../../src/extract/quotes/faithful.js';
import { selectQuotes } from '../../src/select/quotes.js';

const raw = [
  'QUESTION: We often still have the feeling that the United States is withdrawing. What is NATO used for today?',
  '',
  'SECRETARY BLINKEN: It is not at all a question of disengagement, on the contrary. We cannot deal with these problems',
  'alone. More than ever we have to work with others and especially with our allies and partners. Think for example of',
  'the countries which are not under threat (inaudible) Russians, for example.',
  '',
  'QUESTION: There is no doubt that we will never stop fighting for freedom, not for power but for justice. Could the trade conflict between the United States and China escalate, including militarily?',
  '',
  'SECRETARY BLINKEN: You know, the relationship with China, for us, or for France, or for many other countries, is a very complex relationship. There are aspects of competition, there are aspects of cooperation, there are aspects of conflict. But NATO remains fundamentally what it has always been.',
  '',
].join('\n');

const segmented = segment(ingest(raw, { path: 'interview.txt' }));
const quotes = extractQuotes(segmented);
const texts = quotes.map((q) => q.text);

describe('extractQuotes', () => {
  it('quotes only the person being questioned', () => {
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.speaker === 'SECRETARY BLINKEN')).toBe(true);
    expect(texts.some((t) => /never stop fighting for freedom/.test(t))).toBe(false);
  });

  it('points every quote at a raw passage it renders faithfully', () => {
    for (const q of quotes) {
      expect(q.start).toBeGreaterThanOrEqual(0);
      expect(q.end).toBeLessThanOrEqual(raw.length);
      expect(q.start).toBeLessThan(q.end);
      expect(isFaithful(q.text, raw.slice(q.start, q.end))).toBe(true);
    }
  });

  it('collapses hard-wrapped lines in the card text', () => {
    expect(texts).toContain('We cannot deal with these problems alone.');
    expect(texts.every((t) => !/\n|\s{2}/.test(t))).toBe(true);
  });

  it('keeps passages with a stage direction, and openings that point back, off the cards', () => {
    expect(texts.some((t) => /Think for example|Russians/.test(t))).toBe(false);
    expect(texts.some((t) => /^It is not at all/.test(t))).toBe(false);
  });

  it('drops a leading filler, capitalises in brackets, and keeps the filler inside the span', () => {
    const q = quotes.find((x) => x.text.startsWith('[T]he relationship with China'))!;
    expect(q).toBeDefined();
    expect(raw.slice(q.start, q.start + 9)).toBe('You know,');
    const nato = quotes.find((x) => x.text === 'NATO remains fundamentally what it has always been.')!;
    expect(raw.slice(nato.start, nato.end)).toBe('But NATO remains fundamentally what it has always been.');
  });

  it('offers runs of up to three sentences from one turn', () => {
    expect(texts).toContain('We cannot deal with these problems alone. More than ever we have to work with others and especially with our allies and partners.');
    expect(quotes.every((q) => q.turn === quotes.find((x) => x.start === q.start)!.turn)).toBe(true);
  });

  it('keeps the question that prompted the answer, with its raw offsets', () => {
    const q = quotes.find((x) => x.text.startsWith('There are aspects of competition'))!;
    expect(q.context?.text).toBe('Could the trade conflict between the United States and China escalate, including militarily?');
    expect(raw.slice(q.context!.start, q.context!.end)).toBe(q.context!.text);
    expect(q.context?.speaker).toBe('QUESTION');
  });

  it('ranks the parallel line above the filler-led one', () => {
    const top = selectQuotes(quotes);
    const rank = (prefix: string) => top.findIndex((q) => q.text.startsWith(prefix));
    expect(rank('There are aspects of competition')).toBeGreaterThanOrEqual(0);
    expect(rank('There are aspects of competition')).toBeLessThan(rank('[T]he relationship with China') >>> 0);
  });
});

describe('words the speaker quotes from someone else', () => {
  it('are not quoted as the speaker’s own', () => {
    const text = 'SECRETARY BLINKEN: The minister told me, “We will never accept a world where the strong simply take what they want from the weak.” We cannot deal with these problems alone.\n';
    const seg = segment(ingest(text, { path: 'interview.txt' }));
    const turn = seg.turns[0]!;
    const open = text.indexOf('“');
    const close = text.indexOf('”') + 1;
    // What segment marks on a turn where it finds a quotation (offsets as in Sentence).
    const marked = { ...seg, turns: [{ ...turn, quotations: [{ textStart: open, textEnd: close, start: open, end: close }] }] };
    const texts = extractQuotes(marked).map((q) => q.text);
    expect(texts).toContain('We cannot deal with these problems alone.');
    expect(texts.some((t) => /strong simply take/.test(t))).toBe(false);
    // Unmarked, the same sentence would have been a candidate.
    const unmarked = { ...seg, turns: [{ ...turn, quotations: [] }] };
    expect(extractQuotes(unmarked).some((q) => /strong simply take/.test(q.text))).toBe(true);
  });
});

describe('an unlabelled transcript', () => {
  it('quotes the one unnamed speaker, with a null label', () => {
    const plain = 'We cannot deal with these problems alone. More than ever we have to work with others.';
    const qs = extractQuotes(segment(ingest(plain, { path: 'notes.txt' })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.speaker === null && isFaithful(q.text, plain.slice(q.start, q.end)))).toBe(true);
  });
});
