// Text measurement with HarfBuzz, the shaper satori itself uses, so widths here match the
// layout satori draws. Widths are cached per word in font units and scaled to any size.
import { createRequire } from 'node:module';
import { FAMILIES, fontKey, type FamilyKey, type FontWeight, type LoadedFont } from './fonts.js';
import { isEmojiGrapheme } from './glyphs.js';

const require = createRequire(import.meta.url);

/* Minimal typing of the parts of harfbuzzjs used here. */
interface HbGlyph { ax: number }
interface HbBuffer { addText(text: string): void; guessSegmentProperties(): void; json(): HbGlyph[]; destroy(): void }
interface HbFace { upem: number; collectUnicodes(): Uint32Array }
interface HbFont { destroy(): void }
interface HarfBuzz {
  createBlob(data: ArrayBuffer | Uint8Array): unknown;
  createFace(blob: unknown, index: number): HbFace;
  createFont(face: HbFace): HbFont;
  createBuffer(): HbBuffer;
  shape(font: HbFont, buffer: HbBuffer, features?: string): void;
}

let harfbuzz: Promise<HarfBuzz> | undefined;
function loadHarfBuzz(): Promise<HarfBuzz> {
  harfbuzz ??= require('harfbuzzjs') as Promise<HarfBuzz>;
  return harfbuzz;
}

export interface TextStyle {
  family: FamilyKey;
  weight: FontWeight;
  /** Comma-separated OpenType features, e.g. `tnum`. */
  features?: string;
}

interface ShapedFace {
  key: string;
  font: HbFont;
  upem: number;
  coverage: Set<number>;
}

const CACHE_LIMIT = 100_000;

export class TextMeasurer {
  readonly #hb: HarfBuzz;
  readonly #faces: Map<string, ShapedFace>;
  /** In load order, for fallback the way satori does it. */
  readonly #fallbackOrder: ShapedFace[];
  readonly #cache = new Map<string, number>();
  readonly #segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

  private constructor(hb: HarfBuzz, faces: ShapedFace[]) {
    this.#hb = hb;
    this.#faces = new Map(faces.map((face) => [face.key, face]));
    this.#fallbackOrder = faces;
  }

  static async create(fonts: readonly LoadedFont[]): Promise<TextMeasurer> {
    const hb = await loadHarfBuzz();
    const faces = fonts.map((font) => {
      const face = hb.createFace(hb.createBlob(new Uint8Array(font.data)), 0);
      return {
        key: fontKey(font.family, font.weight),
        font: hb.createFont(face),
        upem: face.upem,
        coverage: new Set(face.collectUnicodes()),
      };
    });
    return new TextMeasurer(hb, faces);
  }

  /** Whether any loaded font has a glyph for this code point. */
  covers(codePoint: number): boolean {
    return this.#fallbackOrder.some((face) => face.coverage.has(codePoint));
  }

  /** Width in em (multiply by the font size for pixels). */
  em(text: string, style: TextStyle): number {
    const cacheKey = `${style.family}${style.weight}${style.features ?? ''}\u0000${text}`;
    const cached = this.#cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const width = this.#shapeRuns(text, style);
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(cacheKey, width);
    return width;
  }

  width(text: string, style: TextStyle, fontSize: number): number {
    return this.em(text, style) * fontSize;
  }

  /** Split into runs by the face that will draw each grapheme, shape each run, sum. */
  #shapeRuns(text: string, style: TextStyle): number {
    const primary = this.#face(style);
    let total = 0;
    let run = '';
    let runFace = primary;
    const flush = (): void => {
      if (run) total += this.#shape(run, runFace, style.features);
      run = '';
    };
    for (const { segment } of this.#segmenter.segment(text)) {
      if (isEmojiGrapheme(segment)) {
        flush();
        total += 1; // satori draws emoji as a 1em square image
        continue;
      }
      const codePoint = segment.codePointAt(0) ?? 0;
      const face = primary.coverage.has(codePoint)
        ? primary
        : (this.#fallbackOrder.find((candidate) => candidate.coverage.has(codePoint)) ?? primary);
      if (face !== runFace) {
        flush();
        runFace = face;
      }
      run += segment;
    }
    flush();
    return total;
  }

  #shape(text: string, face: ShapedFace, features: string | undefined): number {
    const buffer = this.#hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      this.#hb.shape(face.font, buffer, features);
      let advance = 0;
      for (const glyph of buffer.json()) advance += glyph.ax;
      return advance / face.upem;
    } finally {
      buffer.destroy();
    }
  }

  #face(style: TextStyle): ShapedFace {
    const face = this.#faces.get(fontKey(style.family, style.weight));
    if (!face) throw new Error(`No ${FAMILIES[style.family]} ${style.weight} font is loaded`);
    return face;
  }
}
