// What every format reader hands to ingest: cleaned text with its map into raw, and what
// the format itself states (front matter, <title>, <v Name>).
import type { Diagnostic, LabelHint, MapSpan, SourceMeta, SpeakerInfo } from '../types.js';

export interface ReaderOutput {
  text: string;
  map: MapSpan[];
  meta: Partial<SourceMeta>;
  labelHints: LabelHint[];
  speakerHints: Record<string, Partial<SpeakerInfo>>;
  diagnostics: Diagnostic[];
}
