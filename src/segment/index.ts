// segment: Document → speaker turns and sentences, each with offsets into text and raw.
import type { Diagnostic, Document, Segmented, Sentence, Turn } from '../types.js';
import { rangeToRaw } from '../ingest/offsets.js';
import { findLabels, type FoundLabel } from './labels.js';
import { splitSentences } from './sentences.js';
import { resolveSpeakers } from './speakers.js';
import { findQuotations } from './quotations.js';

export function segment(document: Document): Segmented {
  const { text, map } = document;
  const diagnostics: Diagnostic[] = [];
  const hinted: FoundLabel[] = document.labelHints.map((h) => ({ label: h.label, start: h.textStart, speechStart: h.textEnd }));
  const labels = mergeLabels(hinted, findLabels(text)).toSorted((a, b) => a.start - b.start);

  const turns: Turn[] = [];
  const addTurn = (speaker: string | null, from: number, to: number) => {
    const sentences: Sentence[] = splitSentences(text, from, to).map(([s, e]) => {
      const raw = rangeToRaw(map, s, e);
      return { textStart: s, textEnd: e, start: raw.start, end: raw.end, text: text.slice(s, e).replace(/\s+/g, ' ') };
    });
    if (!sentences.length) return;
    const first = sentences[0]!;
    const last = sentences[sentences.length - 1]!;
    const turn: Turn = { index: turns.length, speaker, textStart: first.textStart, textEnd: last.textEnd, start: first.start, end: last.end, sentences };
    const quotations = findQuotations(text, turn.textStart, turn.textEnd).map(([s, e]) => ({ textStart: s, textEnd: e, ...rangeToRaw(map, s, e) }));
    if (quotations.length) turn.quotations = quotations;
    turns.push(turn);
  };

  if (labels.length === 0) {
    diagnostics.push({ severity: 'warning', ruleId: 'segment:no-speaker-labels', message: 'no speaker labels found: the transcript is read as one unnamed speaker' });
    addTurn(null, 0, trimTrailingChrome(text, 0, text.length, diagnostics, map));
  } else {
    // Text before the first label is preamble (datelines, titles), except in captions,
    // where every cue is speech: there it belongs to a speaker not yet named.
    if (document.meta.format === 'vtt' || document.meta.format === 'srt') addTurn(null, 0, labels[0]!.start);
    labels.forEach((l, i) => {
      const next = labels[i + 1];
      addTurn(l.label, l.speechStart, next ? next.start : trimTrailingChrome(text, l.speechStart, text.length, diagnostics, map));
    });
  }
  return { document, speakers: resolveSpeakers(document, turns), turns, diagnostics: [...document.diagnostics, ...diagnostics] };
}

function mergeLabels(hinted: FoundLabel[], found: FoundLabel[]): FoundLabel[] {
  const out = [...hinted];
  for (const f of found) if (!hinted.some((h) => Math.abs(h.start - f.start) < 3 || (f.start >= h.start && f.start < h.speechStart))) out.push(f);
  return out;
}

/**
 * The end of the last turn's speech, with page chrome after it cut: short lines standing
 * alone at the end, with no sentence punctuation ("U.S. Department of State", a related
 * link's title "The Lessons of 1989: Freedom and Our Future").
 */
function trimTrailingChrome(text: string, from: number, to: number, diagnostics: Diagnostic[], map: Document['map']): number {
  let end = to;
  for (;;) {
    while (end > from && /\s/.test(text[end - 1]!)) end--;
    const lineStart = Math.max(from, text.lastIndexOf('\n', end - 1) + 1);
    const line = text.slice(lineStart, end).trim();
    if (!line || lineStart <= from) return end;
    // Only a line standing alone (a blank line before it) can be chrome; a hard-wrapped
    // sentence's last line follows its first without one.
    const alone = /\n[ \t\u00a0]*\n$/.test(text.slice(from, lineStart));
    const words = line.split(/\s+/).length;
    if (!alone || words > 12 || /[.?!…"”’)\]]$/.test(line) || /^[a-z]/.test(line)) return end;
    const raw = rangeToRaw(map, lineStart, end);
    diagnostics.push({ severity: 'info', ruleId: 'segment:trailing-chrome', message: `not speech: ${line}`, start: raw.start, end: raw.end });
    end = lineStart;
  }
}
