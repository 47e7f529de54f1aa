// soundbite's library API: the same stages the CLI runs, typed.
export { extract, type PipelineOptions } from './pipeline.js';
export { ingest, detectFormat, type IngestOptions } from './ingest/index.js';
export { segment } from './segment/index.js';
export { renderCard, type RenderOptions, type RenderedCard } from './render/index.js';
export { exportCards, type ExportOptions, type Manifest, type ManifestCard } from './export/index.js';
export { chooseCards, quoteCard, factCard } from './export/select-cards.js';
export { toContract } from './export/extraction.js';
export { SoundbiteError, EXIT } from './errors.js';
export type * from './types.js';
export { batchExport, RenderPool, type BatchOptions, type BatchResult, type BatchManifest } from './export/batch/index.js';
