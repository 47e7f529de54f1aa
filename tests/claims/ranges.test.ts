import { one, claimsOf } from './helpers.js';

describe('ranges', () => {
  test('"Between $5 and $6 million" is one figure, the scale shared', () => {
    expect(one('Between $5 and $6 million.')).toMatchObject({ kind: 'money', value: 5e6, high: 6e6, display: '$5–$6 million', text: 'Between $5 and $6 million' });
  });

  test('"the $2 to $3 million"', () => {
    expect(one('This unquantified balance, the $2 to $3 million, is still open.')).toMatchObject({ value: 2e6, high: 3e6 });
  });

  test('"60,000 to 65,000" and "60,000-65,000"', () => {
    expect(one('We expect 60,000 to 65,000 arrivals.')).toMatchObject({ value: 60000, high: 65000, display: '60,000–65,000' });
    expect(one('We expect 60,000-65,000 arrivals.')).toMatchObject({ value: 60000, high: 65000 });
  });

  test('"from 1 percent to 71 percent" is a change, not a range', () => {
    const t = 'We went from 1 percent to 71 percent.';
    expect(() => one(t)).toThrow(/got 1 percent \| 71 percent/);
  });

  test('two hedged figures for one quantity in nearby sentences become one claim', () => {
    const raw = [
      'QUESTION: How many have been received in the United States?',
      '',
      'SECRETARY BLINKEN: So far there are roughly 60,000 who are in the process of being welcomed into the United States. Indeed, some remain out of the country for now. This is underway. But I think we’re going to welcome about 65,000 by the end of the month.',
      '',
    ].join('\n');
    const claims = claimsOf(raw);
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c).toMatchObject({ value: 60000, high: 65000, display: '60,000–65,000', approx: true, speaker: 'SECRETARY BLINKEN' });
    expect(c.mentions.map((m) => raw.slice(m.start, m.end))).toEqual(['roughly 60,000', 'about 65,000']);
    expect(c.label).toMatch(/welcomed into the United States/);
  });

  test('two different shares in nearby sentences stay two claims', () => {
    const raw = 'MS. SMITH: More than 71 percent of people are fully vaccinated. More than 83 percent of the American public have one shot in arm.\n';
    expect(claimsOf(raw).map((c) => c.value).sort()).toEqual([71, 83]);
  });

  test('the same figure twice in one sentence is one claim with both mentions', () => {
    const raw = 'MS. SMITH: We have 71 percent of people — more than 71 percent of people are fully vaccinated.\n';
    const [c, ...rest] = claimsOf(raw);
    expect(rest).toHaveLength(0);
    expect(c!.mentions).toHaveLength(2);
    expect(c!.qualifier).toBe('more than');
  });
});
