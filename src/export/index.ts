// export: render the chosen cards and write them with a manifest. Everything is rendered in
// memory first, then written atomically, so a failure leaves the output folder as it was.
import { createHash } from 'node:crypto';
import { join, basename } from 'node:path';
import type { Card, Extraction } from '../types.js';
import { renderCard, type RenderOptions, type RenderedCard } from '../render/index.js';
import { chooseCards, type CardChoice } from './select-cards.js';
import { checkWritableDir, ensureWritableDir, writeAtomic } from './write.js';
import { SoundbiteError } from '../errors.js';

export interface ExportOptions extends Omit<RenderOptions, 'size' | 'theme'> {
  outDir: string;
  /** At most this many quote cards and this many fact cards. */
  max?: number;
  sizes?: string[];
  themes?: string[];
  /** Render one card; batch export swaps in a worker pool. */
  render?: (card: Card, options: RenderOptions) => Promise<RenderedCard>;
}

export interface ManifestCard {
  file: string;
  kind: 'quote' | 'fact';
  id: string;
  text: string;
  figure: string | null;
  qualifier: string | null;
  label: string | null;
  speaker: { label: string | null; name: string | null; role: string | null };
  start: number;
  end: number;
  mentions?: Array<{ start: number; end: number; text: string }>;
  alt: string;
  size: string;
  theme: string;
  width: number;
  height: number;
  sha256: string;
}

export interface Manifest {
  source: { path: string | null; title: string | null; date: string | null; url: string | null; outlet: string | null; translated: boolean };
  cards: ManifestCard[];
  skipped: Array<{ id: string; reason: string }>;
}

export async function exportCards(x: Extraction, options: ExportOptions): Promise<Manifest> {
  const { outDir, max = 5, sizes = ['x'], themes = ['light'], render = renderCard, ...renderOptions } = options;
  await checkWritableDir(outDir);
  // Take spare candidates: a quote too long for a card is skipped and the next one used.
  const choices = chooseCards(x, { max: max * 3 });
  const taken = { quote: 0, fact: 0 };
  const rendered: Array<{ choice: CardChoice; size: string; theme: string; result: RenderedCard }> = [];
  const skipped: Manifest['skipped'] = [];
  for (const choice of choices) {
    const kind = choice.card.kind;
    if (taken[kind] >= max) continue;
    const id = choice.item.kind === 'quote' ? choice.item.quote.id : choice.item.claim.id;
    try {
      const results = [];
      for (const size of sizes) for (const theme of themes) results.push({ size, theme, result: await render(choice.card, { ...renderOptions, size, theme: theme as RenderOptions['theme'] }) });
      for (const r of results) rendered.push({ choice, ...r });
      taken[kind]++;
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'RENDER_TEXT_TOO_LONG' || code === 'RENDER_MISSING_GLYPH') skipped.push({ id, reason: (e as Error).message });
      else throw e;
    }
  }
  if (rendered.length === 0) {
    throw new SoundbiteError('NOTHING_TO_RENDER', `no quotes or figures worth a card were found${x.source.path ? ` in ${x.source.path}` : ''}: check that the transcript has speaker labels and answers, or use \`soundbite card --text\`.`, 1);
  }
  await ensureWritableDir(outDir);
  const cards: ManifestCard[] = [];
  const counters = { quote: 0, fact: 0 };
  const seen = new Map<string, number>();
  for (const { choice, size, theme, result } of rendered) {
    const key = `${choice.card.kind}:${choice.item.kind === 'quote' ? choice.item.quote.id : choice.item.claim.id}`;
    if (!seen.has(key)) seen.set(key, ++counters[choice.card.kind]);
    const n = String(seen.get(key)).padStart(2, '0');
    const sha256 = createHash('sha256').update(result.data).digest('hex');
    const suffix = sizes.length > 1 || themes.length > 1 ? `-${size}-${theme}` : '';
    const file = `${choice.card.kind}-${n}${suffix}-${sha256.slice(0, 8)}.${result.format}`;
    await writeAtomic(join(outDir, file), result.data);
    cards.push(manifestEntry(choice, { file, size, theme, result, sha256 }));
  }
  const manifest: Manifest = {
    source: { ...x.source, path: x.source.path === null ? null : basename(x.source.path) },
    cards,
    skipped,
  };
  await writeAtomic(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

function manifestEntry(choice: CardChoice, r: { file: string; size: string; theme: string; result: RenderedCard; sha256: string }): ManifestCard {
  const base = { file: r.file, alt: r.result.alt, size: r.size, theme: r.theme, width: r.result.width, height: r.result.height, sha256: r.sha256, speaker: choice.card.speaker };
  if (choice.item.kind === 'quote') {
    const q = choice.item.quote;
    return { ...base, kind: 'quote', id: q.id, text: q.text, figure: null, qualifier: null, label: null, start: q.start, end: q.end };
  }
  const c = choice.item.claim;
  return { ...base, kind: 'fact', id: c.id, text: c.sentence, figure: c.display, qualifier: c.qualifier, label: c.label, start: c.start, end: c.end, mentions: c.mentions };
}
