// The page's styles and script, served from /assets so no inline script is ever needed and
// nothing is fetched from the network. System fonts only. The script is plain ES2020 for
// any current browser; it is exercised by tests/preview/e2e.test.ts.

export const PREVIEW_CSS = `
:root {
  --bg: #f3f1ec; --panel: #ffffff; --ink: #16181d; --muted: #555b66; --line: #d9d5cc;
  --accent: #b8330f; --focus: #1f5fd6; --pick: #1f7a4d; --mark: #fff0b3; --mark-on: #ffc933;
  --ratio: 1.7778;
  color-scheme: light;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; background: var(--bg); color: var(--ink); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button, select, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; border: 1px solid #b9b4a8; background: #fff; border-radius: 6px; padding: 4px 12px; }
button:hover:not(:disabled) { border-color: var(--ink); }
button:disabled { opacity: .5; cursor: not-allowed; }
button[type=submit] { background: var(--ink); color: #fff; border-color: var(--ink); }
select { border: 1px solid #b9b4a8; border-radius: 6px; padding: 3px 6px; background: #fff; }
small { color: var(--muted); font-weight: normal; }

.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; padding: 10px 20px; background: var(--panel); border-bottom: 1px solid var(--line); }
.bar h1 { font-size: 17px; margin: 0; font-weight: 600; white-space: nowrap; }
.bar .brand { color: var(--accent); }
.bar nav { flex: 1 1 320px; min-width: 0; }
.bar nav ul { display: flex; gap: 6px; margin: 0; padding: 2px; list-style: none; overflow-x: auto; scrollbar-width: thin; }
.bar nav a { display: block; padding: 3px 10px; border-radius: 6px; color: var(--ink); text-decoration: none; border: 1px solid transparent; white-space: nowrap; max-width: 30ch; overflow: hidden; text-overflow: ellipsis; }
.bar nav a:hover { border-color: var(--line); }
.bar nav a[aria-current=page] { background: var(--ink); color: #fff; }
.bar nav a[aria-current=page] small { color: #d8d8d8; }
.controls, .export { display: flex; align-items: center; gap: 12px; margin: 0; }
.controls label { display: flex; align-items: center; gap: 6px; font-weight: 500; }
.export { margin-left: auto; }
.export fieldset { display: flex; align-items: center; gap: 8px; border: 0; margin: 0; padding: 0; }
.export legend { float: left; margin-right: 4px; font-weight: 500; }
.export fieldset label { display: flex; align-items: center; gap: 3px; }
.export .out { color: var(--muted); font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; max-width: 24ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.live { font-size: 13px; color: var(--muted); white-space: nowrap; }
.live::before { content: "●"; margin-right: 4px; color: #999; }
.live.on::before { color: var(--pick); }
.status { margin: 0; padding: 0 20px; min-height: 0; font-size: 14px; }
.status:not(:empty) { padding: 6px 20px; background: #e6f3ec; border-bottom: 1px solid #bcdccb; overflow-wrap: anywhere; }
.status.error { background: #fbe9e4; border-color: #efc2b5; }

main { flex: 1; min-height: 0; display: grid; grid-template-columns: minmax(0, 3fr) minmax(340px, 2fr); }
.gallery, .transcript { min-height: 0; overflow: auto; padding: 16px 20px 40px; }
.gallery h2, .transcript h2 { font-size: 18px; margin: 0 0 2px; }
.summary { margin: 0 0 14px; color: var(--muted); font-size: 14px; }
.transcript { background: var(--panel); border-left: 1px solid var(--line); }
.transcript h2 { position: sticky; top: -16px; background: var(--panel); padding: 4px 0 8px; margin-top: -4px; overflow-wrap: anywhere; }

.cards { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 16px; align-items: start; }
.card { container-type: inline-size; position: relative; background: var(--panel); border: 2px solid var(--line); border-radius: 10px; overflow: hidden; cursor: pointer; transition: border-color .12s, box-shadow .12s; }
.card:hover { border-color: #9a958a; }
.card.active { border-color: var(--mark-on); box-shadow: 0 0 0 3px var(--mark); }
.card.picked { border-color: var(--pick); }
.card.picked::after { content: "✓ picked"; position: absolute; top: 8px; right: 8px; background: var(--pick); color: #fff; font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 999px; }
.card:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.thumb { height: min(440px, calc(100cqw / var(--ratio))); background: repeating-linear-gradient(45deg, #ece9e2 0 10px, #e4e0d7 10px 20px); display: flex; align-items: center; justify-content: center; border-bottom: 1px solid var(--line); }
.thumb img { display: block; width: 100%; height: 100%; object-fit: contain; }
.thumb.failed img { display: none; }
.thumb-error { margin: 0; padding: 14px; font-size: 13px; color: #7a2410; text-align: center; }
.info { padding: 10px 12px 12px; }
.info .row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.pick { display: flex; align-items: center; gap: 4px; font-weight: 600; }
.pick input { width: 16px; height: 16px; accent-color: var(--pick); }
.kind { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; padding: 1px 7px; border-radius: 4px; background: #ece9e2; }
.kind-fact { background: #e3ecfa; color: #163e7a; }
.kind-quote { background: #f7e6df; color: #7a2410; }
.score { font-size: 13px; color: var(--muted); font-variant-numeric: tabular-nums; }
.edited { font-size: 12px; color: var(--pick); font-weight: 600; }
.speaker { margin: 6px 0 2px; font-weight: 600; }
.figure { margin: 4px 0 0; font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; color: #163e7a; }
.figure small { font-size: 14px; font-weight: 500; }
.text { margin: 0 0 8px; color: #30343b; display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.card.active .text { -webkit-line-clamp: unset; }
.actions { justify-content: space-between; }
.download { color: var(--focus); font-size: 14px; }
.trim-form { margin-top: 8px; display: grid; gap: 6px; }
.trim-form[hidden], [hidden] { display: none !important; }
.trim-form label { font-weight: 600; font-size: 14px; }
.trim-form label small { display: block; }
.trim-form textarea { width: 100%; border: 1px solid #b9b4a8; border-radius: 6px; padding: 6px 8px; resize: vertical; line-height: 1.4; }
.trim-form textarea[aria-invalid=true] { border-color: #b3261e; }
.trim-error { margin: 0; color: #9b1c12; font-size: 14px; }
.trim-error:empty { display: none; }
.error-banner { background: #fbe9e4; border: 1px solid #efc2b5; padding: 10px 14px; border-radius: 8px; }
.empty { color: var(--muted); }

#transcript-text { white-space: pre-wrap; overflow-wrap: anywhere; font: 16px/1.6 "Source Serif 4", Georgia, "DejaVu Serif", serif; color: var(--ink); max-width: 72ch; margin: 0; }
#transcript-text mark { background: var(--mark); color: inherit; border-radius: 2px; cursor: pointer; }
#transcript-text mark.on { background: var(--mark-on); box-shadow: 0 0 0 2px var(--mark-on); }

@media (max-width: 900px) {
  main { grid-template-columns: 1fr; overflow: auto; }
  .gallery, .transcript { overflow: visible; }
  .transcript { border-left: 0; border-top: 1px solid var(--line); }
  .export { margin-left: 0; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; scroll-behavior: auto !important; } }
`;

