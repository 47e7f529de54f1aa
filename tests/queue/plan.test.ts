// The parts of the queue that need no Redis: reading --queue, and deciding from card results
// which candidates a source still has to render (waves, as a local batch takes them).
import { parseQueueUrl } from '../../src/queue/url.js';
import { nextStep } from '../../src/queue/plan.js';
import type { Candidate, CardJobResult, SourcePlanState } from '../../src/queue/jobs.js';

describe('--queue', () => {
  it('reads host, port, database and credentials', () => {
    expect(parseQueueUrl('redis://127.0.0.1:6390/3')).toEqual({ host: '127.0.0.1', port: 6390, db: 3 });
    expect(parseQueueUrl('redis://queue.internal')).toEqual({ host: 'queue.internal', port: 6379, db: 0 });
    expect(parseQueueUrl('rediss://user:p%40ss@[::1]:7000/')).toEqual({ host: '::1', port: 7000, db: 0, username: 'user', password: 'p@ss', tls: {} });
  });

  it.each([
    ['127.0.0.1:6379', /is not a URL|has the scheme/],
    ['http://127.0.0.1:6379', /has the scheme http/],
    ['redis://127.0.0.1:6379/cards', /database "cards", not a number/],
  ])('refuses %s with a message that says what to write', (url, message) => {
    expect(() => parseQueueUrl(url)).toThrow(expect.objectContaining({ code: 'QUEUE_BAD_URL', message: expect.stringMatching(message) }));
  });
});

describe('nextStep', () => {
  const candidate = (kind: 'quote' | 'fact', rank: number): Candidate => ({
    kind,
    rank,
    jobId: `${kind}-${rank}`,
    card: { kind, text: 't', speaker: { label: null, name: null, role: null }, source: { title: null, outlet: null, date: null, url: null, translated: false } },
    entry: { kind, id: `${kind[0]}${rank}`, text: 't', figure: null, qualifier: null, label: null, speaker: { label: null, name: null, role: null }, start: 0, end: 1 },
    variants: [{ size: 'x', theme: 'light', file: `${kind}-${rank}.png` }],
  });
  const plan: SourcePlanState = {
    source: { path: 'a.txt', title: null, date: null, url: null, outlet: null, translated: false },
    candidates: [1, 2, 3, 4, 5, 6].map((r) => candidate('quote', r)).concat([1, 2].map((r) => candidate('fact', r))),
  };
  const ok = (c: Candidate): CardJobResult => ({ kind: c.kind, rank: c.rank, status: 'ok', cards: [{ file: c.variants[0]!.file } as never], rendered: 1, reused: 0 });
  const skipped = (c: Candidate): CardJobResult => ({ kind: c.kind, rank: c.rank, status: 'skipped', id: c.entry.id, reason: 'too long' });
  const results = (...rs: CardJobResult[]) => new Map(rs.map((r) => [`${r.kind}-${r.rank}`, r]));
  const q = (rank: number) => plan.candidates.find((c) => c.kind === 'quote' && c.rank === rank)!;
  const f = (rank: number) => plan.candidates.find((c) => c.kind === 'fact' && c.rank === rank)!;

  it('starts with as many candidates of each kind as cards are wanted', () => {
    const step = nextStep(plan, 2, results());
    expect(step).toEqual({ done: false, render: [q(1), q(2), f(1), f(2)] });
  });

  it('replaces a skipped candidate with the next of its kind, and only then', () => {
    const step = nextStep(plan, 2, results(ok(q(1)), skipped(q(2)), ok(f(1)), ok(f(2))));
    expect(step).toEqual({ done: false, render: [q(3)] });
  });

  it('takes the first that fit, in rank order, and lists the skipped ones', () => {
    const step = nextStep(plan, 2, results(skipped(q(1)), ok(q(2)), skipped(q(3)), ok(q(4)), ok(q(5)), ok(f(1)), skipped(f(2))));
    expect(step).toMatchObject({ done: true, rendered: 3, reused: 0, skipped: [{ id: 'f2' }, { id: 'q1' }, { id: 'q3' }] });
    expect((step as { cards: Array<{ file: string }> }).cards.map((c) => c.file)).toEqual(['quote-2.png', 'quote-4.png', 'fact-1.png']);
  });

  it('fails the source on a render error that is not a skip', () => {
    const error: CardJobResult = { kind: 'quote', rank: 1, status: 'error', code: 'RENDER_UNKNOWN_THEME', message: 'no theme' };
    expect(nextStep(plan, 2, results(error, ok(q(2)), ok(f(1)), ok(f(2))))).toEqual({ done: true, error: { code: 'RENDER_UNKNOWN_THEME', message: 'no theme' } });
  });
});
