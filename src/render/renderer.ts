// The renderer: fonts, the measurer and templates are loaded once per process (or worker
// thread) and reused for every card.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriNode } from 'satori';
import type { Card } from '../types.js';
import { altText } from './alt.js';
import { attributionStrings, DEFAULT_DATE_FORMAT, resolveLocale } from './attribution.js';
import { RenderError } from './errors.js';
import { FAMILIES, FONTS_DIR, loadFontFiles, type LoadedFont } from './fonts.js';
import { emojiImage, prepareGlyphs } from './glyphs.js';
import { fitContext, fitFact, fitQuote } from './layout.js';
import { TextMeasurer } from './measure.js';
import { DEFAULT_SIZE, parseSize, type CardSize } from './sizes.js';
import type { CardLayout, SatoriElement, TemplateModule, TemplateProps } from './template.js';
import { resolveTheme, type ThemeName } from './themes.js';
import { typeset } from './typeset.js';

export type BuiltinTemplate = 'quote' | 'fact';

export interface RenderOptions {
  /** `quote`, `fact`, or a path to an ESM template module. Default: the card's kind. */
  template?: BuiltinTemplate | (string & {});
  theme?: ThemeName;
  /** `x` (1200×675, default), `og`, `square`, `portrait`, `story`, or `WxH`. */
  size?: string;
  /** Pixel density of the PNG: 2 gives a 2400×1350 image for `x`. Default 1. */
  scale?: number;
  format?: 'png' | 'svg';
  /** date-fns pattern for the source date. Default `MMMM d, yyyy`, or the locale's long date (`PPP`) with a non-US `locale`. */
  dateFormat?: string;
  /** Locale for the date, e.g. `fr`, `en-GB`. */
  locale?: string;
}

export interface RenderedCard {
  data: Buffer;
  format: 'png' | 'svg';
  /** Of the image, scale included. */
  width: number;
  height: number;
  alt: string;
}

/** Where each element landed, for checking that nothing leaves the safe area. */
export interface LayoutBox {
  type: string;
  left: number;
  top: number;
  width: number;
  height: number;
  text: string;
}

export interface Inspection {
  svg: string;
  props: TemplateProps;
  boxes: LayoutBox[];
}

const BUILTIN_TEMPLATES: Record<BuiltinTemplate, string> = { quote: 'quote.js', fact: 'fact.js' };
export const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);

const MAX_SCALE = 4;

export class Renderer {
  readonly #fonts: Array<{ name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' }>;
  readonly #measurer: TextMeasurer;
  readonly #templates = new Map<string, Promise<TemplateModule>>();

  private constructor(fonts: LoadedFont[], measurer: TextMeasurer) {
    // One array for the life of the renderer: satori caches parsed fonts by identity.
    this.#fonts = fonts.map((font) => ({ name: FAMILIES[font.family], data: font.data, weight: font.weight, style: 'normal' }));
    this.#measurer = measurer;
  }

  static async create(fontsDir: string = FONTS_DIR): Promise<Renderer> {
    const fonts = loadFontFiles(fontsDir);
    return new Renderer(fonts, await TextMeasurer.create(fonts));
  }

  get measurer(): TextMeasurer {
    return this.#measurer;
  }

  async render(card: Card, options: RenderOptions = {}): Promise<RenderedCard> {
    const format = options.format ?? 'png';
    if (format !== 'png' && format !== 'svg') {
      throw new RenderError('RENDER_BAD_OPTION', `Unknown format "${String(format)}": use png or svg.`);
    }
    const scale = options.scale ?? 1;
    if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
      throw new RenderError('RENDER_BAD_OPTION', `Scale ${String(scale)} is out of range: use a number above 0 and at most ${MAX_SCALE}.`);
    }
    const { svg, props } = await this.#draw(card, options, false);
    const alt = props.strings.alt;
    if (format === 'svg') {
      return { data: Buffer.from(svg), format, width: props.size.width, height: props.size.height, alt };
    }
    const png = new Resvg(svg, {
      fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
      font: { loadSystemFonts: false },
    }).render();
    return { data: png.asPng(), format, width: png.width, height: png.height, alt };
  }

  /** The SVG, the template's props and where every element landed. For tests and debugging. */
  async inspect(card: Card, options: RenderOptions = {}): Promise<Inspection> {
    return this.#draw(card, options, true);
  }

  async #draw(card: Card, options: RenderOptions, collect: boolean): Promise<Inspection> {
    const size: CardSize = parseSize(options.size ?? DEFAULT_SIZE);
    const theme = resolveTheme(options.theme);
    const templateName = options.template ?? card.kind;
    const template = await this.#template(templateName);
    const locale = await resolveLocale(options.locale);
    // Without a pattern, a locale gets its own long date ("24 août 2021"), not US word order.
    const usEnglish = !options.locale || /^en([-_]US)?$/i.test(options.locale);
    const dateFormat = options.dateFormat ?? (usEnglish ? DEFAULT_DATE_FORMAT : 'PPP');
    const strings = attributionStrings(card, dateFormat, locale);

    const ctx = fitContext(this.#measurer, size);
    const fit = template.fit ?? card.kind;
    const layout: CardLayout = fit === 'fact' ? fitFact(ctx, card, strings) : fitQuote(ctx, card, strings);
    const typesetCard: Card = {
      ...card,
      text: typeset(card.text),
      figure: card.figure === undefined ? undefined : typeset(card.figure),
      qualifier: card.qualifier ? typeset(card.qualifier) : card.qualifier,
      label: card.label ? typeset(card.label) : card.label,
    };
    const props: TemplateProps = {
      card: typesetCard,
      theme,
      size,
      orientation: ctx.orientation,
      safe: ctx.safe,
      fonts: { ...FAMILIES },
      layout,
      strings: { date: strings.date, source: strings.source, alt: altText(card, { dateFormat, locale }) },
    };
    const graphemeImages = prepareGlyphs(drawnText(layout), (codePoint) => this.#measurer.covers(codePoint));

    let element: SatoriElement;
    try {
      element = template.default(props);
    } catch (error) {
      throw new RenderError('RENDER_BAD_TEMPLATE', `Template "${templateName}" failed: ${(error as Error).message}`, { cause: error });
    }
    const builtin = Object.hasOwn(BUILTIN_TEMPLATES, templateName);
    const boxes: LayoutBox[] = [];
    const svg = await satori(element as Parameters<typeof satori>[0], {
      width: size.width,
      height: size.height,
      fonts: this.#fonts,
      graphemeImages,
      // Only emoji can get here (text coverage was checked); never reach the network.
      loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? (emojiImage(segment) ?? []) : []),
      onNodeDetected: collect || builtin
        ? (node: SatoriNode) => {
            if (node.textContent) boxes.push(toBox(node));
          }
        : undefined,
    });
    if (builtin) assertInsideSafeArea(boxes, props);
    return { svg, props, boxes };
  }

  async #template(name: string): Promise<TemplateModule> {
    let loading = this.#templates.get(name);
    if (!loading) {
      loading = loadTemplate(name);
      this.#templates.set(name, loading);
      loading.catch(() => this.#templates.delete(name));
    }
    return loading;
  }
}

