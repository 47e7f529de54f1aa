// The preview's routes over plain HTTP, with a stub renderer: what each answers, and that
// nothing a request says can reach outside what the preview loaded.
import { cp, mkdtemp, readFile, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview, type PreviewServer } from '../../src/preview/index.js';
import { fixtureFolder, json, raw, stubRender } from './helpers.js';

let preview: PreviewServer;
let fixture: Awaited<ReturnType<typeof fixtureFolder>>;
let templates: string;
const stub = stubRender();

interface StateCard { id: string; kind: 'quote' | 'fact'; text: string; edited: boolean; start: number; end: number }
async function state(): Promise<{ transcripts: Array<{ slug: string; error: string | null; cards: StateCard[] }> }> {
  return JSON.parse((await raw(preview.url, 'GET', '/api/state')).body);
}
const interview = async () => (await state()).transcripts.find((t) => t.slug === 'interview')!;

beforeAll(async () => {
  fixture = await fixtureFolder();
  templates = await mkdtemp(join(tmpdir(), 'soundbite-templates-'));
  await cp(fileURLToPath(new URL('../../templates/', import.meta.url)), templates, { recursive: true });
  preview = await startPreview({ inputs: fixture.dir, port: 0, outDir: fixture.out, render: stub.render, templatesDir: templates });
});

afterAll(async () => {
  await preview?.close();
  await rm(fixture.dir, { recursive: true, force: true });
  await rm(templates, { recursive: true, force: true });
});

