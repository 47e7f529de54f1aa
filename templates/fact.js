// The fact card: the figure dominates, its qualifier sits with it, then what it counts,
// the sentence it came from, and who said it.
import { attribution, el, lines, root } from './parts.js';

/** @typedef {import('../src/render/template.js').TemplateProps} TemplateProps */
/** @typedef {import('../src/render/template.js').FactLayout} FactLayout */

/** This template wants the fact fitting (see src/render/layout.ts). */
export const fit = 'fact';

/**
 * @param {TemplateProps} props
 * @returns {import('../src/render/template.js').SatoriElement}
 */
export default function factCard(props) {
  const { theme, orientation } = props;
  const layout = /** @type {FactLayout} */ (props.layout);
  const { qualifier, figure, label, sentence, gaps } = layout;
  const tall = orientation === 'portrait' || orientation === 'story';

  const stack = [
    qualifier ? lines(qualifier, theme.text) : null,
    lines(figure, theme.accent, { marginTop: qualifier ? gaps.qualifier : 0 }),
    label ? lines(label, theme.text, { marginTop: gaps.label }) : null,
    sentence ? lines(sentence, theme.muted, { marginTop: gaps.sentence }) : null,
  ].filter(Boolean);
  const body = el('div', { display: 'flex', flexDirection: 'column' }, stack);
  const credit = attribution(layout.attribution, theme, { marginTop: gaps.attribution });

  if (tall) return root(props, { justifyContent: 'center' }, [body, credit]);
  return root(props, {}, [
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [body]),
    credit,
  ]);
}
