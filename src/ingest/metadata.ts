// Metadata from outside the transcript: a sidecar NAME.meta.json and command-line flags.
// What they say wins over what ingest reads from the transcript; nothing is guessed.
import { readFile } from 'node:fs/promises';
import { SoundbiteError } from '../errors.js';
import type { SourceMeta, SpeakerInfo } from '../types.js';

export interface ExternalMeta {
  meta: Partial<Pick<SourceMeta, 'title' | 'date' | 'url' | 'outlet' | 'translated'>>;
  speakers: Record<string, Partial<SpeakerInfo>>;
}

export function sidecarPath(path: string): string {
  return path.replace(/\.[^./\\]+$/, '') + '.meta.json';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseMetadata(json: unknown, where: string): ExternalMeta {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new SoundbiteError('METADATA_INVALID', `${where} must hold a JSON object with title, date, outlet, url, speakers.`);
  const o = json as Record<string, unknown>;
  const str = (k: string) => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string).trim() : undefined);
  const meta: ExternalMeta['meta'] = { title: str('title'), outlet: str('outlet'), url: str('url') ?? str('source_url') };
  const date = str('date');
  if (date !== undefined) {
    if (!DATE.test(date)) throw new SoundbiteError('METADATA_INVALID', `${where}: date "${date}" is not YYYY-MM-DD.`);
    meta.date = date;
  }
  if (typeof o.translated === 'boolean') meta.translated = o.translated;
  const speakers: ExternalMeta['speakers'] = {};
  const list = o.speakers;
  if (Array.isArray(list)) {
    for (const s of list) if (s && typeof s === 'object' && typeof s.label === 'string') speakers[s.label] = { name: s.name ?? null, role: s.role ?? null };
  } else if (list && typeof list === 'object') {
    for (const [label, v] of Object.entries(list as Record<string, unknown>)) {
      if (typeof v === 'string') speakers[label] = splitNameRole(v);
      else if (v && typeof v === 'object') speakers[label] = { name: (v as SpeakerInfo).name ?? null, role: (v as SpeakerInfo).role ?? null };
    }
  }
  return { meta, speakers };
}

export async function readSidecar(path: string): Promise<ExternalMeta | null> {
  const file = sidecarPath(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return parseMetadata(JSON.parse(text), file);
  } catch (e) {
    if (e instanceof SoundbiteError) throw e;
    throw new SoundbiteError('METADATA_INVALID', `${file} is not valid JSON: fix it or remove it.`);
  }
}

/** "Antony Blinken, U.S. Secretary of State" → name and role. */
export function splitNameRole(s: string): Partial<SpeakerInfo> {
  const at = s.indexOf(',');
  if (at < 0) return { name: s.trim() || null, role: null };
  return { name: s.slice(0, at).trim() || null, role: s.slice(at + 1).trim() || null };
}

/** `--speaker "SECRETARY BLINKEN=Antony Blinken, U.S. Secretary of State"` */
export function parseSpeakerFlag(flag: string): [string, Partial<SpeakerInfo>] {
  const at = flag.indexOf('=');
  if (at <= 0) throw new SoundbiteError('USAGE', `--speaker "${flag}" must look like "LABEL=Name, Role".`);
  return [flag.slice(0, at).trim(), splitNameRole(flag.slice(at + 1))];
}