describe('startPreview', () => {
  test('listens on loopback only by default', () => {
    expect(preview.host).toBe('127.0.0.1');
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('loads every transcript in the folder, with cards for the interview', async () => {
    const s = await state();
    expect(s.transcripts.map((t) => t.slug)).toEqual(['interview', 'xss']);
    const t = await interview();
    expect(t.error).toBeNull();
    expect(t.cards.some((c) => c.kind === 'quote')).toBe(true);
    expect(t.cards.some((c) => c.kind === 'fact')).toBe(true);
  });
});

describe('the page', () => {
  test('lists the cards with their passages marked, under a strict policy', async () => {
    const res = await raw(preview.url, 'GET', '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const t = await interview();
    for (const c of t.cards) expect(res.body).toContain(`data-id="${c.id}"`);
    expect(res.body).toMatch(/<mark data-cards="[^"]*q1/);
    expect(res.body).not.toMatch(/<script>(?!<\/script>)/);
  });

  test('escapes every piece of transcript text', async () => {
    const res = await raw(preview.url, 'GET', '/t/xss');
    expect(res.status).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).not.toContain('<script>document.title');
    expect(res.body).not.toContain('<img src=x');
    expect(res.body).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
  });

  test('keeps the chosen size and theme, and ignores a bad one', async () => {
    expect((await raw(preview.url, 'GET', '/?size=square&theme=dark')).body).toMatch(/size=square&#38;theme=dark/);
    const bad = await raw(preview.url, 'GET', '/?size=huge&theme=neon');
    expect(bad.status).toBe(200);
    expect(bad.body).toMatch(/size=x&#38;theme=light/);
  });
});

describe('card images', () => {
  test('render on demand with the size and theme asked, and come from the cache after', async () => {
    const before = stub.calls.length;
    const url = '/card/interview/q1.png?size=square&theme=dark';
    const first = await raw(preview.url, 'GET', url);
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('image/png');
    expect(stub.calls.length).toBe(before + 1);
    expect(stub.calls.at(-1)!.options).toMatchObject({ size: 'square', theme: 'dark', format: 'png' });
    await raw(preview.url, 'GET', url);
    expect(stub.calls.length).toBe(before + 1);
  });

  test('download as an attachment', async () => {
    const res = await raw(preview.url, 'GET', '/card/interview/c1.png?size=x&theme=light&download=1');
    expect(res.headers['content-disposition']).toBe('attachment; filename="interview-c1-x-light.png"');
  });

  test('also as SVG', async () => {
    const res = await raw(preview.url, 'GET', '/card/interview/q1.svg');
    expect(res.headers['content-type']).toBe('image/svg+xml');
  });

  test('refuse a bad size or theme with 400 and a reason', async () => {
    const size = await raw(preview.url, 'GET', '/card/interview/q1.png?size=10x10');
    expect(size.status).toBe(400);
    expect(JSON.parse(size.body).error.code).toBe('BAD_SIZE');
    expect((await raw(preview.url, 'GET', '/card/interview/q1.png?theme=neon')).status).toBe(400);
  });

  test('404 for a card or transcript the preview does not have', async () => {
    expect((await raw(preview.url, 'GET', '/card/interview/q999.png')).status).toBe(404);
    expect((await raw(preview.url, 'GET', '/card/nope/q1.png')).status).toBe(404);
  });
});

describe('safety', () => {
  test.each([
    '/card/..%2F..%2F..%2Fetc%2Fpasswd.png',
    '/card/interview/..%2F..%2Fpackage.json.png',
    '/t/..%2F..%2Fetc%2Fpasswd',
    '/assets/../package.json',
    '/assets/..%2F..%2Fpackage.json',
    '/../../etc/passwd',
    '/examples/blinken-2021-interview.txt',
    '/interview.txt',
    '/%2e%2e/%2e%2e/etc/passwd',
  ])('serves no file by path: %s', async (path) => {
    const res = await raw(preview.url, 'GET', path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toMatch(/root:|"name": "soundbite"|SECRETARY BLINKEN/);
  });

  test('bad percent-encoding is a 400', async () => {
    expect((await raw(preview.url, 'GET', '/t/%E0%A4%A')).status).toBe(400);
  });

  test('405 with Allow for a method a route does not take', async () => {
    const post = await raw(preview.url, 'POST', '/', json({}));
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    const get = await raw(preview.url, 'GET', '/api/export');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await raw(preview.url, 'DELETE', '/api/edit')).status).toBe(405);
  });

  test('413 for a body over 64 KB, and the server carries on', async () => {
    const big = JSON.stringify({ transcript: 'interview', id: 'q1', text: 'x'.repeat(70 * 1024) });
    const res = await raw(preview.url, 'POST', '/api/edit', { headers: { 'Content-Type': 'application/json' }, body: big });
    expect([413, -1]).toContain(res.status);
    const chunked = await new Promise<number>((ok) => {
      const url = new URL(preview.url);
      const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/api/edit', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (r) => {
        r.resume();
        ok(r.statusCode ?? 0);
      });
      req.on('error', () => ok(-1));
      for (let i = 0; i < 80; i++) req.write('x'.repeat(1024));
      req.end();
    });
    expect([413, -1]).toContain(chunked);
    expect((await raw(preview.url, 'GET', '/api/state')).status).toBe(200);
  });

  test('400 for a body that is not JSON or misses fields, 415 for another type', async () => {
    const notJson = await raw(preview.url, 'POST', '/api/edit', { headers: { 'Content-Type': 'application/json' }, body: '{"transcript": ' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('BAD_JSON');
    expect((await raw(preview.url, 'POST', '/api/edit', json([1, 2]))).status).toBe(400);
    expect((await raw(preview.url, 'POST', '/api/edit', json({ transcript: 'interview' }))).status).toBe(400);
    expect((await raw(preview.url, 'POST', '/api/export', json({ transcript: 'interview', ids: 'q1', sizes: ['x'], theme: 'light' }))).status).toBe(400);
    expect((await raw(preview.url, 'POST', '/api/export', json({ transcript: 'interview', ids: ['q1'], sizes: ['../../x'], theme: 'light' }))).status).toBe(400);
    const form = await raw(preview.url, 'POST', '/api/export', { headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
  });

  test('403 for another Host (DNS rebinding) or a cross-site Origin', async () => {
    expect((await raw(preview.url, 'GET', '/', { headers: { Host: 'evil.example:80' } })).status).toBe(403);
    const port = new URL(preview.url).port;
    const cross = await raw(preview.url, 'POST', '/api/export', { headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' }, body: '{}' });
    expect(cross.status).toBe(403);
    const same = await raw(preview.url, 'POST', '/api/export', { headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}` }, body: '{}' });
    expect(same.status).toBe(400);
  });
});

describe('trimming a quote', () => {
  test('refuses an edit that is not faithful, with the reason', async () => {
    const q1 = (await interview()).cards.find((c) => c.id === 'q1')!;
    const res = await raw(preview.url, 'POST', '/api/edit', json({ transcript: 'interview', id: 'q1', text: `${q1.text} Trust me.` }));
    expect(res.status).toBe(422);
    const error = JSON.parse(res.body).error;
    expect(error.code).toBe('EDIT_NOT_FAITHFUL');
    expect(error.message).toMatch(/“Trust”/);
  });

  test('refuses trimming a fact card', async () => {
    const fact = (await interview()).cards.find((c) => c.kind === 'fact')!;
    expect((await raw(preview.url, 'POST', '/api/edit', json({ transcript: 'interview', id: fact.id, text: 'x' }))).status).toBe(400);
  });

  test('accepts a trim, renders it, and undoes it', async () => {
    const q1 = (await interview()).cards.find((c) => c.id === 'q1')!;
    const words = q1.text.split(' ');
    const trimmed = words.slice(0, Math.max(3, words.length - 2)).join(' ').replace(/[,;:]$/, '');
    const res = await raw(preview.url, 'POST', '/api/edit', json({ transcript: 'interview', id: 'q1', text: trimmed }));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ id: 'q1', text: trimmed, edited: true });
    expect((await interview()).cards.find((c) => c.id === 'q1')).toMatchObject({ text: trimmed, edited: true });
    await raw(preview.url, 'GET', '/card/interview/q1.png?size=og');
    expect(stub.calls.at(-1)!.card.text).toBe(trimmed);
    const undo = await raw(preview.url, 'POST', '/api/edit', json({ transcript: 'interview', id: 'q1', text: null }));
    expect(JSON.parse(undo.body)).toEqual({ id: 'q1', text: q1.text, edited: false });
  });
});

describe('export', () => {
  test('writes the picked cards at each size with a manifest, trims included', async () => {
    const q2 = (await interview()).cards.find((c) => c.id === 'q2')!;
    const trimmed = q2.text.split(' ').slice(0, 4).join(' ').replace(/[,;:]$/, '');
    expect((await raw(preview.url, 'POST', '/api/edit', json({ transcript: 'interview', id: 'q2', text: trimmed }))).status).toBe(200);
    const fact = (await interview()).cards.find((c) => c.kind === 'fact')!;
    const res = await raw(preview.url, 'POST', '/api/export', json({ transcript: 'interview', ids: ['q2', fact.id], sizes: ['x', 'square'], theme: 'dark' }));
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body);
    expect(result.outDir).toBe(join(fixture.out, 'interview'));
    expect(result.files).toHaveLength(4);
    const written = await readdir(result.outDir);
    for (const f of result.files) expect(written).toContain(f);
    const manifest = JSON.parse(await readFile(join(result.outDir, 'manifest.json'), 'utf8'));
    expect(manifest.cards.map((c: { id: string }) => c.id).toSorted()).toEqual(['q2', 'q2', fact.id, fact.id].toSorted());
    expect(manifest.cards.find((c: { id: string }) => c.id === 'q2').text).toBe(trimmed);
    expect(manifest.cards.every((c: { theme: string }) => c.theme === 'dark')).toBe(true);
  });

  test('refuses nothing picked, and a card id it does not have', async () => {
    expect((await raw(preview.url, 'POST', '/api/export', json({ transcript: 'interview', ids: [], sizes: ['x'], theme: 'light' }))).status).toBe(400);
    expect((await raw(preview.url, 'POST', '/api/export', json({ transcript: 'interview', ids: ['q999'], sizes: ['x'], theme: 'light' }))).status).toBe(404);
  });
});

describe('live reload', () => {
  /** The next event of `type` on /events, after `act` runs. */
  function nextEvent(type: string, act: () => Promise<void>): Promise<Record<string, unknown>> {
    const url = new URL(preview.url);
    return new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no ${type} event`)), 10_000);
      const req = request({ host: url.hostname, port: url.port, path: '/events' }, (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          const m = new RegExp(`event: ${type}\\ndata: (.*)\\n`).exec(buffer);
          if (m) {
            clearTimeout(timer);
            req.destroy();
            ok(JSON.parse(m[1]!));
          }
        });
        act().catch(fail);
      });
      req.on('error', () => {});
      req.end();
    });
  }

  test('a changed transcript reloads and tells the page', async () => {
    const event = await nextEvent('change', () => appendFile(fixture.interview, '\nSECRETARY BLINKEN: We will send 40,000 doses of vaccine to the region by the end of the year, which is more than any other country.\n'));
    expect(event).toEqual({ type: 'change', transcript: 'interview' });
  });

  test('a changed sidecar reloads its transcript', async () => {
    const event = await nextEvent('change', () => writeFile(join(fixture.dir, 'xss.meta.json'), JSON.stringify({ title: 'Housing <b>briefing</b>' })));
    expect(event).toEqual({ type: 'change', transcript: 'xss' });
    const page = await raw(preview.url, 'GET', '/t/xss');
    expect(page.body).toContain('Housing &#60;b&#62;briefing&#60;/b&#62;');
  });

  test('a changed template re-renders every card with a fresh copy of it', async () => {
    const before = stub.calls.length;
    const event = await nextEvent('templates', () => appendFile(join(templates, 'quote.js'), '\n// edited\n'));
    expect(event).toEqual({ type: 'templates' });
    await raw(preview.url, 'GET', '/card/interview/q1.png?size=square&theme=dark');
    expect(stub.calls.length).toBe(before + 1);
    expect(stub.calls.at(-1)!.options.template).toMatch(/soundbite-preview-.*[/\\]v1[/\\]quote\.js$/);
  });

  test('a new transcript in the folder joins the list', async () => {
    const event = await nextEvent('list', () => writeFile(join(fixture.dir, 'new.md'), 'QUESTION: Hi?\n\nMINISTER: We have hired 300 nurses this year, more than in any year before.\n'));
    expect(event).toEqual({ type: 'list' });
    expect((await state()).transcripts.map((t) => t.slug)).toContain('new');
  });
});

test('close() frees the port and ends open event streams', async () => {
  const other = await startPreview({ inputs: fixture.interview, port: 0, render: stub.render, watch: false });
  const url = new URL(other.url);
  const stream = new Promise<void>((ok) => {
    request({ host: url.hostname, port: url.port, path: '/events' }, (res) => {
      res.resume();
      res.on('end', () => ok());
      res.on('close', () => ok());
    }).end();
  });
  await new Promise((r) => setTimeout(r, 100));
  await other.close();
  await stream;
  await expect(raw(other.url, 'GET', '/')).rejects.toThrow();
});
