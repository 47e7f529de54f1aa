import { TextBuilder, toRaw, rangeToRaw } from '../src/ingest/offsets.js';

describe('offset map', () => {
  const raw = 'A &amp; B<br/>C  D';
  const b = new TextBuilder(raw);
  b.copy(0, 2); // 'A '
  b.replace('&', 2, 7); // '&amp;'
  b.copy(7, 9); // ' B'
  b.replace('\n', 9, 14); // '<br/>'
  b.copy(14, 18); // 'C  D'
  const { text, map } = b.build();

  it('builds the cleaned text', () => {
    expect(text).toBe('A & B\nC  D');
  });

  it('maps every character start back to raw', () => {
    expect(toRaw(map, 0, 'start')).toBe(0);
    expect(toRaw(map, 2, 'start')).toBe(2);
    expect(toRaw(map, 3, 'start')).toBe(7);
    expect(toRaw(map, 6, 'start')).toBe(14);
    expect(toRaw(map, text.length, 'start')).toBe(raw.length);
  });

  it('maps ends to the end of the producing raw piece', () => {
    expect(toRaw(map, 3, 'end')).toBe(7); // after '&' → after '&amp;'
    expect(toRaw(map, 5, 'end')).toBe(9);
    expect(toRaw(map, text.length, 'end')).toBe(raw.length);
  });

  it('maps a range so raw.slice covers exactly the source of the text', () => {
    const s = text.indexOf('&');
    const r = rangeToRaw(map, s, s + 3); // '& B'
    expect(raw.slice(r.start, r.end)).toBe('&amp; B');
    const c = rangeToRaw(map, 6, 10);
    expect(raw.slice(c.start, c.end)).toBe('C  D');
  });

  it('merges contiguous linear pieces into one span', () => {
    const m = new TextBuilder('abcdef');
    m.copy(0, 2).copy(2, 4).copy(4, 6);
    expect(m.build().map).toHaveLength(1);
  });

  it('is total on an empty map', () => {
    expect(toRaw([], 5, 'start')).toBe(0);
    expect(rangeToRaw([], 0, 0)).toEqual({ start: 0, end: 0 });
  });
});

// ---- property checks: a model of where every cleaned character came from -------------
import fc from 'fast-check';
import { composeMaps } from '../src/ingest/offsets.js';
import type { MapSpan } from '../src/types.js';

type Op = { kind: 'copy' | 'replace' | 'drop'; len: number; text: string };
const opArb: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('copy', 'replace', 'drop') as fc.Arbitrary<Op['kind']>,
  len: fc.integer({ min: 1, max: 6 }),
  text: fc.string({ minLength: 1, maxLength: 4 }),
});

/** Applies ops left to right over `source`; returns the text, its map, and per character the source interval. */
interface Applied {
  text: string;
  map: MapSpan[];
  /** Per character: the source interval it stands for. */
  model: Array<[number, number]>;
  /** Per character: how it was made — copied from source[from], or part of replacement `unit`. */
  origin: Array<{ from: number } | { unit: number; over: [number, number] }>;
}

/** Applies ops left to right over `source`; returns the text, its map, and per character the source interval. */
function apply(source: string, ops: Op[]): Applied {
  const b = new TextBuilder(source);
  const model: Applied['model'] = [];
  const origin: Applied['origin'] = [];
  let at = 0;
  ops.forEach((op, n) => {
    if (at >= source.length) return;
    const end = Math.min(source.length, at + op.len);
    if (op.kind === 'copy') {
      b.copy(at, end);
      for (let i = at; i < end; i++) model.push([i, i + 1]), origin.push({ from: i });
    } else if (op.kind === 'replace') {
      b.replace(op.text, at, end);
      // A replacement of equal length maps character by character; otherwise as a unit.
      for (let k = 0; k < op.text.length; k++) {
        if (op.text.length === end - at) model.push([at + k, at + k + 1]), origin.push({ from: at + k });
        else model.push([at, end]), origin.push({ unit: n, over: [at, end] });
      }
    }
    at = end;
  });
  return { ...b.build(), model, origin };
}

