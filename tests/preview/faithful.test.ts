import fc from 'fast-check';
import { isFaithful } from '../../src/preview/faithful.js';

const span =
  'And I think we have noted two things: first, we could have – we should have – done better, in terms of communication. We will not abandon our partners. I don’t think that’s right.';

const ok = (edit: string, raw = span) => expect(isFaithful(edit, raw)).toEqual({ ok: true });
const refused = (edit: string, pattern: RegExp, raw = span) => {
  const result = isFaithful(edit, raw);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toMatch(pattern);
};

describe('isFaithful accepts', () => {
  test('the span itself', () => ok(span));
  test('a trim at either end, on word boundaries', () => {
    ok('we could have – we should have – done better, in terms of communication.');
    ok('And I think we have noted two things');
    ok('We will not abandon our partners.');
  });
  test('different white space', () => ok('we  could have –\n we should have – done better'));
  test('other quote, apostrophe and dash forms', () => {
    ok("I don't think that's right.");
    ok('we could have - we should have — done better');
  });
  test('… where words were left out, also written as ...', () => {
    ok('we could have … done better, in terms of communication.');
    ok('we could have ... done better');
    ok('And I think … we should have – done better');
  });
  test('[bracketed] insertions', () => {
    ok('[The U.S.] could have – we should have – done better'.replace('[The U.S.]', 'we [the U.S.]'));
    ok('we should have – done better [with France], in terms of communication.');
  });
  test('a bracket standing in for a few words, or changing a letter’s case', () => {
    ok('[The U.S. and France] should have – done better', 'we could have – we should have – done better');
    ok('[W]e should have – done better', 'And we should have – done better');
    ok('[W]e located donations', 'And we located donations');
  });
  test('dropping a sentence with a negation when the edit keeps none of it', () => {
    ok('first, we could have – we should have – done better, in terms of communication.');
    ok('I don’t think that’s right.');
  });
});

describe('isFaithful refuses, with a reason', () => {
  test('an empty edit', () => refused('   ', /empty/));
  test('changed or added words', () => {
    refused('we could have done much better', /goes on with “–”, not “done”/);
    refused('we could have – we should have – done worse', /not “worse”/);
    refused('France could have done better', /“France” is not in the passage/);
  });
  test('a word cut in half', () => refused('erms of communication', /“erms” is not in the passage/));
  test('words left out inside without …', () => refused('we could have done better', /goes on with “–”/));
  test('… where nothing was left out', () => refused('we could have … – we should have', /stands where nothing was left out/));
  test('a dropped “not”, in the middle or at an end', () => {
    refused('We will … abandon our partners.', /drops “not”/);
    refused('abandon our partners.', /drops “not”/);
    refused('I … think that’s right.', /drops “don’t”/);
  });
  test('a negation added in brackets', () => refused('We will [never] not abandon', /adds a negation/));
  test('a negation replaced by a bracket', () => refused('We will [gladly] abandon our partners.', /drops “not”/));
  test('a bracket for more than a few words', () => refused('And I think [this] done better', /After “And I think” the passage goes on with “we”/));
  test('a whole sentence with a negation left out by …', () => ok('And I think we have noted two things … I don’t think that’s right.'));
  test('a changed case without brackets', () => refused('we located donations', /“we” is not in the passage/, 'And We located donations'));
  test('an unclosed bracket', () => refused('we could have [really done better', /bracket is not closed/));
  test('only brackets', () => refused('[France]', /keeps none/));
  test('words out of order', () => refused('done better … we could have', /not in the passage at that point|goes on with/));
});

describe('isFaithful, as properties', () => {
  const words = span.split(/\s+/);
  const plain = 'And I think we have noted two things: first, we could have – we should have – done better, in terms of communication.';
  test('every trim on word boundaries of a span without negations is faithful', () => {
    const plainWords = plain.split(' ');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: plainWords.length - 1 }), fc.integer({ min: 1, max: plainWords.length }), (a, n) => {
        const edit = plainWords.slice(a, a + n).join(' ');
        expect(isFaithful(edit, plain)).toEqual({ ok: true });
      }),
    );
  });
  test('a trim that keeps part of the negated sentence but not its “not” is refused', () => {
    fc.assert(
      fc.property(fc.constantFrom('We', 'We will'), fc.constantFrom('abandon', 'abandon our', 'abandon our partners.'), (before, after) => {
        expect(isFaithful(`${before} … ${after}`, span).ok).toBe(false);
        expect(isFaithful(after, span).ok).toBe(false);
      }),
    );
  });
  test('a word the speaker never said is always refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length }), fc.constantFrom('Zanzibar', 'maybe', 'billions', 'traitors'), (at, word) => {
        const edit = [...words.slice(0, at), word, ...words.slice(at)].join(' ');
        expect(isFaithful(edit, span).ok).toBe(false);
      }),
    );
  });
});
