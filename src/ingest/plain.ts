// Plain text and Markdown transcripts: YAML front matter becomes metadata and leaves the
// text; Markdown escapes, emphasis markers and struck-out corrections (`<s>…</s>`, `~~…~~`)
// are undone. Lines, chrome and stage directions are left to clean.ts, common to all formats.
import { parse as parseYaml } from 'yaml';
import type { Diagnostic, Format, SourceMeta } from '../types.js';
import { TextBuilder } from './offsets.js';
import type { ReaderOutput } from './reader.js';
import { isoDate } from './dates.js';
import { parseMetadata } from './metadata.js';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
// Struck-out text is a correction that was not said: `<s>Superia</s> [Superior]`.
const STRUCK = /<(s|del|strike)>[\s\S]{0,200}?<\/\1>|~~[^~\n]{1,200}~~/gi;
const INLINE = /\\([\\`*_{}[\]()#+\-.!>~|])|\*\*|<br\s*\/?>|<\/?(?:ins|u|em|i|b|strong|span)>/gi;

export function readPlain(raw: string, format: Format): ReaderOutput {
  const diagnostics: Diagnostic[] = [];
  const meta: Partial<SourceMeta> = {};
  let speakerHints: ReaderOutput['speakerHints'] = {};
  let bodyStart = raw.startsWith('\uFEFF') ? 1 : 0;
  const fm = FRONT_MATTER.exec(raw);
  if (fm) {
    bodyStart = fm[0].length;
    try {
      const data: unknown = parseYaml(fm[1]!);
      Object.assign(meta, frontMatterMeta(data));
      speakerHints = frontMatterSpeakers(data);
    } catch {
      diagnostics.push({ severity: 'warning', ruleId: 'ingest:bad-front-matter', message: 'front matter is not valid YAML; it was skipped', start: 0, end: bodyStart });
    }
  }
  const markdown = format === 'markdown' || Boolean(fm);
  const out = new TextBuilder(raw);
  let at = bodyStart;
  if (markdown) {
    const body = raw.slice(bodyStart);
    const pieces = [...body.matchAll(STRUCK), ...body.matchAll(INLINE)].toSorted((a, b) => a.index - b.index);
    for (const m of pieces) {
      const start = bodyStart + m.index;
      if (start < at) continue; // inside a struck run already removed
      const end = start + m[0].length;
      out.copy(at, start);
      if (m[1] !== undefined && m[0].startsWith('\\')) out.replace(m[1], start, end);
      else if (/^<br/i.test(m[0])) out.replace('\n', start, end);
      else if (/^(?:<(?:s|del|strike)>|~~)/i.test(m[0])) {
        diagnostics.push({ severity: 'info', ruleId: 'ingest:stage-direction', message: `struck-out correction ${m[0]}`, start, end });
      }
      // Emphasis markers and inline tags vanish.
      at = end;
    }
  }
  out.copy(at, raw.length);
  const { text, map } = out.build();
  return { text, map, meta, labelHints: [], speakerHints, diagnostics };
}

function frontMatterMeta(data: unknown): Partial<SourceMeta> {
  const meta: Partial<SourceMeta> = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) return meta;
  const o = data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.replace(/\\_/g, ' ').replace(/[\u00a0\s]+/g, ' ').trim() : null);
  meta.title = str(o.title);
  meta.date = isoDate(o.date);
  meta.url = str(o.source_url) ?? str(o.url) ?? str(o.link);
  meta.outlet = str(o.outlet) ?? str(o.publisher) ?? str(o.source);
  if (typeof o.translated === 'boolean') meta.translated = o.translated;
  for (const k of Object.keys(meta) as Array<keyof SourceMeta>) if (meta[k] === null) delete meta[k];
  return meta;
}

/** `speakers:` in front matter, in any shape a sidecar file accepts. */
function frontMatterSpeakers(data: unknown): ReaderOutput['speakerHints'] {
  if (!data || typeof data !== 'object' || !('speakers' in data)) return {};
  try {
    return parseMetadata({ speakers: (data as { speakers: unknown }).speakers }, 'front matter').speakers;
  } catch {
    return {};
  }
}
