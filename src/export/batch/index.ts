// batch: many transcripts → one folder of cards per source, rendered on every core, plus
// manifest.json and manifest.csv for the whole run. Files are written atomically and named by
// a hash of what they show, so an interrupted run leaves only whole files and a rerun
// renders only what is missing. One bad transcript fails alone.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { EXIT, SoundbiteError } from '../../errors.js';
import { checkWritableDir, ensureWritableDir, writeAtomic } from '../write.js';
import { findTranscripts } from './inputs.js';
import { sourceFolders, templateFingerprint } from './keys.js';
import { manifestRow, toCsv, type BatchManifest, type BatchManifestCard, type BatchManifestSource } from './manifest.js';
import { RenderPool } from './pool.js';
import { exportSource, FATAL_CODES, type SourcePlan } from './source.js';

export { findTranscripts, TRANSCRIPT_EXTENSIONS } from './inputs.js';
export { RenderPool, type RenderPoolOptions } from './pool.js';
export { CSV_COLUMNS, toCsv, type BatchManifest, type BatchManifestCard, type BatchManifestSource } from './manifest.js';

export interface BatchOptions {
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
  /** Render threads; default one per core. */
  jobs?: number;
  /** Refuse transcripts larger than this many bytes. */
  maxBytes?: number;
  /** Abort to stop: workers end, temporary files go, and the call rejects with INTERRUPTED. */
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Advanced: tune or replace the render pool (tests, benchmarks). */
  pool?: Pick<import('./pool.js').RenderPoolOptions, 'leakBudget' | 'renderModule'>;
}

export interface BatchProgress {
  sourcesDone: number;
  sourcesTotal: number;
  cards: number;
  rendered: number;
  reused: number;
  failed: number;
}

export interface BatchFailure {
  /** The transcript, or the input that matched nothing. */
  path: string;
  code: string;
  message: string;
}

export interface BatchResult {
  manifest: BatchManifest;
  failures: BatchFailure[];
  /** Cards rendered in this run, and cards found on disk from an earlier one. */
  rendered: number;
  reused: number;
  seconds: number;
  /** Rendered cards per second of wall time. */
  cardsPerSecond: number;
  /** 0 when every source exported, 1 when some failed (EXIT). */
  exitCode: number;
  files: { json: string; csv: string };
}

const STOP_CODES = new Set([...FATAL_CODES, 'OUTPUT_UNWRITABLE']);

export async function batchExport(inputs: readonly string[], options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const { outDir, maxPerSource = 5, sizes = ['x'], themes = ['light'], format = 'png', scale = 1, signal } = options;
  const found = await findTranscripts(inputs);
  if (found.files.length === 0) {
    throw new SoundbiteError('INPUT_NOT_FOUND', `no transcripts found in ${inputs.join(', ') || 'the inputs'}: give files, folders or globs of .txt, .md, .html, .vtt or .srt transcripts.`);
  }
  await checkWritableDir(outDir);
  const dirs = sourceFolders(found.files);
  const failures: BatchFailure[] = found.unmatched.map((path) => ({ path, code: 'INPUT_NOT_FOUND', message: `${path} matched no transcript` }));
  const render = { format, scale, template: options.template, dateFormat: options.dateFormat, locale: options.locale };
  const templateHash = templateFingerprint(options.template);
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  let pool: RenderPool | null = null;
  // Started on first use: a run whose inputs all fail to match starts no threads.
  const getPool = () => (pool ??= new RenderPool({ jobs, ...options.pool }));
  const progress: BatchProgress = { sourcesDone: 0, sourcesTotal: found.files.length, cards: 0, rendered: 0, reused: 0, failed: failures.length };
  const report = () => options.onProgress?.({ ...progress });
  const sources: BatchManifestSource[] = found.files.map((path, i) => ({ path, dir: dirs[i]!, title: null, date: null, cards: 0, skipped: [], error: null }));
  const rows: BatchManifestCard[][] = found.files.map(() => []);

  let stop: SoundbiteError | null = null;
  const onAbort = () => {
    stop ??= new SoundbiteError('INTERRUPTED', `interrupted: finished cards are kept in ${outDir}; run the same command again to resume.`, 130);
    void pool?.destroy();
  };
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });

  const exportOne = async (i: number) => {
    const path = found.files[i]!;
    const plan: SourcePlan = { path, dir: dirs[i]!, outDir, max: maxPerSource, sizes, themes, render, templateHash, maxBytes: options.maxBytes };
    try {
      const result = await exportSource(plan, {
        extract: (job) => getPool().extract(job),
        render: (job) => getPool().render(job),
        onCard: (reused) => {
          progress.cards++;
          progress[reused ? 'reused' : 'rendered']++;
          report();
        },
      });
      const s = sources[i]!;
      Object.assign(s, { title: result.manifest.source.title, date: result.manifest.source.date, cards: result.manifest.cards.length, skipped: result.manifest.skipped });
      rows[i] = result.manifest.cards.map((c) => manifestRow(path, plan.dir, c));
    } catch (e) {
      if (stop) return;
      const broken = (pool as RenderPool | null)?.failure;
      if (broken) {
        stop ??= new SoundbiteError('RENDER_WORKER_FAILED', `a render worker failed: ${broken.message}`);
        return;
      }
      const code = (e as { code?: unknown }).code;
      if (typeof code === 'string' && STOP_CODES.has(code)) {
        stop ??= e as SoundbiteError; // a wrong option or an unwritable folder: every source would fail alike
        void (pool as RenderPool | null)?.destroy();
        return;
      }
      // Our codes (SoundbiteError, RenderError) are known; Node's ERR_* and the rest are bugs.
      const known = typeof code === 'string' && /^[A-Z][A-Z0-9_]+$/.test(code) && !code.startsWith('ERR_');
      const failure = { path, code: known ? code : 'UNEXPECTED', message: known ? (e as Error).message : `unexpected error (a bug — please report it): ${(e as Error)?.stack ?? String(e)}` };
      failures.push(failure);
      sources[i]!.error = { code: failure.code, message: failure.message };
      sources[i]!.dir = null;
      progress.failed++;
    } finally {
      progress.sourcesDone++;
      report();
    }
  };

  try {
    // A few sources ahead of the render threads keep them fed; more would only hold memory.
    await mapLimited(found.files.length, jobs * 2 + 2, exportOne, () => stop !== null);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await (pool as RenderPool | null)?.destroy();
  }
  if (stop) {
    await removeTempFiles(outDir, dirs);
    throw stop;
  }

  const manifest: BatchManifest = {
    options: { sizes, themes, maxPerSource, format, scale, template: options.template ?? null, dateFormat: options.dateFormat ?? null, locale: options.locale ?? null },
    sources,
    cards: rows.flat(),
  };
  await ensureWritableDir(outDir);
  const files = { json: join(outDir, 'manifest.json'), csv: join(outDir, 'manifest.csv') };
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

/** Run `task(0..count-1)` with at most `limit` at once, starting no more once `stopped()`. */
async function mapLimited(count: number, limit: number, task: (i: number) => Promise<void>, stopped: () => boolean): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count && !stopped()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}

/** Temporary files this process left when it stopped mid-write (src/export/write.ts names them). */
async function removeTempFiles(outDir: string, dirs: readonly string[]): Promise<void> {
  const mine = new RegExp(`^\\..+\\.${process.pid}\\.[a-z0-9]+\\.tmp$`);
  for (const dir of [outDir, ...dirs.map((d) => join(outDir, d))]) {
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => mine.test(n)).map((n) => rm(join(dir, n), { force: true })));
  }
}
