// Peak resident memory of `soundbite batch` (main thread and every worker thread: one
// process) for 1,000 and 2,000 cards: it should stay under 600 MB and not grow with the run,
// since raster threads, which keep resvg's pixel buffers, are replaced after each chunk.
//   npm run build && node bench/memory.mjs       (BENCH_CARDS=2000 by default)
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpus, fmt, runCli, scratch } from './_shared.mjs';

const CARDS = Number(process.env.BENCH_CARDS ?? 2000);
/** 5 quote + 5 fact cards × 2 sizes × 2 themes per transcript. */
const PER_SOURCE = 40;

async function run(cards) {
  const sources = Math.ceil(cards / PER_SOURCE);
  const input = corpus(sources);
  const out = join(scratch('memory'), 'out');
  const r = await runCli(['batch', input, '--out', out, '--size', 'x,square', '--theme', 'light,dark', '--json', '--quiet']);
  if (r.code !== 0) throw new Error(`soundbite batch exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
  const summary = JSON.parse(r.stdout);
  return { cards: summary.rendered, seconds: r.seconds, rate: summary.rendered / r.seconds, peakMB: r.peakMB };
}

export async function main() {
  const half = await run(CARDS / 2);
  const full = await run(CARDS);
  console.log(`batch ${half.cards} cards (x+square, 2 themes): peak RSS ${fmt(half.peakMB, 0)} MB, ${fmt(half.seconds)} s, ${fmt(half.rate)} cards/s`);
  console.log(`batch ${full.cards} cards (x+square, 2 themes): peak RSS ${fmt(full.peakMB, 0)} MB, ${fmt(full.seconds)} s, ${fmt(full.rate)} cards/s`);
  console.log(`peak RSS ${full.cards} vs ${half.cards} cards: ${fmt(full.peakMB / half.peakMB, 2)}× (aim: < 600 MB and flat, ~1.0×)`);
  return { half, full, growth: full.peakMB / half.peakMB };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
