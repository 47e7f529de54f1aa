// Extraction throughput: the whole extract() from src/pipeline.ts on the bundled interview
// repeated to 1, 2.5 and 5 MB. Prints one line: MB/s at each size, and each stage's own rate
// so the bottleneck is visible.
//   npx tsx bench/claims.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/pipeline.js';
import { ingest } from '../src/ingest/index.js';
import { segment } from '../src/segment/index.js';
import { extractClaims } from '../src/extract/claims/index.js';
import { selectClaims } from '../src/select/claims.js';

const example = readFileSync(fileURLToPath(new URL('../examples/blinken-2021-interview.txt', import.meta.url)), 'utf8');
// Keep the page chrome once, then repeat the interview's turns: one long interview.
const turns = example.slice(example.indexOf('QUESTION:'), example.lastIndexOf('U.S. Department of State'));

function transcriptOf(bytes: number): string {
  const parts = [example.slice(0, example.indexOf('QUESTION:'))];
  let size = Buffer.byteLength(parts[0]!);
  const turnBytes = Buffer.byteLength(turns);
  while (size < bytes) (parts.push(turns), (size += turnBytes));
  return parts.join('');
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

extract(transcriptOf(200_000)); // warm up the JIT
const results = [1, 2.5, 5].map((mb) => {
  const raw = transcriptOf(mb * 1e6);
  const size = Buffer.byteLength(raw) / 1e6;
  const total = time(() => extract(raw));
  const segmented = segment(ingest(raw, {}));
  const claims = time(() => selectClaims(extractClaims(segmented)));
  const upstream = time(() => segment(ingest(raw, {})));
  return { size, total, claims, upstream };
});
const line = results
  .map((r) => `${r.size.toFixed(1)} MB ${r.total.toFixed(2)} s = ${(r.size / r.total).toFixed(2)} MB/s (claims ${(r.size / r.claims).toFixed(1)} MB/s, ingest+segment ${(r.size / r.upstream).toFixed(1)} MB/s, quotes and the rest ${(r.size / Math.max(1e-9, r.total - r.claims - r.upstream)).toFixed(2)} MB/s)`)
  .join('; ');
const [a, , c] = results;
console.log(`claims bench: ${line}; time 5 MB / 1 MB = ${(c!.total / a!.total).toFixed(2)}× for ${(c!.size / a!.size).toFixed(2)}× the text`);
