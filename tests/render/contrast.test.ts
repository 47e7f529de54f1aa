import { contrastRatio, TEXT_COLOURS, THEMES } from '../../src/render/index.js';

describe('theme contrast', () => {
  test('the WCAG formula gives the known extremes', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });

  for (const theme of Object.values(THEMES)) {
    for (const colour of TEXT_COLOURS) {
      test(`${theme.name}: ${colour} ${theme[colour]} on ${theme.background} meets AA (4.5:1)`, () => {
        expect(contrastRatio(theme[colour], theme.background)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
