// ingest: raw text → Document (cleaned text + offset map + metadata). Format detection
// picks the reader; each reader strips what is not speech and keeps the map to raw.
import type { Document, Format, SourceMeta, SpeakerInfo } from '../types.js';
import { readPlain } from './plain.js';

export interface IngestOptions {
  path?: string | null;
  format?: Format;
  /** Metadata from a sidecar file or flags; wins over what the transcript says. */
  meta?: Partial<Pick<SourceMeta, 'title' | 'date' | 'url' | 'outlet' | 'translated'>>;
  speakers?: Record<string, Partial<SpeakerInfo>>;
}

export function detectFormat(raw: string, path?: string | null): Format {
  const ext = path?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'vtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const head = raw.slice(0, 2048).replace(/^\uFEFF/, '');
  if (/^WEBVTT/.test(head)) return 'vtt';
  if (/^\s*\d+\s*\r?\n\d\d:\d\d:\d\d,\d{3}\s*-->/.test(head)) return 'srt';
  if (/^\s*(<!DOCTYPE html|<html|<\?xml)/i.test(head) || /<(body|p|div|br)\b[^>]*>/i.test(head)) return 'html';
  if (/^---\r?\n/.test(head)) return 'markdown';
  return 'text';
}

export function ingest(raw: string, options: IngestOptions = {}): Document {
  const format = options.format ?? detectFormat(raw, options.path);
  const document = readPlain(raw, format, options.path ?? null);
  const meta: SourceMeta = { ...document.meta };
  for (const [key, value] of Object.entries(options.meta ?? {})) {
    if (value !== undefined && value !== null) (meta as unknown as Record<string, unknown>)[key] = value;
  }
  return { ...document, meta, speakerHints: { ...document.speakerHints, ...(options.speakers ?? {}) } };
}
