// Rendering on every core, in two pools of worker threads:
//  - layout workers (worker.ts) live for the whole run: fonts, templates and satori stay
//    loaded and warm; each turns a card into SVG.
//  - raster workers (raster.ts) turn SVG into PNG with resvg. @resvg/resvg-js 2.6.2 keeps
//    every pixel buffer it makes (~4–5 MB per card) until its thread ends, so a raster
//    worker takes one chunk of cards, capped by the bytes it may keep, and is then replaced
//    (tinypool `isolateWorkers`). It starts in milliseconds, so replacing it costs little,
//    while replacing a layout worker would cost a second or two.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { Card } from '../../types.js';
import type { RenderOptions, RenderedCard } from '../../render/index.js';
import type { ExtractJob, ExtractOutcome, LayoutOutcome, RenderJob, WorkerSetup } from './worker.js';
import type { Raster, RasterJob } from './raster.js';

export type { RenderJob } from './worker.js';

export type RenderOutcome =
  | { ok: true; data: Uint8Array; format: 'png' | 'svg'; width: number; height: number; alt: string }
  | { ok: false; code: string | null; message: string; stack?: string };

export interface RenderPoolOptions {
  /** Threads working at once (layout and raster together); default: one per core. */
  jobs?: number;
  /** Bytes of pixel buffers a raster worker may keep before it is replaced; default 64 MB. */
  leakBudget?: number;
  /** A card laid out when each layout worker starts, so the first real card finds it warm. */
  warmUp?: { card: Card; options: RenderOptions };
  /** Module exporting `renderCard` (file URL); default: soundbite's renderer. */
  renderModule?: string;
}

interface PendingRaster {
  job: RasterJob;
  cost: number;
  resolve: (raster: Raster) => void;
  reject: (error: unknown) => void;
}

interface PendingLayout {
  task: ExtractJob | RenderJob;
  name: 'default' | 'extractSource';
  resolve: (outcome: unknown) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_LEAK_BUDGET = 64 * 1024 * 1024;
/** Measured: resvg keeps about 1.3 × the RGBA pixmap per render. */
const KEPT_PER_PIXEL = 4 * 1.3;

/**
 * `jobs` is how many threads work at once, whatever the stage: each layout task and each
 * raster chunk holds one of `jobs` slots while it runs, so `--jobs 1` uses one core and
 * `--jobs 2` two. Raster chunks wait until a full one is ready (or nothing else is left), so
 * raster threads are replaced as seldom as the memory cap allows.
 */
export class RenderPool {
  readonly jobs: number;
  /** Set when a worker could not start or died: every render after it would fail alike. */
  failure: Error | null = null;
  private readonly layoutPool: Tinypool;
  private readonly rasterPool: Tinypool;
  private readonly leakBudget: number;
  private readonly layoutQueue: PendingLayout[] = [];
  private readonly rasterQueue: PendingRaster[] = [];
  private rasterQueued = 0;
  private busy = 0;
  private readonly layoutThreads: number;
  private layoutBusy = 0;
  private pumpScheduled = false;
  private closed = false;

  constructor(options: RenderPoolOptions = {}) {
    this.jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
    this.leakBudget = options.leakBudget ?? DEFAULT_LEAK_BUDGET;
    const setup: WorkerSetup = { renderModule: options.renderModule ?? renderModuleUrl(), warmUp: options.warmUp };
    // Layout (and extraction) is about a third of a card's work and each layout thread holds
    // ~180 MB (satori, fonts, HarfBuzz): half as many layout threads as slots keep up.
    this.layoutThreads = Math.ceil(this.jobs / 2);
    const layoutThreads = this.layoutThreads;
    this.layoutPool = new Tinypool({ filename: workerEntry('worker'), workerData: setup, minThreads: layoutThreads, maxThreads: layoutThreads, idleTimeout: 60_000 });
    this.rasterPool = new Tinypool({ filename: workerEntry('raster'), minThreads: this.jobs, maxThreads: this.jobs, isolateWorkers: true, idleTimeout: 60_000 });
    for (const pool of [this.layoutPool, this.rasterPool]) {
      pool.on('error', (error: Error) => {
        this.failure ??= error;
        void this.destroy();
      });
    }
  }

  /** Read and extract a transcript on a layout worker. */
  extract(job: ExtractJob): Promise<ExtractOutcome> {
    return this.layout(job, 'extractSource') as Promise<ExtractOutcome>;
  }

