// Render throughput of `soundbite batch` (compiled, end to end: start-up, extraction, layout,
// PNG, files, manifest) against a warm headless Chromium screenshotting the same cards as
// HTML/CSS at the same size; and `--jobs 2` against `--jobs 1`.
//   npm run build && node bench/batch.mjs        (BENCH_SOURCES=30 by default: ~300 cards)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT, corpus, fmt, runCli, scratch } from './_shared.mjs';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 30);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZE = { name: 'x', width: 1200, height: 675 };

const input = corpus(SOURCES);
const double = corpus(SOURCES * 2);
const work = scratch('batch');

async function batch(jobs, from = input) {
  const out = join(work, `jobs${jobs}-${from === input ? 1 : 2}`);
  const r = await runCli(['batch', from, '--out', out, '--size', SIZE.name, '--jobs', String(jobs), '--json', '--quiet']);
  if (r.code !== 0) throw new Error(`soundbite batch exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
  const summary = JSON.parse(r.stdout);
  return { out, cards: summary.rendered, seconds: r.seconds, rate: summary.rendered / r.seconds, peakMB: r.peakMB };
}

/** The cards of a batch run, with what the card shows. */
function cardsOf(out) {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const titles = new Map();
  return manifest.cards.map((c) => {
    const dir = c.file.split('/')[0];
    if (!titles.has(dir)) titles.set(dir, JSON.parse(readFileSync(join(out, dir, 'manifest.json'), 'utf8')).source.title);
    return { kind: c.kind, text: c.text, figure: c.figure, qualifier: c.qualifier, label: c.label, name: c.name ?? c.speaker, role: c.role, source: titles.get(dir) };
  });
}

const font = (file) => pathToFileURL(join(ROOT, 'fonts', file)).href;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>
@font-face { font-family: 'Source Serif 4'; src: url('${font('SourceSerif4-Regular.ttf')}'); }
@font-face { font-family: Inter; src: url('${font('Inter-Regular.ttf')}'); font-weight: 400; }
@font-face { font-family: Inter; src: url('${font('Inter-SemiBold.ttf')}'); font-weight: 600; }
@font-face { font-family: Inter; src: url('${font('Inter-Bold.ttf')}'); font-weight: 700; }
html, body { margin: 0; }
#card { box-sizing: border-box; width: ${SIZE.width}px; height: ${SIZE.height}px; padding: 40px 72px; display: flex; flex-direction: column; background: #fbfaf7; color: #1a1a1a; }
#main { flex: 1; display: flex; flex-direction: column; justify-content: center; overflow: hidden; }
#figure { font: 700 120px/1.05 Inter; color: #b3261e; font-variant-numeric: tabular-nums; }
#label { font: 600 34px/1.2 Inter; margin: 8px 0 16px; }
#text { font-family: 'Source Serif 4'; line-height: 1.25; text-wrap: balance; }
#credit { font: 400 26px/1.3 Inter; color: #555; }
#credit b { font-weight: 700; color: #1a1a1a; }
</style></head><body><div id="card"><div id="main"><div id="figure"></div><div id="label"></div><div id="text"></div></div><div id="credit"></div></div></body></html>`;

/** Fill the card, then shrink the text until it fits, as the renderer's fitting does. */
function fill(card) {
  const $ = (id) => document.getElementById(id);
  const fact = card.kind === 'fact';
  $('figure').style.display = fact ? '' : 'none';
  $('label').style.display = fact && card.label ? '' : 'none';
  $('figure').textContent = fact ? `${card.qualifier ? card.qualifier + ' ' : ''}${card.figure}` : '';
  $('label').textContent = card.label ?? '';
  $('text').textContent = fact ? card.text : `\u201C${card.text}\u201D`;
  $('credit').innerHTML = '';
  const b = document.createElement('b');
  b.textContent = card.name ?? '';
  $('credit').append(b, [card.role, card.source].filter(Boolean).map((s) => ` · ${s}`).join(''));
  const main = $('main');
  let size = fact ? 40 : 64;
  $('text').style.fontSize = `${size}px`;
  while (size > 18 && main.scrollHeight > main.clientHeight) $('text').style.fontSize = `${(size -= 2)}px`;
  return document.fonts.ready.then(() => size);
}

async function chromiumRun(cards, pages) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const file = join(work, 'card.html');
    writeFileSync(file, PAGE);
    const tabs = await Promise.all(
      Array.from({ length: pages }, async () => {
        const page = await browser.newPage({ viewport: { width: SIZE.width, height: SIZE.height } });
        await page.goto(pathToFileURL(file).href);
        await page.evaluate(fill, cards[0]); // warm: fonts loaded, layout code compiled
        await page.screenshot({ type: 'png' });
        return page;
      }),
    );
    let next = 0;
    let bytes = 0;
    const started = performance.now();
    await Promise.all(
      tabs.map(async (page) => {
        while (next < cards.length) {
          const card = cards[next++];
          await page.evaluate(fill, card);
          bytes += (await page.screenshot({ type: 'png' })).length;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return { cards: cards.length, seconds, rate: cards.length / seconds, bytes };
  } finally {
    await browser.close();
  }
}

/** Cards/s once warm: the extra cards of a run twice as long over its extra time. */
const warmRate = (short, long) => (long.cards - short.cards) / (long.seconds - short.seconds);

export async function main() {
  const one = await batch(1);
  const two = await batch(2);
  const one2 = await batch(1, double);
  const two2 = await batch(2, double);
  const warm = { jobs1: warmRate(one, one2), jobs2: warmRate(two, two2) };
  const results = { sources: SOURCES, batch: { jobs1: one, jobs2: two, jobs1Double: one2, jobs2Double: two2 }, warm, jobsSpeedup: two.rate / one.rate, jobsSpeedupWarm: warm.jobs2 / warm.jobs1 };
  console.log(`batch --jobs 1: ${one.cards} cards in ${fmt(one.seconds)} s = ${fmt(one.rate)} cards/s (peak ${fmt(one.peakMB, 0)} MB); warm ${fmt(warm.jobs1)} cards/s`);
  console.log(`batch --jobs 2: ${two.cards} cards in ${fmt(two.seconds)} s = ${fmt(two.rate)} cards/s (peak ${fmt(two.peakMB, 0)} MB); warm ${fmt(warm.jobs2)} cards/s`);
  console.log(`  (warm: the extra ${two2.cards - two.cards} cards of a ${two2.cards}-card run over its extra time, start-up excluded as Chromium's is)`);
  console.log(`--jobs 2 vs --jobs 1: ${fmt(results.jobsSpeedup, 2)}× end to end, ${fmt(results.jobsSpeedupWarm, 2)}× warm (aim ≥ 1.7×)`);
  if (!existsSync(CHROMIUM)) {
    console.log(`chromium: skipped, ${CHROMIUM} is missing (apt-get install -y chromium)`);
    return results;
  }
  const cards = cardsOf(two.out);
  const c1 = await chromiumRun(cards, 1);
  const c2 = await chromiumRun(cards, 2);
  const best = c2.rate > c1.rate ? c2 : c1;
  results.chromium = { pages1: c1, pages2: c2 };
  results.vsChromium = two.rate / best.rate;
  results.vsChromiumWarm = warm.jobs2 / best.rate;
  console.log(`chromium (warm, 1 page): ${c1.cards} cards in ${fmt(c1.seconds)} s = ${fmt(c1.rate)} cards/s`);
  console.log(`chromium (warm, 2 pages): ${c2.cards} cards in ${fmt(c2.seconds)} s = ${fmt(c2.rate)} cards/s`);
  console.log(`batch --jobs 2 vs chromium's best: ${fmt(results.vsChromium, 2)}× end to end, ${fmt(results.vsChromiumWarm, 2)}× warm (aim ≥ 6×)`);
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
