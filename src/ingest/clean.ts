// The cleaning pass shared by every format: page chrome lines, datelines and time stamps
// leave the text; stage directions leave it too but are recorded (diagnostic
// `ingest:stage-direction` with raw offsets) so quote extraction can refuse the sentences
// that held one. A second TextBuilder over the reader's text, composed with its map, keeps
// every offset pointing into the original file.
import type { Diagnostic, Format, LabelHint, MapSpan } from '../types.js';
import { TextBuilder, composeMaps, rangeToRaw } from './offsets.js';

/** Whole lines that belong to the web page, not the conversation. */
const CHROME_LINES: RegExp[] = [
  /^An official website of the United States/i,
  /^Here['’]s how you know\b/i,
  /^Official websites use \.gov/i,
  /^A \.gov website belongs to an official/i,
  /^Secure \.gov websites use HTTPS/i,
  /^A lock \(.*\) or https:\/\/ means/i,
  /^(?:U\.S\.|United States) Department of State$/i,
  /^Skip to (?:main )?content$/i,
  /^(?:Share|Share this(?: page| article)?|Print|Email|Tweet|Copy link)$/i,
  /^(?:Subscribe|Sign up)\b.{0,80}\b(?:newsletter|updates|email|alerts)\b.{0,40}$/i,
  /^(?:Related (?:articles|links|content|stories)|Read more|More from|See also)\b.{0,60}$/i,
  /^(?:All rights reserved|Copyright\b|©).{0,120}$/i,
  /^(?:Briefing Room|Press Briefings|Speeches and Remarks|Statements and Releases)$/i,
  /^The White House$/i,
  /^\d{1,2}:\d{2}(?::\d{2})?\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?$/i, // 2:52 P.M. EST
  /^END(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?)?$/, // END 3:20 P.M. EST
  /^(?:Aboard|Onboard) (?:Air Force One|Air Force Two|Marine One)\b[^.?!]{0,60}$/i,
  /^En Route\b[^.?!]{0,80}$/i,
  /^(?:James S\. Brady Press Briefing Room|Via Teleconference|Via Telephone|Press Briefing Room|South Court Auditorium|Eisenhower Executive Office Building|Roosevelt Room|Oval Office|East Room|State Dining Room|Rose Garden)$/i,
  /^For Immediate Release$/i,
];

const DIRECTION_WORDS =
  'laughter|laughs|laughing|applause|inaudible|indiscernible|unintelligible|crosstalk|cross-talk|cross talk|overlapping|interruption|pause|pauses|silence|coughs?|clears throat|sighs|chuckles|music|audio (?:break|cuts out|gap)|technical difficult(?:y|ies)|off[- ]mic|off[- ]microphone|no audio|phone rings|recording (?:begins|ends|starts|stops)|break in (?:transmission|recording)|via (?:translation|interpreter)|through (?:an )?interpreter|as interpreted|translated|speaks? in [A-Z][a-z]+|speaking [A-Z][a-z]+|in [A-Z][a-z]+|foreign language|end of transcript|end|beginning of transcript|begins|ends|break|recess|gavel|bell rings|booing|cheers|cheering|groans|murmurs|audience reacts|video (?:clip|plays|begins|ends)|clip plays|sound of [a-z ]{1,20}|[a-z]+ing';
/** `(Laughter.)`, `(inaudible)`, `(Via interpreter)`, `[crosstalk]`, `(Clears throat.)`, `(Speaks Spanish.)`. */
const DIRECTION = new RegExp(
  `\\((?:${DIRECTION_WORDS})(?:[ ,;]+[a-z:0-9 .-]{0,30})?\\.?\\)|\\[(?:${DIRECTION_WORDS})(?:[ ,;]+[a-z:0-9 .-]{0,30})?\\.?\\]`,
  'gi',
);
/** White House style: a capitalised parenthetical of a few words ending in a period. */
const STYLED_DIRECTION = /\([A-Z][a-z]+(?:[ -][a-z]+){0,4}\.\)/g;
/** In captions any short bracket is a sound description: `[Music]`, `[APPLAUSE]`, `♪`. */
const CAPTION_DIRECTION = /\[[^\]\n]{1,40}\]|\([A-Z][A-Za-z ]{1,30}\)|♪+/g;
export const TRANSLATED = /\((?:via (?:translation|interpreter)|through (?:an )?interpreter|as interpreted|translated|interpreted)[^)]{0,30}\)|\[(?:via (?:translation|interpreter)|through (?:an )?interpreter|as interpreted)[^\]]{0,30}\]/i;

