// Golden cases, one folder each: tests/fixtures/formats/<case>/{input.<ext>, options.json?, expected.json}.
// UPDATE_GOLDEN=1 rewrites expected.json. Beside the golden comparison, every case checks
// the offsets themselves: each sentence's raw range, with markup and timings removed,
// reads as the sentence; nothing in options.forbidden reaches a sentence.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/segment/index.js';
import type { Format } from '../../src/types.js';

const root = join(process.cwd(), 'tests/fixtures/formats');
const cases = readdirSync(root).filter((d) => readdirSync(join(root, d)).some((f) => f.startsWith('input.')));

interface Options {
  format?: Format;
  forbidden?: string[];
}

/** What a reader sees in raw[start, end): tags, cue timings and ids gone, entities decoded. */
function visible(raw: string): string {
  return decodeHTML(
    raw
      .replace(/<[^>]*>/g, ' ')
      .replace(/^\s*(?:\d+\s*\r?\n)?[\d:.,]+\s*-->.*$/gm, ' ')
      .replace(/\\([[\]_*])/g, '$1'),
  );
}
const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}$%]+/u)
    .filter(Boolean);

function run(name: string) {
  const dir = join(root, name);
  const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
  const raw = readFileSync(join(dir, input), 'utf8');
  const options: Options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
  const document = ingest(raw, { path: input, format: options.format });
  const segmented = segment(document);
  return { raw, options, document, segmented };
}

describe.each(cases)('format case %s', (name) => {
  const { raw, options, document, segmented } = run(name);
  const actual = {
    format: document.meta.format,
    meta: { title: document.meta.title, date: document.meta.date, url: document.meta.url, translated: document.meta.translated },
    speakers: segmented.speakers,
    turns: segmented.turns.map((t) => ({
      speaker: t.speaker,
      start: t.start,
      end: t.end,
      first: t.sentences[0]!.text.slice(0, 48),
      ...(t.quotations ? { quoted: t.quotations.map((q) => raw.slice(q.start, q.end)) } : {}),
    })),
    directions: segmented.diagnostics.filter((d) => d.ruleId === 'ingest:stage-direction').map((d) => raw.slice(d.start, d.end)),
    rules: [...new Set(segmented.diagnostics.map((d) => d.ruleId))].sort(),
  };
  const expectedPath = join(root, name, 'expected.json');
  if (process.env.UPDATE_GOLDEN || !existsSync(expectedPath)) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');

  it('matches expected.json', () => {
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });

  it('maps every sentence to the raw passage it came from', () => {
    for (const turn of segmented.turns) {
      for (const s of turn.sentences) {
        const passage = words(visible(raw.slice(s.start, s.end)));
        const said = words(s.text);
        // The raw passage starts and ends where the sentence does, and holds its words in order.
        expect(passage[0]).toBe(said[0]);
        expect(passage[passage.length - 1]).toBe(said[said.length - 1]);
        let at = 0;
        for (const w of said) {
          const found = passage.indexOf(w, at);
          expect(found).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }
      expect(raw.slice(turn.start, turn.end).length).toBeGreaterThan(0);
    }
  });

  it('keeps chrome, labels of others and stage directions out of the speech', () => {
    const speech = segmented.turns.flatMap((t) => t.sentences.map((s) => s.text)).join('\n');
    for (const f of options.forbidden ?? []) expect(speech).not.toContain(f);
  });

  it('keeps a total, ordered map', () => {
    const { map, text } = document;
    let textAt = 0;
    for (const span of map) {
      expect(span.textStart).toBe(textAt);
      expect(span.textEnd).toBeGreaterThan(span.textStart);
      expect(span.rawStart).toBeGreaterThanOrEqual(0);
      expect(span.rawEnd).toBeLessThanOrEqual(raw.length);
      expect(span.rawEnd).toBeGreaterThanOrEqual(span.rawStart);
      textAt = span.textEnd;
    }
    expect(textAt).toBe(text.length);
  });
});
