// Plain text and Markdown transcripts: YAML front matter becomes metadata; page chrome and
// stage directions are dropped from the cleaned text but stay addressable in raw.
import { parse as parseYaml } from 'yaml';
import type { Diagnostic, Document, Format, SourceMeta } from '../types.js';
import { TextBuilder } from './offsets.js';

const CHROME_LINES = [
  /^An official website of the United States/i,
  /^Here['’]s how you know/i,
  /^Official websites use \.gov/i,
  /^A \.gov website belongs to an official/i,
  /^Secure \.gov websites use HTTPS/i,
  /^A lock \(.*\) or https:\/\/ means/i,
  /^U\.S\. Department of State\s*$/i,
];

/** `(Laughter.)`, `(Via translation.)`, `(inaudible)`, `(Clears throat.)` … */
const DIRECTION = /\((?:via (?:translation|interpreter)|laughter|applause|inaudible|crosstalk|cross-talk|clears throat|pause|coughs?|[a-z][a-z .-]{0,30})\.?\)/gi;
const TRANSLATED = /\(via (?:translation|interpreter)\.?\)/i;

export function readPlain(raw: string, format: Format, path: string | null): Document {
  const diagnostics: Diagnostic[] = [];
  const meta: SourceMeta = { path, title: null, date: null, url: null, outlet: null, translated: TRANSLATED.test(raw), format };
  let bodyStart = 0;
  const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw);
  if (fm) {
    bodyStart = fm[0].length;
    try {
      const data = parseYaml(fm[1]!) as Record<string, unknown> | null;
      if (data && typeof data === 'object') {
        if (typeof data.title === 'string') meta.title = data.title.replace(/\\_/g, ' ').replace(/\u00a0/g, ' ');
        const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : typeof data.date === 'string' ? data.date : null;
        if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) meta.date = date.slice(0, 10);
        if (typeof data.source_url === 'string') meta.url = data.source_url;
        else if (typeof data.url === 'string') meta.url = data.url;
        if (typeof data.outlet === 'string') meta.outlet = data.outlet;
      }
    } catch {
      diagnostics.push({ severity: 'warning', ruleId: 'ingest:bad-front-matter', message: 'front matter is not valid YAML; it was skipped', start: 0, end: bodyStart });
    }
  }
  const out = new TextBuilder(raw);
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = bodyStart;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(raw)) && m[0].length > 0) {
    const lineStart = m.index;
    const line = m[0];
    const content = line.replace(/\r?\n$/, '');
    if (CHROME_LINES.some((re) => re.test(content.trim()))) {
      out.replace('\n', lineStart, lineStart + line.length);
      continue;
    }
    let at = 0;
    for (const d of content.matchAll(DIRECTION)) {
      out.copy(lineStart + at, lineStart + d.index);
      out.replace(' ', lineStart + d.index, lineStart + d.index + d[0].length);
      diagnostics.push({ severity: 'info', ruleId: 'ingest:stage-direction', message: d[0], start: lineStart + d.index, end: lineStart + d.index + d[0].length });
      at = d.index + d[0].length;
    }
    out.copy(lineStart + at, lineStart + line.length);
  }
  const { text, map } = out.build();
  return { raw, text, map, meta, labelHints: [], speakerHints: {}, diagnostics };
}
