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
