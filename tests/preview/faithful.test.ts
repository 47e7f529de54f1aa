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
  test('an unclosed bracket', () => refused('we could have [really done better', /bracket is not closed/));
  test('only brackets', () => refused('[France]', /keeps none/));
  test('words out of order', () => refused('done better … we could have', /not in the passage at that point|goes on with/));
});
