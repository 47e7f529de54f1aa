// The run's manifest: one row per card over every source, as JSON and as CSV (RFC 4180) for
// spreadsheets. Rows follow the sources' sorted order, so the same inputs give the same
// manifest however many threads rendered them.
import type { ManifestCard } from '../index.js';

export interface BatchManifestCard {
  /** The transcript as it was named or found. */
  source: string;
  /** Relative to the output folder: `SOURCE_FOLDER/FILE`. */
  file: string;
  kind: 'quote' | 'fact';
  id: string;
  text: string;
  figure: string | null;
  qualifier: string | null;
  label: string | null;
  /** The speaker's label as the transcript writes it. */
  speaker: string | null;
  name: string | null;
  role: string | null;
  start: number;
  end: number;
  alt: string;
  size: string;
  theme: string;
  width: number;
  height: number;
  sha256: string;
}

export interface BatchManifestSource {
  path: string;
  /** The source's folder under the output folder, or null when nothing was exported. */
  dir: string | null;
  title: string | null;
  date: string | null;
  cards: number;
  skipped: Array<{ id: string; reason: string }>;
  error: { code: string; message: string } | null;
}

export interface BatchManifest {
  options: { sizes: string[]; themes: string[]; maxPerSource: number; format: string; scale: number; template: string | null; dateFormat: string | null; locale: string | null };
  sources: BatchManifestSource[];
  cards: BatchManifestCard[];
}

export const CSV_COLUMNS = ['source', 'file', 'kind', 'id', 'text', 'figure', 'qualifier', 'label', 'speaker', 'name', 'role', 'start', 'end', 'alt', 'size', 'theme', 'width', 'height', 'sha256'] as const satisfies ReadonlyArray<keyof BatchManifestCard>;

export function manifestRow(source: string, dir: string, card: ManifestCard): BatchManifestCard {
  return {
    source,
    file: `${dir}/${card.file}`,
    kind: card.kind,
    id: card.id,
    text: card.text,
    figure: card.figure,
    qualifier: card.qualifier,
    label: card.label,
    speaker: card.speaker.label,
    name: card.speaker.name,
    role: card.speaker.role,
    start: card.start,
    end: card.end,
    alt: card.alt,
    size: card.size,
    theme: card.theme,
    width: card.width,
    height: card.height,
    sha256: card.sha256,
  };
}

export function toCsv(rows: readonly BatchManifestCard[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
