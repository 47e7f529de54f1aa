// What `soundbite queue status` and `soundbite queue retry` do.
import type { Job, Queue } from 'bullmq';
import { workersOn } from './connection.js';
import { failureOf } from './follow.js';
import { JOB, type SourceJobData } from './jobs.js';

export interface QueueStatus {
  /** Ready to run (including jobs behind others in priority). */
  waiting: number;
  /** Waiting out a retry's backoff. */
  delayed: number;
  active: number;
  /** Sources whose cards are still being rendered. */
  waitingChildren: number;
  completed: number;
  failed: number;
  paused: number;
  /** Workers connected to the queue now. */
  workers: number;
  /** The most recent failures, newest first (at most 20). */
  failures: Array<{ id: string; job: string; path: string | null; code: string; message: string; attempts: number }>;
}

export async function statusOf(queue: Queue, db: number): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'waiting-children', 'completed', 'failed', 'paused');
  const failedJobs = (await queue.getFailed(0, 19)).filter((j): j is Job => Boolean(j));
  const failures = await Promise.all(
    failedJobs.map(async (j) => ({
      id: j.id!,
      job: j.name,
      path: j.name === JOB.source ? (j.data as SourceJobData).path : null,
      ...(await failureOf(queue, j)),
      attempts: j.attemptsMade,
    })),
  );
  return {
    waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
    delayed: c.delayed ?? 0,
    active: c.active ?? 0,
    waitingChildren: c['waiting-children'] ?? 0,
    completed: c.completed ?? 0,
    failed: c.failed ?? 0,
    paused: c.paused ?? 0,
    workers: await workersOn(queue, db),
    failures,
  };
}

/**
 * Run every failed job again: cards first, so a source failed by a card finds it running.
 * Returns how many were retried.
 */
export async function retryOn(queue: Queue): Promise<{ sources: number; cards: number }> {
  const failed = (await queue.getFailed(0, -1)).filter((j): j is Job => Boolean(j));
  const count = { sources: 0, cards: 0 };
  for (const name of [JOB.card, JOB.source]) {
    for (const job of failed.filter((j) => j.name === name)) {
      try {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        count[name === JOB.card ? 'cards' : 'sources']++;
      } catch {
        // Taken by someone else's retry meanwhile: not ours to count.
      }
    }
  }
  return count;
}
