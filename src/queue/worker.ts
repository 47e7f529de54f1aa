// A queue worker: takes source and card jobs from Redis and does them on its own render
// threads (RenderPool, as a local batch does: warm layout threads, raster threads recycled
// before resvg's kept buffers grow). Any number of workers, on any number of machines, can
// serve one queue; a worker that dies mid-job loses nothing, because BullMQ hands a job
// whose lock ran out to another worker (stalled-job check).
import { availableParallelism, hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Card } from '../types.js';
import { SoundbiteError } from '../errors.js';
import type { RenderOptions } from '../render/index.js';
import { RenderPool, type RenderPoolOptions } from '../export/batch/pool.js';
import { processCard } from './card.js';
import { connectionOptions, openQueue, reachable, type QueueTarget } from './connection.js';
import { JOB, parseReason, reasonOf, type CardJobData, type SourceJobData, type SourceJobResult } from './jobs.js';
import { messageOf, processSource } from './source.js';
import { DEFAULT_QUEUE_NAME } from './url.js';
import type { ExtractFn } from './plan.js';

export interface WorkerOptions extends QueueTarget {
  /** Render threads; default one per core. The worker holds twice as many jobs at once. */
  concurrency?: number;
  /**
   * How long (ms) a job stays claimed by a worker that stopped answering before another
   * worker takes it over; default 30 000. Extraction of one transcript must fit well inside.
   */
  lockDuration?: number;
  /** One call per finished or failed job, and per connection problem. */
  onEvent?: (event: WorkerEvent) => void;
  /** Advanced: replace the renderer (tests). */
  pool?: Pick<RenderPoolOptions, 'renderModule' | 'leakBudget'>;
}

export type WorkerEvent =
  | { type: 'source-done'; path: string; cards: number; rendered: number; reused: number }
  | { type: 'failed'; job: 'source' | 'card'; path: string | null; code: string; message: string; retrying: boolean }
  | { type: 'error'; message: string };

export interface WorkerHandle {
  /** Render threads. */
  readonly concurrency: number;
  /**
   * Stop taking jobs and finish the ones in hand, then end the render threads. With
   * `force`, stop at once: jobs in hand go back to the queue when their locks run out.
   */
  close(options?: { force?: boolean }): Promise<void>;
  /** Settles when the worker has stopped: after `close()`, or rejected when its render threads broke. */
  readonly done: Promise<void>;
}

/** Rendered when each layout thread starts, to load fonts and templates before real cards. */
const WARM_UP: { card: Card; options: RenderOptions } = {
  card: { kind: 'quote', text: 'Warming up the renderer.', speaker: { label: 'WARM', name: 'Warm Up', role: null }, source: { title: null, outlet: null, date: null, url: null, translated: false } },
  options: { size: 'x', theme: 'light', format: 'png' } as RenderOptions,
};

export async function runWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const threads = Math.max(1, Math.floor(options.concurrency ?? availableParallelism()));
  const lockDuration = options.lockDuration ?? 30_000;
  const emit = options.onEvent ?? (() => undefined);
  const queue = await openQueue(options); // checks the server answers before threads start
  const pool = new RenderPool({ jobs: threads, warmUp: WARM_UP, ...options.pool });
  const extract: ExtractFn = async (file, maxBytes) => {
    const outcome = await pool.extract({ path: file, maxBytes });
    if (outcome.ok) return outcome.extraction;
    throw Object.assign(new Error(outcome.message), { code: outcome.code ?? undefined });
  };

  const worker = new Worker(
    options.queueName ?? DEFAULT_QUEUE_NAME,
    async (job: Job, token?: string) => {
      if (job.name === JOB.card) return processCard(job.data as CardJobData, pool.renderCard).catch(rethrowWithCode);
      if (job.name === JOB.source) return processSource(job as Job<SourceJobData>, token!, { queue, extract });
      throw new UnrecoverableError(reasonOf('QUEUE_UNKNOWN_JOB', `this worker does not know "${job.name}" jobs: is it older than the one that enqueued them?`));
    },
    {
      connection: connectionOptions(options.queue),
      // Recorded on every job it takes (job.processedBy), and listed by CLIENT LIST.
      name: `${hostname()}:${process.pid}`,
      // A few jobs beyond the threads keep them fed while others wait on Redis or the disk.
      concurrency: threads * 2,
      lockDuration,
      stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
      // A job whose worker died this many times is failed, not handed on forever.
      maxStalledCount: 3,
      autorun: false,
    },
  );
  let lastError: Error | null = null;
  worker.on('error', (e: Error) => {
    if (lastError?.message !== e.message) emit({ type: 'error', message: e.message });
    lastError = e;
  });
  worker.on('completed', (job: Job, result: unknown) => {
    if (job.name !== JOB.source) return;
    const r = result as SourceJobResult;
    emit({ type: 'source-done', path: r.path, cards: r.cards.length, rendered: r.rendered, reused: r.reused });
  });
  let settle: { resolve: () => void; reject: (e: Error) => void } = { resolve: () => undefined, reject: () => undefined };
  const done = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  done.catch(() => undefined); // observed by whoever awaits it
  let broken = false;
  worker.on('failed', (job: Job | undefined, error: Error) => {
    if (pool.failure && !broken) {
      // Every job would fail alike here: leave them to healthy workers.
      broken = true;
      const e = new SoundbiteError('QUEUE_WORKER_BROKEN', `this worker's render threads failed (${messageOf(pool.failure)}); it stopped taking jobs. Check the install, then start it again.`);
      void close({ force: true }).then(() => settle.reject(e));
    }
    if (!job) return;
    const { code, message } = parseReason(error.message);
    const retrying = !(error instanceof UnrecoverableError) && job.attemptsMade < (job.opts.attempts ?? 1);
    const path = job.name === JOB.source ? (job.data as SourceJobData).path : null;
    emit({ type: 'failed', job: job.name === JOB.source ? 'source' : 'card', path, code, message, retrying });
  });

  try {
    await reachable(worker.waitUntilReady(), options.queue, 5000, () => lastError);
  } catch (e) {
    await Promise.allSettled([worker.close(true), queue.close(), pool.destroy()]);
    throw e;
  }
  void worker.run();

  let closing: Promise<void> | null = null;
  function close({ force = false } = {}): Promise<void> {
    if (force) closing = Promise.allSettled([worker.close(true), pool.destroy()]).then(() => queue.close());
    else closing ??= worker.close().then(() => Promise.allSettled([pool.destroy(), queue.close()])).then(() => undefined);
    return closing.then(() => {
      if (!broken) settle.resolve();
    });
  }
  return { concurrency: threads, close, done };
}

/** Keep a known error's code in the job's failed reason. */
function rethrowWithCode(e: unknown): never {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) && !code.startsWith('ERR_')) throw new Error(reasonOf(code, messageOf(e)));
  throw e instanceof Error && e.message ? e : new Error(messageOf(e));
}
