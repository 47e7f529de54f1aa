// Names that say what a file holds before it is rendered: a source's folder, and each card's
// file, whose name ends in a hash of the card and every option that changes its pixels. A
// rerun finds the name on disk and skips the render.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Card } from '../../types.js';

/** What a render depends on besides the card. */
export interface RenderKeyOptions {
  size: string;
  theme: string;
  format: 'png' | 'svg';
  scale: number;
  template?: string;
  dateFormat?: string;
  locale?: string;
}

const VERSION: string = (() => {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
})();

/** Hash a user template's contents, so editing it invalidates the cards it made. */
export function templateFingerprint(template: string | undefined): string | null {
  if (!template) return null;
  try {
    return createHash('sha256').update(readFileSync(template)).digest('hex');
  } catch {
    return template; // the renderer reports a missing template
  }
}

export function cardKey(card: Card, options: RenderKeyOptions, templateHash: string | null): string {
  const { template: _template, ...rest } = options;
  return createHash('sha256').update(stableJson({ soundbite: VERSION, card, options: rest, template: templateHash })).digest('hex');
}

export function cardFileName(p: { kind: Card['kind']; rank: number; size: string; theme: string; format: string; key: string; suffix: boolean }): string {
  const n = String(p.rank).padStart(2, '0');
  return `${p.kind}-${n}${p.suffix ? `-${slug(p.size)}-${slug(p.theme)}` : ''}-${p.key.slice(0, 12)}.${p.format}`;
}

/**
 * One folder per source, named after the file without its extension; a second source of
 * the same name gets `-2`, and so on, in the (sorted) order the sources are listed.
 */
export function sourceFolders(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const base = slug(basename(file).replace(/\.[^.]+$/, '')) || 'transcript';
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 80);
}

/** JSON with sorted keys, so equal values hash equally (shared with the job queue's ids). */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}
