// Trimming is faithful: only fillers and procedural prefaces go, never a negation, a
// qualifier or the subject; the card's text still matches the raw passage.
import fc from 'fast-check';
import { isFaithful } from '../../src/extract/quotes/faithful.js';
import { displayText, trimLead } from '../../src/extract/quotes/trim.js';

const shown = (s: string) => displayText(s.slice(trimLead(s).keep));

describe('leading fillers', () => {
  it.each([
    ['You know, the American presence, just like the French presence, in the Indo-Pacific, has been a means of guaranteeing security.', '[T]he American presence, just like the French presence, in the Indo-Pacific, has been a means of guaranteeing security.'],
    ['But NATO remains fundamentally what it has always been.', 'NATO remains fundamentally what it has always been.'],
    ['Look, the President believes that the right to vote is the cornerstone of our democracy.', '[T]he President believes that the right to vote is the cornerstone of our democracy.'],
    ['So, this order is concerning, and the world will be watching.', '[T]his order is concerning, and the world will be watching.'],
    ['Well, look, we know what works.', '[W]e know what works.'],
    ['So — but we’re not going to shut down.', '[W]e’re not going to shut down.'],
    ['Look, I just want to say, with COVID, because this is really important: We are not in the same place that we were a year ago.', 'We are not in the same place that we were a year ago.'],
    ['And I think we have noted two things: first, we could have – we should have – done better.', '[W]e could have – we should have – done better.'],
    ['What I would say is, we are going to beat this virus, not the other way round.', '[W]e are going to beat this virus, not the other way round.'],
  ])('%s', (raw, expected) => {
    expect(shown(raw)).toBe(expected);
    // Faithful to the kept words; to the whole sentence too when only a short filler went.
    const { keep } = trimLead(raw);
    expect(isFaithful(expected, raw.slice(keep))).toBe(true);
    if (keep <= 40) expect(isFaithful(expected, raw)).toBe(true);
  });

  it.each([
    'So far there are roughly 60,000 who are in the process of being welcomed.',
    'So much of this depends on Congress.',
    'Now is the time to act.',
    'Not one dollar went to the Contras.',
    'No one will do it for us.',
    'Our view is: the need for these policies is greater than ever.',
    'These are the things that he wants to continue to do: getting Americans back to work.',
  ])('keeps the words that carry meaning: %s', (raw) => {
    expect(trimLead(raw).keep).toBe(0);
  });

  it('collapses hard-wrapped lines and doubled spaces for the card', () => {
    expect(displayText('We have the tools to keep our\nschools open.  We have the tools.')).toBe('We have the tools to keep our schools open. We have the tools.');
  });
});

describe('what trimming may drop', () => {
  const NEGATION = /\b(?:not|no|never|nothing|nobody|none|cannot|\w+n['’]t)\b/i;
  const QUALIFIER = /\b(?:roughly|about|approximately|nearly|almost|only|more than|less than|at least)\b/i;
  const filler = fc.constantFrom('You know, ', 'So, ', 'Look, ', 'Well, ', 'And ', 'But ', 'Yes, ', 'Now, ', 'I mean, ', 'So ', 'Let me say this: ', '');
  const body = fc.constantFrom(
    'not one of them was ready.',
    'no one will do it for us.',
    'roughly 60,000 are being welcomed.',
    'never have we been so close.',
    'only Congress can fix this.',
    'we cannot deal with these problems alone.',
    'nobody tougher on the issue exists.',
    'about half of them are home.',
  );

  it('never drops a negation or a qualifier, and the card text stays faithful', () => {
    fc.assert(
      fc.property(filler, filler, body, (a, b, rest) => {
        const raw = a + b + rest;
        const lead = trimLead(raw);
        expect(NEGATION.test(lead.dropped)).toBe(false);
        expect(QUALIFIER.test(lead.dropped)).toBe(false);
        if (NEGATION.test(rest)) expect(NEGATION.test(raw.slice(lead.keep))).toBe(true);
        if (!lead.pointsBack) expect(isFaithful(displayText(raw.slice(lead.keep)), raw)).toBe(true);
      }),
    );
  });
});

describe('isFaithful (the contract the scorer checks)', () => {
  it('allows white space, quote and dash forms, ellipses and short bracketed insertions', () => {
    expect(isFaithful('“We could have - we should have - done better.”', 'we could have – we\n should have – done better.')).toBe(true);
    expect(isFaithful('We cannot deal with these problems alone … we have to work with others.', 'We cannot deal with these problems alone. More than ever we have to work with others.')).toBe(true);
    expect(isFaithful('[T]he relationship with China is complex.', 'You know, the relationship with China is complex.')).toBe(true);
  });

  it('refuses changed words, dropped negations and reordering', () => {
    expect(isFaithful('We can deal with these problems alone.', 'We cannot deal with these problems alone.')).toBe(false);
    expect(isFaithful('The world will be watching.', 'The world will not be watching.')).toBe(false);
    expect(isFaithful('alone … We cannot deal', 'We cannot deal with these problems alone.')).toBe(false);
  });

  it('reads the raw passage as a reader sees it: tags out, entities decoded', () => {
    expect(isFaithful('The money was coming from donated funds & friendly countries.', '<p>The money was coming from donated funds &amp; friendly<br/>countries.</p>')).toBe(true);
  });
});
