// HTML pages: find the transcript body inside the page (navigation, scripts, menus and
// footers dropped), turn blocks and <br> into line breaks, decode entities, and read
// speaker labels from markup (`<strong>Mr. NIELDS</strong>.`, `<cite>Name:</cite>`).
// parse5 gives every node its source range, so each character of the text maps to raw.
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { decodeHTML } from 'entities';
import type { Diagnostic, LabelHint, SourceMeta } from '../types.js';
import { TextBuilder } from './offsets.js';
import type { ReaderOutput } from './reader.js';
import { isoDate } from './dates.js';

type Node = T.ChildNode | T.Document;
type Element = T.Element;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'option', 'svg', 'iframe', 'object', 'embed', 'canvas', 'menu', 'dialog', 'figure', 'video', 'audio', 'map', 'input', 'textarea', 'img']);
const STRUCK = new Set(['s', 'del', 'strike']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'address', 'center', 'body', 'html', 'font-block']);
const CHROME_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|header|masthead|sidebar|share|sharing|social|cookies?|banner|related|subscribe|newsletter|skip-?link|visually-hidden|sr-only|screen-reader-text|promo|advert|ads?|comments?|toolbar|pagination|tags|byline-share)(?:$|[\s_-])/i;
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog']);
const BODY_NAME = /(?:^|[\s_-])(?:transcript|entry-content|article-body|articlebody|post-content|body-content|field--name-body|page-content|story-body|main-content)(?:$|[\s_-])/i;
const LABEL_TAGS = new Set(['strong', 'b', 'cite']);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value ?? '';
const isElement = (n: Node): n is Element => 'tagName' in n;
const isText = (n: Node): n is T.TextNode => n.nodeName === '#text';

