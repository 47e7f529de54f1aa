import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { altText, ALT_TEXT_LIMIT, figureInWords, getRenderer, renderCard, RenderError, type Renderer } from '../../src/render/index.js';
import type { Card } from '../../src/types.js';
import { blinkenFact, blinkenQuote, quoteCard } from './fixtures.js';

let renderer: Renderer;
beforeAll(async () => {
  renderer = await getRenderer();
});

async function attributionOf(card: Card, options = {}) {
  const { props } = await renderer.inspect(card, { size: 'x', ...options });
  const { name, role, source, translated } = props.layout.attribution;
  return {
    name: name?.lines.join(' ') ?? null,
    role: role?.lines.join(' ') ?? null,
    source: source?.lines.join(' ') ?? null,
    translated: translated?.text ?? null,
  };
}

describe('attribution', () => {
  test('name, role, date and the translation tag', async () => {
    expect(await attributionOf(blinkenQuote)).toEqual({
      name: 'Antony Blinken',
      role: 'Secretary of State',
      source: 'August 24, 2021',
      translated: 'Via translation',
    });
  });

  test('outlet · date when there is no title, title first when there is', async () => {
    expect((await attributionOf(blinkenFact)).source).toBe('CNN · August 24, 2021');
    const titled = { ...blinkenFact, source: { ...blinkenFact.source, title: 'Interview with Wolf Blitzer' } };
    expect((await attributionOf(titled)).source).toBe('Interview with Wolf Blitzer · August 24, 2021');
  });

  test('null fields are left out, never invented', async () => {
    const bare: Card = {
      ...blinkenQuote,
      speaker: { label: null, name: null, role: null },
      source: { title: null, outlet: null, date: null, url: null, translated: false },
    };
    expect(await attributionOf(bare)).toEqual({ name: null, role: null, source: null, translated: null });
    const { props } = await renderer.inspect(bare);
    expect(props.layout.attribution.height).toBe(0);
  });

  test('the speaker label stands in for an unknown name', async () => {
    const card = quoteCard('Thank you.', { name: null, role: null, label: 'SECRETARY BLINKEN' });
    expect((await attributionOf(card)).name).toBe('SECRETARY BLINKEN');
  });

  test('dateFormat and locale', async () => {
    expect((await attributionOf(blinkenQuote, { dateFormat: 'd MMM yyyy' })).source).toBe('24 Aug 2021');
    expect((await attributionOf(blinkenQuote, { locale: 'fr' })).source).toBe('24 août 2021');
    expect((await attributionOf(blinkenQuote, { locale: 'de-DE', dateFormat: 'd. MMMM yyyy' })).source).toBe('24. August 2021');
  });

  test('a bad date or locale is refused with a code', async () => {
    const badDate = { ...blinkenQuote, source: { ...blinkenQuote.source, date: '24/08/2021' } };
    await expect(renderer.render(badDate)).rejects.toMatchObject({ code: 'RENDER_BAD_CARD' });
    await expect(renderer.render(blinkenQuote, { locale: 'xx-YY' })).rejects.toMatchObject({ code: 'RENDER_UNKNOWN_LOCALE' });
  });
});

