// WebVTT and SRT captions → flowing text. Cue texts are joined with a space so sentences
// split across cues read whole; a voice (`<v Travis>`) or a `Name:` at the start of a cue
// starts a turn and carries over to later cues until another speaker starts.
//
// Why a hand-written tokenizer: the maintained parsers (webvtt-parser, node-webvtt,
// subtitle, srt-parser-2) return cue text and times but no character offsets into the
// file, and every character here must map back to raw. Cue syntax is small: blocks
// separated by blank lines, a timing line with "-->", payload lines with a few tags.
import type { Diagnostic, Format, LabelHint } from '../types.js';
import { TextBuilder } from './offsets.js';
import type { ReaderOutput } from './reader.js';
import { decodeHTML } from 'entities';

const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}/;
/** Tags inside cue text: <v Name>, <v.loud Name>, </v>, <c.yellow>, <i>, <b>, <u>, <lang en>, <00:00:01.000>, <font …>. */
const TAG = /<(\/?)([a-zA-Z]+)?(?:\.[\w.-]+)?(?:[ \t]+([^>]*))?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{3}>|\{\\[^}]*\}/g;
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;
/** `Gilon: So is there…`, `- JOHN: Hello`, `>> MODERATOR: Welcome` at the start of a cue. */
const INLINE_LABEL = /^(?:-[ \t]*|>>[ \t]*)?((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,3}):[ \t]+(?=\S)/u;
const NOT_LABELS = /^(?:Note|Notes|Update|Example|Warning|Caption|Captions|Subtitles|Translation|Transcript|Music|Sound)$/i;

interface Cue {
  /** Raw ranges of the payload lines. */
  lines: Array<[number, number]>;
}

export function readCaptions(raw: string, format: Format): ReaderOutput {
  const diagnostics: Diagnostic[] = [];
  const labelHints: LabelHint[] = [];
  const cues = cuesOf(raw, format);
  if (cues.length === 0) diagnostics.push({ severity: 'warning', ruleId: 'ingest:no-cues', message: `no ${format === 'srt' ? 'SRT' : 'WebVTT'} cues found: check the file format` });
  const out = new TextBuilder(raw);
  let speaker: string | null = null;
  let prevEnd = -1; // raw end of the last payload written

  for (const cue of cues) {
    cue.lines.forEach(([lineStart, lineEnd], lineIndex) => {
      let at = lineStart;
      const pieces = tokens(raw, lineStart, lineEnd);
      const voiceTag = pieces.find((p) => p.voice !== undefined && p.start === lineStart);
      // A `Name:` at the start of a cue names the speaker too (no <v> there).
      const inline = !voiceTag && lineIndex === 0 ? INLINE_LABEL.exec(stripTags(raw.slice(lineStart, lineEnd))) : null;
      const inlineName = inline && !NOT_LABELS.test(inline[1]!) ? inline[1]! : null;
      const named = voiceTag?.voice ?? inlineName;
      const separator = (text: string) => {
        if (prevEnd >= 0 && out.textLength > 0) out.replace(text, prevEnd, lineStart);
      };
      if (named && named !== speaker) {
        speaker = named;
        separator('\n\n');
        const textStart = out.textLength;
        if (voiceTag) {
          // The voice tag stands for the label: the text reads "Travis: When you…".
          out.replace(`${named}:`, voiceTag.start, voiceTag.end);
          at = voiceTag.end;
        } else {
          at = lineStart + rawIndexOf(raw, lineStart, lineEnd, inline![0].trimEnd());
          out.copy(lineStart, at);
        }
        labelHints.push({ label: named, textStart, textEnd: out.textLength });
      } else {
        separator(' ');
        // The same speaker named again: the turn goes on, the label is not speech.
        if (voiceTag) at = voiceTag.end;
        else if (inlineName) {
          const end = lineStart + rawIndexOf(raw, lineStart, lineEnd, inline![0]);
          out.replace(' ', lineStart, end);
          at = end;
        }
      }
      for (const p of pieces) {
        if (p.end <= at) continue;
        const from = Math.max(at, p.start);
        if (p.kind === 'text') out.copy(from, p.end);
        else if (p.kind === 'entity') out.replace(decodeHTML(raw.slice(p.start, p.end)), p.start, p.end);
        // Tags vanish.
      }
      prevEnd = lineEnd;
    });
  }
  const { text, map } = out.build();
  return { text, map, meta: {}, labelHints, speakerHints: {}, diagnostics };
}

function stripTags(s: string): string {
  return s.replace(TAG, '');
}

/** Raw length of the prefix of raw[from, to) whose tag-free text is `prefix`. */
function rawIndexOf(raw: string, from: number, to: number, prefix: string): number {
  let seen = 0;
  for (const p of tokens(raw, from, to)) {
    if (p.kind !== 'text') continue;
    const len = p.end - p.start;
    if (seen + len >= prefix.length) return p.start + (prefix.length - seen) - from;
    seen += len;
  }
  return to - from;
}

interface Token {
  kind: 'text' | 'tag' | 'entity';
  start: number;
  end: number;
  /** For `<v Name>`: the speaker. */
  voice?: string;
}

function tokens(raw: string, from: number, to: number): Token[] {
  const line = raw.slice(from, to);
  const out: Token[] = [];
  let at = 0;
  const marks = [...line.matchAll(TAG), ...line.matchAll(ENTITY)].toSorted((a, b) => a.index - b.index);
  for (const m of marks) {
    if (m.index < at) continue;
    if (m.index > at) out.push({ kind: 'text', start: from + at, end: from + m.index });
    const token: Token = { kind: m[0].startsWith('&') ? 'entity' : 'tag', start: from + m.index, end: from + m.index + m[0].length };
    if (m[2] === 'v' && m[1] !== '/' && m[3]) token.voice = m[3].trim();
    out.push(token);
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push({ kind: 'text', start: from + at, end: to });
  return out;
}

/** Cue payload line ranges; headers, NOTE/STYLE/REGION blocks, ids and timings skipped. */
function cuesOf(raw: string, format: Format): Cue[] {
  const cues: Cue[] = [];
  const lines: Array<[number, number]> = [];
  for (const m of raw.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (m[0].length === 0 && m.index >= raw.length) break;
    lines.push([m.index, m.index + m[0].replace(/[\r\n]+$/, '').length]);
    if (m.index + m[0].length >= raw.length) break;
  }
  let i = 0;
  const blank = (k: number) => !raw.slice(lines[k]![0], lines[k]![1]).trim();
  while (i < lines.length) {
    while (i < lines.length && blank(i)) i++;
    if (i >= lines.length) break;
    const blockStart = i;
    while (i < lines.length && !blank(i)) i++;
    const block = lines.slice(blockStart, i);
    const first = raw.slice(block[0]![0], block[0]![1]).replace(/^\uFEFF/, '');
    if (format === 'vtt' && /^(?:WEBVTT|NOTE|STYLE|REGION)\b/.test(first)) continue;
    const timing = block.findIndex(([s, e]) => TIMING.test(raw.slice(s, e)));
    if (timing < 0 || timing > 1) continue; // not a cue
    const payload = block.slice(timing + 1).filter(([s, e]) => raw.slice(s, e).trim());
    if (payload.length) cues.push({ lines: payload.map(([s, e]) => trimRange(raw, s, e)) });
  }
  return cues;
}

function trimRange(raw: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(raw[s]!)) s++;
  while (e > s && /\s/.test(raw[e - 1]!)) e--;
  return [s, e];
}
