import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { loadTranscript, sourceOptions, type SourceArgs } from '../source.js';
import { extract } from '../../pipeline.js';
import { exportCards } from '../../export/index.js';

/** The transcript `soundbite` uses when given none. */
export const BUNDLED_EXAMPLE = fileURLToPath(new URL('../../../examples/blinken-2021-interview.txt', import.meta.url));

export const command = ['cards [file]', '$0'];
export const describe = 'Render the top quote cards and fact cards of a transcript as PNG files (the default command)';

interface CardsArgs extends Omit<SourceArgs, 'format'> {
  file?: string;
  out: string;
  max: number;
  size: string;
  theme: string;
  template?: string;
  format: 'png' | 'svg';
  scale: number;
  dateFormat?: string;
  quiet: boolean;
}

export function builder(y: Argv) {
  return sourceOptions(y)
    .positional('file', { type: 'string', describe: 'Transcript file, or - for standard input (default: the bundled example interview)' })
    .option('out', { alias: 'o', type: 'string', default: 'output', describe: 'Folder for the cards and manifest.json' })
    .option('max', { type: 'number', default: 5, describe: 'At most this many quote cards and this many fact cards' })
    .option('size', { type: 'string', default: 'x', describe: 'x (1200×675), og, square, portrait, story or WxH; several with commas' })
    .option('theme', { type: 'string', default: 'light', describe: 'light, dark or bold; several with commas' })
    .option('template', { type: 'string', describe: 'A template module (.js) to use instead of the built-in ones' })
    .option('format', { choices: ['png', 'svg'] as const, default: 'png' as const, describe: 'Image format' })
    .option('scale', { type: 'number', default: 1, describe: 'Pixel density, e.g. 2 for retina' })
    .option('date-format', { type: 'string', describe: 'date-fns pattern for the date on cards (default "MMMM d, yyyy")' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' })
    .example('$0', 'Cards from the bundled example interview, into output/')
    .example('$0 cards briefing.md --out cards --size x,square --theme dark', 'Two sizes, dark theme')
    .example('$0 cards hearing.html --speaker "Mr. SECORD=Richard Secord, retired Air Force major general"', 'Name a speaker');
}

export async function handler(argv: ArgumentsCamelCase<CardsArgs>): Promise<void> {
  const file = argv.file ?? BUNDLED_EXAMPLE;
  const input = await loadTranscript(file, argv);
  const result = extract(input.raw, input.options);
  for (const d of result.diagnostics) if (d.severity === 'warning' && !argv.quiet) process.stderr.write(`soundbite: warning: ${d.message}\n`);
  const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const manifest = await exportCards(result, {
    outDir: argv.out,
    max: argv.max,
    sizes: list(argv.size),
    themes: list(argv.theme),
    template: argv.template,
    format: argv.format,
    scale: argv.scale,
    dateFormat: argv.dateFormat,
  });
  if (argv.quiet) return;
  const shown = relative(process.cwd(), resolve(argv.out)) || '.';
  const quotes = manifest.cards.filter((c) => c.kind === 'quote').length;
  const facts = manifest.cards.length - quotes;
  process.stdout.write(`${manifest.cards.length} cards (${quotes} quote, ${facts} fact) from ${argv.file ? file : 'the bundled example'} → ${shown}/\n`);
  for (const c of manifest.cards) process.stdout.write(`  ${shown}/${c.file}  ${c.kind === 'fact' ? c.figure : '“' + truncate(c.text, 60) + '”'}\n`);
  process.stdout.write(`  ${shown}/manifest.json\n`);
  for (const s of manifest.skipped) process.stderr.write(`soundbite: skipped ${s.id}: ${s.reason}\n`);
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