export const PREVIEW_JS = String.raw`
const $ = (sel, root) => (root || document).querySelector(sel);
const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
const view = { size: $('#size').value, theme: $('#theme').value };
const picked = new Set();
let active = null;

const main = () => $('#main');
const slug = () => main().dataset.transcript;
const cardEl = (id) => $$('.card').find((c) => c.dataset.id === id) || null;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function status(message, isError) {
  const el = $('#status');
  el.textContent = message;
  el.classList.toggle('error', !!isError);
}

async function post(path, body) {
  try {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const json = await res.json().catch(() => ({ error: { message: 'The server answered ' + res.status + '.' } }));
    return { ok: res.ok, body: json };
  } catch (e) {
    return { ok: false, body: { error: { message: 'The preview server is not reachable: is soundbite preview still running?' } } };
  }
}

function withView(href) {
  const u = new URL(href, location.href);
  u.searchParams.set('size', view.size);
  u.searchParams.set('theme', view.theme);
  return u.pathname + u.search;
}

function applyView() {
  const option = $('#size').selectedOptions[0];
  const ratio = option && option.dataset.ratio ? option.dataset.ratio : main().dataset.ratio;
  main().style.setProperty('--ratio', ratio);
  for (const img of $$('.card .thumb img')) {
    const next = withView(img.getAttribute('src'));
    if (next !== img.getAttribute('src')) {
      img.closest('.thumb').classList.remove('failed');
      img.src = next;
    }
  }
  for (const a of $$('.card a.download')) a.href = withView(a.getAttribute('href'));
  const page = new URL(location.href);
  page.searchParams.set('size', view.size);
  page.searchParams.set('theme', view.theme);
  history.replaceState(null, '', page);
}

function activate(id, scroll) {
  active = id;
  for (const c of $$('.card')) c.classList.toggle('active', c.dataset.id === id);
  let first = null;
  for (const m of $$('#transcript-text mark')) {
    const on = m.dataset.cards.split(' ').includes(id);
    m.classList.toggle('on', on);
    if (on && !first) first = m;
  }
  if (first && scroll !== false) first.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
}

function syncPicked() {
  for (const c of $$('.card')) {
    const on = picked.has(c.dataset.id);
    c.classList.toggle('picked', on);
    const box = $('input[name=pick]', c);
    if (box) box.checked = on;
  }
  $('#picked-count').textContent = '(' + picked.size + ')';
  $('#export').disabled = picked.size === 0;
}

function setPicked(id, on) {
  if (on) picked.add(id);
  else picked.delete(id);
  syncPicked();
}

async function showImageError(img) {
  const thumb = img.closest('.thumb');
  let message = 'This card could not be drawn at this size.';
  try {
    const res = await fetch(img.src);
    const json = await res.json();
    if (json && json.error && json.error.message) message = json.error.message;
  } catch (e) {}
  thumb.classList.add('failed');
  let p = $('.thumb-error', thumb);
  if (!p) {
    p = document.createElement('p');
    p.className = 'thumb-error';
    thumb.append(p);
  }
  p.textContent = message;
}

document.addEventListener('error', (e) => {
  if (e.target instanceof HTMLImageElement && e.target.closest('.thumb')) showImageError(e.target);
}, true);
document.addEventListener('load', (e) => {
  if (e.target instanceof HTMLImageElement && e.target.closest('.thumb')) e.target.closest('.thumb').classList.remove('failed');
}, true);

document.addEventListener('change', (e) => {
  const t = e.target;
  if (t.name === 'pick') setPicked(t.value, t.checked);
  else if (t.id === 'size' || t.id === 'theme') {
    view[t.id] = t.value;
    applyView();
  }
});

document.addEventListener('focusin', (e) => {
  const card = e.target.closest && e.target.closest('.card');
  if (card && card.dataset.id !== active) activate(card.dataset.id);
});

document.addEventListener('click', (e) => {
  const t = e.target;
  const mark = t.closest('#transcript-text mark');
  if (mark) {
    const card = cardEl(mark.dataset.cards.split(' ')[0]);
    if (card) {
      card.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
      card.focus({ preventScroll: true });
    }
    return;
  }
  const card = t.closest('.card');
  if (!card) return;
  const form = $('.trim-form', card);
  if (t.closest('button.trim')) {
    form.hidden = false;
    t.closest('button.trim').hidden = true;
    $('textarea', form).focus();
    return;
  }
  if (t.closest('button.cancel')) return closeTrim(card, true);
  if (t.closest('button.reset')) return saveTrim(card, null);
  if (!t.closest('a, button, input, textarea, label, form')) activate(card.dataset.id);
});

document.addEventListener('keydown', (e) => {
  const card = e.target.classList && e.target.classList.contains('card') ? e.target : null;
  if (!card) {
    if (e.key === 'Escape' && e.target.closest && e.target.closest('.trim-form')) closeTrim(e.target.closest('.card'), true);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target.tagName === 'TEXTAREA') e.target.form.requestSubmit();
    return;
  }
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    setPicked(card.dataset.id, !picked.has(card.dataset.id));
  } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
    const cards = $$('.card');
    const next = cards[cards.indexOf(card) + (e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }
});

function closeTrim(card, restore) {
  const form = $('.trim-form', card);
  form.hidden = true;
  const textarea = $('textarea', form);
  if (restore) textarea.value = textarea.defaultValue;
  textarea.removeAttribute('aria-invalid');
  $('.trim-error', form).textContent = '';
  const button = $('button.trim', card);
  button.hidden = false;
  button.focus();
}

async function saveTrim(card, text) {
  const form = $('.trim-form', card);
  const result = await post('/api/edit', { transcript: slug(), id: card.dataset.id, text });
  if (!result.ok) {
    $('textarea', form).setAttribute('aria-invalid', 'true');
    $('.trim-error', form).textContent = result.body.error.message;
    return;
  }
  form.hidden = true;
  status(text === null ? 'Trim undone.' : 'Trim saved: the card now shows the shorter quote.');
  await refresh();
}

document.addEventListener('submit', (e) => {
  const form = e.target;
  if (form.classList.contains('trim-form')) {
    e.preventDefault();
    saveTrim(form.closest('.card'), $('textarea', form).value);
  } else if (form.id === 'export-form') {
    e.preventDefault();
    exportPicked();
  } else if (form.id === 'view-controls') e.preventDefault();
});

async function exportPicked() {
  const sizes = $$('input[name=export-size]:checked').map((i) => i.value);
  if (sizes.length === 0) return status('Choose at least one size to export.', true);
  const button = $('#export');
  button.disabled = true;
  status('Exporting ' + picked.size + ' card' + (picked.size === 1 ? '' : 's') + '…');
  const result = await post('/api/export', { transcript: slug(), ids: Array.from(picked), sizes, theme: view.theme });
  button.disabled = picked.size === 0;
  if (!result.ok) return status(result.body.error.message, true);
  const r = result.body;
  let message = 'Exported ' + r.files.length + ' image' + (r.files.length === 1 ? '' : 's') + ' and ' + r.manifest + ' to ' + r.outDir + ': ' + r.files.join(', ');
  if (r.skipped.length) message += '. Skipped: ' + r.skipped.map((s) => s.id + ' (' + s.reason + ')').join('; ');
  status(message);
}

// Live reload: fetch the page again and swap the content, keeping picks, open trims and scroll.
let refreshing = null;
let again = false;
async function refresh() {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      let res;
      try {
        res = await fetch(location.href, { headers: { Accept: 'text/html' } });
      } catch (e) {
        return;
      }
      if (!res.ok) return status('This transcript is no longer in the preview.', true);
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const next = doc.getElementById('main');
      if (!next) return;
      const scroll = { gallery: $('.gallery').scrollTop, transcript: $('.transcript').scrollTop };
      const focused = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.card') : null;
      const open = $$('.trim-form:not([hidden])').map((f) => ({ id: f.closest('.card').dataset.id, value: $('textarea', f).value }));
      main().replaceWith(document.adoptNode(next));
      const nav = doc.querySelector('.bar nav');
      const oldNav = $('.bar nav');
      if (nav && oldNav) oldNav.replaceWith(document.adoptNode(nav));
      document.title = doc.title;
      for (const id of Array.from(picked)) if (!cardEl(id)) picked.delete(id);
      syncPicked();
      applyView();
      $('.gallery').scrollTop = scroll.gallery;
      $('.transcript').scrollTop = scroll.transcript;
      for (const o of open) {
        const card = cardEl(o.id);
        if (!card || !$('.trim-form', card)) continue;
        $('.trim-form', card).hidden = false;
        $('button.trim', card).hidden = true;
        $('textarea', card).value = o.value;
      }
      if (active && cardEl(active)) activate(active, false);
      if (focused && cardEl(focused.dataset.id)) cardEl(focused.dataset.id).focus({ preventScroll: true });
      document.body.dataset.refreshed = String(Number(document.body.dataset.refreshed || 0) + 1);
    } while (again);
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const live = $('#live');
const events = new EventSource('/events');
events.addEventListener('open', () => {
  live.classList.add('on');
  live.textContent = 'Live';
});
events.addEventListener('error', () => {
  live.classList.remove('on');
  live.textContent = 'Reconnecting…';
});
events.addEventListener('change', (e) => {
  if (JSON.parse(e.data).transcript === slug()) refresh();
});
events.addEventListener('list', () => refresh());
events.addEventListener('templates', () => refresh());

syncPicked();
applyView();
const current = $('.bar nav a[aria-current=page]');
if (current) current.scrollIntoView({ block: 'nearest', inline: 'nearest' });
`;
