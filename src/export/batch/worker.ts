// A layout worker: loaded once per thread, so fonts and templates are loaded once and the
// renderer's caches stay warm for the whole run. It reads and extracts transcripts (as costly
// as rendering their cards, so not on the main thread) and lays cards out as SVG (satori),
// leaving the pixels to a raster worker (raster.ts), whose memory resvg never gives back.
import { workerData } from 'node:worker_threads';
import type { Card, Extraction } from '../../types.js';
import { extract } from '../../pipeline.js';
import { readTranscript } from '../../ingest/read.js';
import { readSidecar } from '../../ingest/metadata.js';
import type { RenderOptions, RenderedCard } from '../../render/index.js';

export interface WorkerSetup {
  /** Module exporting `renderCard`; the built-in renderer unless a test swaps one in. */
  renderModule: string;
  /** Laid out once at start-up, so the first real card finds the renderer warm. */
  warmUp?: { card: Card; options: RenderOptions };
}

export interface RenderJob {
  card: Card;
  options: RenderOptions;
}

export interface ExtractJob {
  path: string;
  maxBytes?: number;
}

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; code: string | null; message: string; stack?: string };

export type LayoutOutcome =
  | { ok: true; svg: string; width: number; height: number; alt: string }
  | { ok: false; code: string | null; message: string; stack?: string };

type RenderFn = (card: Card, options?: RenderOptions) => Promise<RenderedCard>;

// tinypool passes [privateData, workerData].
const setup = (Array.isArray(workerData) ? workerData[1] : workerData) as WorkerSetup | undefined;

const renderer = (await import(setup?.renderModule ?? new URL('../../render/index.js', import.meta.url).href)) as { renderCard: RenderFn; getRenderer?: () => Promise<unknown> };
// Fonts and templates load while the first transcripts are extracted.
const ready = (async () => {
  await renderer.getRenderer?.();
  if (setup?.warmUp) await renderer.renderCard(setup.warmUp.card, { ...setup.warmUp.options, format: 'svg' });
})().catch(() => undefined);
const renderCard: RenderFn = async (card, options) => {
  await ready;
  return renderer.renderCard(card, options);
};

export default async function layout(job: RenderJob): Promise<LayoutOutcome> {
  try {
    const r = await renderCard(job.card, { ...job.options, format: 'svg' });
    return { ok: true, svg: r.data.toString('utf8'), width: r.width, height: r.height, alt: r.alt };
  } catch (e) {
    return failed(e);
  }
}

export async function extractSource(job: ExtractJob): Promise<ExtractOutcome> {
  try {
    const raw = await readTranscript(job.path, job.maxBytes);
    const sidecar = await readSidecar(job.path);
    return { ok: true, extraction: extract(raw, { path: job.path, meta: sidecar?.meta ?? {}, speakers: sidecar?.speakers ?? {} }) };
  } catch (e) {
    return failed(e);
  }
}

function failed(e: unknown): { ok: false; code: string | null; message: string; stack?: string } {
  const code = (e as { code?: unknown }).code;
  return { ok: false, code: typeof code === 'string' ? code : null, message: (e as Error)?.message ?? String(e), stack: (e as Error)?.stack };
}
