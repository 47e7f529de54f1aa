import { figures } from './helpers.js';

describe('not claims', () => {
  test.each([
    'And I think we have noted two things: first, we could have done better.',
    'One of two things: either someone else will do it, or no one will.',
    'One last question on the place of the United States in the world.',
    'It is not a job for one country alone.',
    'It cannot be defined in one sentence.',
    'For us, two things are very clear.',
    'Following the instructions given by the two presidents, we are doing better.',
    'We are going in depth on the most important issues binding our two countries.',
    'First of all, can you clarify the name of the neighborhood?',
    'And one more on the Supreme Court arguments today.',
    'Georgia is one of the many states where we are seeing attacks.',
    'He has been clear, since day one, that this is a priority.',
    'On your first question, though — or your second question — we have questions.',
    'That’s one way, as we’ve seen, how the economy has bounced back.',
    '2:52 P.M. EST',
    'We arrive at 3 p.m. tomorrow.',
    'We purchased a C-123 K transport aircraft.',
    'There were three components to this project.',
    'Then the second component was the maritime project.',
    'Those two numbers total approximately a lot.',
    'They are working for the two committees.',
    'We pulled together the 10 things we wish we knew before starting.',
    'Back through the archives of the show, and five minute Mondays to pull together tips.',
    'The number one best practice is to use formatting.',
    'If you nail all three of these elements, you win.',
    'The second thing that you can do is create a blurb.',
    'So we are going to talk about what three things are included in every good post.',
    'Just for one second, let me finish.',
    'I welcome you to the final 2020 presidential debate.',
    'They are 100% dishonest people.',
    'It was a COVID-19 outbreak under Section 230.',
    'See page 12 for details.',
    'He said it on 9/11 and again later.',
  ])('%s', (sentence) => {
    expect(figures(sentence).map((f) => f.text)).toEqual([]);
  });

  test('a moderator\'s timing is dropped from the claims', async () => {
    const { claimsOf } = await import('./helpers.js');
    const raw = 'MODERATOR: 30 seconds, please.\n\nMR. JONES: We created 6 million jobs.\n';
    expect(claimsOf(raw).map((c) => c.display)).toEqual(['6 million']);
  });
});
