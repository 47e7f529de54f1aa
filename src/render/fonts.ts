import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RenderError } from './errors.js';

/** The faces the built-in templates use; user templates may use the same family names. */
export const FAMILIES = Object.freeze({ serif: 'Source Serif 4', sans: 'Inter' });

export type FamilyKey = keyof typeof FAMILIES;
export type FontWeight = 400 | 600 | 700;

export interface FontFile {
  family: FamilyKey;
  weight: FontWeight;
  file: string;
}

/** Order matters: satori falls back to the other fonts in this order for missing glyphs. */
export const FONT_FILES: readonly FontFile[] = Object.freeze([
  { family: 'serif', weight: 400, file: 'SourceSerif4-Regular.ttf' },
  { family: 'sans', weight: 400, file: 'Inter-Regular.ttf' },
  { family: 'sans', weight: 600, file: 'Inter-SemiBold.ttf' },
  { family: 'sans', weight: 700, file: 'Inter-Bold.ttf' },
]);

export interface LoadedFont extends FontFile {
  data: Buffer;
}

/** fonts/ at the package root; the same relative path from src/render and dist/render. */
export const FONTS_DIR = fileURLToPath(new URL('../../fonts/', import.meta.url));

export function loadFontFiles(dir: string = FONTS_DIR): LoadedFont[] {
  return FONT_FILES.map((font) => {
    const path = `${dir}${font.file}`;
    try {
      return { ...font, data: readFileSync(path) };
    } catch (error) {
      throw new RenderError(
        'RENDER_FONT_MISSING',
        `Font file ${path} could not be read: reinstall soundbite or restore the fonts/ folder.`,
        { cause: error },
      );
    }
  });
}

export function fontKey(family: FamilyKey, weight: FontWeight): string {
  return `${family}-${weight}`;
}