export function readHtml(raw: string): ReaderOutput {
  const document = parse(raw, { sourceCodeLocationInfo: true });
  const diagnostics: Diagnostic[] = [];
  const labelHints: LabelHint[] = [];
  const out = new TextBuilder(raw);
  let trailingNewlines = 2; // the start of the text counts as a paragraph start
  let lineBlank = true; // nothing but white space since the last line break
  // Text nodes whose first characters went out with a label (`</strong>. What…`).
  const consumed = new Map<T.TextNode, number>();

  const write = (text: string, rawStart: number, rawEnd: number, linear: boolean) => {
    if (!text) return;
    if (linear) out.copy(rawStart, rawEnd);
    else out.replace(text, rawStart, rawEnd);
    const tail = /\n*$/.exec(text)![0].length;
    trailingNewlines = tail === text.length ? trailingNewlines + tail : tail;
    const lastLine = text.slice(text.lastIndexOf('\n') + 1);
    lineBlank = (tail > 0 || text.includes('\n') ? true : lineBlank) && /^[\s\u00a0]*$/.test(lastLine);
  };
  const breakLines = (n: number, rawStart: number, rawEnd: number) => {
    const missing = n - trailingNewlines;
    if (missing > 0 && out.textLength > 0) write('\n'.repeat(missing), rawStart, rawEnd, false);
  };

  const emitText = (node: T.TextNode) => {
    const loc = node.sourceCodeLocation;
    if (!loc) return;
    let start = loc.startOffset + (consumed.get(node) ?? 0);
    const end = loc.endOffset;
    // No white space at the start of a line: labels sit at line starts.
    if (lineBlank) while (start < end && /[\s\u00a0\uFEFF]/.test(raw[start]!)) start++;
    if (start >= end) return;
    // Line breaks stay: a hard-wrapped page can start a turn on a new line without a <br>.
    // Decode entity by entity so each maps to its own raw range; if that does not give
    // what the parser decoded, the node maps as one unit.
    const slice = raw.slice(start, end);
    const pieces: Array<[string, number, number, boolean]> = [];
    let at = 0;
    for (const m of slice.matchAll(/&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?|[\r\n\t]/g)) {
      if (m.index > at) pieces.push([slice.slice(at, m.index), start + at, start + m.index, true]);
      const value = m[0] === '\r' ? '' : m[0] === '\t' ? ' ' : m[0] === '\n' ? '\n' : decodeHTML(m[0]);
      pieces.push([value, start + m.index, start + m.index + m[0].length, value === m[0]]);
      at = m.index + m[0].length;
    }
    if (at < slice.length) pieces.push([slice.slice(at), start + at, end, true]);
    const expected = node.value.replace(/\r/g, '').replace(/\t/g, ' ');
    const joined = pieces.map((p) => p[0]).join('');
    if (!expected.endsWith(joined)) return write(expected.slice(expected.length - Math.min(expected.length, end - start)), start, end, false);
    for (const [text, s, e, linear] of pieces) write(text, s, e, linear);
  };

  // An explicit stack, not recursion: pages nest thousands of <div>s deep.
  type Frame = { node: Node; exit?: { tag: string; lines: number; endTag: { startOffset: number; endOffset: number }; label: string | null; hintAt: number; speakerClass: boolean } };
  const stack: Frame[] = [{ node: bodyOf(document) }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      const el = node as Element;
      if (exit.label) {
        let punct = /[:.]\s*$/.test(textContent(el));
        const next = nextTextNode(el);
        if (!punct && next?.sourceCodeLocation) {
          const from = next.sourceCodeLocation.startOffset;
          const m = /^[ \t]*[:.]/.exec(raw.slice(from, next.sourceCodeLocation.endOffset));
          if (m) {
            punct = true;
            consumed.set(next, m[0].length);
            write(m[0], from, from + m[0].length, true);
          }
        }
        if (punct || exit.tag === 'cite' || exit.speakerClass) labelHints.push({ label: exit.label, textStart: exit.hintAt, textEnd: out.textLength });
      }
      if (exit.lines) breakLines(exit.lines, exit.endTag.startOffset, exit.endTag.endOffset);
      continue;
    }
    if (isText(node)) {
      emitText(node);
      continue;
    }
    if (!isElement(node)) {
      if ('childNodes' in node) for (const c of [...node.childNodes].reverse()) stack.push({ node: c as Node });
      continue;
    }
    const tag = node.tagName;
    const loc = node.sourceCodeLocation;
    if (SKIP.has(tag) || isChrome(node)) continue;
    if (STRUCK.has(tag)) {
      if (loc) diagnostics.push({ severity: 'info', ruleId: 'ingest:stage-direction', message: `struck-out correction ${raw.slice(loc.startOffset, loc.endOffset)}`, start: loc.startOffset, end: loc.endOffset });
      continue;
    }
    const startTag = loc?.startTag ?? { startOffset: loc?.startOffset ?? 0, endOffset: loc?.startOffset ?? 0 };
    const endTag = loc?.endTag ?? { startOffset: loc?.endOffset ?? 0, endOffset: loc?.endOffset ?? 0 };
    if (tag === 'br') {
      write('\n', startTag.startOffset, startTag.endOffset, false);
      continue;
    }
    const lines = BLOCK.has(tag) ? (['li', 'tr', 'dt', 'dd'].includes(tag) ? 1 : 2) : 0;
    if (lines) breakLines(lines, startTag.startOffset, startTag.endOffset);
    const speakerClass = /\bspeaker\b/i.test(attr(node, 'class'));
    const label = (LABEL_TAGS.has(tag) || speakerClass) && lineBlank ? labelText(node) : null;
    stack.push({ node, exit: { tag, lines, endTag, label, hintAt: out.textLength, speakerClass } });
    for (const c of [...node.childNodes].reverse()) stack.push({ node: c as Node });
  }

  const { text, map } = out.build();
  return { text, map, meta: headMeta(document), labelHints, speakerHints: {}, diagnostics };
}

function isChrome(el: Element): boolean {
  if (CHROME_ROLES.has(attr(el, 'role'))) return true;
  if (attr(el, 'aria-hidden') === 'true' || el.attrs.some((a) => a.name === 'hidden')) return true;
  const names = `${attr(el, 'class')} ${attr(el, 'id')}`;
  return CHROME_NAME.test(names) && !BODY_NAME.test(names);
}

