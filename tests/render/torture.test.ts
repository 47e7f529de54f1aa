// Cards that try to break the layout. Each either renders with every line inside the safe
// area and no word lost, or is refused with a RenderError that says why.
import { getRenderer, nestQuotes, RenderError, typeset, type Inspection, type Renderer } from '../../src/render/index.js';
import type { Card } from '../../src/types.js';
import { blinkenFact, quoteCard } from './fixtures.js';

let renderer: Renderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

const SIZES = ['x', 'square', 'story'];

function expectInsideSafeArea(inspection: Inspection): void {
  const { safe, size } = inspection.props;
  const texts = inspection.boxes.filter((box) => !(box.width === size.width && box.height === size.height));
  expect(texts.length).toBeGreaterThan(0);
  for (const box of texts) {
    expect(box.left).toBeGreaterThanOrEqual(safe.left - 1);
    expect(box.top).toBeGreaterThanOrEqual(safe.top - 1);
    expect(box.left + box.width).toBeLessThanOrEqual(size.width - safe.right + 1);
    expect(box.top + box.height).toBeLessThanOrEqual(size.height - safe.bottom + 1);
  }
}

/** Every character of the quote is on some line: nothing clipped or dropped. */
function expectWholeQuote(inspection: Inspection, text: string): void {
  const { layout } = inspection.props;
  if (layout.kind !== 'quote') throw new Error('expected a quote layout');
  const squash = (value: string): string => value.replace(/\s+/g, '');
  expect(squash(layout.quote.lines.join(''))).toBe(squash(nestQuotes(typeset(text))));
}

const NINETY_WORDS = Array.from({ length: 9 }, () => 'We will keep working with our partners until every family is safe at home.')
  .join(' ').split(' ').slice(0, 90).join(' ');

const cases: Array<{ name: string; card: Card }> = [
  { name: 'one word', card: quoteCard('Never.') },
  { name: 'an unbreakable 40-character word', card: quoteCard('The password was Xq7vLm2pRt9sWz4nKb8cYd3fHj6gTa1eUo5iMr0w and nobody knew it.') },
  { name: 'a 40-character word alone', card: quoteCard('Xq7vLm2pRt9sWz4nKb8cYd3fHj6gTa1eUo5iMr0wXq7vLm2pRt9sWz4nKb8cYd3f') },
  {
    name: 'a long name and role',
    card: quoteCard('We will not leave anyone behind.', {
      name: 'María Fernanda Espinosa Garcés de la Torre y Montalvo-Richardson',
      role: 'Former President of the United Nations General Assembly and Minister of Foreign Affairs and Human Mobility of Ecuador',
    }),
  },
  {
    name: 'accents',
    card: quoteCard('Ça va très bien, señor Müller: Łódź, Ærø and Þórshöfn agreed with Jean-Yves Le Drian.', {
      name: 'Mevlüt Çavuşoğlu',
      role: 'Dışişleri Bakanı',
    }),
  },
  { name: 'emoji', card: quoteCard('We did it 🎉 and the whole team 👍🏽 flew home 🇺🇸.') },
];

