// A source job's two halves that need no Redis: choosing the candidate cards of a
// transcript, and deciding from the card results so far which cards still need rendering.
// Both follow src/export/batch/source.ts, so a queued run makes the cards a local run makes.
import { basename } from 'node:path';
import { extract } from '../pipeline.js';
import { readTranscript } from '../ingest/read.js';
import { readSidecar } from '../ingest/metadata.js';
import { chooseCards, type CardChoice } from '../export/select-cards.js';
import { cardFileName, cardKey, type RenderKeyOptions } from '../export/batch/keys.js';
import type { ManifestCard } from '../export/index.js';
import type { Extraction } from '../types.js';
import { cardJobId, type Candidate, type CardEntry, type CardJobResult, type SourceJobData, type SourcePlanState } from './jobs.js';

/** Read and extract a transcript; a worker runs this on a render thread to keep its event loop (and job locks) alive. */
export type ExtractFn = (file: string, maxBytes: number | undefined) => Promise<Extraction>;

export const extractHere: ExtractFn = async (file, maxBytes) => {
  const raw = await readTranscript(file, maxBytes);
  const sidecar = await readSidecar(file);
  return extract(raw, { path: file, meta: sidecar?.meta ?? {}, speakers: sidecar?.speakers ?? {} });
};

export async function planSource(data: SourceJobData, sourceId: string, extractSource: ExtractFn = extractHere): Promise<SourcePlanState> {
  const x = await extractSource(data.file, data.maxBytes);
  // Spare candidates, as a local batch takes them: one too long for a card gives way to the next.
  const choices = chooseCards(x, { max: data.max * 3 });
  const pairs = data.sizes.flatMap((size) => data.themes.map((theme) => ({ size, theme })));
  const ranks = { quote: 0, fact: 0 };
  const candidates = choices.map((choice): Candidate => {
    const kind = choice.card.kind;
    const rank = ++ranks[kind];
    const variants = pairs.map(({ size, theme }) => {
      const keyOptions: RenderKeyOptions = { ...data.render, size, theme };
      const key = cardKey(choice.card, keyOptions, data.templateHash);
      return { size, theme, file: cardFileName({ kind, rank, size, theme, format: data.render.format, key, suffix: pairs.length > 1 }) };
    });
    return { kind, rank, jobId: cardJobId(sourceId, kind, rank, variants), card: choice.card, entry: entryOf(choice), variants };
  });
  const path = x.source.path === null ? null : basename(x.source.path);
  return { source: { ...x.source, path }, candidates };
}

export type Step = { done: true; cards: ManifestCard[]; skipped: Array<{ id: string; reason: string }>; rendered: number; reused: number } | { done: false; render: Candidate[] } | { done: true; error: { code: string; message: string } };

/**
 * Per kind, candidates are tried in waves of as many as cards are still wanted; the first
 * `max` that fit win, as if taken one by one. Given the results so far, either every kind
 * is decided, or these candidates must be rendered next.
 */
export function nextStep(plan: SourcePlanState, max: number, results: ReadonlyMap<string, CardJobResult>): Step {
  const render: Candidate[] = [];
  const cards: ManifestCard[] = [];
  const skipped: Array<{ id: string; reason: string }> = [];
  let rendered = 0;
  let reused = 0;
  for (const kind of ['quote', 'fact'] as const) {
    const candidates = plan.candidates.filter((c) => c.kind === kind);
    let taken = 0;
    let at = 0;
    while (taken < max && at < candidates.length) {
      const wave = candidates.slice(at, at + max - taken);
      const missing = wave.filter((c) => !results.has(c.jobId));
      if (missing.length > 0) {
        render.push(...missing);
        break;
      }
      for (const c of wave) {
        const r = results.get(c.jobId)!;
        if (r.status === 'error') return { done: true, error: { code: r.code, message: r.message } };
        if (r.status === 'skipped') skipped.push({ id: r.id, reason: r.reason });
        else {
          cards.push(...r.cards);
          rendered += r.rendered;
          reused += r.reused;
          taken++;
        }
      }
      at += wave.length;
    }
  }
  if (render.length > 0) return { done: false, render };
  return { done: true, cards, skipped: skipped.toSorted((a, b) => a.id.localeCompare(b.id)), rendered, reused };
}

function entryOf(choice: CardChoice): CardEntry {
  const speaker = choice.card.speaker;
  if (choice.item.kind === 'quote') {
    const q = choice.item.quote;
    return { kind: 'quote', id: q.id, text: q.text, figure: null, qualifier: null, label: null, speaker, start: q.start, end: q.end };
  }
  const c = choice.item.claim;
  return { kind: 'fact', id: c.id, text: c.sentence, figure: c.display, qualifier: c.qualifier, label: c.label, speaker, start: c.start, end: c.end, mentions: c.mentions };
}
