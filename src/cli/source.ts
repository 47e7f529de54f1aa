// Flags shared by every command that reads a transcript, and the reading itself.
import type { Argv } from 'yargs';
import { SoundbiteError } from '../errors.js';
import { readStdin, readTranscript, DEFAULT_MAX_BYTES } from '../ingest/read.js';
import { parseSpeakerFlag, readSidecar } from '../ingest/metadata.js';
import type { PipelineOptions } from '../pipeline.js';
import type { Format } from '../types.js';

export interface SourceArgs {
  inputFormat?: Format;
  title?: string;
  date?: string;
  sourceUrl?: string;
  outlet?: string;
  speaker?: string[];
  maxBytes: number;
}

/**
 * `--input-format` names the transcript's format; `extract`, which makes no images, also
 * takes it as `--format` (card commands use `--format` for png|svg).
 */
export function sourceOptions<T>(y: Argv<T>, { formatAlias = false } = {}) {
  return y
    .option('input-format', { alias: formatAlias ? 'format' : undefined, choices: ['text', 'markdown', 'html', 'vtt', 'srt'] as const, describe: 'Transcript format (default: detected from the name and content)' })
    .option('title', { type: 'string', describe: 'Source title shown on cards' })
    .option('date', { type: 'string', describe: 'Source date, YYYY-MM-DD' })
    .option('source-url', { type: 'string', describe: 'Where the transcript was published' })
    .option('outlet', { type: 'string', describe: 'Publisher or outlet shown on cards' })
    .option('speaker', { type: 'string', array: true, describe: 'Who a label is: "LABEL=Name, Role" (repeatable)' })
    .option('max-bytes', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'Refuse transcripts larger than this' });
}

/** How `-` (standard input) reaches command handlers. */
export const STDIN = '<stdin>';

export interface LoadedTranscript {
  raw: string;
  options: PipelineOptions;
}

export async function loadTranscript(file: string, args: SourceArgs): Promise<LoadedTranscript> {
  const stdin = file === STDIN || file === '-';
  const raw = stdin ? await readStdin(args.maxBytes) : await readTranscript(file, args.maxBytes);
  const sidecar = stdin ? null : await readSidecar(file);
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) throw new SoundbiteError('USAGE', `--date "${args.date}" is not a date: use YYYY-MM-DD.`);
  const flags = Object.fromEntries(Object.entries({ title: args.title, date: args.date, url: args.sourceUrl, outlet: args.outlet }).filter(([, v]) => v !== undefined));
  const speakers = { ...(sidecar?.speakers ?? {}), ...Object.fromEntries((args.speaker ?? []).map(parseSpeakerFlag)) };
  return {
    raw,
    options: { path: stdin ? null : file, format: args.inputFormat, meta: { ...(sidecar?.meta ?? {}), ...flags }, speakers },
  };
}
