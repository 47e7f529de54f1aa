// The one place that maps cleaned text back to the original file. Every quote and claim
// offset passes through here, so it is small, total and tested hardest (tests/offsets.test.ts).
import type { MapSpan } from '../types.js';

/** Builds cleaned text piece by piece while recording where each piece came from in raw. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly spans: MapSpan[] = [];

  constructor(private readonly raw: string) {}

  get textLength(): number {
    return this.length;
  }

  /** Last character appended, or '' when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  /** Copies raw[rawStart, rawEnd) unchanged. */
  copy(rawStart: number, rawEnd: number): this {
    if (rawEnd <= rawStart) return this;
    return this.push(this.raw.slice(rawStart, rawEnd), rawStart, rawEnd);
  }

  /**
   * Appends `text` standing for raw[rawStart, rawEnd): a decoded entity, a newline for a
   * `<br>`, a label taken from a tag. When the lengths match the mapping stays per
   * character; otherwise the piece maps as a unit.
   */
  replace(text: string, rawStart: number, rawEnd: number): this {
    if (!text) return this;
    return this.push(text, rawStart, rawEnd);
  }

  private push(text: string, rawStart: number, rawEnd: number): this {
    const prev = this.spans[this.spans.length - 1];
    const linear = text.length === rawEnd - rawStart;
    // Merge with the previous span when both are linear and contiguous in raw and text.
    if (prev && linear && prev.rawEnd === rawStart && prev.textEnd - prev.textStart === prev.rawEnd - prev.rawStart) {
      prev.textEnd += text.length;
      prev.rawEnd = rawEnd;
    } else {
      this.spans.push({ textStart: this.length, textEnd: this.length + text.length, rawStart, rawEnd });
    }
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  build(): { text: string; map: MapSpan[] } {
    return { text: this.parts.join(''), map: this.spans.map((s) => ({ ...s })) };
  }
}

/** Index of the span holding text offset `at` (the last span starting at or before it). */
function spanIndex(map: readonly MapSpan[], at: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]!.textStart <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Raw offset for a text offset. A start maps to where its character begins in raw; an end
 * maps to where the character before it ends, so [start, end) in text becomes the smallest
 * raw range that produced those characters.
 */
export function toRaw(map: readonly MapSpan[], at: number, side: 'start' | 'end'): number {
  if (map.length === 0) return 0;
  if (side === 'end') {
    if (at <= 0) return map[0]!.rawStart;
    const span = map[spanIndex(map, at - 1)]!;
    if (at - 1 >= span.textEnd) return span.rawEnd;
    return isLinear(span) ? rawWithin(span, at - 1) + 1 : span.rawEnd;
  }
  const last = map[map.length - 1]!;
  if (at >= last.textEnd) return last.rawEnd;
  const span = map[spanIndex(map, at)]!;
  return rawWithin(span, at);
}

function isLinear(span: MapSpan): boolean {
  return span.textEnd - span.textStart === span.rawEnd - span.rawStart;
}

function rawWithin(span: MapSpan, at: number): number {
  return isLinear(span) ? span.rawStart + (at - span.textStart) : span.rawStart;
}

/** Maps a text range to the raw range that produced it. */
export function rangeToRaw(map: readonly MapSpan[], start: number, end: number): { start: number; end: number } {
  const rawStart = toRaw(map, start, 'start');
  const rawEnd = Math.max(rawStart, toRaw(map, end, 'end'));
  return { start: rawStart, end: rawEnd };
}

/**
 * Chains two maps: `inner` maps a second cleaning pass (text2 → text1), `outer` maps the
 * first (text1 → raw). The result maps text2 straight to raw, so later passes (stage
 * directions, chrome lines) keep every offset pointing into the original file. A piece
 * standing for a unit (an entity, a replaced run) maps to the whole unit; like every span,
 * one whose text and raw lengths happen to match reads character by character.
 */
export function composeMaps(inner: readonly MapSpan[], outer: readonly MapSpan[]): MapSpan[] {
  const out: MapSpan[] = [];
  const emit = (span: MapSpan) => {
    const prev = out[out.length - 1];
    if (prev && isLinear(prev) && isLinear(span) && prev.textEnd === span.textStart && prev.rawEnd === span.rawStart) {
      prev.textEnd = span.textEnd;
      prev.rawEnd = span.rawEnd;
    } else out.push({ ...span });
  };
  for (const span of inner) {
    if (span.textEnd <= span.textStart) continue;
    if (!isLinear(span) || outer.length === 0) {
      const raw = outer.length ? rangeToRaw(outer, span.rawStart, span.rawEnd) : { start: span.rawStart, end: span.rawEnd };
      emit({ textStart: span.textStart, textEnd: span.textEnd, rawStart: raw.start, rawEnd: raw.end });
      continue;
    }
    // A linear piece of text2 copies text1[rawStart, rawEnd): split it along the outer spans.
    let at = span.rawStart;
    let i = spanIndex(outer, at);
    while (at < span.rawEnd && i < outer.length) {
      const o = outer[i]!;
      const to = Math.min(span.rawEnd, o.textEnd);
      if (to <= at) {
        i++;
        continue;
      }
      const textStart = span.textStart + (at - span.rawStart);
      const textEnd = span.textStart + (to - span.rawStart);
      if (isLinear(o)) emit({ textStart, textEnd, rawStart: o.rawStart + (at - o.textStart), rawEnd: o.rawStart + (to - o.textStart) });
      // Part of a unit (an entity, a label from a tag) stands for the whole unit.
      else emit({ textStart, textEnd, rawStart: o.rawStart, rawEnd: o.rawEnd });
      at = to;
      i++;
    }
  }
  return out;
}