/**
 * Where each character of pass two stands in raw. A piece that stands for a unit maps to
 * the whole unit — unless the piece happens to be exactly as long as the unit's raw range,
 * which the map (by its length rule) reads character by character.
 */
function composedModel(first: Applied, second: Applied): Array<[number, number]> {
  const groups: Array<{ chars: number[]; interval: [number, number]; key: string }> = [];
  second.origin.forEach((o, k) => {
    let key: string;
    let interval: [number, number];
    let from = -1;
    if ('from' in o) {
      from = o.from;
      const inner = first.origin[o.from]!;
      if ('from' in inner) {
        groups.push({ chars: [k], interval: [inner.from, inner.from + 1], key: `c${k}` });
        return;
      }
      key = `u${inner.unit}`;
      interval = inner.over;
    } else {
      key = `r${o.unit}`;
      interval = [first.model[o.over[0]]![0], first.model[o.over[1] - 1]![1]];
    }
    const last = groups[groups.length - 1];
    const prevFrom = k > 0 && 'from' in second.origin[k - 1]! ? (second.origin[k - 1] as { from: number }).from : -2;
    if (last && last.key === key && last.chars[last.chars.length - 1] === k - 1 && (from < 0 || prevFrom === from - 1)) last.chars.push(k);
    else groups.push({ chars: [k], interval, key });
  });
  const model: Array<[number, number]> = [];
  for (const g of groups) {
    const [a, b] = g.interval;
    g.chars.forEach((_, i) => model.push(g.chars.length === b - a ? [a + i, a + i + 1] : [a, b]));
  }
  return model;
}

const rawArb = fc.string({ minLength: 1, maxLength: 60 });

