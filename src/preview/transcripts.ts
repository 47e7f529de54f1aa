// The transcripts a preview shows: each read, extracted and turned into the cards the
// gallery lists, with the text shown beside them and every card's passage in that text.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Card, Extraction, MapSpan } from '../types.js';
import { extract, type PipelineOptions } from '../pipeline.js';
import { ingest } from '../ingest/index.js';
import { readTranscript, DEFAULT_MAX_BYTES } from '../ingest/read.js';
import { readSidecar } from '../ingest/metadata.js';
import { chooseCards } from '../export/select-cards.js';
import { SoundbiteError } from '../errors.js';

export const TRANSCRIPT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.vtt', '.srt'];

export interface PreviewCard {
  /** The extractor's id: `q1`, `c3`. Unique within a transcript. */
  id: string;
  kind: 'quote' | 'fact';
  /** What the renderer gets, with the user's trim applied. */
  card: Card;
  score: number;
  /** The passage in Document.raw, [start, end). */
  start: number;
  end: number;
  /** The quote as extracted, before any trim (quotes only). */
  extractedText: string;
  edited: boolean;
}

export interface ShownText {
  /** What the page shows: the raw file, or for HTML the cleaned text (markup would bury the words). */
  text: string;
  cleaned: boolean;
  /** Each card's passage in `text`. */
  passages: Array<{ id: string; start: number; end: number }>;
}

export interface LoadedTranscript {
  raw: string;
  extraction: Extraction;
  cards: PreviewCard[];
  shown: ShownText;
}

export interface Transcript {
  slug: string;
  path: string;
  /** Bumped on every reload, so pages and caches can tell versions apart. */
  version: number;
  loaded: LoadedTranscript | null;
  /** A known error from reading or extracting (shown in the page instead of cards). */
  error: string | null;
  /** Trims the user made, by passage, kept across reloads while the passage is unchanged. */
  edits: Map<string, { rawSpan: string; text: string }>;
}

export interface LoadOptions {
  /** At most this many quote cards and this many fact cards per transcript. */
  max: number;
  maxBytes?: number;
  log?: (line: string) => void;
}

/** The transcript files named by the inputs: files as given, folders listed (not recursed). */
export async function listTranscripts(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new SoundbiteError('INPUT_NOT_FOUND', `${input} does not exist: check the path.`);
    }
    if (!info.isDirectory()) {
      files.push(resolve(input));
      continue;
    }
    const names = (await readdir(input)).filter(isTranscriptName).toSorted();
    if (names.length === 0) throw new SoundbiteError('INPUT_NOT_FOUND', `${input} holds no transcripts (${TRANSCRIPT_EXTENSIONS.join(', ')}).`);
    files.push(...names.map((n) => resolve(input, n)));
  }
  return [...new Set(files)];
}

export function isTranscriptName(name: string): boolean {
  return !name.startsWith('.') && TRANSCRIPT_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** A URL-safe name from the file name, unique among `taken`. */
export function slugFor(path: string, taken: Set<string>): string {
  const base = basename(path, extname(path)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'transcript';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Read and extract again. Never throws: a known problem is shown in the page, and so is a
 * bug in a stage (with the stack sent to `log`), so one bad file doesn't stop the preview.
 */
export async function loadTranscript(t: Transcript, options: LoadOptions): Promise<void> {
  t.version++;
  try {
    const raw = await readTranscript(t.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const sidecar = await readSidecar(t.path);
    const pipeline: PipelineOptions = { path: t.path, meta: sidecar?.meta ?? {}, speakers: sidecar?.speakers ?? {} };
    const extraction = extract(raw, pipeline);
    const cards = previewCards(raw, extraction, t.edits, options.max);
    t.loaded = { raw, extraction, cards, shown: shownText(raw, pipeline, extraction, cards) };
    t.error = null;
  } catch (e) {
    t.loaded = null;
    if (e instanceof SoundbiteError) t.error = e.message;
    else {
      t.error = `unexpected error while reading this transcript (a bug — please report it): ${(e as Error)?.message ?? String(e)}`;
      options.log?.(`preview: ${basename(t.path)}: ${(e as Error)?.stack ?? String(e)}`);
    }
  }
}

/** After a trim: the cards again from the same extraction, with the edits applied. */
export function refreshCards(t: Transcript, max: number): void {
  if (!t.loaded) return;
  t.loaded = { ...t.loaded, cards: previewCards(t.loaded.raw, t.loaded.extraction, t.edits, max) };
}

function previewCards(raw: string, x: Extraction, edits: Transcript['edits'], max: number): PreviewCard[] {
  return chooseCards(x, { max }).map(({ card, item }): PreviewCard => {
    if (item.kind === 'fact') {
      const c = item.claim;
      return { id: c.id, kind: 'fact', card, score: c.score, start: c.start, end: c.end, extractedText: c.sentence, edited: false };
    }
    const q = item.quote;
    const edit = edits.get(passageKey(q.start, q.end));
    const valid = edit !== undefined && edit.rawSpan === raw.slice(q.start, q.end);
    return { id: q.id, kind: 'quote', card: valid ? { ...card, text: edit.text } : card, score: q.score, start: q.start, end: q.end, extractedText: q.text, edited: valid };
  });
}

export const passageKey = (start: number, end: number) => `${start}:${end}`;

function shownText(raw: string, pipeline: PipelineOptions, x: Extraction, cards: PreviewCard[]): ShownText {
  if (x.source.format !== 'html') {
    return { text: raw, cleaned: false, passages: cards.map(({ id, start, end }) => ({ id, start, end })) };
  }
  const document = ingest(raw, pipeline);
  return {
    text: document.text,
    cleaned: true,
    passages: cards.map(({ id, start, end }) => ({ id, start: rawToText(document.map, start, 'start'), end: rawToText(document.map, end, 'end') })),
  };
}

/**
 * Text offset for a raw offset. Inside a span that copies raw, exact; inside one that stands
 * for a unit (an entity, a tag), its edge; between spans (markup dropped), the nearest edge
 * on the side that keeps the range inside the passage.
 */
export function rawToText(map: readonly MapSpan[], at: number, side: 'start' | 'end'): number {
  let before: MapSpan | undefined;
  for (const span of map) {
    if (span.rawStart <= at && at < span.rawEnd) {
      if (span.textEnd - span.textStart === span.rawEnd - span.rawStart) return span.textStart + (at - span.rawStart);
      return side === 'start' ? span.textStart : span.textEnd;
    }
    if (span.rawEnd <= at && (!before || span.rawEnd >= before.rawEnd)) before = span;
    if (span.rawStart > at) return side === 'start' ? span.textStart : (before?.textEnd ?? span.textStart);
  }
  return map.length ? map[map.length - 1]!.textEnd : 0;
}

export function newTranscript(path: string, slug: string): Transcript {
  return { slug, path, version: 0, loaded: null, error: null, edits: new Map() };
}
