// Enqueue a batch: one source job per transcript, named by a hash of the transcript's bytes,
// its sidecar and every option. Enqueuing the same batch again finds the same jobs: running
// ones are followed, finished ones reused — unless their cards have gone from the output
// folder, in which case they are run again.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { Queue } from 'bullmq';
import { SoundbiteError } from '../errors.js';
import { ensureWritableDir } from '../export/write.js';
import { findTranscripts } from '../export/batch/inputs.js';
import { sourceFolders, templateFingerprint } from '../export/batch/keys.js';
import type { BatchFailure } from '../export/batch/index.js';
import type { BatchManifest } from '../export/batch/manifest.js';
import { sidecarPath } from '../ingest/metadata.js';
import { DEFAULT_RETRY, JOB, sourceJobId, sourceJobOptions, type RetryPolicy, type SourceJobData, type SourceJobResult } from './jobs.js';
import type { QueueTarget } from './connection.js';

export interface EnqueueOptions extends QueueTarget {
  /** Output folder every worker can reach at the same path. */
  outDir: string;
  /** At most this many quote cards and this many fact cards per source; default 5. */
  maxPerSource?: number;
  sizes?: string[];
  themes?: string[];
  format?: 'png' | 'svg';
  scale?: number;
  template?: string;
  dateFormat?: string;
  locale?: string;
  maxBytes?: number;
  /** Tries per job and the first retry delay; default 4 tries, 1 s doubling. */
  retry?: Partial<RetryPolicy>;
}

export interface EnqueuedSource {
  path: string;
  dir: string;
  jobId: string;
  /** added: new; existing: already queued or done; requeued: done before, but its cards were gone. */
  state: 'added' | 'existing' | 'requeued';
}

export interface EnqueuedRun {
  /** In the order of the run's manifest. */
  sources: EnqueuedSource[];
  /** Inputs that matched no transcript. */
  unmatched: BatchFailure[];
  outDir: string;
  options: BatchManifest['options'];
}

export async function enqueueOn(queue: Queue, inputs: readonly string[], options: EnqueueOptions): Promise<EnqueuedRun> {
  const { maxPerSource = 5, sizes = ['x'], themes = ['light'], format = 'png', scale = 1 } = options;
  const found = await findTranscripts(inputs);
  if (found.files.length === 0) {
    throw new SoundbiteError('INPUT_NOT_FOUND', `no transcripts found in ${inputs.join(', ') || 'the inputs'}: give files, folders or globs of .txt, .md, .html, .vtt or .srt transcripts.`);
  }
  const outDir = resolve(options.outDir);
  await ensureWritableDir(outDir);
  const dirs = sourceFolders(found.files);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const template = options.template === undefined ? undefined : resolve(options.template);
  const templateHash = templateFingerprint(template);
  const render = { format, scale, template, dateFormat: options.dateFormat, locale: options.locale };

  const sources: EnqueuedSource[] = [];
  const toAdd: Array<{ name: string; data: SourceJobData; opts: ReturnType<typeof sourceJobOptions> }> = [];
  for (const [i, path] of found.files.entries()) {
    const file = resolve(path);
    const data: SourceJobData = { path, file, dir: dirs[i]!, outDir, max: maxPerSource, sizes, themes, render, templateHash, maxBytes: options.maxBytes };
    const jobId = sourceJobId(data, await contentHash(file));
    let state: EnqueuedSource['state'] = 'added';
    const existing = await queue.getJob(jobId);
    if (existing) {
      state = 'existing';
      if ((await existing.getState()) === 'completed' && !cardsOnDisk(outDir, existing.returnvalue as SourceJobResult | null)) {
        await existing.remove();
        state = 'requeued';
      }
    }
    if (state !== 'existing') toAdd.push({ name: JOB.source, data, opts: sourceJobOptions(jobId, retry) });
    sources.push({ path, dir: dirs[i]!, jobId, state });
  }
  if (toAdd.length > 0) await queue.addBulk(toAdd);
  return {
    sources,
    unmatched: found.unmatched.map((path) => ({ path, code: 'INPUT_NOT_FOUND', message: `${path} matched no transcript` })),
    outDir,
    options: { sizes, themes, maxPerSource, format, scale, template: options.template ?? null, dateFormat: options.dateFormat ?? null, locale: options.locale ?? null },
  };
}

/** The transcript's bytes and its sidecar's: change either and it is a new job. */
async function contentHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  for (const part of [file, sidecarPath(file)]) {
    try {
      for await (const chunk of createReadStream(part)) hash.update(chunk as Buffer);
    } catch (e) {
      hash.update(`\0${(e as NodeJS.ErrnoException).code ?? 'unreadable'}\0`); // the worker reports it
    }
  }
  return hash.digest('hex');
}

function cardsOnDisk(outDir: string, result: SourceJobResult | null): boolean {
  if (!result) return false;
  return existsSync(join(outDir, result.dir, 'manifest.json')) && result.cards.every((c) => existsSync(join(outDir, result.dir, c.file)));
}
