// Hand-set weights for the quotability features (features.ts). Positive: what makes a desk
// post a line. Negative: what makes a line need its conversation. Round numbers on purpose:
// they are a judgement, not a fit to the dev transcripts.
import type { FeatureName, Features } from './features.js';

export const WEIGHTS: Record<FeatureName, number> = {
  contrast: 1.2,
  parallelism: 0.9,
  repetition: 0.35,
  tricolon: 0.5,
  superlative: 0.7,
  commitment: 0.8,
  weOpening: 0.3,
  firstPersonAction: 0.4,
  negation: 0.3,
  strongWords: 0.35,
  hedges: -0.6,
  procedural: -1.5,
  deixis: -0.4,
  thirdPerson: -0.3,
  secondPerson: -0.3,
  names: -0.2,
  protagonists: 0.3,
  disfluency: -0.6,
  falseStart: -1,
  numbers: -0.25,
  shortness: -0.35,
  longness: -0.08,
  extraSentences: -0.4,
  trimmed: -0.1,
  weakOpening: -0.4,
  endsOnPronoun: -0.5,
  unresolvedDemonstrative: -0.4,
};

/** Sum of weighted features; BIAS puts an ordinary sentence near 0. */
const BIAS = -0.5;

export function rawScore(features: Features): number {
  let s = BIAS;
  for (const [name, value] of Object.entries(features) as Array<[FeatureName, number]>) s += WEIGHTS[name] * value;
  return s;
}

/** A 0–1 score for the output, monotone in the raw score. */
export function squash(raw: number): number {
  return Math.round((1 / (1 + Math.exp(-raw))) * 1000) / 1000;
}
