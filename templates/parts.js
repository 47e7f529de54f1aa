// Building blocks shared by the built-in templates; a user template may copy or import them
// by path. Every function returns plain satori elements ({ type, props }).

/** @typedef {import('../src/render/template.js').TemplateProps} TemplateProps */
/** @typedef {import('../src/render/template.js').TextBlock} TextBlock */
/** @typedef {import('../src/render/template.js').AttributionLayout} AttributionLayout */
/** @typedef {import('../src/render/template.js').SatoriElement} SatoriElement */
/** @typedef {import('../src/render/themes.js').Theme} Theme */

/**
 * @param {string} type
 * @param {Record<string, string | number | undefined>} style
 * @param {unknown} [children]
 * @returns {SatoriElement}
 */
export function el(type, style, children) {
  /** @type {Record<string, string | number>} */
  const clean = {};
  for (const [key, value] of Object.entries(style)) if (value !== undefined) clean[key] = value;
  return { type, props: { style: clean, children } };
}

/**
 * The card's background and safe area.
 * @param {TemplateProps} props
 * @param {Record<string, string | number | undefined>} style
 * @param {unknown[]} children
 */
export function root(props, style, children) {
  const { size, safe, theme, fonts } = props;
  return el('div', {
    display: 'flex',
    flexDirection: 'column',
    width: size.width,
    height: size.height,
    boxSizing: 'border-box',
    paddingTop: safe.top,
    paddingRight: safe.right,
    paddingBottom: safe.bottom,
    paddingLeft: safe.left,
    backgroundColor: theme.background,
    color: theme.text,
    fontFamily: fonts.sans,
    ...style,
  }, children);
}

/**
 * @param {TextBlock} block
 * @returns {Record<string, string | number | undefined>}
 */
export function font(block) {
  return {
    fontFamily: block.fontFamily,
    fontWeight: block.fontWeight,
    fontSize: block.fontSize,
    lineHeight: `${block.lineHeight}px`,
    fontFeatureSettings: block.fontFeatureSettings,
  };
}

/**
 * One element per pre-broken line, each no wider than its text.
 * @param {TextBlock} block
 * @param {string} color
 * @param {{ marginTop?: number, last?: unknown }} [options] `last` is appended to the last line.
 */
export function lines(block, color, options = {}) {
  const rows = block.lines.map((line, index) => {
    const isLast = index === block.lines.length - 1;
    const children = isLast && options.last ? [line, options.last] : line;
    return el('div', { display: 'flex', alignSelf: 'flex-start', whiteSpace: 'pre' }, children);
  });
  return el('div', { display: 'flex', flexDirection: 'column', color, marginTop: options.marginTop, flexShrink: 0, ...font(block) }, rows);
}

/**
 * Name (bold), role, then source · date (muted) and the translation tag.
 * @param {AttributionLayout} layout
 * @param {Theme} theme
 * @param {Record<string, string | number | undefined>} [style]
 */
export function attribution(layout, theme, style = {}) {
  if (layout.height === 0) return null;
  const { name, role, source, translated, rule, gap } = layout;
  /** @type {unknown[]} */
  const rows = [
    el('div', { width: rule.width, height: rule.height, marginBottom: rule.marginBottom, backgroundColor: theme.accent }),
  ];
  let first = true;
  const spaced = () => {
    const margin = first ? 0 : gap;
    first = false;
    return margin;
  };
  if (name) rows.push(lines(name, theme.text, { marginTop: spaced() }));
  if (role) rows.push(lines(role, theme.text, { marginTop: spaced() }));
  const tag = translated
    ? el('div', {
        display: 'flex',
        alignSelf: 'flex-start',
        flexShrink: 0,
        whiteSpace: 'pre',
        color: theme.muted,
        borderWidth: translated.borderWidth,
        borderStyle: 'solid',
        borderColor: theme.muted,
        borderRadius: Math.round(translated.boxHeight / 5),
        paddingLeft: translated.paddingX,
        paddingRight: translated.paddingX,
        paddingTop: translated.paddingY,
        paddingBottom: translated.paddingY,
        marginLeft: translated.inline ? translated.marginLeft : 0,
        ...font(translated),
      }, translated.lines[0] ?? '')
    : null;
  if (source && tag && translated?.inline) {
    rows.push(el('div', { display: 'flex', flexDirection: 'row', alignItems: 'center', marginTop: spaced() }, [lines(source, theme.muted), tag]));
  } else {
    if (source) rows.push(lines(source, theme.muted, { marginTop: spaced() }));
    if (tag) rows.push(el('div', { display: 'flex', marginTop: spaced() }, [tag]));
  }
  return el('div', { display: 'flex', flexDirection: 'column', flexShrink: 0, ...style }, rows);
}
