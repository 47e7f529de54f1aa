// The extraction as the world sees it: the JSON contract (EXTRACTION.md) and a text listing.
import { basename } from 'node:path';
import type { Extraction } from '../types.js';

export function toContract(x: Extraction) {
  return {
    source: { ...x.source, path: x.source.path === null ? null : basename(x.source.path) },
    speakers: x.speakers,
    quotes: x.quotes.map(({ turn: _turn, ...q }) => q),
    claims: x.claims.map(({ turn: _turn, ...c }) => c),
    diagnostics: x.diagnostics.filter((d) => d.severity !== 'info'),
  };
}

export function formatText(x: Extraction): string {
  const name = (label: string | null) => {
    const s = x.speakers.find((p) => p.label === label);
    return s?.name ?? label ?? 'unnamed speaker';
  };
  const lines: string[] = [];
  lines.push(`${x.source.title ?? x.source.path ?? 'transcript'}${x.source.date ? ` (${x.source.date})` : ''}${x.source.translated ? ' [via translation]' : ''}`);
  lines.push('', `Speakers (${x.speakers.length}):`);
  for (const s of x.speakers) lines.push(`  ${s.label}${s.name ? ` = ${s.name}` : ''}${s.role ? `, ${s.role}` : ''}${s.interviewer ? ' (interviewer)' : ''}`);
  lines.push('', `Claims (${x.claims.length}):`);
  for (const c of x.claims.slice(0, 20)) lines.push(`  ${c.id.padEnd(4)} ${c.display.padEnd(18)} ${c.label ?? ''} — ${name(c.speaker)} [${c.start}–${c.end}]`);
  lines.push('', `Quotes (${x.quotes.length}):`);
  for (const q of x.quotes.slice(0, 10)) lines.push(`  ${q.id.padEnd(4)} “${q.text}” — ${name(q.speaker)} [${q.start}–${q.end}]`);
  return lines.join('\n') + '\n';
}
