// The shapes that travel through the pipeline. Every offset is a UTF-16 index into the
// original file's text (`Document.raw`), half-open: [start, end).

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the user's content, with a position where one applies. */
export interface Diagnostic {
  severity: Severity;
  /** Stable id, `stage:rule`, e.g. `segment:no-speaker-labels`. */
  ruleId: string;
  message: string;
  start?: number;
  end?: number;
  /** 1-based, for people. */
  line?: number;
  column?: number;
}

export type Format = 'text' | 'markdown' | 'html' | 'vtt' | 'srt';

/** One stretch of cleaned text and the raw range it came from. */
export interface MapSpan {
  /** [textStart, textEnd) in Document.text */
  textStart: number;
  textEnd: number;
  /** [rawStart, rawEnd) in Document.raw */
  rawStart: number;
  rawEnd: number;
}

export interface SpeakerInfo {
  name: string | null;
  role: string | null;
}

export interface SourceMeta {
  /** As given by the user, or null for standard input. */
  path: string | null;
  title: string | null;
  /** YYYY-MM-DD, only when the transcript, its metadata or the user says so. */
  date: string | null;
  url: string | null;
  outlet: string | null;
  /** The transcript says it was spoken through an interpreter. */
  translated: boolean;
  format: Format;
}

/** A speaker label that markup states explicitly (`<v Name>`, `<strong>Name</strong>`). */
export interface LabelHint {
  label: string;
  /** Where the label stands in Document.text; the turn's speech starts at `textEnd`. */
  textStart: number;
  textEnd: number;
}

/** What ingest hands on: the raw file, the cleaned text, and the map between them. */
export interface Document {
  raw: string;
  /** Cleaned text: markup, entities, timestamps and page chrome gone; lines kept. */
  text: string;
  /** Sorted, non-overlapping spans covering every character of `text`. */
  map: MapSpan[];
  meta: SourceMeta;
  /** Labels known from markup; plain-text labels are found by segment. */
  labelHints: LabelHint[];
  /** Speaker identities given by metadata or flags, keyed by label as written. */
  speakerHints: Record<string, Partial<SpeakerInfo>>;
  diagnostics: Diagnostic[];
}

export interface Sentence {
  /** Offsets into Document.text. */
  textStart: number;
  textEnd: number;
  /** Offsets into Document.raw. */
  start: number;
  end: number;
  text: string;
}

export interface Turn {
  /** Index in Segmented.turns. */
  index: number;
  /** The label exactly as the transcript writes it, or null for an unlabelled transcript. */
  speaker: string | null;
  /** Speech only (label removed), offsets into Document.text. */
  textStart: number;
  textEnd: number;
  start: number;
  end: number;
  sentences: Sentence[];
  /** Stretches the speaker quotes from someone else ("as the President said, '…'"): not theirs to be quoted for. */
  /** Each with its quotation marks; offsets as in Sentence. */
  quotations?: Array<{ textStart: number; textEnd: number; start: number; end: number }>;
}

export interface Speaker {
  label: string;
  name: string | null;
  role: string | null;
  interviewer: boolean;
  /** Another label for the same person ("TAPPER" → "JAKE TAPPER, CNN MODERATOR"), when the transcript shows it. */
  aliasOf?: string;
}

export interface Segmented {
  document: Document;
  speakers: Speaker[];
  turns: Turn[];
  diagnostics: Diagnostic[];
}

export type ClaimKind = 'count' | 'money' | 'duration' | 'percent' | 'date' | 'quantity' | 'ordinal';

export interface Mention {
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** The figure as the card shows it, e.g. "60,000–65,000", "$1.5 trillion", "71%". */
  display: string;
  value: number | null;
  high?: number;
  unit: string | null;
  approx: boolean;
  /** The qualifier as spoken ("roughly", "more than"), shown with the figure. */
  qualifier: string | null;
  label: string | null;
  speaker: string | null;
  sentence: string;
  start: number;
  end: number;
  mentions: Mention[];
  score: number;
  turn: number;
}

export interface Quote {
  id: string;
  text: string;
  speaker: string | null;
  start: number;
  end: number;
  score: number;
  turn: number;
  /** The question that prompted the answer, when there was one. */
  context?: { speaker: string | null; text: string; start: number; end: number };
}

export interface Extraction {
  source: SourceMeta;
  speakers: Speaker[];
  quotes: Quote[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}

/** What a card shows: everything the renderer needs, nothing it must look up. */
export interface Card {
  kind: 'quote' | 'fact';
  /** Quote card: the quote as shown. Fact card: the verbatim sentence the figure came from. */
  text: string;
  /** Fact cards: the figure as shown ("60,000–65,000", "$1.5 trillion", "71%"). */
  figure?: string;
  /** Fact cards: the speaker's qualifier ("roughly", "more than"); shown with the figure. */
  qualifier?: string | null;
  /** Fact cards: what the figure counts, in the speaker's words. */
  label?: string | null;
  speaker: { label: string | null; name: string | null; role: string | null };
  source: {
    title: string | null;
    outlet: string | null;
    /** YYYY-MM-DD or null; formatted with date-fns on the card. */
    date: string | null;
    url: string | null;
    translated: boolean;
  };
}
