import { nestQuotes, typeset } from '../../src/render/index.js';

const NBSP = '\u00A0';

describe('typeset', () => {
  test.each([
    ['"Hello," she said.', '“Hello,” she said.'],
    ["We can't and won't.", 'We can’t and won’t.'],
    ["Back in the '90s", 'Back in the ’90s'],
    ["He called it 'the plan'.", 'He called it ‘the plan’.'],
    ['roughly 60,000-65,000 people', `roughly 60,000–65,000${NBSP}people`],
    ['from 2019-2021', 'from 2019–2021'],
    ['COVID-19 and long-term', 'COVID-19 and long-term'],
    ['on 2021-08-24', 'on 2021-08-24'],
    ['we waited... and waited . . . then', 'we waited… and waited … then'],
    ['this -- that', 'this—that'],
    ['this - that', 'this – that'],
    ['the U. S. Army', `the U.${NBSP}S. Army`],
    ['71 percent of them', `71${NBSP}percent of them`],
    ['$1.5 trillion', `$1.5${NBSP}trillion`],
    ['10 km away', `10${NBSP}km away`],
    ['  extra   spaces  ', 'extra spaces'],
  ])('%j → %j', (input, expected) => {
    expect(typeset(input)).toBe(expected);
  });

  test('is idempotent', () => {
    const once = typeset(`"It's 60,000-65,000 -- in the U. S. alone..." he said.`);
    expect(typeset(once)).toBe(once);
  });

  test('leaves the words alone', () => {
    const input = 'We cannot deal with these problems alone.';
    expect(typeset(input)).toBe(input);
  });
});

describe('nestQuotes', () => {
  test('drops quote marks that wrap the whole quote', () => {
    expect(nestQuotes('“We will.”')).toBe('We will.');
  });
  test('turns inner double quotes into single ones', () => {
    expect(nestQuotes('He said “no” to me')).toBe('He said ‘no’ to me');
    expect(nestQuotes('“He said “no” to me”')).toBe('He said ‘no’ to me');
  });
  test('keeps marks that only open or close part of the text', () => {
    expect(nestQuotes('“One,” he said, “two.”')).toBe('‘One,’ he said, ‘two.’');
  });
});
