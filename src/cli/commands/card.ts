// `soundbite card`: render one card from flags, no transcript needed.
import { mkdir } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import type { Argv, ArgumentsCamelCase } from 'yargs';
import { writeAtomic } from '../../export/write.js';
import { renderCard, RenderError, SIZES, THEMES, type RenderOptions } from '../../render/index.js';
import type { Card } from '../../types.js';

export const command = 'card';
export const describe = 'Render one quote or fact card from the command line';

export interface CardArgs {
  text: string;
  by?: string;
  figure?: string;
  label?: string;
  qualifier?: string;
  source?: string;
  outlet?: string;
  date?: string;
  url?: string;
  translated: boolean;
  size: string;
  theme: string;
  template?: string;
  format?: 'png' | 'svg';
  scale: number;
  dateFormat?: string;
  locale?: string;
  out: string;
}

export function builder(y: Argv) {
  return y
    .option('text', { type: 'string', demandOption: true, describe: 'The quote; for a fact card, the sentence the figure came from' })
    .option('by', { type: 'string', describe: 'Who said it: "Name, Role"' })
    .option('figure', { type: 'string', describe: 'Makes a fact card: the figure as shown, e.g. "60,000–65,000"' })
    .option('label', { type: 'string', describe: 'Fact cards: what the figure counts' })
    .option('qualifier', { type: 'string', describe: 'Fact cards: the speaker’s qualifier, e.g. roughly, more than' })
    .option('source', { type: 'string', describe: 'Source title for the credit line' })
    .option('outlet', { type: 'string', describe: 'Outlet, shown when there is no source title' })
    .option('date', { type: 'string', describe: 'Date said or published, YYYY-MM-DD' })
    .option('url', { type: 'string', describe: 'Source URL (kept in the card data, not drawn)' })
    .option('translated', { type: 'boolean', default: false, describe: 'Spoken through an interpreter: adds a "Via translation" tag' })
    .option('size', { type: 'string', default: 'x', describe: `${Object.keys(SIZES).join(', ')} or WxH` })
    .option('theme', { type: 'string', default: 'light', describe: Object.keys(THEMES).join(', ') })
    .option('template', { type: 'string', describe: 'quote, fact, or a path to a template module (.js)' })
    .option('format', { choices: ['png', 'svg'] as const, describe: 'Image format (default: from the --out extension, else png)' })
    .option('scale', { type: 'number', default: 1, describe: 'Pixel density, e.g. 2 for retina' })
    .option('date-format', { type: 'string', describe: 'date-fns pattern for the date (default "MMMM d, yyyy")' })
    .option('locale', { type: 'string', describe: 'Locale for the date, e.g. fr, en-GB' })
    .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'File to write' })
    .example('$0 card --text "We cannot deal with these problems alone." --by "Antony Blinken, Secretary of State" --out quote.png', 'A quote card')
    .example('$0 card --text "So far there are roughly 60,000…" --figure "60,000–65,000" --qualifier roughly --label "Afghans welcomed" --out fact.png', 'A fact card');
}

/** "Name, Role" → name and role; a name alone has no role. */
export function parseBy(by: string | undefined): { name: string | null; role: string | null } {
  const text = by?.trim();
  if (!text) return { name: null, role: null };
  const comma = text.indexOf(',');
  if (comma < 0) return { name: text, role: null };
  const name = text.slice(0, comma).trim();
  const role = text.slice(comma + 1).trim();
  return { name: name || null, role: role || null };
}

export function cardFromArgs(args: CardArgs): Card {
  const speaker = parseBy(args.by);
  return {
    kind: args.figure ? 'fact' : 'quote',
    text: args.text,
    ...(args.figure ? { figure: args.figure, qualifier: args.qualifier ?? null, label: args.label ?? null } : {}),
    speaker: { label: null, ...speaker },
    source: {
      title: args.source ?? null,
      outlet: args.outlet ?? null,
      date: args.date ?? null,
      url: args.url ?? null,
      translated: args.translated,
    },
  };
}

export async function handler(argv: ArgumentsCamelCase<CardArgs>): Promise<void> {
  const format = argv.format ?? (extname(argv.out).toLowerCase() === '.svg' ? 'svg' : 'png');
  if (!THEMES[argv.theme as keyof typeof THEMES]) {
    throw new RenderError('RENDER_UNKNOWN_THEME', `Unknown theme "${argv.theme}": use one of ${Object.keys(THEMES).join(', ')}.`);
  }
  const options: RenderOptions = {
    size: argv.size,
    theme: argv.theme as RenderOptions['theme'],
    template: argv.template,
    format,
    scale: argv.scale,
    dateFormat: argv.dateFormat,
    locale: argv.locale,
  };
  const rendered = await renderCard(cardFromArgs(argv), options);
  await mkdir(dirname(argv.out), { recursive: true });
  await writeAtomic(argv.out, rendered.data);
  const kb = Math.max(1, Math.round(rendered.data.length / 1024));
  process.stdout.write(`${argv.out}  ${rendered.width}×${rendered.height} ${format}, ${kb} KB\n  alt: ${rendered.alt}\n`);
}