describe('offset map properties', () => {
  it('maps each character to exactly the raw piece that produced it', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 20 }), (raw, ops) => {
        const { text, map, model } = apply(raw, ops);
        expect(text.length).toBe(model.length);
        model.forEach(([a, b], k) => {
          expect(toRaw(map, k, 'start')).toBe(a);
          expect(toRaw(map, k + 1, 'end')).toBe(b);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('maps any range to the smallest raw range covering its characters', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 20 }), fc.nat(), fc.nat(), (raw, ops, x, y) => {
        const { text, map, model } = apply(raw, ops);
        fc.pre(text.length > 0);
        const s = x % text.length;
        const e = s + 1 + (y % (text.length - s));
        const r = rangeToRaw(map, s, e);
        expect(r.start).toBe(model[s]![0]);
        expect(r.end).toBe(model[e - 1]![1]);
        expect(0 <= r.start && r.start <= r.end && r.end <= raw.length).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps spans sorted, contiguous in text and inside raw', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 20 }), (raw, ops) => {
        const { text, map } = apply(raw, ops);
        let at = 0;
        let rawAt = 0;
        for (const span of map) {
          expect(span.textStart).toBe(at);
          expect(span.textEnd).toBeGreaterThan(span.textStart);
          expect(span.rawStart).toBeGreaterThanOrEqual(rawAt);
          expect(span.rawEnd).toBeLessThanOrEqual(raw.length);
          at = span.textEnd;
          rawAt = span.rawStart;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });

  it('copied text reads the same in raw', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 20 }), (raw, ops) => {
        const { text, map, model } = apply(raw, ops);
        model.forEach(([a, b], k) => {
          if (b - a === 1 && toRaw(map, k, 'start') === a && raw[a] === text[k]) expect(raw.slice(a, b)).toBe(text[k]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('composes two cleaning passes into one map straight to raw', () => {
    fc.assert(
      fc.property(rawArb, fc.array(opArb, { maxLength: 20 }), fc.array(opArb, { maxLength: 20 }), (raw, ops1, ops2) => {
        const first = apply(raw, ops1);
        fc.pre(first.text.length > 0);
        const second = apply(first.text, ops2);
        const map = composeMaps(second.map, first.map);
        // The model: a character of pass two came from text1 characters, which came from raw.
        const model = composedModel(first, second);
        model.forEach(([a, b], k) => {
          expect(toRaw(map, k, 'start')).toBe(a);
          expect(toRaw(map, k + 1, 'end')).toBe(b);
        });
        let at = 0;
        for (const span of map) {
          expect(span.textStart).toBe(at);
          at = span.textEnd;
        }
        expect(at).toBe(second.text.length);
      }),
      { numRuns: 400 },
    );
  });
});

// ---- the readers: offsets into real markup ------------------------------------------
import { ingest } from '../src/ingest/index.js';
import { segment } from '../src/segment/index.js';

describe('offsets through the readers', () => {
  const find = (doc: { text: string; map: MapSpan[] }, needle: string) => {
    const at = doc.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    return rangeToRaw(doc.map, at, at + needle.length);
  };

  it('maps decoded entities in HTML back to the entity', () => {
    const raw = '<html><body><p><strong>Mr. A</strong>. Salt &amp; pepper&nbsp;cost &#36;5 &mdash; cheap.</p></body></html>';
    const doc = ingest(raw, { format: 'html' });
    const r = find(doc, 'Salt & pepper\u00a0cost $5 — cheap.');
    expect(raw.slice(r.start, r.end)).toBe('Salt &amp; pepper&nbsp;cost &#36;5 &mdash; cheap.');
    const amp = find(doc, '&');
    expect(raw.slice(amp.start, amp.end)).toBe('&amp;');
  });

  it('maps a sentence across tags in HTML to the raw markup that holds it', () => {
    const raw = '<div><p><b>Q:</b> Where is <em>the</em> money?<br/><b>A:</b> In a <a href="#x">Swiss</a> bank.</p></div>';
    const seg = segment(ingest(raw, { format: 'html' }));
    const answer = seg.turns.find((t) => t.speaker === 'A')!;
    expect(raw.slice(answer.start, answer.end)).toBe('In a <a href="#x">Swiss</a> bank.');
    const question = seg.turns.find((t) => t.speaker === 'Q')!;
    expect(raw.slice(question.start, question.end)).toBe('Where is <em>the</em> money?');
  });

  it('maps a sentence split across VTT cues to the raw cues, timings between', () => {
    const raw = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>We spent\n\n00:00:02.000 --> 00:00:03.000\n$5 million.\n';
    const doc = ingest(raw, { path: 'x.vtt' });
    const seg = segment(doc);
    const s = seg.turns[0]!.sentences[0]!;
    expect(s.text).toBe('We spent $5 million.');
    expect(raw.slice(s.start, s.end)).toBe('We spent\n\n00:00:02.000 --> 00:00:03.000\n$5 million.');
    const figure = find(doc, '$5 million');
    expect(raw.slice(figure.start, figure.end)).toBe('$5 million');
  });

  it('keeps a BOM in raw and maps past it', () => {
    const raw = '\uFEFFWEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello there.\n';
    const seg = segment(ingest(raw, { path: 'x.vtt' }));
    const t = seg.turns[0]!;
    expect(raw.slice(t.start, t.end)).toBe('Hello there.');
  });

  it('maps around a removed stage direction and front matter', () => {
    const raw = '---\ntitle: T\n---\nMS. X:  We are done.  (Laughter.)  Thank you.\n';
    const doc = ingest(raw, { path: 'x.md' });
    const seg = segment(doc);
    const [a, b] = seg.turns[0]!.sentences;
    expect(raw.slice(a!.start, a!.end)).toBe('We are done.');
    expect(raw.slice(b!.start, b!.end)).toBe('Thank you.');
    expect(doc.text).not.toContain('Laughter');
    const d = doc.diagnostics.find((x) => x.ruleId === 'ingest:stage-direction')!;
    expect(raw.slice(d.start, d.end)).toBe('(Laughter.)');
  });

  it('maps a struck correction and a Markdown escape', () => {
    const raw = 'MS. X:  The <s>Supeiror</s> \\[Superior\\] Court ruled.\n';
    const doc = ingest(raw, { format: 'markdown' });
    const r = find(doc, '[Superior]');
    expect(raw.slice(r.start, r.end)).toBe('\\[Superior\\]');
    expect(doc.text).not.toContain('Supeiror');
  });
});