export interface Cleaned {
  text: string;
  map: MapSpan[];
  labelHints: LabelHint[];
  diagnostics: Diagnostic[];
  translated: boolean;
}

export function clean(input: { text: string; map: MapSpan[]; labelHints: LabelHint[] }, format: Format): Cleaned {
  const { text, map } = input;
  const diagnostics: Diagnostic[] = [];
  const out = new TextBuilder(text);
  // Old text offset → new text offset at each kept boundary, to carry label hints across.
  const shifts: Array<[number, number]> = [];
  let translated = false;
  const lineRe = /[^\n]*(?:\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) && m[0].length > 0) {
    const lineStart = m.index;
    const line = m[0];
    const content = line.replace(/\r?\n$/, '');
    const trimmed = content.replace(/[\s\u00a0]+/g, ' ').trim();
    shifts.push([lineStart, out.textLength]);
    if (trimmed && CHROME_LINES.some((re) => re.test(trimmed))) {
      const newline = line.endsWith('\n') ? '\n' : '';
      if (newline) out.replace(newline, lineStart + line.length - 1, lineStart + line.length);
      continue;
    }
    const found = directionsIn(content, format);
    let at = 0;
    for (const d of found) {
      out.copy(lineStart + at, lineStart + d.start);
      shifts.push([lineStart + d.start, out.textLength]);
      // A space keeps the words on either side apart; white space there already will do.
      const before = content[d.start - 1];
      if (before !== undefined && !/\s/.test(before) && !/^\s/.test(content.slice(d.end))) out.replace(' ', lineStart + d.start, lineStart + d.end);
      const raw = rangeToRaw(map, lineStart + d.start, lineStart + d.end);
      diagnostics.push({ severity: 'info', ruleId: 'ingest:stage-direction', message: d.text, start: raw.start, end: raw.end });
      if (TRANSLATED.test(d.text)) translated = true;
      at = d.end;
      shifts.push([lineStart + at, out.textLength]);
    }
    out.copy(lineStart + at, lineStart + line.length);
  }
  shifts.push([text.length, out.textLength]);
  const built = out.build();
  const labelHints = input.labelHints.map((h) => ({ ...h, textStart: shift(shifts, h.textStart), textEnd: shift(shifts, h.textEnd) }));
  return { text: built.text, map: composeMaps(built.map, map), labelHints, diagnostics, translated };
}

function directionsIn(line: string, format: Format): Array<{ start: number; end: number; text: string }> {
  const patterns = format === 'vtt' || format === 'srt' ? [DIRECTION, STYLED_DIRECTION, CAPTION_DIRECTION] : [DIRECTION, STYLED_DIRECTION];
  const found = patterns.flatMap((re) => [...line.matchAll(re)].map((d) => ({ start: d.index, end: d.index + d[0].length, text: d[0] })));
  // Overlapping matches (two patterns on one parenthesis): keep the first, longest.
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const d of found.toSorted((a, b) => a.start - b.start || b.end - a.end)) {
    if (out.length && d.start < out[out.length - 1]!.end) continue;
    out.push(d);
  }
  return out;
}

/** New offset for an old one: the last recorded boundary at or before it, plus the distance. */
function shift(shifts: Array<[number, number]>, at: number): number {
  let best: [number, number] = [0, 0];
  for (const s of shifts) if (s[0] <= at && s[0] >= best[0]) best = s;
  return best[1] + Math.max(0, at - best[0]);
}
