// The template API. A template is a plain ESM module whose default export turns
// TemplateProps into a satori element ({ type, props } objects; no JSX or React needed).
// The renderer has already typeset and fitted the text: a template places the blocks and
// picks colours, it doesn't measure. See templates/quote.js and templates/fact.js.
import type { Card } from '../types.js';
import type { FamilyKey, FontWeight } from './fonts.js';
import type { CardSize, Insets, Orientation } from './sizes.js';
import type { Theme } from './themes.js';

/** A satori element: what JSX would compile to. */
export interface SatoriElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: SatoriChild | SatoriChild[];
    [prop: string]: unknown;
  };
}
export type SatoriChild = SatoriElement | string | null | undefined | false;

/** Text the renderer has broken into lines at a fitted size. */
export interface TextBlock {
  /** The whole text, typeset. */
  text: string;
  /** Render each as its own line with `whiteSpace: 'pre'`: they already fit. */
  lines: string[];
  /** Family name to use in `fontFamily` (from `fonts`). */
  fontFamily: string;
  family: FamilyKey;
  fontWeight: FontWeight;
  /** OpenType features for `fontFeatureSettings`, e.g. `"tnum" 1`, or undefined. */
  fontFeatureSettings?: string;
  fontSize: number;
  /** Line height in px (satori rounds to whole pixels anyway). */
  lineHeight: number;
  /** Widest line in px. */
  width: number;
  /** lines × lineHeight, px. */
  height: number;
}

/** A one-line label in a bordered box. */
export interface TagBlock extends TextBlock {
  paddingX: number;
  paddingY: number;
  borderWidth: number;
  boxWidth: number;
  boxHeight: number;
  /** On the source line (true) or on a row of its own below it. */
  inline: boolean;
  /** Space between the source text and an inline tag. */
  marginLeft: number;
}

export interface AttributionLayout {
  /** Speaker name, or the speaker label when the name is unknown; bold. */
  name: TextBlock | null;
  role: TextBlock | null;
  /** "Source title or outlet · date", muted. */
  source: TextBlock | null;
  /** "Via translation", drawn as a small plain tag after the source line. */
  translated: TagBlock | null;
  /** Accent rule above the block. */
  rule: { width: number; height: number; marginBottom: number };
  /** Vertical gap between the lines above. */
  gap: number;
  /** Total height of the block, rule included. */
  height: number;
  width: number;
}

export interface QuoteLayout {
  kind: 'quote';
  /** The quote, without its outer marks; the template draws “ hanging and ” inline. */
  quote: TextBlock;
  /** The opening mark hangs in this much space left of the quote column. */
  hang: number;
  attribution: AttributionLayout;
  /** Space between the quote and the attribution block. */
  gap: number;
}

export interface FactLayout {
  kind: 'fact';
  /** "roughly", "more than": always shown with the figure. */
  qualifier: TextBlock | null;
  figure: TextBlock;
  label: TextBlock | null;
  /** The verbatim sentence, quoted; trimmed with … only when it can't fit. */
  sentence: TextBlock | null;
  sentenceTrimmed: boolean;
  attribution: AttributionLayout;
  /** Gaps: qualifier→figure, figure→label, label→sentence, body→attribution. */
  gaps: { qualifier: number; label: number; sentence: number; attribution: number };
}

export type CardLayout = QuoteLayout | FactLayout;

export interface TemplateProps {
  /** The card as given, with its text typeset (curly quotes, dashes, non-breaking spaces). */
  card: Card;
  theme: Theme;
  size: CardSize;
  orientation: Orientation;
  /** Keep everything inside these insets (px from each edge). */
  safe: Insets;
  fonts: { serif: string; sans: string };
  /** Fitted text; `kind` follows the template's `fit` export, else the card's kind. */
  layout: CardLayout;
  /** Formatted date and the other strings a template may want to place itself. */
  strings: { date: string | null; source: string | null; alt: string };
}

/** What a template module exports. */
export interface TemplateModule {
  default: (props: TemplateProps) => SatoriElement;
  /** Which fitting the template wants; defaults to the card's kind. */
  fit?: 'quote' | 'fact';
}
