// One source of a batch: read, extract, choose cards, render what is not on disk yet, write
// the cards and the folder's manifest.json. Cards are taken in the order `cards` takes them:
// a card too long to fit is skipped and the next candidate of its kind used.
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chooseCards, type CardChoice } from '../select-cards.js';
import { ensureWritableDir, writeAtomic } from '../write.js';
import type { Manifest, ManifestCard } from '../index.js';
import type { RenderOptions } from '../../render/index.js';
import { SoundbiteError } from '../../errors.js';
import { cardFileName, cardKey, type RenderKeyOptions } from './keys.js';
import type { RenderOutcome, RenderJob } from './pool.js';
import type { ExtractJob, ExtractOutcome } from './worker.js';

export interface SourcePlan {
  path: string;
  /** Folder under outDir. */
  dir: string;
  outDir: string;
  max: number;
  sizes: string[];
  themes: string[];
  render: Omit<RenderKeyOptions, 'size' | 'theme'> & { locale?: string };
  templateHash: string | null;
  maxBytes?: number;
}

export interface SourceResult {
  manifest: Manifest;
  rendered: number;
  reused: number;
}

export interface SourceHooks {
  extract: (job: ExtractJob) => Promise<ExtractOutcome>;
  render: (job: RenderJob) => Promise<RenderOutcome>;
  /** Called as each card's files are on disk. */
  onCard: (reused: boolean) => void;
}

/**
 * Cards already written by a run that stopped before this source was done: kept so a rerun
 * can skip them, removed when the source finishes.
 */
export const PARTIAL_FILE = '.soundbite-partial.json';

/** Skipped, not failed: the next candidate of the same kind takes the place. */
const SKIP_CODES = new Set(['RENDER_TEXT_TOO_LONG', 'RENDER_MISSING_GLYPH']);
/** Wrong for every card of the run: stop the batch rather than fail each source. */
export const FATAL_CODES = new Set(['RENDER_UNKNOWN_SIZE', 'RENDER_UNKNOWN_THEME', 'RENDER_UNKNOWN_TEMPLATE', 'RENDER_BAD_TEMPLATE', 'RENDER_UNKNOWN_LOCALE', 'RENDER_BAD_OPTION', 'RENDER_FONT_MISSING']);

