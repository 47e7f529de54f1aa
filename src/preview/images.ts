// Card images on demand: rendered once per (card, size, theme, templates version), kept in
// a bounded LRU, with concurrent requests for the same image sharing one render.
//
// Node caches ES modules by URL, so an edited template would never be imported again. After
// a change, the preview copies the templates folder to a new temporary folder and renders
// with the copy: a new URL, a fresh import, and the copy's `./parts.js` is fresh too.
import { createHash } from 'node:crypto';
import { cp, copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Card } from '../types.js';
import type { RenderedCard, RenderOptions } from '../render/index.js';
import { ByteLru } from './lru.js';

/** Copies of a user template are hidden files with this prefix; the watcher ignores them. */
export const SNAPSHOT_PREFIX = '.soundbite-preview-';

export type RenderFn = (card: Card, options: RenderOptions) => Promise<RenderedCard>;

export interface ImageOptions {
  render: RenderFn;
  /** The built-in templates folder, watched for edits. */
  templatesDir: string;
  /** A template module the user gave; replaces the built-in ones for every card. */
  template?: string;
  maxEntries?: number;
  maxBytes?: number;
}

export class CardImages {
  readonly cache: ByteLru<Buffer & { format?: string }>;
  private readonly pending = new Map<string, Promise<RenderedCard>>();
  private readonly meta = new Map<string, Omit<RenderedCard, 'data'>>();
  /** Bumped when a template changes; part of every cache key and image URL. */
  templatesVersion = 0;
  private snapshotRoot: string | null = null;
  private builtinCopy: string | null = null;
  private userCopy: string | null = null;

  constructor(private readonly options: ImageOptions) {
    this.cache = new ByteLru(options.maxEntries ?? 300, options.maxBytes ?? 96 * 1024 * 1024);
  }

  /** A short fingerprint of what a card image depends on, for URLs and cache keys. */
  fingerprint(card: Card): string {
    return createHash('sha256').update(JSON.stringify(card)).update(`\0${this.templatesVersion}`).digest('hex').slice(0, 12);
  }

  async get(card: Card, options: Pick<RenderOptions, 'size' | 'theme' | 'format' | 'scale'>): Promise<RenderedCard> {
    const key = [this.fingerprint(card), options.size, options.theme, options.format ?? 'png', options.scale ?? 1].join('|');
    const data = this.cache.get(key);
    const meta = this.meta.get(key);
    if (data && meta) return { ...meta, data };
    const running = this.pending.get(key);
    if (running) return running;
    const job = this.render(card, options).finally(() => this.pending.delete(key));
    this.pending.set(key, job);
    const result = await job;
    this.cache.set(key, result.data);
    this.meta.set(key, { format: result.format, width: result.width, height: result.height, alt: result.alt });
    // Keep metadata only for what the cache still holds.
    if (this.meta.size > this.cache.maxEntries * 2) for (const k of this.meta.keys()) if (!this.cache.get(k)) this.meta.delete(k);
    return result;
  }

  /** Render with the current templates: the user's, a fresh copy after edits, or the built-ins. */
  render(card: Card, options: RenderOptions): Promise<RenderedCard> {
    const template = this.userCopy ?? this.options.template ?? (this.builtinCopy ? join(this.builtinCopy, `${card.kind}.js`) : undefined);
    const { template: _ignored, ...rest } = options;
    return this.options.render(card, template === undefined ? rest : { ...rest, template });
  }

  /** Called when a template file changes: later renders import a fresh copy of it. */
  async templatesChanged(path: string): Promise<void> {
    this.templatesVersion++;
    this.cache.clear();
    this.meta.clear();
    const user = this.options.template;
    if (user && resolve(path) === resolve(user)) {
      // Beside the original, so its relative and package imports resolve as before.
      const copy = join(dirname(user), `${SNAPSHOT_PREFIX}${this.templatesVersion}-${basename(user)}`);
      await copyFile(user, copy);
      if (this.userCopy) await rm(this.userCopy, { force: true });
      this.userCopy = copy;
      return;
    }
    this.snapshotRoot ??= await mkdtemp(join(tmpdir(), 'soundbite-preview-'));
    const dir = join(this.snapshotRoot, `v${this.templatesVersion}`);
    await cp(this.options.templatesDir, dir, { recursive: true });
    if (this.builtinCopy) await rm(this.builtinCopy, { recursive: true, force: true });
    this.builtinCopy = dir;
  }

  async close(): Promise<void> {
    if (this.snapshotRoot) await rm(this.snapshotRoot, { recursive: true, force: true });
    if (this.userCopy) await rm(this.userCopy, { force: true });
  }
}
