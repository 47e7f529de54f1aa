// Text fitting: the largest type that fits each box, measured with the real font metrics,
// broken into balanced lines. The templates only place what this computes.
import type { Card } from '../types.js';
import type { AttributionStrings } from './attribution.js';
import { RenderError } from './errors.js';
import { FAMILIES } from './fonts.js';
import { breakBalanced, tokenize, truncateToLines, type LineMetrics, type Token } from './linebreak.js';
import type { TextMeasurer, TextStyle } from './measure.js';
import { orientationOf, safeArea, typeScale, type CardSize, type Insets, type Orientation } from './sizes.js';
import type { AttributionLayout, FactLayout, QuoteLayout, TagBlock, TextBlock } from './template.js';
import { nestQuotes, typeset } from './typeset.js';

export interface FitContext {
  measurer: TextMeasurer;
  size: CardSize;
  safe: Insets;
  orientation: Orientation;
  /** Type scale: 1 on 1080–1200 wide cards. */
  k: number;
  contentWidth: number;
  contentHeight: number;
}

export function fitContext(measurer: TextMeasurer, size: CardSize): FitContext {
  const safe = safeArea(size);
  return {
    measurer,
    size,
    safe,
    orientation: orientationOf(size),
    k: typeScale(size.width),
    contentWidth: size.width - safe.left - safe.right,
    contentHeight: size.height - safe.top - safe.bottom,
  };
}

/** Satori rounds text widths up to whole pixels; keep a little slack. */
function usable(width: number): number {
  return Math.floor(width * 0.99) - 2;
}

const SERIF: TextStyle = { family: 'serif', weight: 400 };
const SANS: TextStyle = { family: 'sans', weight: 400 };
const SANS_SEMIBOLD: TextStyle = { family: 'sans', weight: 600 };
const FIGURE: TextStyle = { family: 'sans', weight: 700, features: 'tnum,lnum' };

function metrics(ctx: FitContext, style: TextStyle, fontSize: number): LineMetrics {
  return {
    token: (text) => ctx.measurer.width(text, style, fontSize),
    space: ctx.measurer.width(' ', style, fontSize),
  };
}

function toBlock(text: string, lines: string[], width: number, style: TextStyle, fontSize: number, leading: number): TextBlock {
  const lineHeight = Math.round(fontSize * leading);
  return {
    text,
    lines,
    fontFamily: FAMILIES[style.family],
    family: style.family,
    fontWeight: style.weight,
    fontFeatureSettings: style.features
      ? style.features.split(',').map((feature) => `"${feature}" 1`).join(', ')
      : undefined,
    fontSize,
    lineHeight,
    width: Math.ceil(width),
    height: lineHeight * lines.length,
  };
}

function paragraph(ctx: FitContext, text: string, style: TextStyle, fontSize: number, leading: number, maxWidth: number): TextBlock {
  const broken = breakBalanced(tokenize(text), usable(maxWidth), metrics(ctx, style, fontSize));
  return toBlock(text, broken.lines, broken.width, style, fontSize, leading);
}

function tag(ctx: FitContext, k: number, text: string, sourceLine: TextBlock | null, width: number): TagBlock {
  const fontSize = Math.round(16 * k);
  const block = paragraph(ctx, text, SANS_SEMIBOLD, fontSize, 1.25, width);
  const paddingX = Math.round(9 * k);
  const paddingY = Math.round(3 * k);
  const borderWidth = Math.max(1, Math.round(1.5 * k));
  const boxWidth = block.width + 2 * (paddingX + borderWidth);
  const boxHeight = block.height + 2 * (paddingY + borderWidth);
  const marginLeft = Math.round(14 * k);
  const inline = sourceLine !== null && sourceLine.lines.length === 1 && sourceLine.width + marginLeft + boxWidth <= usable(width);
  return { ...block, paddingX, paddingY, borderWidth, boxWidth, boxHeight, inline, marginLeft };
}

export function fitAttribution(ctx: FitContext, strings: AttributionStrings, width: number): AttributionLayout {
  // Stories are seen full-screen on a phone: the credit needs a little more size there.
  const k = ctx.k * (ctx.orientation === 'story' ? 1.15 : 1);
  const name = strings.name ? paragraph(ctx, strings.name, SANS_SEMIBOLD, Math.round(30 * k), 1.25, width) : null;
  const role = strings.role ? paragraph(ctx, strings.role, SANS, Math.round(26 * k), 1.3, width) : null;
  const source = strings.source ? paragraph(ctx, strings.source, SANS, Math.round(22 * k), 1.35, width) : null;
  const translated = strings.translated ? tag(ctx, k, 'Via translation', source, width) : null;
  const rule = { width: Math.round(64 * k), height: Math.max(2, Math.round(4 * k)), marginBottom: Math.round(22 * k) };
  const gap = Math.round(6 * k);

  const rows: number[] = [];
  if (name) rows.push(name.height);
  if (role) rows.push(role.height);
  if (source && translated?.inline) rows.push(Math.max(source.height, translated.boxHeight));
  else {
    if (source) rows.push(source.height);
    if (translated) rows.push(translated.boxHeight);
  }
  const textHeight = rows.reduce((sum, row) => sum + row, 0) + gap * Math.max(0, rows.length - 1);
  const height = rows.length > 0 ? rule.height + rule.marginBottom + textHeight : 0;
  return { name, role, source, translated, rule, gap, height, width };
}

