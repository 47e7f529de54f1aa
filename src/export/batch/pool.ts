// Rendering on every core. @resvg/resvg-js 2.6.2 keeps each pixel buffer it renders outside
// the JS heap until its thread ends, so a worker renders one chunk of cards, capped by how
// many pixels it may leak, and is then replaced (tinypool `isolateWorkers`). A spare worker,
// already warm, takes the next chunk while the replacement starts, so no core waits.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import type { Card } from '../../types.js';
import type { RenderOptions, RenderedCard } from '../../render/index.js';
import type { RenderJob, RenderOutcome, WorkerSetup } from './worker.js';

export interface RenderPoolOptions {
  /** Threads rendering at once; default: one per core. */
  jobs?: number;
  /** Pixel buffers a worker may leave behind before it is replaced (bytes); default 96 MB. */
  leakBudget?: number;
  /** Warm workers kept besides `jobs`, ready to take over from a retiring one; default 1. */
  spares?: number;
  /** A card and options rendered when each worker starts, to load fonts and templates. */
  warmUp?: { card: Card; options: RenderOptions };
  /** Module exporting `renderCard` (file URL); default: soundbite's renderer. */
  renderModule?: string;
}

interface Pending {
  job: RenderJob;
  cost: number;
  resolve: (outcome: RenderOutcome) => void;
  reject: (error: unknown) => void;
}

const DEFAULT_LEAK_BUDGET = 96 * 1024 * 1024;

export class RenderPool {
  readonly jobs: number;
  private readonly pool: Tinypool;
  private readonly leakBudget: number;
  private readonly queue: Pending[] = [];
  private inFlight = 0;
  private pumpScheduled = false;
  private closed = false;
  /** Set when a worker could not start or died: every render after it would fail alike. */
  failure: Error | null = null;

  constructor(options: RenderPoolOptions = {}) {
    this.jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
    this.leakBudget = options.leakBudget ?? DEFAULT_LEAK_BUDGET;
    const threads = this.jobs + Math.max(0, options.spares ?? 1);
    const entry = workerEntry();
    const setup: WorkerSetup = {
      renderModule: options.renderModule ?? entry.renderModule,
      warmUp: options.warmUp,
    };
    this.pool = new Tinypool({
      filename: entry.filename,
      workerData: setup,
      minThreads: threads,
      maxThreads: threads,
      isolateWorkers: true,
      idleTimeout: 60_000,
    });
    this.pool.on('error', (error: Error) => {
      this.failure ??= error;
      void this.destroy();
    });
  }

  /** Render one card on a worker; errors come back as outcomes, not rejections. */
  render(job: RenderJob): Promise<RenderOutcome> {
    if (this.closed) return Promise.reject(new Error('render pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, cost: pixelCost(job.options), resolve, reject });
      this.schedulePump();
    });
  }

  /** The `render` option of exportCards: a drop-in for renderCard that runs on the pool. */
  readonly renderCard = async (card: Card, options: RenderOptions = {}): Promise<RenderedCard> => {
    const outcome = await this.render({ card, options });
    if (outcome.ok) return { data: Buffer.from(outcome.data.buffer, outcome.data.byteOffset, outcome.data.byteLength), format: outcome.format, width: outcome.width, height: outcome.height, alt: outcome.alt } as RenderedCard;
    throw Object.assign(new Error(outcome.message), { code: outcome.code ?? undefined });
  };

  /** Stop: queued cards are rejected, workers end (and with them every leaked buffer). */
  async destroy(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('render pool is closed'));
    await this.pool.destroy();
  }

  private schedulePump(): void {
    // Cards arrive in bursts (a source at a time): let a burst land before chunking it.
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.inFlight < this.jobs && this.queue.length > 0) {
      // Share a short queue among the free threads; a long one goes in full chunks.
      const fair = Math.ceil(this.queue.length / (this.jobs - this.inFlight));
      const chunk: Pending[] = [];
      let cost = 0;
      while (chunk.length < fair && this.queue.length > 0) {
        const next = this.queue[0]!;
        if (chunk.length > 0 && cost + next.cost > this.leakBudget) break;
        chunk.push(this.queue.shift()!);
        cost += next.cost;
      }
      this.inFlight++;
      this.pool
        .run(chunk.map((p) => p.job))
        .then(
          (outcomes: RenderOutcome[]) => chunk.forEach((p, i) => p.resolve(outcomes[i]!)),
          (error: unknown) => chunk.forEach((p) => p.reject(error)),
        )
        .finally(() => {
          this.inFlight--;
          this.schedulePump();
        });
    }
  }
}

/** Bytes resvg keeps for one render: width × height × scale² × RGBA. */
function pixelCost(options: RenderOptions): number {
  const scale = typeof options.scale === 'number' && options.scale > 0 ? options.scale : 1;
  const [w, h] = dimensions(String(options.size ?? 'x'));
  return Math.ceil(w * scale) * Math.ceil(h * scale) * 4;
}

const PRESETS: Record<string, [number, number]> = { x: [1200, 675], og: [1200, 630], square: [1080, 1080], portrait: [1080, 1350], story: [1080, 1920] };

function dimensions(size: string): [number, number] {
  const preset = PRESETS[size.trim().toLowerCase()];
  if (preset) return preset;
  const m = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(size.trim());
  return m ? [Number(m[1]), Number(m[2])] : [1200, 1200];
}

/**
 * The compiled worker beside this file (dist/, how users run soundbite); from the sources
 * (tsx, jest), the TypeScript worker behind a small module that registers tsx's loader in
 * the thread first (Node 20 workers ignore `--import` in execArgv).
 */
function workerEntry(): { filename: string; renderModule: string } {
  const js = new URL('./worker.js', import.meta.url);
  const renderModule = new URL('../../render/index.js', import.meta.url).href;
  if (existsSync(fileURLToPath(js))) return { filename: fileURLToPath(js), renderModule };
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const ts = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsx)}; register(); const m = await import(${JSON.stringify(ts)}); export default m.default;`;
  return { filename: `data:text/javascript,${encodeURIComponent(bootstrap)}`, renderModule: renderModule.replace(/\.js$/, '.ts') };
}
