import { relative, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { batchExport, type BatchProgress, type BatchResult } from '../../export/batch/index.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';

export const command = 'batch <inputs..>';
export const describe = 'Render cards for many transcripts at once: one folder per source, a manifest for the run';

interface BatchArgs {
  inputs: string[];
  out: string;
  size: string;
  theme: string;
  maxPerSource: number;
  jobs?: number;
  template?: string;
  format: 'png' | 'svg';
  scale: number;
  dateFormat?: string;
  locale?: string;
  maxBytes: number;
  quiet: boolean;
  json: boolean;
  exitCode?: number;
}

export function builder(y: Argv) {
  return y
    .positional('inputs', { type: 'string', array: true, describe: 'Transcript files, folders (searched for .txt .md .html .vtt .srt) or quoted globs' })
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'Folder for one subfolder of cards per source, manifest.json and manifest.csv' })
    .option('size', { type: 'string', default: 'x', describe: 'x (1200×675), og, square, portrait, story or WxH; several with commas' })
    .option('theme', { type: 'string', default: 'light', describe: 'light, dark or bold; several with commas' })
    .option('max-per-source', { type: 'number', default: 5, describe: 'At most this many quote cards and this many fact cards per source' })
    .option('jobs', { alias: 'j', type: 'number', describe: 'Render threads (default: one per core)' })
    .option('template', { type: 'string', describe: 'A template module (.js) to use instead of the built-in ones' })
    .option('format', { choices: ['png', 'svg'] as const, default: 'png' as const, describe: 'Image format' })
    .option('scale', { type: 'number', default: 1, describe: 'Pixel density, e.g. 2 for retina' })
    .option('date-format', { type: 'string', describe: 'date-fns pattern for the date on cards' })
    .option('locale', { type: 'string', describe: 'Locale for dates on cards, e.g. fr, en-GB' })
    .option('max-bytes', { type: 'number', default: DEFAULT_MAX_BYTES, describe: 'Skip transcripts larger than this' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' })
    .option('json', { type: 'boolean', default: false, describe: 'Print a machine-readable summary on standard output' })
    .check((a) => {
      if (a.jobs !== undefined && !(Number.isInteger(a.jobs) && a.jobs >= 1)) throw new Error('--jobs must be a whole number, 1 or more.');
      if (!(Number.isInteger(a.maxPerSource) && (a.maxPerSource as number) >= 1)) throw new Error('--max-per-source must be a whole number, 1 or more.');
      return true;
    })
    .example('$0 batch transcripts/ --out cards', 'Every transcript in a folder')
    .example('$0 batch "briefings/**/*.md" --size x,square --jobs 2', 'A glob, two sizes, two threads');
}

export async function handler(argv: ArgumentsCamelCase<BatchArgs>): Promise<void> {
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const bar = !argv.quiet && process.stderr.isTTY ? progressBar() : null;
  let result: BatchResult;
  try {
    result = await batchExport(argv.inputs, {
      outDir: argv.out,
      sizes: list(argv.size),
      themes: list(argv.theme),
      maxPerSource: argv.maxPerSource,
      jobs: argv.jobs,
      template: argv.template,
      format: argv.format,
      scale: argv.scale,
      dateFormat: argv.dateFormat,
      locale: argv.locale,
      maxBytes: argv.maxBytes,
      signal: controller.signal,
      onProgress: bar?.update,
    });
  } finally {
    bar?.stop();
    process.off('SIGINT', onSigint);
  }
  argv.exitCode = result.exitCode;
  for (const f of result.failures) process.stderr.write(`soundbite: failed: ${f.path}: ${f.message}\n`);
  if (argv.json) {
    process.stdout.write(JSON.stringify(summaryJson(result), null, 2) + '\n');
    return;
  }
  if (argv.quiet) return;
  process.stdout.write(summaryLine(result, argv.out) + '\n');
}

function progressBar() {
  const bar = new cliProgress.SingleBar(
    { format: 'soundbite batch [{bar}] {value}/{total} sources | {cards} cards | {rate} cards/s', hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update(p: BatchProgress) {
      const rate = (p.rendered / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
      if (!begun) bar.start(p.sourcesTotal, p.sourcesDone, { cards: p.cards, rate });
      else bar.update(p.sourcesDone, { cards: p.cards, rate });
      begun = true;
    },
    stop: () => bar.stop(),
  };
}

export function summaryLine(r: BatchResult, out: string): string {
  const shown = relative(process.cwd(), resolve(out)) || '.';
  const sources = r.manifest.sources.length;
  const cards = r.manifest.cards.length;
  const reused = r.reused > 0 ? ` (${r.rendered} rendered, ${r.reused} already there)` : '';
  const failed = r.failures.length > 0 ? `, ${r.failures.length} failed` : '';
  return `${sources} source${sources === 1 ? '' : 's'}, ${cards} card${cards === 1 ? '' : 's'}${reused}${failed} in ${r.seconds.toFixed(1)} s (${r.cardsPerSecond.toFixed(1)} cards/s) → ${shown}/manifest.json`;
}

function summaryJson(r: BatchResult) {
  return {
    sources: r.manifest.sources.length,
    cards: r.manifest.cards.length,
    rendered: r.rendered,
    reused: r.reused,
    failed: r.failures.length,
    failures: r.failures,
    seconds: Number(r.seconds.toFixed(3)),
    cardsPerSecond: Number(r.cardsPerSecond.toFixed(2)),
    manifest: r.files,
    exitCode: r.exitCode,
  };
}
