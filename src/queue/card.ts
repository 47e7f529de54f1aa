// A card job: render one candidate at every size × theme, then write all its files or none.
// A file already listed by the folder's manifest.json from an earlier run is kept, not
// rendered again; a retry after a crash renders again and replaces the file under the same
// name (its content hash), so nothing is ever duplicated.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Card } from '../types.js';
import type { ManifestCard, Manifest } from '../export/index.js';
import type { RenderOptions, RenderedCard } from '../render/index.js';
import { ensureWritableDir, writeAtomic } from '../export/write.js';
import type { CardJobData, CardJobResult } from './jobs.js';

export type RenderFn = (card: Card, options: RenderOptions) => Promise<RenderedCard>;

/** Too long or a missing glyph: the next candidate of the same kind takes the place. */
const SKIP_CODES = new Set(['RENDER_TEXT_TOO_LONG', 'RENDER_MISSING_GLYPH']);

type Outcome = { file: string; size: string; theme: string } & ({ reused: ManifestCard } | { rendered: RenderedCard } | { error: { code: string | null; message: string } });

export async function processCard(data: CardJobData, render: RenderFn): Promise<CardJobResult> {
  const { kind, rank } = data;
  const previous = await previousCards(data.folder);
  const outcomes = await Promise.all(
    data.variants.map(async ({ size, theme, file }): Promise<Outcome> => {
      const known = previous.get(file);
      if (known && existsSync(join(data.folder, file))) return { file, size, theme, reused: known };
      const options = { ...data.render, size, theme } as RenderOptions;
      try {
        return { file, size, theme, rendered: await render(data.card, options) };
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        // Not a render outcome but the pool or the machine: let the job retry.
        if (typeof code !== 'string' || !code.startsWith('RENDER_')) throw e;
        return { file, size, theme, error: { code, message: (e as Error).message } };
      }
    }),
  );
  for (const o of outcomes) {
    if (!('error' in o)) continue;
    const { code, message } = o.error;
    if (code !== null && SKIP_CODES.has(code)) return { kind, rank, status: 'skipped', id: data.entry.id, reason: message };
    return { kind, rank, status: 'error', code: code ?? 'RENDER_FAILED', message };
  }
  await ensureWritableDir(data.folder);
  const cards: ManifestCard[] = [];
  let rendered = 0;
  let reused = 0;
  for (const o of outcomes) {
    if ('reused' in o) {
      cards.push(o.reused);
      reused++;
    } else if ('rendered' in o) {
      await writeAtomic(join(data.folder, o.file), o.rendered.data);
      const sha256 = createHash('sha256').update(o.rendered.data).digest('hex');
      const { speaker, ...rest } = data.entry;
      const r = o.rendered;
      cards.push({ file: o.file, size: o.size, theme: o.theme, alt: r.alt, width: r.width, height: r.height, sha256, speaker, ...rest } as ManifestCard);
      rendered++;
    }
  }
  return { kind, rank, status: 'ok', cards, rendered, reused };
}

/** Cards the folder's manifest.json lists from an earlier run, by file name. */
async function previousCards(folder: string): Promise<Map<string, ManifestCard>> {
  try {
    const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as Partial<Manifest>;
    return new Map((manifest.cards ?? []).map((c) => [c.file, c]));
  } catch {
    return new Map();
  }
}