describe('torture cards', () => {
  for (const { name, card } of cases) {
    test.each(SIZES)(`${name} at %s stays inside the safe area`, async (size) => {
      const inspection = await renderer.inspect(card, { size });
      expectInsideSafeArea(inspection);
      expectWholeQuote(inspection, card.text);
    });
  }

  test('one word gets the largest type', async () => {
    const { props } = await renderer.inspect(quoteCard('Never.'), { size: 'x' });
    if (props.layout.kind !== 'quote') throw new Error('expected quote');
    expect(props.layout.quote.fontSize).toBe(72);
    expect(props.layout.quote.lines).toEqual(['Never.']);
  });

  test.each(['x', 'og', 'square', 'portrait', 'story'])('a 90-word quote at %s is fitted whole or refused', async (size) => {
    const card = quoteCard(NINETY_WORDS);
    expect(NINETY_WORDS.split(' ')).toHaveLength(90);
    try {
      const inspection = await renderer.inspect(card, { size });
      expectInsideSafeArea(inspection);
      expectWholeQuote(inspection, card.text);
      if (inspection.props.layout.kind === 'quote') expect(inspection.props.layout.quote.fontSize).toBeGreaterThanOrEqual(44);
    } catch (error) {
      expect(error).toBeInstanceOf(RenderError);
      expect((error as RenderError).code).toBe('RENDER_TEXT_TOO_LONG');
      expect((error as RenderError).message).toMatch(/90 words.*shorten/);
    }
  });

  test('a 90-word quote is refused on x and fitted on a story', async () => {
    await expect(renderer.render(quoteCard(NINETY_WORDS), { size: 'x' })).rejects.toMatchObject({ code: 'RENDER_TEXT_TOO_LONG' });
    const story = await renderer.inspect(quoteCard(NINETY_WORDS), { size: 'story' });
    expectWholeQuote(story, NINETY_WORDS);
  });

  test('emoji are drawn as images, not left blank', async () => {
    const { svg } = await renderer.inspect(quoteCard('We did it 🎉'), { size: 'x' });
    expect(svg).toMatch(/<image[^>]+href="data:image\/svg\+xml;base64,/);
  });

  test('a character no font has is refused by name before rendering', async () => {
    const card = quoteCard('We signed it in 北京 yesterday.');
    await expect(renderer.render(card)).rejects.toMatchObject({ code: 'RENDER_MISSING_GLYPH' });
    await expect(renderer.render(card)).rejects.toThrow(/"北" \(U\+5317\)/);
  });

  test('a character missing from the name is caught too', async () => {
    const card = quoteCard('Thank you.', { name: 'नरेन्द्र मोदी' });
    await expect(renderer.render(card)).rejects.toMatchObject({ code: 'RENDER_MISSING_GLYPH' });
  });

  test('the same card renders to the same bytes twice', async () => {
    const card = quoteCard('Ça va 🎉 — the U. S. said "60,000-65,000".');
    const first = await renderer.render(card, { theme: 'dark', size: 'square' });
    const second = await renderer.render(card, { theme: 'dark', size: 'square' });
    expect(Buffer.compare(first.data, second.data)).toBe(0);
  });
});

describe('fact torture', () => {
  test.each(['x', 'og', 'square', 'portrait', 'story'])('the Blinken fact at %s keeps its qualifier and stays inside', async (size) => {
    const inspection = await renderer.inspect(blinkenFact, { size });
    expectInsideSafeArea(inspection);
    const { layout } = inspection.props;
    if (layout.kind !== 'fact') throw new Error('expected fact');
    expect(layout.qualifier?.lines.join(' ')).toBe('roughly');
    // One line on wide cards; square and tall ones stack the range after its dash, never mid-number.
    expect(layout.figure.lines.join('')).toBe('60,000–65,000');
    expect(layout.figure.lines.length).toBe(['square', 'portrait', 'story'].includes(size) ? 2 : 1);
    expect(layout.figure.fontFeatureSettings).toContain('"tnum" 1');
  });

  test('the figure dominates at 140–220px on a 1200-wide card', async () => {
    const { props } = await renderer.inspect({ ...blinkenFact, figure: '71%' }, { size: 'x' });
    if (props.layout.kind !== 'fact') throw new Error('expected fact');
    expect(props.layout.figure.fontSize).toBeGreaterThanOrEqual(140);
    expect(props.layout.figure.fontSize).toBeLessThanOrEqual(220);
  });

  test('a long sentence is trimmed with an ellipsis, never clipped', async () => {
    const text = `${NINETY_WORDS} So far there are roughly 60,000 who are in the process of being welcomed.`;
    const inspection = await renderer.inspect({ ...blinkenFact, text }, { size: 'x' });
    expectInsideSafeArea(inspection);
    const { layout } = inspection.props;
    if (layout.kind !== 'fact') throw new Error('expected fact');
    expect(layout.sentenceTrimmed).toBe(true);
    expect(layout.sentence?.lines.at(-1)).toMatch(/…”$/);
  });

  test('a fact without qualifier or label still renders', async () => {
    const inspection = await renderer.inspect({ ...blinkenFact, qualifier: null, label: null }, { size: 'x' });
    expectInsideSafeArea(inspection);
  });

  test('a figure too wide for any size is refused', async () => {
    await expect(renderer.render({ ...blinkenFact, figure: '1234567890123456789012345678901234567890' })).rejects.toMatchObject({
      code: 'RENDER_TEXT_TOO_LONG',
    });
  });

  test('a fact template without a figure says so', async () => {
    await expect(renderer.render({ ...blinkenFact, figure: undefined })).rejects.toMatchObject({ code: 'RENDER_BAD_CARD' });
  });
});
