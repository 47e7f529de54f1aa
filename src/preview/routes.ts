// Every route the preview answers. Nothing here touches the file system by a name taken
// from a request: transcripts and cards are looked up among those the preview loaded.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import type { Extraction } from '../types.js';
import { exportCards } from '../export/index.js';
import { parseSize, isRenderError } from '../render/index.js';
import { isFaithful } from './faithful.js';
import { HttpError, field, isString, isStringArray, readJson, send, sendJson } from './http.js';
import { isThemeName, renderPage, THEME_NAMES } from './page.js';
import type { ThemeName } from '../render/index.js';
import { PREVIEW_CSS, PREVIEW_JS } from './assets.js';
import { passageKey, refreshCards, type PreviewCard, type Transcript } from './transcripts.js';
import type { PreviewState } from './index.js';

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL, params: string[]) => Promise<void> | void;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<'GET' | 'POST', Handler>>;
}

const MAX_EDIT_CHARS = 2000;

export function createRoutes(state: PreviewState) {
  const routes: Route[] = [
    { pattern: /^\/$/, methods: { GET: (_req, res, url) => page(res, url, state.transcripts[0]) } },
    { pattern: /^\/t\/([^/]+)$/, methods: { GET: (_req, res, url, [slug]) => page(res, url, transcriptBySlug(slug!)) } },
    { pattern: /^\/assets\/preview\.css$/, methods: { GET: (_req, res) => send(res, 200, PREVIEW_CSS, 'text/css; charset=utf-8', { 'Cache-Control': 'no-cache' }) } },
    { pattern: /^\/assets\/preview\.js$/, methods: { GET: (_req, res) => send(res, 200, PREVIEW_JS, 'text/javascript; charset=utf-8', { 'Cache-Control': 'no-cache' }) } },
    { pattern: /^\/favicon\.ico$/, methods: { GET: (_req, res) => send(res, 204, '', 'image/x-icon') } },
    { pattern: /^\/card\/([^/]+)\/([^/]+)\.(png|svg)$/, methods: { GET: (_req, res, url, [slug, id, format]) => cardImage(res, url, slug!, id!, format as 'png' | 'svg') } },
    { pattern: /^\/events$/, methods: { GET: (_req, res) => state.events.add(res) } },
    { pattern: /^\/api\/state$/, methods: { GET: (_req, res) => sendJson(res, 200, { outDir: state.outDir, transcripts: state.transcripts.map(describe) }) } },
    { pattern: /^\/api\/edit$/, methods: { POST: (req, res) => edit(req, res) } },
    { pattern: /^\/api\/export$/, methods: { POST: (req, res) => exportPicked(req, res) } },
  ];

  function transcriptBySlug(slug: string): Transcript {
    const t = state.transcripts.find((x) => x.slug === slug);
    if (!t) throw new HttpError(404, 'NOT_FOUND', `No transcript "${slug}" in this preview.`);
    return t;
  }

  function cardById(t: Transcript, id: string): PreviewCard {
    const card = t.loaded?.cards.find((c) => c.id === id);
    if (!card) throw new HttpError(404, 'NOT_FOUND', `No card "${id}" in ${basename(t.path)}${t.error ? ` (${t.error})` : ''}.`);
    return card;
  }

  function viewOptions(url: URL): { size: string; theme: ThemeName } {
    const size = url.searchParams.get('size') ?? 'x';
    const theme = url.searchParams.get('theme') ?? 'light';
    try {
      parseSize(size);
    } catch (e) {
      throw new HttpError(400, 'BAD_SIZE', (e as Error).message);
    }
    if (!isThemeName(theme)) throw new HttpError(400, 'BAD_THEME', `Unknown theme "${theme}": use one of ${THEME_NAMES.join(', ')}.`);
    return { size, theme };
  }

  function page(res: ServerResponse, url: URL, current: Transcript | undefined): void {
    if (!current) throw new HttpError(404, 'NOT_FOUND', 'This preview has no transcripts.');
    let view: { size: string; theme: ThemeName } = { size: 'x', theme: 'light' };
    try {
      view = viewOptions(url);
    } catch {
      // A stale bookmark with a bad size shows the defaults rather than an error page.
    }
    const html = renderPage({
      transcripts: state.transcripts,
      current,
      ...view,
      outDir: state.outDir,
      imageVersion: (_t, card) => state.images.fingerprint(card.card),
    });
    send(res, 200, html, 'text/html; charset=utf-8', { 'Cache-Control': 'no-store' });
  }

  async function cardImage(res: ServerResponse, url: URL, slug: string, id: string, format: 'png' | 'svg'): Promise<void> {
    const t = transcriptBySlug(slug);
    const card = cardById(t, id);
    const view = viewOptions(url);
    let image;
    try {
      image = await state.images.get(card.card, { ...view, format });
    } catch (e) {
      if (!isRenderError(e)) throw e;
      const fits = e.code === 'RENDER_TEXT_TOO_LONG' || e.code === 'RENDER_OVERFLOW' || e.code === 'RENDER_MISSING_GLYPH';
      throw new HttpError(fits ? 422 : 500, e.code, e.message);
    }
    const headers: Record<string, string> = { 'Cache-Control': 'private, max-age=3600' };
    if (url.searchParams.get('download') === '1') headers['Content-Disposition'] = `attachment; filename="${t.slug}-${card.id}-${view.size}-${view.theme}.${image.format}"`;
    // An SVG opened on its own is a document: give it a policy with no script either.
    send(res, 200, image.data, image.format === 'svg' ? 'image/svg+xml' : 'image/png', headers);
  }

  async function edit(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req, state.maxBodyBytes);
    const t = transcriptBySlug(field(body, 'transcript', isString, 'a transcript name'));
    const card = cardById(t, field(body, 'id', isString, 'a card id'));
    const text = field(body, 'text', (v): v is string | null => v === null || typeof v === 'string', 'the trimmed quote, or null to undo the trim');
    if (card.kind !== 'quote') throw new HttpError(400, 'NOT_A_QUOTE', 'Only quote cards can be trimmed; a fact card shows the sentence as spoken.');
    const loaded = t.loaded!;
    const key = passageKey(card.start, card.end);
    if (text === null || text.trim() === card.extractedText.trim()) {
      t.edits.delete(key);
    } else {
      const trimmed = text.replace(/\s+/g, ' ').trim();
      if (trimmed.length > MAX_EDIT_CHARS) throw new HttpError(400, 'EDIT_TOO_LONG', `A quote card holds at most ${MAX_EDIT_CHARS} characters.`);
      const passage = loaded.shown.passages.find((p) => p.id === card.id)!;
      const verdict = isFaithful(trimmed, loaded.shown.text.slice(passage.start, passage.end));
      if (!verdict.ok) throw new HttpError(422, 'EDIT_NOT_FAITHFUL', verdict.reason);
      t.edits.set(key, { rawSpan: loaded.raw.slice(card.start, card.end), text: trimmed });
    }
    refreshCards(t, state.max);
    const updated = cardById(t, card.id);
    state.events.send({ type: 'change', transcript: t.slug });
    sendJson(res, 200, { id: updated.id, text: updated.card.text, edited: updated.edited });
  }

  async function exportPicked(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readJson(req, state.maxBodyBytes);
    const t = transcriptBySlug(field(body, 'transcript', isString, 'a transcript name'));
    const ids = new Set(field(body, 'ids', isStringArray, 'a list of card ids'));
    const sizes = field(body, 'sizes', isStringArray, 'a list of sizes');
    const theme = field(body, 'theme', isString, 'a theme name');
    if (ids.size === 0) throw new HttpError(400, 'NOTHING_PICKED', 'Pick at least one card to export.');
    if (sizes.length === 0) throw new HttpError(400, 'BAD_SIZE', 'Choose at least one size to export.');
    for (const size of sizes) viewOptions(new URL(`http://x/?size=${encodeURIComponent(size)}&theme=${encodeURIComponent(theme)}`));
    const picked = [...ids].map((id) => cardById(t, id));
    const x = t.loaded!.extraction;
    const shown = new Map(picked.map((c) => [c.id, c.card.text]));
    const chosen: Extraction = {
      ...x,
      quotes: x.quotes.filter((q) => ids.has(q.id)).map((q) => ({ ...q, text: shown.get(q.id) ?? q.text })),
      claims: x.claims.filter((c) => ids.has(c.id)),
    };
    const outDir = state.transcripts.length > 1 ? join(state.outDir, t.slug) : state.outDir;
    const manifest = await exportCards(chosen, {
      outDir,
      max: picked.length,
      sizes,
      themes: [theme],
      render: (card, options) => state.images.get(card, options),
    });
    state.log(`preview: exported ${manifest.cards.length} image(s) to ${outDir}`);
    sendJson(res, 200, { outDir, files: manifest.cards.map((c) => c.file), manifest: 'manifest.json', skipped: manifest.skipped });
  }

  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (state.allowedHosts && !state.allowedHosts.has(req.headers.host ?? '')) {
      throw new HttpError(403, 'HOST_NOT_ALLOWED', 'This preview answers only on the address it printed.');
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://preview.invalid');
    } catch {
      throw new HttpError(400, 'BAD_URL', 'The request URL could not be read.');
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw new HttpError(400, 'BAD_URL', 'The request URL is not valid percent-encoding.');
    }
    const route = routes.find((r) => r.pattern.test(path));
    if (!route) throw new HttpError(404, 'NOT_FOUND', `Nothing at ${path}.`);
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    const handler = route.methods[method as 'GET' | 'POST'];
    if (!handler) throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here.`, { Allow: Object.keys(route.methods).join(', ') });
    if (method === 'POST') {
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${req.headers.host}`) throw new HttpError(403, 'CROSS_ORIGIN', 'Requests from other sites are refused.');
    }
    const params = route.pattern.exec(path)!.slice(1);
    await handler(req, res, url, params);
  };

  function describe(t: Transcript) {
    return {
      slug: t.slug,
      file: basename(t.path),
      version: t.version,
      error: t.error,
      cards: (t.loaded?.cards ?? []).map((c) => ({
        id: c.id,
        kind: c.kind,
        score: c.score,
        speaker: c.card.speaker,
        text: c.card.text,
        figure: c.card.figure ?? null,
        start: c.start,
        end: c.end,
        edited: c.edited,
      })),
    };
  }
}
