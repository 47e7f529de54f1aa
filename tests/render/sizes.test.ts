import { parseSize, RenderError, safeArea, SIZES } from '../../src/render/index.js';

describe('parseSize', () => {
  test.each([
    ['x', 1200, 675],
    ['og', 1200, 630],
    ['square', 1080, 1080],
    ['portrait', 1080, 1350],
    ['story', 1080, 1920],
    ['1600x900', 1600, 900],
    ['1600×900', 1600, 900],
    [' 800X800 ', 800, 800],
  ])('%j is %i×%i', (input, width, height) => {
    expect(parseSize(input)).toMatchObject({ width, height });
  });

  test('presets keep their name', () => {
    expect(parseSize('og').name).toBe('og');
    expect(parseSize('1600x900').name).toBe('custom');
    expect(Object.keys(SIZES)).toEqual(['x', 'og', 'square', 'portrait', 'story']);
  });

  test.each(['', 'huge', '1200', '1200x', 'x675', '10x10', '99999x1000', '3000x500', '-1x100'])('%j is refused', (input) => {
    expect(() => parseSize(input)).toThrow(RenderError);
    try {
      parseSize(input);
    } catch (error) {
      expect((error as RenderError).code).toBe('RENDER_UNKNOWN_SIZE');
      expect((error as RenderError).message).not.toMatch(/\n/);
    }
  });
});

describe('safeArea', () => {
  test('is about 6% on every side', () => {
    expect(safeArea(SIZES.x)).toEqual({ top: 41, right: 72, bottom: 41, left: 72 });
    expect(safeArea(SIZES.square)).toEqual({ top: 65, right: 65, bottom: 65, left: 65 });
  });
  test('keeps stories clear of the app header and reply bar', () => {
    const story = safeArea(SIZES.story);
    expect(story.top).toBeGreaterThanOrEqual(200);
    expect(story.bottom).toBeGreaterThanOrEqual(300);
  });
});
