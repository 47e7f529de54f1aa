// What travels through Redis: a source job per transcript (read, extract, choose cards),
// which adds a card job per candidate card (render every size × theme, write the files) as
// its children and finishes when they have. Job ids are hashes of what a job makes, so
// enqueuing the same batch twice, or a retry adding a child again, never duplicates work.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Card } from '../types.js';
import type { ManifestCard, Manifest } from '../export/index.js';
import { stableJson } from '../export/batch/keys.js';

/** Render options that are the same for every card of a run. */
export interface RenderSettings {
  format: 'png' | 'svg';
  scale: number;
  template?: string;
  dateFormat?: string;
  locale?: string;
}

export interface SourceJobData {
  /** The transcript as the user named it (the manifest's `source`). */
  path: string;
  /** Absolute path every worker reads. */
  file: string;
  /** The source's folder under `outDir`. */
  dir: string;
  /** Absolute output folder, shared by every worker. */
  outDir: string;
  max: number;
  sizes: string[];
  themes: string[];
  render: RenderSettings;
  templateHash: string | null;
  maxBytes?: number;
  /** Set once the transcript is read and its cards chosen; later steps only render. */
  plan?: SourcePlanState;
}

/** A card as the manifest describes it, before it has pixels. */
export type CardEntry = Omit<ManifestCard, 'file' | 'size' | 'theme' | 'alt' | 'width' | 'height' | 'sha256'>;

export interface Variant {
  size: string;
  theme: string;
  file: string;
}

export interface Candidate {
  kind: Card['kind'];
  /** 1-based place among the candidates of its kind, as in the file name. */
  rank: number;
  jobId: string;
  card: Card;
  entry: CardEntry;
  variants: Variant[];
}

export interface SourcePlanState {
  source: Manifest['source'];
  candidates: Candidate[];
}

export interface CardJobData {
  /** Absolute folder the files go to. */
  folder: string;
  kind: Card['kind'];
  rank: number;
  card: Card;
  entry: CardEntry;
  variants: Variant[];
  render: RenderSettings;
}

export type CardJobResult =
  | { kind: Card['kind']; rank: number; status: 'ok'; cards: ManifestCard[]; rendered: number; reused: number }
  | { kind: Card['kind']; rank: number; status: 'skipped'; id: string; reason: string }
  | { kind: Card['kind']; rank: number; status: 'error'; code: string; message: string };

export interface SourceJobResult {
  path: string;
  dir: string;
  title: string | null;
  date: string | null;
  cards: ManifestCard[];
  skipped: Array<{ id: string; reason: string }>;
  rendered: number;
  reused: number;
}

export const JOB = { source: 'source', card: 'card' } as const;

/** Retries and retention every job of a run gets; the enqueuer may change them. */
export interface RetryPolicy {
  /** Tries per job, the first included; default 4. */
  attempts: number;
  /** First retry delay (ms), doubling each time; default 1000. */
  backoffMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, backoffMs: 1000 };

/** Finished jobs are kept this long: the follower reads their results, reruns reuse them. */
const KEEP_SOURCES_S = 7 * 24 * 3600;
const KEEP_CARDS_S = 24 * 3600;

export function sourceJobOptions(jobId: string, retry: RetryPolicy) {
  return {
    jobId,
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    // Card jobs carry no priority and so go first: a worker finishes sources before it opens new ones.
    priority: 1,
    removeOnComplete: { age: KEEP_SOURCES_S },
    removeOnFail: false,
  } as const;
}

export function cardJobOptions(jobId: string, parent: { id: string; queue: string }, retry: RetryPolicy) {
  return {
    jobId,
    parent,
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoffMs },
    // A card that cannot be written after every retry fails its source, as in a local batch.
    failParentOnFailure: true,
    removeOnComplete: { age: KEEP_CARDS_S },
    removeOnFail: false,
  } as const;
}

const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
})();

/** `s-…`: the transcript's bytes, its sidecar, where the cards go and every option. */
export function sourceJobId(data: Omit<SourceJobData, 'plan'>, contentHash: string): string {
  return 's-' + hash({ soundbite: VERSION, ...data, contentHash });
}

/** `c-…`: the source job and the files (content hashes) the card makes. */
export function cardJobId(sourceId: string, kind: string, rank: number, variants: readonly Variant[]): string {
  return 'c-' + hash({ sourceId, kind, rank, files: variants.map((v) => v.file) });
}

function hash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 40);
}


/** `CODE: message` in a failed job's reason, so the code survives Redis. */
export function reasonOf(code: string, message: string): string {
  return `${code}: ${message}`;
}

export function parseReason(reason: string | undefined): { code: string; message: string } {
  const m = /^([A-Z][A-Z0-9_]+): ([\s\S]*)$/.exec(reason ?? '');
  if (m) return { code: m[1]!, message: m[2]! };
  return { code: 'QUEUE_JOB_FAILED', message: reason || 'the job failed without a reason' };
}
