import { one, figures } from './helpers.js';

describe('values and units', () => {
  test.each([
    // [sentence, kind, value, unit, display]
    ['The “contract of the century”, worth 35 billion euros, ended at the same time.', 'money', 35e9, 'EUR', '€35 billion'],
    ['The plan costs $1.5 trillion in all.', 'money', 1.5e12, 'USD', '$1.5 trillion'],
    ['I believe it was about $12.3 million.', 'money', 12.3e6, 'USD', '$12.3 million'],
    ['There was $1.649 million for the Contra projects.', 'money', 1.649e6, 'USD', '$1.649 million'],
    ['He paid me $5,000 a month.', 'money', 5000, 'USD', '$5,000 a month'],
    ['It cost three and a half million dollars.', 'money', 3.5e6, 'USD', '$3.5 million'],
    ['They spent a billion and a half dollars on it.', 'money', 1.5e9, 'USD', '$1.5 billion'],
    ['They raised a couple hundred million dollars.', 'money', 2e8, 'USD', '$200 million'],
    ['Mics that cost less than a hundred dollars work fine.', 'money', 100, 'USD', '$100'],
    ['We have more than 71 percent of people fully vaccinated.', 'percent', 71, '%', '71%'],
    ['The mortality rate is down 85%.', 'percent', 85, '%', '85%'],
    ['It was our longest war. 20 years.', 'duration', 20, 'year', '20 years'],
    ['He served in the Senate for over three decades.', 'duration', 30, 'year', '3 decades'],
    ['Evacuating 125,000 people from Afghanistan was hard.', 'count', 125000, 'people', '125,000'],
    ['We issued our first award toward this half a billion.', 'count', 5e8, null, '500 million'],
    ['There are a thousand deaths a day now.', 'count', 1000, 'people', '1,000'],
    ['We expect a hundred thousand lives to be lost.', 'count', 1e5, 'people', '100,000'],
    ['More than forty thousand people were there.', 'count', 40000, 'people', '40,000'],
    ['We have ordered a hundred million vials.', 'count', 1e8, null, '100 million'],
    ['The unemployment rate is at 3.9, a historic number.', 'quantity', 3.9, null, '3.9'],
    ['Two-thirds of Americans agree.', 'quantity', 2 / 3, null, 'Two-thirds'],
  ])('%s', (sentence, kind, value, unit, display) => {
    const f = one(sentence);
    expect(f.kind).toBe(kind);
    expect(f.value).toBeCloseTo(value as number, 6);
    expect(f.unit).toBe(unit);
    expect(f.display).toBe(display);
  });

  test('dates: full dates, "November of 1985", a year after a preposition', () => {
    expect(one('We were attacked on September 11, 2001.')).toMatchObject({ kind: 'date', value: 2001, display: 'September 11, 2001' });
    expect(one('In November of 1985, I was at the very beginning.')).toMatchObject({ kind: 'date', value: 1985, display: 'November of 1985' });
    expect(one('A project to define what NATO will be in 2030.')).toMatchObject({ kind: 'date', value: 2030 });
    expect(one('He traveled to Colorado on January 2nd to meet officials.')).toMatchObject({ kind: 'date', display: 'January 2nd' });
  });

  test('ordinals that carry a claim', () => {
    expect(one('Ensuring that a third generation of Americans were not sent there.')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(one('It is the second-largest economy in the world.')).toMatchObject({ kind: 'ordinal', value: 2 });
  });

  test('durations of one: "an hour", "a decade ago", "a month of content in one week"', () => {
    expect(one('I was happy to spend an hour alone with him.')).toMatchObject({ kind: 'duration', value: 1, unit: 'hour' });
    expect(one('This mission was largely accomplished a decade ago.')).toMatchObject({ kind: 'duration', value: 10, unit: 'year', ago: true });
    expect(figures("You've just done a month of content in one week.").map((f) => f.value)).toEqual([1, 1]);
  });

  test('strange input never throws', () => {
    for (const s of ['', '$', '$$$ 5', '-', '1,', ',000', '.5', 'a a a hundred', 'half a', 'and a half', '9'.repeat(400), 'one two three four', '5 – – 6', 'between and', '€', '00:00:01.000 -->']) {
      expect(() => figures(s)).not.toThrow();
    }
  });
});
