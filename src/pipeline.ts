// The stages in order: ingest → segment → extract → select. Rendering and export take the
// Extraction from here (src/render, src/export).
import type { Extraction } from './types.js';
import { ingest, type IngestOptions } from './ingest/index.js';
import { segment } from './segment/index.js';
import { extractAll, type ExtractOptions } from './extract/index.js';
import { selectClaims, selectQuotes } from './select/index.js';

export interface PipelineOptions extends IngestOptions, ExtractOptions {}

export function extract(raw: string, options: PipelineOptions = {}): Extraction {
  const segmented = segment(ingest(raw, options));
  const { claims, quotes } = extractAll(segmented, options);
  return {
    source: segmented.document.meta,
    speakers: segmented.speakers,
    quotes: selectQuotes(quotes),
    claims: selectClaims(claims),
    diagnostics: segmented.diagnostics,
  };
}