/** The element holding the transcript: a transcript/article body, <main>, <article>, else <body>. */
function bodyOf(document: T.Document): Node {
  const candidates: Array<{ el: Element; rank: number; size: number }> = [];
  const stack: Node[] = [document];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) && !('childNodes' in n)) continue;
    if (isElement(n)) {
      if (SKIP.has(n.tagName) || isChrome(n)) continue;
      const names = `${attr(n, 'class')} ${attr(n, 'id')}`;
      const rank = BODY_NAME.test(names) ? 3 : n.tagName === 'article' || attr(n, 'itemprop') === 'articleBody' ? 2 : n.tagName === 'main' || attr(n, 'role') === 'main' ? 1 : 0;
      if (rank) candidates.push({ el: n, rank, size: textContent(n).length });
    }
    for (const c of (n as T.ParentNode).childNodes) stack.push(c as Node);
  }
  const total = textContent(document).length || 1;
  // The best-ranked candidate that holds a fair share of the page's text.
  const good = candidates.filter((c) => c.size >= Math.min(500, total * 0.3)).toSorted((a, b) => b.rank - a.rank || b.size - a.size);
  if (good[0]) return good[0].el;
  return document;
}

function textContent(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) parts.push(n.value);
    else if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style' || n.tagName === 'template')) continue;
    else if ('childNodes' in n) for (const c of [...(n as T.ParentNode).childNodes].reverse()) stack.push(c as Node);
  }
  return parts.join('');
}

/** The label a `<strong>`/`<cite>` holds, if it reads like one: short, capitalised, no sentence. */
function labelText(el: Element): string | null {
  const t = textContent(el).replace(/[\s\u00a0]+/g, ' ').trim();
  const label = t.replace(/\s*[:.]$/, '').trim();
  if (!label || label.length > 60 || label.split(' ').length > 7) return null;
  if (!/^\p{Lu}/u.test(label) || /[?!;"“”]/.test(label)) return null;
  // A period label needs a surname in capitals (`Mr. NIELDS`); a colon label any name.
  const hasCaps = /\b\p{Lu}{2,}\b/u.test(label);
  if (!t.endsWith(':') && !hasCaps && !/\bspeaker\b/i.test(attr(el, 'class')) && el.tagName !== 'cite') {
    // Punctuation after the tag is checked by the caller; a mixed-case name still needs a colon.
    return /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,5}$/u.test(label) ? label : null;
  }
  return label;
}

function nextTextNode(el: Element): T.TextNode | null {
  const siblings = el.parentNode ? (el.parentNode as T.ParentNode).childNodes : [];
  const i = siblings.indexOf(el as T.ChildNode);
  const next = siblings[i + 1];
  return next && isText(next as Node) ? (next as T.TextNode) : null;
}

/** Title, date, url and outlet as the page's head states them. */
function headMeta(document: T.Document): Partial<SourceMeta> {
  const meta: Partial<SourceMeta> = {};
  const metas: Record<string, string> = {};
  let title: string | null = null;
  const stack: Node[] = [document];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      if (n.tagName === 'title' && title === null) title = textContent(n).replace(/\s+/g, ' ').trim() || null;
      if (n.tagName === 'meta') {
        const key = (attr(n, 'property') || attr(n, 'name') || attr(n, 'itemprop')).toLowerCase();
        if (key && !(key in metas)) metas[key] = attr(n, 'content');
      }
      if (n.tagName === 'link' && attr(n, 'rel') === 'canonical' && !metas['canonical']) metas['canonical'] = attr(n, 'href');
      if (n.tagName === 'body') continue;
    }
    if ('childNodes' in n) for (const c of [...(n as T.ParentNode).childNodes].reverse()) stack.push(c as Node);
  }
  const t = metas['og:title'] || title;
  if (t) meta.title = t;
  const date = isoDate(metas['article:published_time'] ?? metas['date'] ?? metas['dc.date'] ?? metas['dcterms.date'] ?? metas['datepublished'] ?? '');
  if (date) meta.date = date;
  const url = metas['og:url'] || metas['canonical'];
  if (url) meta.url = url;
  if (metas['og:site_name']) meta.outlet = metas['og:site_name'];
  return meta;
}
