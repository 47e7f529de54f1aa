// The gallery in a real browser: Debian's chromium driven by playwright-core, the real
// renderer, the bundled interview. Skipped (with a message) only where chromium is missing
// and CI is not set; in CI a missing browser fails the run.
import { existsSync } from 'node:fs';
import { appendFile, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startPreview, type PreviewServer } from '../../src/preview/index.js';
import { fixtureFolder } from './helpers.js';

// Callbacks below run in the page; these keep the type-check from needing the DOM library.
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare function getComputedStyle(el: unknown): { outlineStyle: string };
interface Img { complete: boolean; naturalWidth: number; naturalHeight: number; src: string }

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) {
  console.warn(`tests/preview/e2e.test.ts skipped: no browser at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
}
const suite = available || process.env.CI ? describe : describe.skip;

suite('preview in a browser', () => {
  let preview: PreviewServer;
  let browser: Browser;
  let page: Page;
  let fixture: Awaited<ReturnType<typeof fixtureFolder>>;
  const offsite: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    fixture = await fixtureFolder();
    preview = await startPreview({ inputs: fixture.dir, port: 0, outDir: fixture.out });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('request', (r) => {
      if (!r.url().startsWith(preview.url)) offsite.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (fixture) await rm(fixture.dir, { recursive: true, force: true });
  });

  const loadedImages = (p: Page, n: number) =>
    p.waitForFunction((count) => {
      const imgs = (Array.from(document.querySelectorAll('.card .thumb img')) as Img[]).slice(0, count);
      return imgs.length === count && imgs.every((i) => i.complete && i.naturalWidth > 0);
    }, n, { timeout: 30_000 });

  test('shows the cards of the bundled interview, rendered', async () => {
    await page.goto(preview.url);
    await loadedImages(page, 3);
    expect(await page.locator('.card[data-kind=quote]').count()).toBeGreaterThan(0);
    expect(await page.locator('.card[data-kind=fact]').count()).toBeGreaterThan(0);
    const size = await page.locator('.card .thumb img').first().evaluate((el) => [(el as unknown as Img).naturalWidth, (el as unknown as Img).naturalHeight]);
    expect(size).toEqual([1200, 675]);
    await expect(page.locator('#live').textContent()).resolves.toBe('Live');
    if (process.env.PREVIEW_SCREENSHOT) await page.screenshot({ path: process.env.PREVIEW_SCREENSHOT });
  });

  test('clicking a card marks its passage in the transcript and scrolls to it', async () => {
    const card = page.locator('.card[data-kind=fact]').first();
    const id = await card.getAttribute('data-id');
    await card.locator('.speaker').click();
    const mark = page.locator('#transcript-text mark.on').first();
    await mark.waitFor();
    expect((await mark.getAttribute('data-cards'))!.split(' ')).toContain(id);
    await expect(mark.isVisible()).resolves.toBe(true);
    await page.waitForFunction(() => {
      const m = document.querySelector('#transcript-text mark.on')!.getBoundingClientRect();
      const pane = document.querySelector('.transcript')!.getBoundingClientRect();
      return m.top >= pane.top && m.top < pane.bottom;
    });
  });

  test('switching the size re-renders every card at that size', async () => {
    await page.selectOption('#size', 'square');
    await page.waitForFunction(() => (Array.from(document.querySelectorAll('.card .thumb img')) as Img[]).every((i) => i.src.includes('size=square')));
    await page.waitForFunction(() => {
      const i = document.querySelector('.card .thumb img') as Img;
      return i.complete && i.naturalWidth === 1080 && i.naturalHeight === 1080;
    }, null, { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('size')).toBe('square');
    await page.selectOption('#size', 'x');
  });

  test('works from the keyboard: focus a card, Enter picks it, with a visible focus ring', async () => {
    await page.locator('.card').nth(0).focus();
    await page.keyboard.press('ArrowRight');
    const card = page.locator('.card').nth(1);
    await expect(card.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const outline = await card.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(card.locator('input[name=pick]').isChecked()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(card.locator('input[name=pick]').isChecked()).resolves.toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.card').nth(2).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  test('refuses an unfaithful trim with the reason, accepts a faithful one', async () => {
    const card = page.locator('.card[data-kind=quote]').first();
    await card.locator('button.trim').click();
    const textarea = card.locator('textarea');
    const original = await textarea.inputValue();
    await textarea.fill(`${original} And that is final.`);
    await card.locator('.trim-form button[type=submit]').click();
    await waitForText(card.locator('.trim-error'), /not in the passage|passage ends|goes on with/);
    const words = original.split(' ');
    const trimmed = words.slice(0, words.length - 2).join(' ').replace(/[,;:]$/, '');
    await textarea.fill(trimmed);
    await card.locator('.trim-form button[type=submit]').click();
    await page.waitForFunction((t) => document.querySelector('.card[data-kind=quote] .text')!.textContent === `“${t}”`, trimmed);
    await waitForText(page.locator('.card[data-kind=quote]').first().locator('.edited'), /^trimmed$/);
  });

  test('reloads by itself when the transcript changes on disk', async () => {
    const before = await page.evaluate(() => Number(document.body.dataset.refreshed ?? 0));
    await appendFile(fixture.interview, '\nSECRETARY BLINKEN: The Zanzibar accord will bring 12,000 engineers to the region, which nobody expected.\n');
    await page.waitForFunction(() => document.querySelector('#transcript-text')!.textContent!.includes('Zanzibar accord'), null, { timeout: 15_000 });
    expect(await page.evaluate(() => Number(document.body.dataset.refreshed ?? 0))).toBeGreaterThan(before);
  });

  test('exports a picked card: the PNG and the manifest are on disk', async () => {
    const card = page.locator('.card[data-kind=fact]').first();
    const id = await card.getAttribute('data-id');
    await card.locator('input[name=pick]').check();
    await expect(page.locator('#picked-count').textContent()).resolves.toBe('(1)');
    await page.click('#export');
    await waitForText(page.locator('#status'), /^Exported 1 image and manifest\.json/, 30_000);
    const dir = join(fixture.out, 'interview');
    const files = await readdir(dir);
    const png = files.find((f) => f.endsWith('.png'))!;
    expect(png).toBeDefined();
    const bytes = await readFile(join(dir, png));
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.cards).toHaveLength(1);
    expect(manifest.cards[0].id).toBe(id);
  });

  test('a transcript full of markup shows as text and runs nothing', async () => {
    await page.goto(`${preview.url}t/xss`);
    const text = await page.locator('#transcript-text').textContent();
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('#transcript-text script, #transcript-text img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('made no request off the preview and threw no errors', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

/** Wait until the element's text matches (jest has no locator matchers). */
async function waitForText(locator: Locator, pattern: RegExp, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = (await locator.textContent()) ?? '';
    if (pattern.test(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`text ${JSON.stringify(text)} never matched ${pattern}`);
}
