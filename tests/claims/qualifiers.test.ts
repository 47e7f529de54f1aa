import { one } from './helpers.js';

describe('qualifiers are part of the claim', () => {
  test.each([
    ['So far there are roughly 60,000 who are in the process of being welcomed.', 'roughly', 'roughly 60,000'],
    ['Something over $30 million.', 'Something over', 'Something over $30 million'],
    ['My estimate is in the vicinity of $3 million spent in support of the project.', 'in the vicinity of', 'in the vicinity of $3 million'],
    ['Probably something on the order of $2 million, we believe.', 'on the order of', 'on the order of $2 million'],
    ['Maybe up to three hours, that is okay.', 'up to', 'up to three hours'],
    ['President Biden and Reid served together for more than 30 years.', 'more than', 'more than 30 years'],
    ['There is over 70,000 new cases per day.', 'over', 'over 70,000'],
    ['Some podcasts do fine at 10 minutes or less.', 'or less', '10 minutes or less'],
    ['Nearly 2 million people voted.', 'Nearly', 'Nearly 2 million'],
    ['It will take at least 5 years.', 'at least', 'at least 5 years'],
  ])('%s', (sentence, qualifier, mention) => {
    const f = one(sentence);
    expect(f.qualifier).toBe(qualifier);
    expect(f.approx).toBe(true);
    expect(f.text).toBe(mention);
  });

  test('a bare figure has no qualifier and is not approximate', () => {
    expect(one('Illinois has been provided $5 billion for schools.')).toMatchObject({ qualifier: null, approx: false });
  });

  test('"exactly", "only" are shown but do not make a figure approximate', () => {
    expect(one('We lost exactly 12 aircraft.')).toMatchObject({ qualifier: 'exactly', approx: false });
  });
});
