// Batch export past one machine: a Redis job queue (BullMQ) that any number of
// `soundbite worker` processes serve. This module loads BullMQ only when a queue is used, so
// importing soundbite, or starting its CLI, never needs Redis or pays for its client.
import { performance } from 'node:perf_hooks';
import type { BatchProgress, BatchResult } from '../export/batch/index.js';
import type { EnqueueOptions, EnqueuedRun } from './enqueue.js';
import type { FollowOptions } from './follow.js';
import type { QueueStatus } from './admin.js';
import type { QueueTarget } from './connection.js';
import type { WorkerHandle, WorkerOptions } from './worker.js';

export type { EnqueueOptions, EnqueuedRun, EnqueuedSource } from './enqueue.js';
export type { FollowOptions } from './follow.js';
export type { QueueStatus } from './admin.js';
export type { QueueTarget } from './connection.js';
export type { WorkerEvent, WorkerHandle, WorkerOptions } from './worker.js';
export type { RetryPolicy } from './jobs.js';
import { parseQueueUrl } from './url.js';
export { parseQueueUrl, shownUrl, DEFAULT_QUEUE_NAME } from './url.js';

export interface QueuedBatchOptions extends EnqueueOptions, Omit<FollowOptions, 'started' | 'db'> {
  /** Follow the run and write its manifest when every job is done; default true. */
  wait?: boolean;
}

export interface QueuedBatchResult {
  run: EnqueuedRun;
  /** The finished run, as `batchExport` reports it; null when not waited for. */
  result: BatchResult | null;
}

/** Enqueue one source job per transcript; workers add a card job per card. */
export async function enqueueBatch(inputs: readonly string[], options: EnqueueOptions): Promise<EnqueuedRun> {
  const { openQueue, enqueueOn } = await import('./runtime.js');
  const queue = await openQueue(options);
  try {
    return await enqueueOn(queue, inputs, options);
  } finally {
    await queue.close();
  }
}

/**
 * `soundbite batch --queue`: enqueue, then (unless `wait: false`) follow every source to
 * the end and write manifest.json and manifest.csv as `batchExport` does.
 */
export async function runQueuedBatch(inputs: readonly string[], options: QueuedBatchOptions): Promise<QueuedBatchResult> {
  const started = performance.now();
  const { openQueue, enqueueOn, followRun } = await import('./runtime.js');
  const queue = await openQueue(options);
  try {
    const run = await enqueueOn(queue, inputs, options);
    if (options.wait === false) return { run, result: null };
    const result = await followRun(queue, run, { signal: options.signal, onProgress: options.onProgress, onLog: options.onLog, started, db: parseQueueUrl(options.queue).db });
    return { run, result };
  } finally {
    await queue.close();
  }
}

/** Take jobs from the queue until `close()`. */
export async function runWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const { runWorker: start } = await import('./runtime.js');
  return start(options);
}

export async function queueStatus(target: QueueTarget): Promise<QueueStatus> {
  const { openQueue, statusOf } = await import('./runtime.js');
  const queue = await openQueue(target);
  try {
    return await statusOf(queue, parseQueueUrl(target.queue).db);
  } finally {
    await queue.close();
  }
}

/** Run the failed jobs again (cards, then sources); returns how many. */
export async function retryFailed(target: QueueTarget): Promise<{ sources: number; cards: number }> {
  const { openQueue, retryOn } = await import('./runtime.js');
  const queue = await openQueue(target);
  try {
    return await retryOn(queue);
  } finally {
    await queue.close();
  }
}

export type { BatchProgress };
