// ingest: raw text → Document (cleaned text + offset map + metadata). Format detection
// picks the reader; each reader strips what is not speech and keeps the map to raw.
import type { Document, Format, SourceMeta, SpeakerInfo } from '../types.js';
import { readPlain } from './plain.js';
import { readHtml } from './html.js';
import { readCaptions } from './captions.js';
import { clean } from './clean.js';
import type { ReaderOutput } from './reader.js';

export interface IngestOptions {
  path?: string | null;
  format?: Format;
  /** Metadata from a sidecar file or flags; wins over what the transcript says. */
  meta?: Partial<Pick<SourceMeta, 'title' | 'date' | 'url' | 'outlet' | 'translated'>>;
  speakers?: Record<string, Partial<SpeakerInfo>>;
}

export function detectFormat(raw: string, path?: string | null): Format {
  const ext = path?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'vtt' || ext === 'webvtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  const head = raw.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/.test(head)) return 'vtt';
  if (/^\s*\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/.test(head)) return 'srt';
  if (/^\s*(?:<!DOCTYPE html|<html|<\?xml[^>]*>\s*<(?:!DOCTYPE )?html)/i.test(head)) return 'html';
  // A fragment of markup: several block tags, not one <br> in a Markdown file.
  if (/^\s*</.test(head) && (head.match(/<(?:body|p|div|br|strong|span|table|section|article)\b[^>]*>/gi)?.length ?? 0) >= 3) return 'html';
  if (/^---\r?\n/.test(head) || /^(?:#{1,6} |\*\*[^*\n]{1,60}:?\*\*:?)/m.test(head)) return 'markdown';
  return 'text';
}

export function ingest(raw: string, options: IngestOptions = {}): Document {
  const format = options.format ?? detectFormat(raw, options.path);
  const read = readerFor(format)(raw, format);
  const cleaned = clean(read, format);
  const meta: SourceMeta = {
    path: options.path ?? null,
    title: null,
    date: null,
    url: null,
    outlet: null,
    ...read.meta,
    translated: read.meta.translated ?? cleaned.translated,
    format,
  };
  // What the user's metadata says wins over what the transcript says.
  for (const [key, value] of Object.entries(options.meta ?? {})) {
    if (value !== undefined && value !== null) (meta as unknown as Record<string, unknown>)[key] = value;
  }
  return {
    raw,
    text: cleaned.text,
    map: cleaned.map,
    meta,
    labelHints: cleaned.labelHints,
    speakerHints: { ...read.speakerHints, ...(options.speakers ?? {}) },
    diagnostics: [...read.diagnostics, ...cleaned.diagnostics].toSorted((a, b) => (a.start ?? 0) - (b.start ?? 0)),
  };
}

function readerFor(format: Format): (raw: string, format: Format) => ReaderOutput {
  if (format === 'html') return (raw) => readHtml(raw);
  if (format === 'vtt' || format === 'srt') return readCaptions;
  return readPlain;
}