  /** Render one card; render errors come back as outcomes, not rejections. */
  async render(job: RenderJob): Promise<RenderOutcome> {
    const laid = (await this.layout(job, 'default')) as LayoutOutcome;
    if (!laid.ok) return laid;
    const format = job.options.format ?? 'png';
    if (format === 'svg') return { ok: true, data: Buffer.from(laid.svg), format, width: laid.width, height: laid.height, alt: laid.alt };
    const scale = job.options.scale ?? 1;
    const raster = await this.raster({ svg: laid.svg, scale }, Math.ceil(laid.width * scale) * Math.ceil(laid.height * scale) * KEPT_PER_PIXEL);
    return { ok: true, data: raster.data, format: 'png', width: raster.width, height: raster.height, alt: laid.alt };
  }

  /** The `render` option of exportCards: a drop-in for renderCard that runs on the pool. */
  readonly renderCard = async (card: Card, options: RenderOptions = {}): Promise<RenderedCard> => {
    const outcome = await this.render({ card, options });
    if (outcome.ok) return { data: Buffer.from(outcome.data.buffer, outcome.data.byteOffset, outcome.data.byteLength), format: outcome.format, width: outcome.width, height: outcome.height, alt: outcome.alt };
    throw Object.assign(new Error(outcome.message), { code: outcome.code ?? undefined });
  };

  /** Stop: queued work is rejected, workers end (and with them every kept buffer). */
  async destroy(): Promise<void> {
    this.closed = true;
    const closed = new Error('render pool is closed');
    for (const p of this.layoutQueue.splice(0)) p.reject(closed);
    for (const p of this.rasterQueue.splice(0)) p.reject(closed);
    await Promise.all([this.layoutPool.destroy(), this.rasterPool.destroy()]);
  }

  private layout(task: ExtractJob | RenderJob, name: PendingLayout['name']): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('render pool is closed'));
    return new Promise((resolve, reject) => {
      this.layoutQueue.push({ task, name, resolve, reject });
      this.schedulePump();
    });
  }

  private raster(job: RasterJob, cost: number): Promise<Raster> {
    if (this.closed) return Promise.reject(new Error('render pool is closed'));
    return new Promise((resolve, reject) => {
      this.rasterQueue.push({ job, cost, resolve, reject });
      this.rasterQueued += cost;
      this.schedulePump();
    });
  }

  private schedulePump(): void {
    // Work arrives in bursts (a source's cards, layouts finishing): let a burst land first.
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.busy < this.jobs) {
      const canLayout = this.layoutQueue.length > 0 && this.layoutBusy < this.layoutThreads;
      const full = this.rasterQueued >= this.leakBudget;
      // A short chunk costs a thread start per few cards: send one only when no more layouts
      // are coming to fill it, or when the slot would otherwise idle and it is half full.
      const drained = this.layoutQueue.length === 0 && this.layoutBusy === 0;
      const rasterReady = this.rasterQueue.length > 0 && (full || drained || (!canLayout && this.rasterQueued >= this.leakBudget / 2));
      if (rasterReady && (full || !canLayout)) this.runRasterChunk();
      else if (canLayout) this.runLayout(this.layoutQueue.shift()!);
      else break;
    }
  }

  private release = () => {
    this.busy--;
    this.schedulePump();
  };

  private runLayout(p: PendingLayout): void {
    this.busy++;
    this.layoutBusy++;
    this.layoutPool
      .run(p.task, { name: p.name })
      .then(p.resolve, p.reject)
      .finally(() => {
        this.layoutBusy--;
        this.release();
      });
  }

  private runRasterChunk(): void {
    const chunk: PendingRaster[] = [];
    let cost = 0;
    while (this.rasterQueue.length > 0 && (chunk.length === 0 || cost + this.rasterQueue[0]!.cost <= this.leakBudget)) {
      const next = this.rasterQueue.shift()!;
      chunk.push(next);
      cost += next.cost;
    }
    this.rasterQueued -= cost;
    this.busy++;
    this.rasterPool
      .run(chunk.map((p) => p.job))
      .then(
        (rasters: Raster[]) => chunk.forEach((p, i) => p.resolve(rasters[i]!)),
        (error: unknown) => chunk.forEach((p) => p.reject(error)),
      )
      .finally(this.release);
  }
}

/**
 * The compiled worker beside this file (dist/, how users run soundbite); from the sources
 * (tsx, jest), the TypeScript worker behind a small module that registers tsx's loader in
 * the thread first (Node 20 workers ignore `--import` in execArgv).
 */
function workerEntry(name: 'worker' | 'raster'): string {
  const js = new URL(`./${name}.js`, import.meta.url);
  if (existsSync(fileURLToPath(js))) return fileURLToPath(js);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const ts = new URL(`./${name}.ts`, import.meta.url).href;
  const named = name === 'worker' ? 'export const extractSource = m.extractSource;' : '';
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); const m = await import(${JSON.stringify(ts)}); export default m.default; ${named}`;
  return `data:text/javascript,${encodeURIComponent(bootstrap)}`;
}

function renderModuleUrl(): string {
  const js = new URL('../../render/index.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js.href : new URL('../../render/index.ts', import.meta.url).href;
}