describe('altText', () => {
  test('a quote card: the quote, then who said it', () => {
    expect(altText(blinkenQuote)).toBe(
      '“We cannot deal with these problems alone. More than ever we have to work with others and especially with our allies and partners.” — Antony Blinken, Secretary of State (via translation). August 24, 2021.',
    );
  });

  test('a fact card: the figure in words with its qualifier, the label, the sentence', () => {
    const alt = altText(blinkenFact);
    expect(alt).toMatch(/^Roughly 60,000 to 65,000: Afghans in the process of being welcomed into the United States\. “So far/);
    expect(alt).toContain('— Antony Blinken, Secretary of State (via translation)');
  });

  test.each([
    ['71%', '71 percent'],
    ['$1.5 trillion', '1.5 trillion dollars'],
    ['60,000-65,000', '60,000 to 65,000'],
    ['€300 million', '300 million euros'],
  ])('figureInWords(%j) = %j', (figure, words) => {
    expect(figureInWords(figure)).toBe(words);
  });

  test(`stays within ${ALT_TEXT_LIMIT} characters and keeps the attribution`, () => {
    const long = quoteCard(Array.from({ length: 400 }, (_, i) => `word${i}`).join(' '));
    const alt = altText(long);
    expect(alt.length).toBeLessThanOrEqual(ALT_TEXT_LIMIT);
    expect(alt).toContain('Antony Blinken');
    expect(alt).toContain('…');
  });

  test('formats the date as the card does', async () => {
    const rendered = await renderCard(blinkenQuote, { format: 'svg', locale: 'en-GB' });
    expect(rendered.alt).toContain('24 August 2021');
  });

  test('is returned with the render', async () => {
    const rendered = await renderCard(blinkenQuote, { format: 'svg' });
    expect(rendered.alt).toBe(altText(blinkenQuote));
  });
});

describe('options and errors', () => {
  test('svg format returns the satori SVG', async () => {
    const rendered = await renderCard(blinkenQuote, { format: 'svg', size: 'og' });
    expect(rendered.format).toBe('svg');
    expect(rendered.data.toString('utf8', 0, 4)).toBe('<svg');
    expect([rendered.width, rendered.height]).toEqual([1200, 630]);
  });

  test('scale multiplies the PNG size', async () => {
    const rendered = await renderCard(blinkenQuote, { scale: 2 });
    expect([rendered.width, rendered.height]).toEqual([2400, 1350]);
    expect(rendered.data.readUInt32BE(16)).toBe(2400);
    expect(rendered.data.length).toBeLessThan(1024 * 1024);
  });

  test.each([
    [{ theme: 'neon' }, 'RENDER_UNKNOWN_THEME'],
    [{ size: 'billboard' }, 'RENDER_UNKNOWN_SIZE'],
    [{ template: 'poster' }, 'RENDER_UNKNOWN_TEMPLATE'],
    [{ template: './does-not-exist.js' }, 'RENDER_UNKNOWN_TEMPLATE'],
    [{ scale: 0 }, 'RENDER_BAD_OPTION'],
    [{ scale: 10 }, 'RENDER_BAD_OPTION'],
    [{ format: 'jpeg' }, 'RENDER_BAD_OPTION'],
    [{ dateFormat: 'yyyy-MM-dd-ooo-{{' }, 'RENDER_BAD_OPTION'],
  ])('%j → %s, one line', async (options, code) => {
    const attempt = renderCard(blinkenQuote, options as never);
    await expect(attempt).rejects.toBeInstanceOf(RenderError);
    await expect(attempt).rejects.toMatchObject({ code });
    await expect(attempt).rejects.toThrow(/^[^\n]+$/);
  });

  test('a user template module renders with the fitted layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soundbite-template-'));
    const path = join(dir, 'my-card.js');
    writeFileSync(path, `export const fit = 'quote';
export default function (props) {
  return { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', width: '100%', height: '100%', background: props.theme.background, color: props.theme.text, padding: 40, fontFamily: props.fonts.serif, fontSize: props.layout.quote.fontSize }, children: props.layout.quote.lines.map((line) => ({ type: 'div', props: { children: line } })) } };
}
`);
    const rendered = await renderCard(blinkenQuote, { template: path, format: 'svg' });
    expect(rendered.data.toString()).toContain('<svg');
  });

  test('a template without a default export is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soundbite-template-'));
    const path = join(dir, 'broken.js');
    writeFileSync(path, 'export const nothing = 1;\n');
    await expect(renderCard(blinkenQuote, { template: path })).rejects.toMatchObject({ code: 'RENDER_BAD_TEMPLATE' });
  });
});
