// segment: Document → speaker turns and sentences, each with offsets into text and raw.
import type { Diagnostic, Document, Segmented, Sentence, Turn } from '../types.js';
import { rangeToRaw } from '../ingest/offsets.js';
import { findLabels, type FoundLabel } from './labels.js';
import { splitSentences } from './sentences.js';
import { resolveSpeakers } from './speakers.js';

export function segment(document: Document): Segmented {
  const { text, map } = document;
  const diagnostics: Diagnostic[] = [];
  const hinted: FoundLabel[] = document.labelHints.map((h) => ({ label: h.label, start: h.textStart, speechStart: h.textEnd }));
  const labels = (hinted.length ? mergeLabels(hinted, findLabels(text)) : findLabels(text)).toSorted((a, b) => a.start - b.start);

  const turns: Turn[] = [];
  const addTurn = (speaker: string | null, from: number, to: number) => {
    const sentences: Sentence[] = splitSentences(text, from, to).map(([s, e]) => {
      const raw = rangeToRaw(map, s, e);
      return { textStart: s, textEnd: e, start: raw.start, end: raw.end, text: text.slice(s, e).replace(/\s+/g, ' ') };
    });
    if (!sentences.length) return;
    const first = sentences[0]!;
    const last = sentences[sentences.length - 1]!;
    turns.push({ index: turns.length, speaker, textStart: first.textStart, textEnd: last.textEnd, start: first.start, end: last.end, sentences });
  };

  if (labels.length === 0) {
    diagnostics.push({ severity: 'warning', ruleId: 'segment:no-speaker-labels', message: 'no speaker labels found: the transcript is read as one unnamed speaker' });
    addTurn(null, 0, text.length);
  } else {
    // Text before the first label is preamble (datelines, titles): not speech.
    labels.forEach((l, i) => addTurn(l.label, l.speechStart, labels[i + 1]?.start ?? text.length));
  }
  return { document, speakers: resolveSpeakers(document, turns), turns, diagnostics: [...document.diagnostics, ...diagnostics] };
}

function mergeLabels(hinted: FoundLabel[], found: FoundLabel[]): FoundLabel[] {
  const out = [...hinted];
  for (const f of found) if (!hinted.some((h) => Math.abs(h.start - f.start) < 3)) out.push(f);
  return out;
}
