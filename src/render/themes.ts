import { RenderError } from './errors.js';

export type ThemeName = 'light' | 'dark' | 'bold';

export interface Theme {
  name: ThemeName;
  background: string;
  /** Body text: the quote, the label, the speaker's name. */
  text: string;
  /** Secondary text: role, source line, the verbatim sentence, the translation tag. */
  muted: string;
  /** The one accent: quote marks, the rule, the figure. Also used as a text colour. */
  accent: string;
}

/** Colours that are drawn as text, each checked for WCAG AA (4.5:1) on the background. */
export const TEXT_COLOURS = ['text', 'muted', 'accent'] as const;

export const THEMES: Readonly<Record<ThemeName, Theme>> = Object.freeze({
  light: { name: 'light', background: '#FAF8F4', text: '#15171C', muted: '#585D68', accent: '#B8330F' },
  dark: { name: 'dark', background: '#0F1A2E', text: '#F4F1EA', muted: '#A9B3C4', accent: '#FFB938' },
  bold: { name: 'bold', background: '#2336C8', text: '#FFFFFF', muted: '#DCE2FF', accent: '#FFE066' },
});

export const DEFAULT_THEME: ThemeName = 'light';

export function resolveTheme(name: string | undefined): Theme {
  const key = name ?? DEFAULT_THEME;
  if (!Object.hasOwn(THEMES, key)) {
    throw new RenderError(
      'RENDER_UNKNOWN_THEME',
      `Unknown theme "${key}": use one of ${Object.keys(THEMES).join(', ')}.`,
    );
  }
  return THEMES[key as ThemeName];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG 2 relative luminance of a `#RRGGBB` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`Expected a #RRGGBB colour, got "${hex}"`);
  const [r, g, b] = [match[1], match[2], match[3]].map((part) => channel(parseInt(part ?? '0', 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrastRatio(foreground: string, background: string): number {
  const a = relativeLuminance(foreground);
  const b = relativeLuminance(background);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
