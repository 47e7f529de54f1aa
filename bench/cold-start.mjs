// Cold start: `soundbite card` for one card, end to end, from the compiled CLI (a new node
// process each time: module loading, fonts, layout, PNG, write).
//   npm run build && node bench/cold-start.mjs
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, runCli, scratch } from './_shared.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

export async function main() {
  const dir = scratch('cold');
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await runCli(['card', '--text', 'We cannot deal with these problems alone; we have to work with others.', '--by', 'Antony Blinken, Secretary of State', '--source', 'Interview', '--date', '2021-03-04', '--out', join(dir, `card-${i}.png`)]);
    if (r.code !== 0) throw new Error(`soundbite card exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
    times.push(r.seconds);
  }
  const sorted = times.toSorted((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`soundbite card, one card end to end: median ${fmt(median, 2)} s, best ${fmt(sorted[0], 2)} s over ${RUNS} runs (aim < 1 s)`);
  return { median, best: sorted[0], runs: times };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
