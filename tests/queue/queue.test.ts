// Batch export on a real Redis queue, served by real `soundbite worker` processes: split over
// two workers it makes exactly the files a local batch makes; a worker killed mid-run loses
// nothing; a poisoned transcript fails alone, without retries. Small cards, few of them.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { batchExport, type BatchResult } from '../../src/export/batch/index.js';
import { runQueuedBatch, type QueuedBatchResult } from '../../src/queue/index.js';
import { cli, describeWithRedis, filesIn, startRedis, startWorker, transcripts, waitFor, type RedisServer, type WorkerProcess } from './helpers.js';

const OPTIONS = { sizes: ['640x360'], maxPerSource: 2 };
/** Short locks, so a killed worker's jobs go to another within seconds. */
const WORKER_ARGS = ['--concurrency', '1', '--lock-duration', '2000'];

describeWithRedis('batch export on a job queue', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'soundbite-queue-'));
  const inputs = transcripts(join(tmp, 'in'), ['blinken', 'debate', 'state', 'whitehouse']);
  let redis: RedisServer;
  let local: BatchResult;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    [redis, local] = await Promise.all([startRedis(), batchExport([inputs], { ...OPTIONS, outDir: join(tmp, 'local'), jobs: 2 })]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await redis?.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  describe('split over two worker processes', () => {
    const out = join(tmp, 'two-workers');
    let queued: QueuedBatchResult;
    let pair: WorkerProcess[];

    beforeAll(async () => {
      pair = await Promise.all([startWorker(redis.url(1), WORKER_ARGS), startWorker(redis.url(1), WORKER_ARGS)]);
      workers.push(...pair);
      queued = await runQueuedBatch([inputs], { ...OPTIONS, queue: redis.url(1), outDir: out });
    }, 120_000);

    it('writes the manifest a local batch writes, card for card and hash for hash', () => {
      expect(local.exitCode).toBe(0);
      expect(queued.result!.exitCode).toBe(0);
      expect(queued.result!.manifest).toEqual(local.manifest);
      expect(queued.result!.manifest.cards.length).toBeGreaterThanOrEqual(8);
      // Every file, the per-source manifest.json and manifest.csv included, byte for byte.
      expect(filesIn(out)).toEqual(filesIn(join(tmp, 'local')));
    });

    it('shares the work between the workers', async () => {
      const done = pair.map((w) => (w.log().match(/^soundbite: done /gm) ?? []).length);
      expect(done[0]! + done[1]!).toBe(4);
      // Every job records the worker that did it: both did some.
      const queue = new Queue('soundbite', { connection: { host: '127.0.0.1', port: redis.port, db: 1 } });
      const jobs = await queue.getCompleted(0, -1);
      await queue.close();
      const by = new Set(jobs.map((j) => j.processedBy?.replace(/^.*:/, '')));
      expect(by).toEqual(new Set(pair.map((w) => String(w.child.pid))));
    });

    it('finds the same jobs when the batch is enqueued again, and renders nothing', async () => {
      const again = await runQueuedBatch([inputs], { ...OPTIONS, queue: redis.url(1), outDir: out });
      expect(again.run.sources.map((s) => s.state)).toEqual(['existing', 'existing', 'existing', 'existing']);
      expect(again.run.sources.map((s) => s.jobId)).toEqual(queued.run.sources.map((s) => s.jobId));
      expect(again.result!.manifest).toEqual(local.manifest);
    });

    it('stops each worker cleanly on SIGTERM', async () => {
      const codes = await Promise.all(pair.map((w) => w.stop('SIGTERM')));
      expect(codes).toEqual([0, 0]);
      for (const w of pair) expect(w.log()).toMatch(/worker stopped/);
    }, 60_000);
  });

  describe('a worker killed mid-run', () => {
    const out = join(tmp, 'killed');
    let result: BatchResult;

    beforeAll(async () => {
      const first = await startWorker(redis.url(2), WORKER_ARGS);
      workers.push(first);
      const run = runQueuedBatch([inputs], { ...OPTIONS, queue: redis.url(2), outDir: out });
      // Kill it as soon as its first card is on disk: the rest of its jobs are in hand or queued.
      await waitFor(() => existsSync(out) && readdirSync(out, { recursive: true }).some((f) => String(f).endsWith('.png')), 60_000, 'the first card');
      await first.stop('SIGKILL');
      workers.push(await startWorker(redis.url(2), WORKER_ARGS));
      result = (await run).result!;
    }, 120_000);

    it('still ends with every card written exactly once, as a local batch writes it', () => {
      expect(result.exitCode).toBe(0);
      expect(result.manifest).toEqual(local.manifest);
      // No duplicate, no leftover temporary file, no half-written card.
      expect(filesIn(out)).toEqual(filesIn(join(tmp, 'local')));
    });
  });

  describe('a poisoned source', () => {
    const out = join(tmp, 'poisoned');
    let result: BatchResult;
    let poisonPath: string;

    beforeAll(async () => {
      const dir = transcripts(join(tmp, 'poison-in'), ['debate', 'poison']);
      poisonPath = join(dir, 'poison.txt');
      workers.push(await startWorker(redis.url(3), WORKER_ARGS));
      result = (await runQueuedBatch([dir], { ...OPTIONS, queue: redis.url(3), outDir: out })).result!;
    }, 120_000);

    it('fails alone, in the manifest and with exit code 1', () => {
      expect(result.exitCode).toBe(1);
      expect(result.failures).toEqual([{ path: poisonPath, code: 'INPUT_BINARY', message: expect.stringMatching(/binary file/) }]);
      expect(result.manifest.sources.map((s) => [s.dir, s.error?.code ?? null])).toEqual([
        ['debate', null],
        [null, 'INPUT_BINARY'],
      ]);
      expect(result.manifest.cards.length).toBeGreaterThan(0);
    });

    it('lands in the failed set after one try, and `queue status` says so', () => {
      const status = cli(['queue', 'status', '--queue', redis.url(3), '--json']);
      expect(status.status).toBe(0);
      const s = JSON.parse(status.stdout);
      expect(s).toMatchObject({ failed: 1, waiting: 0, active: 0, workers: 1 }); // the workers on other databases are not counted
      expect(s.completed).toBeGreaterThanOrEqual(1);
      expect(s.failures).toEqual([expect.objectContaining({ job: 'source', path: poisonPath, code: 'INPUT_BINARY', attempts: 1 })]);
      expect(cli(['queue', 'status', '--queue', redis.url(3)]).stdout).toMatch(/^failed\s+1$/m);
    }, 60_000);

    it('runs again on `queue retry`, and fails again the same way', async () => {
      const retry = cli(['queue', 'retry', '--queue', redis.url(3), '--json']);
      expect(JSON.parse(retry.stdout)).toEqual({ sources: 1, cards: 0 });
      await waitFor(() => JSON.parse(cli(['queue', 'status', '--queue', redis.url(3), '--json']).stdout).failed === 1, 30_000, 'the retried job to fail again');
    }, 60_000);
  });

  it('says plainly when Redis cannot be reached', async () => {
    await expect(runQueuedBatch([inputs], { ...OPTIONS, queue: 'redis://127.0.0.1:1/0', outDir: join(tmp, 'nowhere') })).rejects.toMatchObject({ code: 'QUEUE_UNREACHABLE' });
  }, 30_000);
});
