// How card-worthy a figure is, before ranking: concrete, large or striking, with a clear
// subject, from the people being questioned. Vague time references ("two years ago") sink.
import type { Figure } from './figures.js';

export interface ScoreContext {
  interviewer: boolean;
  /** The figure sits in a question: a restatement or a probe, not a claim made. */
  question: boolean;
  /** One of a run of alternatives ("30 minutes, 40 minutes"). */
  listed: boolean;
  label: string | null;
}

/** Outcomes people care about: lives, jobs, cases, people. */
const IMPACT = /\b(?:people|persons|americans|citizens|lives|deaths|dead|died|killed|jobs|cases|infections|patients|children|kids|families|workers|households|homes|refugees|troops|soldiers|victims|casualties|unemployed|uninsured|vaccinated|hospitali[sz]ed)\b/i;
const RATE = /\b(?:a|per|each|every) (?:day|week|month|year)\b|\b(?:daily|annually|weekly|monthly)\b/i;
const log10 = (x: number) => Math.log10(Math.max(1, Math.abs(x)));

export function scoreFigure(f: Figure, ctx: ScoreContext): number {
  const v = f.high ?? f.value ?? 0;
  let s: number;
  switch (f.kind) {
    case 'money':
      s = 0.5 + 0.03 * log10(v);
      break;
    case 'percent':
      s = 0.68;
      break;
    case 'count':
      s = f.written && v < 100 ? 0.38 : 0.42 + 0.04 * log10(v);
      break;
    case 'quantity':
      s = f.decimal ? 0.6 : 0.4;
      break;
    case 'duration':
      s = f.unit === 'year' ? (v >= 10 ? 0.62 : 0.45) : f.unit === 'hour' || f.unit === 'minute' ? 0.5 : 0.42;
      if (v === 1 && f.written) s -= 0.1;
      break;
    case 'date':
      s = 0.2;
      break;
    case 'ordinal':
      s = 0.22;
      break;
  }
  if (f.high !== undefined) s += 0.08;
  if (ctx.label) s += 0.06;
  if (ctx.label && IMPACT.test(ctx.label)) s += 0.08;
  if (ctx.label && RATE.test(ctx.label)) s += 0.04;
  if (f.qualifier) s += 0.02;
  if (!f.written) s += 0.03;
  if (f.ago) s *= 0.45;
  if (ctx.interviewer) s *= 0.5;
  if (ctx.question) s *= 0.75;
  if (ctx.listed) s *= 0.7;
  return Math.round(Math.max(0, Math.min(1, s)) * 1000) / 1000;
}
