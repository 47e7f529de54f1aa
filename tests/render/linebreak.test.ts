import { breakBalanced, breakGreedy, tokenize, truncateToLines, type LineMetrics } from '../../src/render/linebreak.js';
import { getRenderer } from '../../src/render/index.js';
import { blinkenQuote } from './fixtures.js';

/** Monospace metrics: every character 10px, a space 10px. */
const mono: LineMetrics = { token: (text) => [...text].length * 10, space: 10 };

describe('line breaking', () => {
  test('tokenize breaks at spaces and after em dashes, never at no-break spaces', () => {
    expect(tokenize('alone—more U.S.\u00A0forces').map((token) => token.text)).toEqual(['alone—', 'more', 'U.S.\u00A0forces']);
  });

  test('greedy fills each line', () => {
    const { lines } = breakGreedy(tokenize('aaa bbb ccc ddd'), 70, mono);
    expect(lines.map((line) => line.map((token) => token.text).join(' '))).toEqual(['aaa bbb', 'ccc ddd']);
  });

  test('balanced lines keep the greedy count but even out the widths', () => {
    const text = 'one two three four five six seven eight nine ten eleven';
    const greedy = breakGreedy(tokenize(text), 300, mono).lines.length;
    const balanced = breakBalanced(tokenize(text), 300, mono);
    expect(balanced.lines).toHaveLength(greedy);
    const widths = balanced.lines.map((line) => line.length);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(8);
  });

  test('no lone last word', () => {
    for (let words = 3; words < 40; words += 1) {
      const text = Array.from({ length: words }, (_, i) => ['we', 'cannot', 'deal', 'with', 'allies', 'and'][i % 6]).join(' ');
      const { lines } = breakBalanced(tokenize(text), 220, mono);
      if (lines.length > 1) expect(lines.at(-1)?.split(' ').length).toBeGreaterThanOrEqual(2);
    }
  });

  test('a word wider than the line is split, flagged, and nothing is lost', () => {
    const word = 'x'.repeat(40);
    const broken = breakBalanced(tokenize(`see ${word} now`), 150, mono);
    expect(broken.splitWord).toBe(true);
    expect(broken.lines.join('').replace(/ /g, '')).toBe(`see${word}now`);
    expect(Math.max(...broken.lines.map((line) => line.length * 10))).toBeLessThanOrEqual(150);
  });

  test('truncateToLines cuts at a word and adds the ellipsis', () => {
    const broken = truncateToLines(tokenize('one two three four five six seven eight nine ten'), 1, 120, mono);
    expect(broken.lines).toHaveLength(1);
    expect(broken.lines[0]).toMatch(/…$/);
  });
});

describe('measurement matches satori', () => {
  test('each fitted line is as wide in satori as HarfBuzz measured it', async () => {
    const renderer = await getRenderer();
    const { props, boxes } = await renderer.inspect(blinkenQuote, { size: 'x' });
    if (props.layout.kind !== 'quote') throw new Error('expected quote');
    const { quote } = props.layout;
    const style = { family: quote.family, weight: quote.fontWeight } as const;
    for (const line of quote.lines.slice(0, -1)) {
      const box = boxes.find((candidate) => candidate.text === line);
      expect(box).toBeDefined();
      expect(Math.abs((box?.width ?? 0) - renderer.measurer.width(line, style, quote.fontSize))).toBeLessThanOrEqual(2);
    }
  });
});
