// Golden images: every built-in template × theme at two sizes must render to the same
// PNG bytes as recorded. UPDATE_GOLDEN=1 rewrites the record (look at the cards first:
// the PNGs are written to tests/golden-images/actual/).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { getRenderer, THEMES, type Renderer } from '../../src/render/index.js';
import { blinkenFact, blinkenQuote } from './fixtures.js';

const DIR = new URL('../golden-images/', import.meta.url);
const RECORD = new URL('golden.json', DIR);
const ACTUAL = new URL('actual/', DIR);
const update = process.env.UPDATE_GOLDEN === '1';

const expected: Record<string, string> = existsSync(RECORD) ? JSON.parse(readFileSync(RECORD, 'utf8')) : {};
const actual: Record<string, string> = {};

let renderer: Renderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

afterAll(() => {
  if (update) writeFileSync(RECORD, `${JSON.stringify(actual, Object.keys(actual).sort(), 2)}\n`);
});

const cases = (['quote', 'fact'] as const).flatMap((template) =>
  Object.keys(THEMES).flatMap((theme) => ['x', 'story'].map((size) => ({ template, theme, size }))));

describe('golden images', () => {
  test.each(cases)('$template / $theme / $size', async ({ template, theme, size }) => {
    const card = template === 'quote' ? blinkenQuote : blinkenFact;
    const rendered = await renderer.render(card, { template, theme: theme as 'light', size });
    const name = `${template}-${theme}-${size}`;
    const hash = createHash('sha256').update(rendered.data).digest('hex');
    actual[name] = hash;
    if (update || expected[name] !== hash) {
      mkdirSync(ACTUAL, { recursive: true });
      writeFileSync(new URL(`${name}.png`, ACTUAL), rendered.data);
    }
    expect(rendered.data.subarray(1, 4).toString()).toBe('PNG');
    expect(rendered.data.length).toBeLessThan(1024 * 1024);
    if (!update) {
      expect(expected[name]).toBeDefined();
      expect(hash).toBe(expected[name]);
    }
  });
});
