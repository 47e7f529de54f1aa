// Opening the queue: BullMQ's clients retry a dead server forever, which suits a worker that
// outlives a Redis restart but not a command that should say "cannot reach Redis" and stop.
import { Queue } from 'bullmq';
import { SoundbiteError } from '../errors.js';
import { DEFAULT_QUEUE_NAME, parseQueueUrl, shownUrl, type RedisTarget } from './url.js';

export interface QueueTarget {
  /** redis://HOST:PORT[/DB] */
  queue: string;
  /** BullMQ queue name; default `soundbite`. */
  queueName?: string;
}

/** ioredis options for BullMQ: no per-command retry limit, as BullMQ's workers require. */
export function connectionOptions(url: string): RedisTarget & { maxRetriesPerRequest: null } {
  return { ...parseQueueUrl(url), maxRetriesPerRequest: null };
}

/** A connected Queue, or QUEUE_UNREACHABLE after `timeoutMs`. */
export async function openQueue(target: QueueTarget, timeoutMs = 5000): Promise<Queue> {
  const queue = new Queue(target.queueName ?? DEFAULT_QUEUE_NAME, { connection: connectionOptions(target.queue) });
  let lastError: Error | null = null;
  const onError = (e: Error) => {
    lastError = e;
  };
  queue.on('error', onError);
  await reachable(queue.waitUntilReady(), target.queue, timeoutMs, () => lastError).catch(async (e: unknown) => {
    await queue.close().catch(() => undefined);
    throw e;
  });
  return queue;
}

export async function reachable<T>(ready: Promise<T>, url: string, timeoutMs: number, lastError: () => Error | null): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const why = (lastError() as NodeJS.ErrnoException | null)?.code ?? lastError()?.message ?? 'no answer';
      reject(new SoundbiteError('QUEUE_UNREACHABLE', `cannot reach Redis at ${shownUrl(url)} (${why}): start redis-server, or check the --queue address.`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
