// Satori draws nothing for a character no loaded font covers, so every string is checked
// before rendering. Emoji are drawn as Twemoji SVGs from the @twemoji/svg package.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RenderError } from './errors.js';

const require = createRequire(import.meta.url);

const EMOJI = /\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3|\p{Emoji_Modifier}/u;
const ZWJ = '\u200D';

/** What satori treats as an emoji image rather than text. */
export function isEmojiGrapheme(grapheme: string): boolean {
  return EMOJI.test(grapheme) || (grapheme.includes(ZWJ) && /\p{Extended_Pictographic}/u.test(grapheme));
}

/** Characters that draw nothing and need no glyph. */
const INVISIBLE = /^[\s\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\u00AD]$/u;

let emojiDir: string | null | undefined;
function twemojiDir(): string | null {
  if (emojiDir === undefined) {
    try {
      emojiDir = dirname(require.resolve('@twemoji/svg/package.json'));
    } catch {
      emojiDir = null;
    }
  }
  return emojiDir;
}

const emojiCache = new Map<string, string | null>();

/** A data: URI of the Twemoji SVG for this grapheme, or null if there is none. */
export function emojiImage(grapheme: string): string | null {
  const cached = emojiCache.get(grapheme);
  if (cached !== undefined) return cached;
  const dir = twemojiDir();
  let uri: string | null = null;
  if (dir) {
    const codes = [...grapheme].map((c) => (c.codePointAt(0) ?? 0).toString(16));
    // Twemoji names files without U+FE0F unless the sequence has a ZWJ; try both.
    const candidates = [codes.filter((c) => c !== 'fe0f').join('-'), codes.join('-')];
    for (const name of candidates) {
      const path = join(dir, `${name}.svg`);
      if (existsSync(path)) {
        uri = `data:image/svg+xml;base64,${readFileSync(path).toString('base64')}`;
        break;
      }
    }
  }
  emojiCache.set(grapheme, uri);
  return uri;
}

function describe(char: string): string {
  const codes = [...char].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `"${char}" (${codes.join(' ')})`;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Check that every grapheme can be drawn, and collect the emoji images satori needs.
 * Throws RENDER_MISSING_GLYPH naming the first character that can't be drawn.
 */
export function prepareGlyphs(
  texts: readonly string[],
  covers: (codePoint: number) => boolean,
): Record<string, string> {
  const images: Record<string, string> = {};
  for (const text of texts) {
    for (const { segment } of segmenter.segment(text)) {
      if (isEmojiGrapheme(segment)) {
        const image = emojiImage(segment);
        if (!image) {
          throw new RenderError(
            'RENDER_MISSING_GLYPH',
            `No emoji image for ${describe(segment)}: remove it from the card text or replace it with words.`,
          );
        }
        images[segment] = image;
        continue;
      }
      for (const char of segment) {
        if (INVISIBLE.test(char)) continue;
        if (!covers(char.codePointAt(0) ?? 0)) {
          throw new RenderError(
            'RENDER_MISSING_GLYPH',
            `No font on the card has the character ${describe(char)} in "${excerpt(text, char)}": the card fonts cover Latin, Greek and Cyrillic scripts; transliterate or remove it.`,
          );
        }
      }
    }
  }
  return images;
}

function excerpt(text: string, char: string): string {
  const at = text.indexOf(char);
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, at + char.length + 20);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
