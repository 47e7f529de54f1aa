import { claimsOf } from './helpers.js';

describe('ranking', () => {
  const raw = [
    'QUESTION: The contract, worth 35 billion euros, ended. Two years ago, he said NATO was braindead.',
    '',
    'SECRETARY BLINKEN: It was our longest war. 20 years. At the same time, evacuating 125,000 people from Afghanistan was hard. I spoke to him a few weeks ago, and ten years ago we did it.',
    '',
  ].join('\n');
  const claims = claimsOf(raw);

  test('ids run c1, c2 … best first', () => {
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `c${i + 1}`));
    expect(claims.map((c) => c.score)).toEqual(claims.map((c) => c.score).toSorted((a, b) => b - a));
  });

  test("the interviewee's concrete figures come before the interviewer's, vague time references last", () => {
    const order = claims.map((c) => c.mentions[0]!.text);
    expect(order.slice(0, 2).sort()).toEqual(['125,000', '20 years']);
    expect(order.indexOf('35 billion euros')).toBeGreaterThan(1);
    expect(order.slice(-2).sort()).toEqual(['Two years ago', 'ten years ago']);
  });

  test('each claim is attributed to the turn it is spoken in', () => {
    expect(claims.find((c) => c.value === 35e9)!.speaker).toBe('QUESTION');
    expect(claims.find((c) => c.value === 125000)!.speaker).toBe('SECRETARY BLINKEN');
  });

  test('offsets point at the mention in the original file', () => {
    for (const c of claims) for (const m of c.mentions) expect(raw.slice(m.start, m.end)).toBe(m.text);
  });

  test('alternatives in a list ("30 minutes, 40 minutes") rank below a claim of the same kind', () => {
    const list = claimsOf('TRAVIS: They may not want to devote the 30 minutes, 40 minutes to the episode. Some shows run 50 minutes.\n');
    expect(list[0]!.value).toBe(50);
  });
});