export async function exportSource(plan: SourcePlan, hooks: SourceHooks): Promise<SourceResult> {
  const extracted = await hooks.extract({ path: plan.path, maxBytes: plan.maxBytes });
  if (!extracted.ok) throw Object.assign(new Error(extracted.message), { code: extracted.code ?? undefined, stack: extracted.stack });
  const x = extracted.extraction;
  const folder = join(plan.outDir, plan.dir);
  const previous = await previousCards(folder);
  const choices = chooseCards(x, { max: plan.max * 3 });
  const counts = { rendered: 0, reused: 0 };
  const written: ManifestCard[] = [];
  const skipped: Manifest['skipped'] = [];
  let folderReady: Promise<void> | undefined;

  // Render (or find on disk) every size × theme of one candidate; null if it doesn't fit.
  const take = async (choice: CardChoice, rank: number): Promise<ManifestCard[] | null> => {
    const variants = plan.sizes.flatMap((size) => plan.themes.map((theme) => ({ size, theme })));
    type Variant = { file: string; size: string; theme: string } & ({ reused: ManifestCard } | { outcome: RenderOutcome });
    const results = await Promise.all(
      variants.map(async ({ size, theme }): Promise<Variant> => {
        const keyOptions: RenderKeyOptions = { ...plan.render, size, theme };
        const key = cardKey(choice.card, keyOptions, plan.templateHash);
        const file = cardFileName({ kind: choice.card.kind, rank, size, theme, format: plan.render.format, key, suffix: variants.length > 1 });
        const known = previous.get(file);
        if (known && existsSync(join(folder, file))) return { file, size, theme, reused: known };
        const options: RenderOptions = { size, theme, format: plan.render.format, scale: plan.render.scale, template: plan.render.template, dateFormat: plan.render.dateFormat, locale: plan.render.locale } as RenderOptions;
        return { file, size, theme, outcome: await hooks.render({ card: choice.card, options }) };
      }),
    );
    for (const r of results) {
      if ('reused' in r || r.outcome.ok) continue;
      const { code, message } = r.outcome;
      if (code !== null && SKIP_CODES.has(code)) {
        skipped.push({ id: itemId(choice), reason: message });
        return null;
      }
      throw new SoundbiteError(code ?? 'RENDER_FAILED', code === null ? `rendering a card failed unexpectedly: ${message}` : message, FATAL_CODES.has(code ?? '') ? 2 : 1);
    }
    folderReady ??= ensureWritableDir(folder);
    await folderReady;
    const cards: ManifestCard[] = [];
    for (const r of results) {
      if ('reused' in r) {
        cards.push(r.reused);
        counts.reused++;
        hooks.onCard(true);
        continue;
      }
      if (!r.outcome.ok) continue;
      await writeAtomic(join(folder, r.file), r.outcome.data);
      const sha256 = createHash('sha256').update(r.outcome.data).digest('hex');
      const card = entry(choice, { file: r.file, size: r.size, theme: r.theme, alt: r.outcome.alt, width: r.outcome.width, height: r.outcome.height, sha256 });
      cards.push(card);
      written.push(card);
      counts.rendered++;
      hooks.onCard(false);
    }
    return cards;
  };

  // Per kind, render as many candidates at once as cards are still wanted; the first `max`
  // that fit win, as if taken one by one.
  const kindCards = async (kind: 'quote' | 'fact'): Promise<ManifestCard[]> => {
    const candidates = choices.filter((c) => c.card.kind === kind).map((choice, i) => ({ choice, rank: i + 1 }));
    const taken: ManifestCard[][] = [];
    while (taken.length < plan.max && candidates.length > 0) {
      const wave = candidates.splice(0, plan.max - taken.length);
      const results = await Promise.all(wave.map((c) => take(c.choice, c.rank)));
      for (const r of results) if (r) taken.push(r);
    }
    return taken.flat();
  };

  // allSettled: no write may still be under way when this source is reported failed.
  const settled = await Promise.allSettled([kindCards('quote'), kindCards('fact')]);
  const failure = settled.find((s) => s.status === 'rejected');
  if (failure) {
    if (written.length > 0) await writeAtomic(join(folder, PARTIAL_FILE), JSON.stringify({ cards: written }) + '\n').catch(() => undefined);
    throw failure.reason;
  }
  const cards = settled.flatMap((s) => (s.status === 'fulfilled' ? s.value : []));
  if (cards.length === 0) {
    throw new SoundbiteError('NOTHING_TO_RENDER', `no quotes or figures worth a card were found in ${plan.path}: check that the transcript has speaker labels and answers.`, 1);
  }
  const manifest: Manifest = {
    source: { ...x.source, path: x.source.path === null ? null : basename(x.source.path) },
    cards,
    skipped: skipped.toSorted((a, b) => a.id.localeCompare(b.id)),
  };
  await writeAtomic(join(folder, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await rm(join(folder, PARTIAL_FILE), { force: true });
  return { manifest, ...counts };
}

/** Cards an earlier run wrote to the folder (manifest.json, or a stopped run's list), by file name. */
async function previousCards(folder: string): Promise<Map<string, ManifestCard>> {
  const known = new Map<string, ManifestCard>();
  for (const name of ['manifest.json', PARTIAL_FILE]) {
    try {
      const listed = JSON.parse(await readFile(join(folder, name), 'utf8')) as Partial<Manifest>;
      for (const c of listed.cards ?? []) known.set(c.file, c);
    } catch {
      // none yet, or unreadable: render again
    }
  }
  return known;
}

function itemId(choice: CardChoice): string {
  return choice.item.kind === 'quote' ? choice.item.quote.id : choice.item.claim.id;
}

function entry(choice: CardChoice, r: { file: string; size: string; theme: string; alt: string; width: number; height: number; sha256: string }): ManifestCard {
  const base = { ...r, speaker: choice.card.speaker };
  if (choice.item.kind === 'quote') {
    const q = choice.item.quote;
    return { ...base, kind: 'quote', id: q.id, text: q.text, figure: null, qualifier: null, label: null, start: q.start, end: q.end };
  }
  const c = choice.item.claim;
  return { ...base, kind: 'fact', id: c.id, text: c.sentence, figure: c.display, qualifier: c.qualifier, label: c.label, start: c.start, end: c.end, mentions: c.mentions };
}
