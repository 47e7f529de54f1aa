import { RenderError } from './errors.js';

export type SizeName = 'x' | 'og' | 'square' | 'portrait' | 'story';

export interface CardSize {
  /** The preset name, or `custom` for a `WxH` size. */
  name: SizeName | 'custom';
  width: number;
  height: number;
}

export const SIZES: Readonly<Record<SizeName, CardSize>> = Object.freeze({
  x: { name: 'x', width: 1200, height: 675 },
  og: { name: 'og', width: 1200, height: 630 },
  square: { name: 'square', width: 1080, height: 1080 },
  portrait: { name: 'portrait', width: 1080, height: 1350 },
  story: { name: 'story', width: 1080, height: 1920 },
});

export const DEFAULT_SIZE: SizeName = 'x';

const MIN_SIDE = 320;
const MAX_SIDE = 4096;

/** `x`, `og`, `square`, `portrait`, `story`, or `WxH` in pixels (e.g. `1600x900`). */
export function parseSize(input: string): CardSize {
  const text = input.trim().toLowerCase();
  if (Object.hasOwn(SIZES, text)) return SIZES[text as SizeName];
  const match = /^(\d{2,5})\s*[x×]\s*(\d{2,5})$/.exec(text);
  if (!match) {
    throw new RenderError(
      'RENDER_UNKNOWN_SIZE',
      `Unknown card size "${input}": use one of ${Object.keys(SIZES).join(', ')} or WIDTHxHEIGHT such as 1600x900.`,
    );
  }
  const width = Number(match[1]);
  const height = Number(match[2]);
  for (const side of [width, height]) {
    if (side < MIN_SIDE || side > MAX_SIDE) {
      throw new RenderError(
        'RENDER_UNKNOWN_SIZE',
        `Card size "${input}" is out of range: each side must be ${MIN_SIDE}–${MAX_SIDE} px.`,
      );
    }
  }
  if (width / height > 3 || height / width > 3) {
    throw new RenderError(
      'RENDER_UNKNOWN_SIZE',
      `Card size "${input}" is too narrow for a card: keep the longer side within 3× the shorter.`,
    );
  }
  return { name: 'custom', width, height };
}

export type Orientation = 'landscape' | 'square' | 'portrait' | 'story';

export function orientationOf(size: CardSize): Orientation {
  const ratio = size.height / size.width;
  if (ratio >= 1.6) return 'story';
  if (ratio > 1.1) return 'portrait';
  if (ratio >= 0.9) return 'square';
  return 'landscape';
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/**
 * About 6% on every side, since feeds crop and round corners. Stories also keep clear of
 * the app's own header and reply bar, which cover the top and bottom of the screen.
 */
export function safeArea(size: CardSize): Insets {
  const x = Math.round(size.width * 0.06);
  const y = Math.round(size.height * 0.06);
  if (orientationOf(size) === 'story') {
    return { top: Math.round(size.height * 0.12), right: x, bottom: Math.round(size.height * 0.17), left: x };
  }
  return { top: y, right: x, bottom: y, left: x };
}

/**
 * Multiplier for type sizes: the brief's sizes are for 1080–1200 wide cards, so they hold
 * inside that range and scale with width outside it.
 */
export function typeScale(width: number): number {
  if (width < 1080) return width / 1080;
  if (width > 1200) return width / 1200;
  return 1;
}