function tooLong(what: string, detail: string): RenderError {
  return new RenderError('RENDER_TEXT_TOO_LONG', `${what} ${detail}`);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const QUOTE_CAP: Record<Orientation, number> = { landscape: 72, square: 76, portrait: 80, story: 88 };

export function fitQuote(ctx: FitContext, card: Card, strings: AttributionStrings): QuoteLayout {
  const { k, contentWidth, contentHeight } = ctx;
  const text = nestQuotes(typeset(card.text));
  if (!text) throw new RenderError('RENDER_BAD_CARD', 'The card has no quote text: give the quote with --text.');
  const tokens = tokenize(text);
  // Measure the last word with its closing mark so the mark never lands alone on a line.
  const measured: Token[] = tokens.map((token, index) =>
    index === tokens.length - 1 ? { ...token, text: `${token.text}\u201D` } : token);
  // 72px tops a landscape card; tall cards give the quote more room (brief: not a
  // stretched landscape).
  const cap = Math.round(QUOTE_CAP[ctx.orientation] * k);
  const floor = Math.round(44 * k);
  const gap = Math.round(40 * k);
  let lastTry = { lines: 0, fit: 0 };

  for (let fontSize = cap; fontSize >= floor; fontSize -= 1) {
    const hang = Math.ceil(ctx.measurer.width('\u201C', SERIF, fontSize) + 0.1 * fontSize);
    const columnWidth = contentWidth - hang;
    const attribution = fitAttribution(ctx, strings, columnWidth);
    const available = contentHeight - attribution.height - (attribution.height > 0 ? gap : 0);
    const broken = breakBalanced(measured, usable(columnWidth), metrics(ctx, SERIF, fontSize));
    if (broken.splitWord && fontSize > floor) continue;
    const lineHeight = Math.round(fontSize * 1.25);
    const fit = Math.floor(available / lineHeight);
    lastTry = { lines: broken.lines.length, fit };
    if (broken.lines.length <= fit) {
      const lines = [...broken.lines];
      const last = lines.length - 1;
      lines[last] = (lines[last] ?? '').replace(/\u201D$/u, '');
      return {
        kind: 'quote',
        quote: toBlock(text, lines, broken.width, SERIF, fontSize, 1.25),
        hang,
        attribution,
        gap,
      };
    }
  }
  throw tooLong(
    `The quote (${wordCount(text)} words) is too long for a ${ctx.size.width}×${ctx.size.height} card:`,
    `at the smallest size (${floor}px) it needs ${lastTry.lines} lines and ${lastTry.fit} fit; shorten it or use a taller size such as portrait or story.`,
  );
}

/** A figure breaks at spaces and after a range dash, never inside a number. */
function tokenizeFigure(figure: string): Token[] {
  return tokenize(figure).flatMap((token) =>
    token.text.split(/(?<=\p{N}–)(?=[$€£]?\p{N})/u).map((text, index) => ({ text, spaceBefore: index === 0 && token.spaceBefore })));
}

export function fitFact(ctx: FitContext, card: Card, strings: AttributionStrings): FactLayout {
  const { k, contentWidth, contentHeight, orientation } = ctx;
  const figureText = typeset(card.figure ?? '');
  if (!figureText) {
    throw new RenderError('RENDER_BAD_CARD', 'A fact card needs a figure: give it with --figure, or use the quote template.');
  }
  const qualifierText = card.qualifier?.trim() ? typeset(card.qualifier) : null;
  const labelText = card.label?.trim() ? typeset(card.label) : null;
  const sentenceBody = nestQuotes(typeset(card.text));
  const sentenceText = sentenceBody ? `\u201C${sentenceBody}\u201D` : null;
  const attribution = fitAttribution(ctx, strings, contentWidth);
  const tall = orientation === 'portrait' || orientation === 'story';

  // The figure: as large as fits on one line, 140–220px on a 1200-wide card.
  const figureMax = Math.round((tall ? 220 : 200) * k);
  const figureMin = Math.round(140 * k);
  const figureFloor = Math.round(88 * k);
  const oneLine = (size: number): boolean => ctx.measurer.width(figureText, FIGURE, size) <= usable(contentWidth);
  let figureSize = figureMax;
  while (figureSize > figureFloor && !oneLine(figureSize)) figureSize -= 2;
  // Square and tall cards have room to stack a wide figure ("60,000–" over "65,000") at a larger size.
  const figureTokens = tokenizeFigure(figureText);
  if ((tall || orientation === 'square') && figureSize < figureMax && figureTokens.length > 1) {
    const inTwoLines = (size: number): boolean => {
      const broken = breakBalanced(figureTokens, usable(contentWidth), metrics(ctx, FIGURE, size));
      return broken.lines.length <= 2 && !broken.splitWord;
    };
    let stacked = figureMax;
    while (stacked > figureSize && !inTwoLines(stacked)) stacked -= 2;
    if (stacked >= figureSize * 1.25) figureSize = stacked;
  }

  const gaps = {
    qualifier: Math.round(2 * k),
    label: Math.round(14 * k),
    sentence: Math.round(18 * k),
    attribution: Math.round(34 * k),
  };
  const state = {
    figureSize,
    labelSize: Math.round((tall ? 48 : 40) * k),
    sentenceSize: Math.round((tall ? 34 : 30) * k),
    sentenceLines: Number.POSITIVE_INFINITY,
  };

  const build = (): FactLayout => {
    const figureBroken = breakBalanced(figureTokens, usable(contentWidth), metrics(ctx, FIGURE, state.figureSize));
    const figure = toBlock(figureText, figureBroken.lines, figureBroken.width, FIGURE, state.figureSize, 1.08);
    const qualifierSize = Math.round(Math.min(44 * k, Math.max(28 * k, state.figureSize * 0.24)));
    const qualifier = qualifierText ? paragraph(ctx, qualifierText, SANS_SEMIBOLD, qualifierSize, 1.2, contentWidth) : null;
    const label = labelText ? paragraph(ctx, labelText, SANS_SEMIBOLD, state.labelSize, 1.22, contentWidth) : null;
    let sentence: TextBlock | null = null;
    let sentenceTrimmed = false;
    if (sentenceText) {
      const sentenceMetrics = metrics(ctx, SERIF, state.sentenceSize);
      const tokens = tokenize(sentenceText);
      const broken = Number.isFinite(state.sentenceLines)
        ? truncateToLines(tokens, state.sentenceLines, usable(contentWidth), sentenceMetrics, '…\u201D')
        : breakBalanced(tokens, usable(contentWidth), sentenceMetrics);
      sentenceTrimmed = broken.lines.join(' ').length < sentenceText.length - 1;
      sentence = toBlock(sentenceText, broken.lines, broken.width, SERIF, state.sentenceSize, 1.35);
    }
    return { kind: 'fact', qualifier, figure, label, sentence, sentenceTrimmed, attribution, gaps };
  };

  const height = (layout: FactLayout): number =>
    (layout.qualifier ? layout.qualifier.height + gaps.qualifier : 0) +
    layout.figure.height +
    (layout.label ? gaps.label + layout.label.height : 0) +
    (layout.sentence ? gaps.sentence + layout.sentence.height : 0) +
    (attribution.height > 0 ? gaps.attribution + attribution.height : 0);

  // Give way in order: label and sentence size, figure size, sentence length, figure floor.
  const shrinkText = (): boolean => {
    const sentenceMin = Math.round(22 * k);
    const labelMin = Math.round(28 * k);
    if (state.sentenceSize <= sentenceMin && state.labelSize <= labelMin) return false;
    state.sentenceSize = Math.max(sentenceMin, state.sentenceSize - 2);
    state.labelSize = Math.max(labelMin, state.labelSize - 2);
    return true;
  };
  const steps: Array<() => boolean> = [
    shrinkText,
    () => (state.figureSize > figureMin ? ((state.figureSize = Math.max(figureMin, state.figureSize - 8)), true) : false),
    () => {
      const current = build().sentence?.lines.length ?? 0;
      if (current <= 1) return false;
      state.sentenceLines = Math.min(state.sentenceLines, current) - 1;
      return true;
    },
    () => (state.figureSize > figureFloor ? ((state.figureSize = Math.max(figureFloor, state.figureSize - 8)), true) : false),
  ];
  if (!figureText.includes(' ') && !oneLine(figureFloor)) {
    throw tooLong(
      `The figure "${figureText}" is too wide for a ${ctx.size.width}×${ctx.size.height} card`,
      `even at ${figureFloor}px: give a shorter figure (e.g. "$1.5 trillion" rather than every digit).`,
    );
  }
  let layout = build();
  for (const step of steps) {
    while (height(layout) > contentHeight && step()) layout = build();
    if (height(layout) <= contentHeight) return layout;
  }
  throw tooLong(
    `The fact card doesn't fit ${ctx.size.width}×${ctx.size.height}:`,
    `even with the figure at ${layout.figure.fontSize}px and the sentence cut to one line it needs ${height(layout)}px of ${contentHeight}px; shorten the label or use a taller size such as portrait.`,
  );
}
