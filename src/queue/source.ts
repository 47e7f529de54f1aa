// A source job, in steps that survive a crash between any two of them:
//   1. read and extract the transcript, choose candidate cards → stored in the job's data;
//   2. add card jobs as children for the next wave of candidates, wait for them
//      (BullMQ moves the job to waiting-children and back when they are done);
//   3. once every kind has its cards, write the folder's manifest.json and return it.
// Step 2 is worked out afresh each time from the children's results (plan.ts nextStep), so
// a retried or re-delivered job picks up where it stopped; re-adding a child with the same
// id is a no-op.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UnrecoverableError, WaitingChildrenError, type Job, type Queue } from 'bullmq';
import { writeAtomic } from '../export/write.js';
import type { Manifest } from '../export/index.js';
import { cardJobOptions, DEFAULT_RETRY, JOB, reasonOf, type CardJobData, type CardJobResult, type RetryPolicy, type SourceJobData, type SourceJobResult } from './jobs.js';
import { nextStep, planSource, type ExtractFn } from './plan.js';

/** Wrong whatever the retry: the file, its metadata, or what it holds. */
const UNRECOVERABLE = /^(INPUT_|METADATA_|NOTHING_TO_RENDER$|RENDER_)/;

export interface SourceContext {
  queue: Queue;
  extract: ExtractFn;
}

export async function processSource(job: Job<SourceJobData>, token: string, ctx: SourceContext): Promise<SourceJobResult> {
  try {
    return await step(job, token, ctx);
  } catch (e) {
    if (e instanceof WaitingChildrenError || e instanceof UnrecoverableError) throw e;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) && !code.startsWith('ERR_')) {
      const reason = reasonOf(code, messageOf(e));
      throw UNRECOVERABLE.test(code) ? new UnrecoverableError(reason) : new Error(reason);
    }
    throw e instanceof Error && e.message ? e : new Error(messageOf(e)); // unexpected: retried with backoff, then failed with its stack
  }
}

async function step(job: Job<SourceJobData>, token: string, ctx: SourceContext): Promise<SourceJobResult> {
  let data = job.data;
  if (!data.plan) {
    data = { ...data, plan: await planSource(data, job.id!, ctx.extract) };
    await job.updateData(data);
  }
  const plan = data.plan!;
  for (;;) {
    const values = await job.getChildrenValues<CardJobResult>();
    const results = new Map(Object.entries(values).map(([key, value]) => [key.slice(key.lastIndexOf(':') + 1), value]));
    const next = nextStep(plan, data.max, results);
    if (next.done && 'error' in next) throw new UnrecoverableError(reasonOf(next.error.code, next.error.message));
    if (next.done) {
      if (next.cards.length === 0) {
        throw new UnrecoverableError(reasonOf('NOTHING_TO_RENDER', `no quotes or figures worth a card were found in ${data.path}: check that the transcript has speaker labels and answers.`));
      }
      const folder = join(data.outDir, data.dir);
      const manifest: Manifest = { source: plan.source, cards: next.cards, skipped: next.skipped };
      await writeAtomic(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
      await removeStaleTempFiles(folder, new Set([...plan.candidates.flatMap((c) => c.variants.map((v) => v.file)), 'manifest.json']));
      return { path: data.path, dir: data.dir, title: plan.source.title, date: plan.source.date, cards: next.cards, skipped: next.skipped, rendered: next.rendered, reused: next.reused };
    }
    const parent = { id: job.id!, queue: job.queueQualifiedName };
    const folder = join(data.outDir, data.dir);
    await ctx.queue.addBulk(
      next.render.map((c) => ({
        name: JOB.card,
        data: { folder, kind: c.kind, rank: c.rank, card: c.card, entry: c.entry, variants: c.variants, render: data.render } satisfies CardJobData,
        opts: cardJobOptions(c.jobId, parent, retryOf(job)),
      })),
    );
    // A child that failed before (this source is being retried) is run again, not waited on forever.
    for (const c of next.render) {
      if ((await ctx.queue.getJobState(c.jobId)) === 'failed') await (await ctx.queue.getJob(c.jobId))?.retry('failed');
    }
    if (await job.moveToWaitingChildren(token)) throw new WaitingChildrenError();
    // Every child had finished already (a rerun): loop with their results.
  }
}

/** Errors cloned back from a thread may have lost their message. */
export function messageOf(e: unknown): string {
  const message = (e as Error | null)?.message;
  return typeof message === 'string' && message ? message : String(e);
}

/** Card jobs retry as their source was told to. */
function retryOf(job: Job): RetryPolicy {
  const backoff = job.opts.backoff;
  const delay = typeof backoff === 'number' ? backoff : backoff?.delay;
  return { attempts: job.opts.attempts ?? DEFAULT_RETRY.attempts, backoffMs: delay ?? DEFAULT_RETRY.backoffMs };
}

/** Temporary files a worker killed mid-write left for this source's cards; they are whole now. */
async function removeStaleTempFiles(folder: string, names: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(folder).catch(() => [] as string[]);
  const stale = entries.filter((n) => {
    const m = /^\.(.+)\.\d+\.[a-z0-9]+\.tmp$/.exec(n);
    return m !== null && names.has(m[1]!);
  });
  await Promise.all(stale.map((n) => rm(join(folder, n), { force: true })));
}
