// The quote card: a hanging opening mark in the accent colour, the quote in large serif
// type broken into balanced lines, the closing mark inline, then who said it.
import { attribution, el, font, lines, root } from './parts.js';

/** @typedef {import('../src/render/template.js').TemplateProps} TemplateProps */
/** @typedef {import('../src/render/template.js').QuoteLayout} QuoteLayout */

/** This template wants the quote fitting (see src/render/layout.ts). */
export const fit = 'quote';

/**
 * @param {TemplateProps} props
 * @returns {import('../src/render/template.js').SatoriElement}
 */
export default function quoteCard(props) {
  const { theme, orientation } = props;
  const layout = /** @type {QuoteLayout} */ (props.layout);
  const { quote, hang, gap } = layout;
  const tall = orientation === 'portrait' || orientation === 'story';

  const mark = el('div', { display: 'flex', width: hang, flexShrink: 0, color: theme.accent, ...font(quote) }, '\u201C');
  const closing = el('span', { color: theme.accent }, '\u201D');
  const body = el('div', { display: 'flex', flexDirection: 'row' }, [mark, lines(quote, theme.text, { last: closing })]);
  const credit = attribution(layout.attribution, theme, { marginLeft: hang, marginTop: gap });

  if (tall) {
    // Stories and portraits: quote and attribution travel together, centred, so the
    // attribution sits clear of the bottom of the screen.
    return root(props, { justifyContent: 'center' }, [body, credit]);
  }
  return root(props, {}, [
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [body]),
    credit,
  ]);
}
