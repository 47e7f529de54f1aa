// Faithful trimming at the front of a candidate: a leading filler ("You know, …", "So, …",
// "Look, …", "Well, …", "And …") or a procedural preface ("Let me just say this: …") may be
// dropped; the next letter is then capitalised in brackets. Nothing inside is changed, and
// nothing that carries meaning (a negation, a qualifier, the subject) is ever dropped.

/** Interjections and list markers that carry no meaning of their own, with their comma. */
const FILLER_WITH_COMMA =
  /^(?:you know|look|listen|well|now|okay|ok|all right|alright|yeah|yes|yep|sure|i mean|oh|um|uh|er|anyway|see|first|firstly|first of all|second|secondly|third|thirdly|again|also|plus|as you know|as you all know|as we know|honestly|frankly)\s*(?:[,;]|\s[—–])\s*/i;
/** The same interjections without a comma, where the speech runs straight on. */
const FILLER_BARE = /^(?:look|listen|well|you know|um|uh)\s+(?=[a-z])/i;
/** "So, …" and "So we …" — not "So far", "So much", "So that". */
const SO = /^so\s*(?:,|\s[—–])\s*|^so\s+(?!far\b|much\b|many\b|long\b|that\b|to\b|too\b|as\b|is\b|are\b|was\b|were\b|do\b|does\b|did\b)(?=[\p{L}])/iu;
/** A leading coordinator; what follows is judged on its own. */
const COORDINATOR = /^(?:and|but)\s*(?:,|\s[—–])?\s+/i;
/** A preface that only announces what follows: "I'll say this:", "Two things:". */
const PREFACE = /^([^:.?!]{2,100}?):\s+(?=\S)/;
/** The preface announces the speaker's own words: "I'll say this", "Let me just say", "I think we have noted two things". */
const PREFACE_SPEAKER = /\b(?:i|i['’](?:ll|d|m)|me|we|we['’](?:ll|d))\b/i;
const PREFACE_WORDS = /\b(?:say|tell|note|noted|add|mention|stress|emphasi[sz]e|repeat|clear|things|points)\b/i;

/** A spoken preface announcing the speaker's own words, ending on a comma: "What I would say is, …". */
const SAID_PREFACE =
  /^(?:what i (?:would|can|will|want to|'d|’d) (?:say|tell you) is|i['’]ve said (?:it )?(?:often|before|many times|all along)|i['’]ll tell you(?: this)?|let me tell you|i can tell you|i would say|i['’]d say|i have to say|i must say)\s*,\s+/i;

/** Connectives that point back: the candidate leans on what came before. */
const POINTING_BACK =
  /^(?:(?:and|but|or)\s*,?\s+)?(?:so\s*,?\s*(?:that|then)\b|yet\b|then\b|therefore\b|thus\b|hence\b|however\b|still\b|besides\b|moreover\b|furthermore\b|otherwise\b|instead\b|meanwhile\b|accordingly\b|consequently\b|as a result\b|in addition\b|in turn\b|that['’]s why\b|that is why\b|which\b|because\b|as i (?:said|say|mentioned|noted|stated|told you|was (?:saying|telling you)|just (?:said|mentioned|stated|laid out))\b|like i said\b|as you (?:said|mentioned|noted)\b|in that case\b|to that end\b|for that reason\b|for example\b|for instance\b|at the same time\b|in other words\b|that said\b|even so\b|after that\b|by the same token\b|likewise\b|similarly\b|nor\b|on the other hand\b|on that\b|in fact\b)/i;
const AND_SO = /^(?:and|but)\s*,?\s+(?:so|then|yet|also)\b/i;

export interface Lead {
  /** Offset (into the same string) where the kept words start. */
  keep: number;
  /** What was dropped, for tests and diagnostics. */
  dropped: string;
  /** Why the candidate cannot stand alone, if it cannot. */
  pointsBack: boolean;
}

/** Drops leading fillers from `s` (a candidate's text), as far as they go. */
export function trimLead(s: string): Lead {
  let keep = 0;
  for (let guard = 0; guard < 6; guard++) {
    const rest = s.slice(keep);
    if (AND_SO.test(rest) || POINTING_BACK.test(rest)) return { keep, dropped: s.slice(0, keep), pointsBack: true };
    const m = FILLER_WITH_COMMA.exec(rest) ?? FILLER_BARE.exec(rest) ?? SO.exec(rest) ?? COORDINATOR.exec(rest) ?? SAID_PREFACE.exec(rest) ?? preface(rest);
    if (!m || m[0].length === 0) break;
    keep += m[0].length;
  }
  return { keep, dropped: s.slice(0, keep), pointsBack: false };
}

function preface(rest: string): RegExpExecArray | null {
  const m = PREFACE.exec(rest);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/).length;
  return words <= 16 && PREFACE_SPEAKER.test(m[1]!) && PREFACE_WORDS.test(m[1]!) ? m : null;
}

/** The card's text: white space collapsed, the first kept letter capitalised in brackets. */
export function displayText(kept: string): string {
  const clean = kept.replace(/\s+/g, ' ').trim();
  const first = clean[0];
  if (first && /\p{Ll}/u.test(first)) return `[${first.toUpperCase()}]${clean.slice(1)}`;
  return clean;
}
