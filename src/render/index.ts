// src/render: card → fitted layout → satori element → SVG → PNG (resvg).
import type { Card } from '../types.js';
import { getRenderer, type RenderedCard, type RenderOptions } from './renderer.js';

export { altText, figureInWords, ALT_TEXT_LIMIT, type AltTextOptions } from './alt.js';
export { DEFAULT_DATE_FORMAT } from './attribution.js';
export { RenderError, isRenderError, type RenderErrorCode } from './errors.js';
export { FAMILIES, FONTS_DIR } from './fonts.js';
export { Renderer, getRenderer, TEMPLATES_DIR } from './renderer.js';
export type { BuiltinTemplate, Inspection, LayoutBox, RenderedCard, RenderOptions } from './renderer.js';
export { SIZES, DEFAULT_SIZE, parseSize, safeArea, orientationOf, typeScale } from './sizes.js';
export type { CardSize, Insets, Orientation, SizeName } from './sizes.js';
export { THEMES, DEFAULT_THEME, TEXT_COLOURS, contrastRatio, relativeLuminance } from './themes.js';
export type { Theme, ThemeName } from './themes.js';
export { typeset, nestQuotes } from './typeset.js';
export type * from './template.js';

/** Render one card with the process-wide renderer (fonts and templates loaded once). */
export async function renderCard(card: Card, options?: RenderOptions): Promise<RenderedCard> {
  const renderer = await getRenderer();
  return renderer.render(card, options);
}