function toBox(node: SatoriNode): LayoutBox {
  return { type: node.type, left: node.left, top: node.top, width: node.width, height: node.height, text: node.textContent ?? '' };
}

function drawnText(layout: CardLayout): string[] {
  const { attribution } = layout;
  const blocks = layout.kind === 'quote'
    ? [layout.quote]
    : [layout.qualifier, layout.figure, layout.label, layout.sentence];
  return [...blocks, attribution.name, attribution.role, attribution.source, attribution.translated, { text: '\u201C\u201D' }]
    .filter((block): block is { text: string } => block !== null)
    .map((block) => block.text);
}

/** A built-in template must never draw text outside the safe area: that would be clipped. */
function assertInsideSafeArea(boxes: readonly LayoutBox[], props: TemplateProps): void {
  const { safe, size } = props;
  const tolerance = 1;
  for (const box of boxes) {
    if (box.width === size.width && box.height === size.height) continue; // the root
    const outside =
      box.left < safe.left - tolerance ||
      box.top < safe.top - tolerance ||
      box.left + box.width > size.width - safe.right + tolerance ||
      box.top + box.height > size.height - safe.bottom + tolerance;
    if (outside) {
      throw new RenderError(
        'RENDER_OVERFLOW',
        `Text "${box.text.slice(0, 40)}" would fall outside the card's safe area at ${size.width}×${size.height}: shorten the text or use a larger size.`,
      );
    }
  }
}

async function loadTemplate(name: string): Promise<TemplateModule> {
  let url: string;
  if (Object.hasOwn(BUILTIN_TEMPLATES, name)) {
    url = new URL(BUILTIN_TEMPLATES[name as BuiltinTemplate], TEMPLATES_DIR).href;
  } else if (/[/\\]|\.m?js$/.test(name)) {
    const path = resolve(process.cwd(), name);
    if (!existsSync(path)) {
      throw new RenderError('RENDER_UNKNOWN_TEMPLATE', `Template file ${path} does not exist: check the --template path.`);
    }
    url = pathToFileURL(path).href;
  } else {
    throw new RenderError(
      'RENDER_UNKNOWN_TEMPLATE',
      `Unknown template "${name}": use quote, fact, or a path to a .js template module such as ./my-card.js.`,
    );
  }
  let module: Partial<TemplateModule>;
  try {
    module = (await import(url)) as Partial<TemplateModule>;
  } catch (error) {
    throw new RenderError('RENDER_BAD_TEMPLATE', `Template "${name}" could not be loaded: ${(error as Error).message}`, { cause: error });
  }
  if (typeof module.default !== 'function') {
    throw new RenderError('RENDER_BAD_TEMPLATE', `Template "${name}" has no default export function: export default function (props) { … }.`);
  }
  if (module.fit !== undefined && module.fit !== 'quote' && module.fit !== 'fact') {
    throw new RenderError('RENDER_BAD_TEMPLATE', `Template "${name}" exports fit = "${String(module.fit)}": use 'quote' or 'fact'.`);
  }
  return module as TemplateModule;
}

let shared: Promise<Renderer> | undefined;

/** The process-wide renderer (one per worker thread). */
export function getRenderer(): Promise<Renderer> {
  if (!shared) {
    shared = Renderer.create();
    shared.catch(() => {
      shared = undefined;
    });
  }
  return shared;
}
