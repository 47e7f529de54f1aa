import { TextBuilder, toRaw, rangeToRaw } from '../src/ingest/offsets.js';

describe('offset map', () => {
  const raw = 'A &amp; B<br/>C  D';
  const b = new TextBuilder(raw);
  b.copy(0, 2); // 'A '
  b.replace('&', 2, 7); // '&amp;'
  b.copy(7, 9); // ' B'
  b.replace('\n', 9, 14); // '<br/>'
  b.copy(14, 18); // 'C  D'
  const { text, map } = b.build();

  it('builds the cleaned text', () => {
    expect(text).toBe('A & B\nC  D');
  });

  it('maps every character start back to raw', () => {
    expect(toRaw(map, 0, 'start')).toBe(0);
    expect(toRaw(map, 2, 'start')).toBe(2);
    expect(toRaw(map, 3, 'start')).toBe(7);
    expect(toRaw(map, 6, 'start')).toBe(14);
    expect(toRaw(map, text.length, 'start')).toBe(raw.length);
  });

  it('maps ends to the end of the producing raw piece', () => {
    expect(toRaw(map, 3, 'end')).toBe(7); // after '&' → after '&amp;'
    expect(toRaw(map, 5, 'end')).toBe(9);
    expect(toRaw(map, text.length, 'end')).toBe(raw.length);
  });

  it('maps a range so raw.slice covers exactly the source of the text', () => {
    const s = text.indexOf('&');
    const r = rangeToRaw(map, s, s + 3); // '& B'
    expect(raw.slice(r.start, r.end)).toBe('&amp; B');
    const c = rangeToRaw(map, 6, 10);
    expect(raw.slice(c.start, c.end)).toBe('C  D');
  });

  it('merges contiguous linear pieces into one span', () => {
    const m = new TextBuilder('abcdef');
    m.copy(0, 2).copy(2, 4).copy(4, 6);
    expect(m.build().map).toHaveLength(1);
  });

  it('is total on an empty map', () => {
    expect(toRaw([], 5, 'start')).toBe(0);
    expect(rangeToRaw([], 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
