// Follow a queued run until every source job has completed or failed, whichever workers did
// them, then write the run's manifest.json and manifest.csv exactly as a local batch would.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Job, Queue } from 'bullmq';
import { EXIT, SoundbiteError } from '../errors.js';
import { writeAtomic } from '../export/write.js';
import { manifestRow, toCsv, type BatchManifest, type BatchManifestCard, type BatchManifestSource } from '../export/batch/manifest.js';
import type { BatchFailure, BatchProgress, BatchResult } from '../export/batch/index.js';
import { parseReason, type SourceJobResult } from './jobs.js';
import { workersOn } from './connection.js';
import type { EnqueuedRun } from './enqueue.js';

export interface FollowOptions {
  /** Abort to stop following; the jobs go on in the workers. */
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Notes for a person, e.g. that no worker is serving the queue. */
  onLog?: (line: string) => void;
  /** When the run started (performance.now()), for its rate. */
  started?: number;
  /** The Redis database of the queue, to count the workers serving it. */
  db?: number;
}

type Outcome = { ok: true; result: SourceJobResult } | { ok: false; code: string; message: string };

export async function followRun(queue: Queue, run: EnqueuedRun, options: FollowOptions = {}): Promise<BatchResult> {
  const started = options.started ?? performance.now();
  const outcomes = new Map<string, Outcome>();
  const progress: BatchProgress = { sourcesDone: 0, sourcesTotal: run.sources.length, cards: 0, rendered: 0, reused: 0, failed: run.unmatched.length };
  let hinted = false;
  let lastChange = performance.now();
  for (;;) {
    const pending = run.sources.filter((s) => !outcomes.has(s.jobId));
    for (let i = 0; i < pending.length; i += 100) {
      const batch = pending.slice(i, i + 100);
      const states = await Promise.all(batch.map((s) => queue.getJobState(s.jobId)));
      for (const [j, state] of states.entries()) {
        const outcome = await finished(queue, batch[j]!.jobId, state);
        if (!outcome) continue;
        outcomes.set(batch[j]!.jobId, outcome);
        progress.sourcesDone++;
        if (outcome.ok) {
          progress.cards += outcome.result.cards.length;
          progress.rendered += outcome.result.rendered;
          progress.reused += outcome.result.reused;
        } else progress.failed++;
        lastChange = performance.now();
      }
    }
    options.onProgress?.({ ...progress });
    if (outcomes.size === run.sources.length) break;
    if (options.signal?.aborted) {
      throw new SoundbiteError('INTERRUPTED', `stopped following: the workers go on with the run; run the same command again to collect its manifest in ${run.outDir}.`, 130);
    }
    if (!hinted && performance.now() - lastChange > 5000 && (await workersOn(queue, options.db ?? 0)) === 0) {
      options.onLog?.(`waiting for a worker: start one with \`soundbite worker --queue <the same URL>\` on any machine that can reach ${run.outDir}.`);
      hinted = true;
    }
    await sleep(Math.min(1000, 100 + 2 * pending.length), options.signal);
  }

  const sources: BatchManifestSource[] = [];
  const rows: BatchManifestCard[] = [];
  const failures: BatchFailure[] = [...run.unmatched];
  for (const s of run.sources) {
    const outcome = outcomes.get(s.jobId)!;
    if (outcome.ok) {
      const r = outcome.result;
      sources.push({ path: s.path, dir: s.dir, title: r.title, date: r.date, cards: r.cards.length, skipped: r.skipped, error: null });
      rows.push(...r.cards.map((c) => manifestRow(s.path, s.dir, c)));
    } else {
      sources.push({ path: s.path, dir: null, title: null, date: null, cards: 0, skipped: [], error: { code: outcome.code, message: outcome.message } });
      failures.push({ path: s.path, code: outcome.code, message: outcome.message });
    }
  }
  const manifest: BatchManifest = { options: run.options, sources, cards: rows };
  const files = { json: join(run.outDir, 'manifest.json'), csv: join(run.outDir, 'manifest.csv') };
  await writeAtomic(files.json, JSON.stringify(manifest, null, 2) + '\n');
  await writeAtomic(files.csv, toCsv(manifest.cards));
  const seconds = (performance.now() - started) / 1000;
  return {
    manifest,
    failures: failures.toSorted((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    rendered: progress.rendered,
    reused: progress.reused,
    seconds,
    cardsPerSecond: seconds > 0 ? progress.rendered / seconds : 0,
    exitCode: failures.length > 0 ? EXIT.someFailed : EXIT.ok,
    files,
  };
}

async function finished(queue: Queue, jobId: string, state: string): Promise<Outcome | null> {
  if (state === 'completed') {
    const job = await queue.getJob(jobId);
    if (job?.returnvalue) return { ok: true, result: job.returnvalue as SourceJobResult };
    return lost(jobId);
  }
  if (state === 'failed') {
    const job = await queue.getJob(jobId);
    return job ? { ok: false, ...(await failureOf(queue, job)) } : lost(jobId);
  }
  if (state === 'unknown') return lost(jobId);
  return null;
}

/** A source failed because a card failed: report the card's reason. */
export async function failureOf(queue: Queue, job: Job): Promise<{ code: string; message: string }> {
  const child = /^child (\S+) failed$/.exec(job.failedReason ?? '');
  if (child) {
    const childJob = await queue.getJob(child[1]!.slice(child[1]!.lastIndexOf(':') + 1));
    if (childJob?.failedReason) return parseReason(childJob.failedReason);
  }
  if (/stalled more than allowable limit/.test(job.failedReason ?? '')) {
    return { code: 'QUEUE_JOB_STALLED', message: `the workers taking this source kept dying (${job.failedReason}): check their logs and memory, then \`soundbite queue retry\`.` };
  }
  return parseReason(job.failedReason);
}

function lost(jobId: string): Outcome {
  return { ok: false, code: 'QUEUE_JOB_LOST', message: `job ${jobId} is no longer in the queue (removed, or kept past its time): enqueue the batch again.` };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
    function finish() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      done();
    }
  });
}
