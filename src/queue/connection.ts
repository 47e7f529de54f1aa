// Opening the queue: BullMQ's clients retry a dead server forever, which suits a worker that
// outlives a Redis restart but not a command that should say "cannot reach Redis" and stop.
import { connect } from 'node:net';
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
  await probe(target.queue, timeoutMs);
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

/**
 * A plain TCP connection first: a server that is not running is reported at once, and no
 * Redis client is left retrying (ioredis lingers two seconds after giving up).
 */
export async function probe(url: string, timeoutMs: number): Promise<void> {
  const { host, port } = parseQueueUrl(url);
  const why = await new Promise<string | null>((done) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    socket.once('connect', () => {
      socket.destroy();
      done(null);
    });
    socket.once('timeout', () => {
      socket.destroy();
      done('no answer');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code ?? e.message));
  });
  if (why !== null) throw unreachable(url, why);
}

function unreachable(url: string, why: string): SoundbiteError {
  return new SoundbiteError('QUEUE_UNREACHABLE', `cannot reach Redis at ${shownUrl(url)} (${why}): start redis-server, or check the --queue address.`);
}

export async function reachable<T>(ready: Promise<T>, url: string, timeoutMs: number, lastError: () => Error | null): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(unreachable(url, (lastError() as NodeJS.ErrnoException | null)?.code ?? lastError()?.message ?? 'no answer'));
    }, timeoutMs);
  });
  try {
    return await Promise.race([ready, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Workers serving this queue in this database (BullMQ's own count spans every database). */
export async function workersOn(queue: Queue, db: number): Promise<number> {
  const clients = (await queue.getWorkers()) as Array<{ db?: string }>;
  return clients.filter((c) => Number(c.db ?? 0) === db).length;
}
