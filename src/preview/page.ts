// The gallery page, rendered on the server. Every piece of text from a transcript or its
// metadata goes through `escapeHtml`; the page's script and styles are served from
// /assets, so the Content-Security-Policy can refuse inline script altogether.
import { basename, isAbsolute, relative } from 'node:path';
import type { PreviewCard, ShownText, Transcript } from './transcripts.js';
import { SIZES } from '../render/sizes.js';
import { THEMES, type ThemeName } from '../render/themes.js';

const SIZE_LABELS: Record<string, string> = { x: 'X / Twitter', og: 'Open Graph', square: 'Square', portrait: 'Portrait', story: 'Story' };

export const SIZE_PRESETS = Object.values(SIZES).map((s) => ({ ...s, label: SIZE_LABELS[s.name] ?? s.name }));

export const THEME_NAMES = Object.keys(THEMES) as ThemeName[];

export const isThemeName = (name: string): name is ThemeName => (THEME_NAMES as string[]).includes(name);

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PageView {
  transcripts: Transcript[];
  current: Transcript;
  size: string;
  theme: string;
  /** Cache-buster for card images: changes when a card or the templates change. */
  imageVersion: (t: Transcript, card: PreviewCard) => string;
  outDir: string;
}

export function renderPage(view: PageView): string {
  const { current } = view;
  const title = current.loaded?.extraction.source.title ?? basename(current.path);
  const ratio = ratioOf(view.size);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · soundbite preview</title>
<link rel="stylesheet" href="/assets/preview.css">
<script type="module" src="/assets/preview.js"></script>
</head>
<body>
<header class="bar">
  <h1><span class="brand">soundbite</span> preview</h1>
  ${renderNav(view)}
  <form class="controls" id="view-controls" aria-label="Card view">
    <label>Size <select name="size" id="size">${SIZE_PRESETS.map((s) => option(s.name, `${s.label} · ${s.width}×${s.height}`, view.size, s.width / s.height)).join('')}${customSize(view.size)}</select></label>
    <label>Theme <select name="theme" id="theme">${THEME_NAMES.map((t) => option(t, t[0]!.toUpperCase() + t.slice(1), view.theme)).join('')}</select></label>
  </form>
  <form class="export" id="export-form" aria-label="Export picked cards">
    <fieldset>
      <legend>Export at</legend>
      ${SIZE_PRESETS.map((s) => `<label><input type="checkbox" name="export-size" value="${s.name}"${s.name === view.size ? ' checked' : ''}> ${s.name}</label>`).join('')}
    </fieldset>
    <button type="submit" id="export" disabled>Export picked <span id="picked-count">(0)</span></button>
    <span class="out" title="${escapeHtml(view.outDir)}">→ ${escapeHtml(shownPath(view.outDir))}/</span>
  </form>
  <span id="live" class="live">Connecting…</span>
</header>
<p id="status" class="status" role="status" aria-live="polite"></p>
${renderMain(view, ratio)}
</body>
</html>
`;
}

function renderNav(view: PageView): string {
  if (view.transcripts.length < 2) return '';
  const links = view.transcripts.map((t) => {
    const count = t.loaded ? t.loaded.cards.length : 0;
    const current = t === view.current ? ' aria-current="page"' : '';
    return `<li><a href="/t/${encodeURIComponent(t.slug)}"${current}>${escapeHtml(basename(t.path))} <small>${t.error ? 'error' : `${count} cards`}</small></a></li>`;
  });
  return `<nav aria-label="Transcripts"><ul id="nav">${links.join('')}</ul></nav>`;
}

function renderMain(view: PageView, ratio: number): string {
  const t = view.current;
  const loaded = t.loaded;
  const source = loaded?.extraction.source;
  const heading = escapeHtml(source?.title ?? basename(t.path));
  const sub = [source?.outlet, source?.date].filter(Boolean).map((s) => escapeHtml(s!)).join(' · ');
  const quotes = loaded?.cards.filter((c) => c.kind === 'quote').length ?? 0;
  const facts = (loaded?.cards.length ?? 0) - quotes;
  const body = t.error
    ? `<p class="error-banner" role="alert">${escapeHtml(t.error)}</p>`
    : loaded && loaded.cards.length > 0
      ? `<ul class="cards">${loaded.cards.map((c) => renderCard(view, t, c)).join('')}</ul>`
      : '<p class="empty">No quotes or figures worth a card were found. Check that the transcript has speaker labels and answers.</p>';
  return `<main id="main" data-transcript="${escapeHtml(t.slug)}" data-version="${t.version}" data-ratio="${ratio}">
<section class="gallery" aria-labelledby="gallery-heading">
  <h2 id="gallery-heading">${heading}${sub ? ` <small>${sub}</small>` : ''}</h2>
  <p class="summary">${quotes} quote card${quotes === 1 ? '' : 's'} · ${facts} fact card${facts === 1 ? '' : 's'} · click a card to see its passage, Enter or the box to pick it</p>
  ${body}
</section>
<section class="transcript" aria-labelledby="transcript-heading">
  <h2 id="transcript-heading">${escapeHtml(basename(t.path))} <small>${loaded?.shown.cleaned ? 'text cleaned from HTML' : 'as in the file'}</small></h2>
  <div class="transcript-body" id="transcript-text" tabindex="0" aria-label="Transcript text">${loaded ? renderPassages(loaded.shown) : ''}</div>
</section>
</main>`;
}

function renderCard(view: PageView, t: Transcript, c: PreviewCard): string {
  const speaker = [c.card.speaker.name ?? c.card.speaker.label, c.card.speaker.role].filter(Boolean).join(', ') || 'unnamed speaker';
  const src = `/card/${encodeURIComponent(t.slug)}/${encodeURIComponent(c.id)}.png?size=${encodeURIComponent(view.size)}&theme=${encodeURIComponent(view.theme)}&v=${view.imageVersion(t, c)}`;
  const figure = c.kind === 'fact' ? `${c.card.qualifier ? `${c.card.qualifier} ` : ''}${c.card.figure ?? ''}` : '';
  const text = c.kind === 'fact' ? c.card.text : `“${c.card.text}”`;
  const alt = c.kind === 'fact' ? `Fact card: ${figure}${c.card.label ? ` ${c.card.label}` : ''}. ${text} ${speaker}` : `Quote card: ${text} ${speaker}`;
  const id = escapeHtml(c.id);
  const trim =
    c.kind === 'quote'
      ? `<button type="button" class="trim">Trim</button>
      <form class="trim-form" hidden>
        <label for="trim-${id}">Trimmed quote <small>leave words out, mark inner gaps with …, add [words] in brackets</small></label>
        <textarea id="trim-${id}" name="text" rows="4">${escapeHtml(c.card.text)}</textarea>
        <div class="row"><button type="submit">Save trim</button>${c.edited ? '<button type="button" class="reset">Undo trim</button>' : ''}<button type="button" class="cancel">Cancel</button></div>
        <p class="trim-error" role="alert"></p>
      </form>`
      : '';
  return `<li><article class="card" tabindex="0" data-id="${id}" data-kind="${c.kind}" aria-label="${escapeHtml(`${c.kind === 'quote' ? 'Quote' : 'Fact'} card ${c.id}, ${speaker}`)}">
    <div class="thumb"><img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async"></div>
    <div class="info">
      <div class="row">
        <label class="pick"><input type="checkbox" name="pick" value="${id}"> Pick</label>
        <span class="kind kind-${c.kind}">${c.kind === 'quote' ? 'Quote' : 'Fact'}</span>
        <span class="score" title="Extractor score">score ${c.score.toFixed(2)}</span>
        ${c.edited ? '<span class="edited">trimmed</span>' : ''}
      </div>
      ${figure ? `<p class="figure">${escapeHtml(figure)}${c.card.label ? ` <small>${escapeHtml(c.card.label)}</small>` : ''}</p>` : ''}
      <p class="speaker">${escapeHtml(speaker)}</p>
      <p class="text">${escapeHtml(text)}</p>
      <div class="row actions">${trim}<a class="download" href="${escapeHtml(src)}&amp;download=1" download>Download PNG</a></div>
    </div>
  </article></li>`;
}

/** The transcript with every card's passage marked; overlapping passages share a mark. */
export function renderPassages(shown: ShownText): string {
  const bounds = new Set<number>([0, shown.text.length]);
  for (const p of shown.passages) {
    if (p.end > p.start) bounds.add(clamp(p.start, shown.text.length)).add(clamp(p.end, shown.text.length));
  }
  const points = [...bounds].toSorted((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const piece = escapeHtml(shown.text.slice(from, to));
    const ids = shown.passages.filter((p) => p.start <= from && to <= p.end).map((p) => p.id);
    html += ids.length ? `<mark data-cards="${escapeHtml(ids.join(' '))}">${piece}</mark>` : piece;
  }
  return html;
}

/** Relative to the working folder when inside it: what the user typed with --out. */
function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

function option(value: string, label: string, selected: string, ratio?: number): string {
  const data = ratio === undefined ? '' : ` data-ratio="${ratio.toFixed(4)}"`;
  return `<option value="${escapeHtml(value)}"${data}${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function customSize(size: string): string {
  return SIZE_PRESETS.some((s) => s.name === size) ? '' : option(size, `Custom · ${size}`, size, ratioOf(size));
}

export function ratioOf(size: string): number {
  const preset = SIZE_PRESETS.find((s) => s.name === size);
  if (preset) return preset.width / preset.height;
  const m = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(size);
  return m ? Number(m[1]) / Number(m[2]) : 16 / 9;
}
