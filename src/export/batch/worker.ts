// A render worker: loaded once per thread (fonts and templates cached by the renderer for the
// thread's life), renders a chunk of cards per task. The pool replaces a worker after each
// chunk because resvg keeps every pixel buffer it made until its thread ends (pool.ts).
import { workerData } from 'node:worker_threads';
import type { Card } from '../../types.js';
import type { RenderOptions, RenderedCard } from '../../render/index.js';

export interface WorkerSetup {
  /** Module exporting `renderCard`; the built-in renderer unless a test swaps one in. */
  renderModule: string;
  /** Rendered once at start-up so fonts, templates and the JIT are warm before real work. */
  warmUp?: { card: Card; options: RenderOptions };
}

export interface RenderJob {
  card: Card;
  options: RenderOptions;
}

export type RenderOutcome =
  | { ok: true; data: Uint8Array; format: RenderedCard['format']; width: number; height: number; alt: string }
  | { ok: false; code: string | null; message: string; stack?: string };

type RenderFn = (card: Card, options?: RenderOptions) => Promise<RenderedCard>;

// tinypool passes [privateData, workerData]; plain worker_threads pass ours directly.
const setup: WorkerSetup | undefined = Array.isArray(workerData) ? (workerData[1] as WorkerSetup) : (workerData as WorkerSetup | undefined);

const renderCard: RenderFn = ((await import(setup?.renderModule ?? new URL('../../render/index.js', import.meta.url).href)) as { renderCard: RenderFn }).renderCard;

if (setup?.warmUp) {
  await renderCard(setup.warmUp.card, setup.warmUp.options).catch(() => undefined);
}

export default async function renderChunk(jobs: RenderJob[]): Promise<RenderOutcome[]> {
  const outcomes: RenderOutcome[] = [];
  for (const job of jobs) {
    try {
      const r = await renderCard(job.card, job.options);
      outcomes.push({ ok: true, data: r.data, format: r.format, width: r.width, height: r.height, alt: r.alt });
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      outcomes.push({ ok: false, code: typeof code === 'string' ? code : null, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack });
    }
  }
  return outcomes;
}
