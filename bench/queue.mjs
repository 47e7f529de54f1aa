// The same batch three ways on this machine: the local batch (`soundbite batch`), the queue
// served by one worker process, and by two (the cores split between them), all compiled.
// The queue's time runs from enqueue to the run's manifest written; its workers are started
// (and warm) before, as long-running services are. Needs redis-server (a throwaway one is
// started on a free port) and `npm run build`.
//   node bench/queue.mjs        (BENCH_SOURCES=12 by default: ~120 cards)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN, ROOT, corpus, fmt, runCli, scratch } from './_shared.mjs';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 12);
const CORES = availableParallelism();

if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) {
  process.stdout.write('skipped: redis-server is not installed (apt-get install redis-server)\n');
  process.exit(0);
}

const { runQueuedBatch } = await import(pathToFileURL(join(ROOT, 'dist/queue/index.js')).href);
const input = corpus(SOURCES);
const work = scratch('queue');
const port = await freePort();
const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
process.on('exit', () => redis.kill('SIGKILL'));
await new Promise((r) => setTimeout(r, 300));

async function local() {
  const out = join(work, 'local');
  const r = await runCli(['batch', input, '--out', out, '--size', 'x', '--jobs', String(CORES), '--json', '--quiet']);
  if (r.code !== 0) throw new Error(`soundbite batch exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
  const summary = JSON.parse(r.stdout);
  return { name: `local batch, --jobs ${CORES} (incl. start-up)`, out, cards: summary.rendered, seconds: r.seconds };
}

async function queued(workers, threads, db) {
  const url = `redis://127.0.0.1:${port}/${db}`;
  const procs = await Promise.all(Array.from({ length: workers }, () => startWorker(url, threads)));
  const out = join(work, `queue-${workers}x${threads}`);
  const started = performance.now();
  const { result } = await runQueuedBatch([input], { queue: url, outDir: out, sizes: ['x'] });
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(procs.map(stopWorker));
  if (result.exitCode !== 0) throw new Error(`queued batch failed: ${JSON.stringify(result.failures)}`);
  return { name: `queue, ${workers} worker${workers === 1 ? '' : 's'} × ${threads} thread${threads === 1 ? '' : 's'}`, out, cards: result.rendered, seconds };
}

function startWorker(url, threads) {
  const child = spawn(process.execPath, [BIN, 'worker', '--queue', url, '--concurrency', String(threads)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (/worker serving/.test(log)) {
        clearInterval(check);
        // Let its render threads finish warming up, as a long-running worker's would have.
        setTimeout(() => resolve(child), 1500);
      } else if (child.exitCode !== null) {
        clearInterval(check);
        reject(new Error(`worker exited: ${log}`));
      }
    }, 20);
  });
}

function stopWorker(child) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const hashes = (out) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).cards.map((c) => c.sha256).join();

const runs = [await local(), await queued(1, CORES, 1), await queued(2, Math.max(1, CORES / 2), 2)];
if (CORES > 1) runs.push(await queued(2, CORES, 3));
process.stdout.write(`${SOURCES} transcripts, ${runs[0].cards} cards at 1200×675, ${CORES} cores\n`);
for (const r of runs) {
  const same = hashes(r.out) === hashes(runs[0].out) ? 'same cards' : 'DIFFERENT CARDS';
  process.stdout.write(`  ${r.name.padEnd(44)} ${fmt(r.seconds).padStart(6)} s  ${fmt(r.cards / r.seconds).padStart(6)} cards/s  ${same}\n`);
}
redis.kill();
