// Self-containment: a card is read without the conversation around it, so a candidate that
// leans on what came before, breaks off, asks, or holds a stage direction or a restart is
// not a quote. Each rule returns the reason it rejects, or null.

/** Demonstratives standing for something said before: "This is …", "That's why …". */
const DEMONSTRATIVE_BACK =
  /^(?:this|that|these|those)(?:['’](?:s|ll|d|re)\b|\s*[,.!?;:—–-]|\s*$|\s+(?:is|was|are|were|will|would|has|have|had|means|meant|said|says|matters|happened|includes|one|ones|kind|sort|type|way|can|could|should|did|does|do|why|which|what|how|goes|gets|got|must|might|may|seems|sounds|shows|tells|isn['’]t|wasn['’]t|aren['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|also|too|alone|again|just|really|all|itself|part|process|question|answer|point|issue|idea)\b)/i;
/** Personal pronouns in the third person have their antecedent outside the card. */
const PRONOUN_BACK = /^(?:he|she|they|him|her|them|his|hers|its|their|theirs)\b/i;
/** "It …" refers back unless it is extraposed: "It's not my fault that …", "It is time to …". */
const IT_OPENING = /^it(?:['’]s|\s+(?:is|was|will|would|has|had|can|cannot|can['’]t|could|does|doesn['’]t|did|didn['’]t|isn['’]t|wasn['’]t|won['’]t|must|might|may|should|seems|remains|takes|took|becomes|became|means|meant|goes|went|gets|got|came|comes|matters|depends|happened)\b|\s*$)/i;
const IT_EXTRAPOSED =
  /^it(?:['’]s|\s+(?:is|was|will be|would be|has been|had been|remains|becomes|seems))\s+(?:(?:not|also|very|really|so|more|most|absolutely|just|clearly|simply|always|never|still|too|quite|vitally|critically|time)\s+)*(?:[\p{L}'’-]+\s+){0,4}?(?:that|to|when|whether|how|if|why|for\s+(?:[\p{L}'’-]+\s+){1,3}?to)\b/iu;

/** The first words point back to something outside the candidate. */
export function anaphoricOpening(s: string): string | null {
  const t = s.trimStart();
  if (/^[—–-]/.test(t)) return 'opens on a dash, mid-sentence';
  if (/^(?:no|nope|yes|yeah|yep|right|correct|exactly|sure|okay|ok|absolutely)\b\s*[.!,]/i.test(t)) return 'opens on an answer word';
  if (DEMONSTRATIVE_BACK.test(t)) return 'opens on a demonstrative pointing back';
  if (PRONOUN_BACK.test(t)) return 'opens on a third-person pronoun';
  if (IT_OPENING.test(t) && !IT_EXTRAPOSED.test(t)) return 'opens on "it" pointing back';
  return null;
}

/** Ends without closing the thought: no terminal punctuation, a dash, a trailing ellipsis. */
export function endsMidThought(s: string): string | null {
  const t = s.trimEnd().replace(/["”’')\]]+$/, '');
  if (/[—–-]$/.test(t)) return 'ends on a dash';
  if (/(?:…|\.\.\.)$/.test(t)) return 'trails off';
  if (/\?$/.test(t)) return 'is a question';
  if (!/[.!]$/.test(t)) return 'has no terminal punctuation';
  return null;
}

/** A subordinate clause with no main clause after it: "If you post a picture that causes them to stop." */
export function dependentFragment(s: string): string | null {
  const t = s.trim().replace(/^\[(\p{L})\]/u, '$1');
  if (/^(?:if|when|whenever|because|although|though|while|unless|until|since|whereas|so that|in order to)\b/i.test(t) && !/[,;:—–]/.test(t)) return 'is a dependent clause standing alone';
  return null;
}

/** A question anywhere inside (a run of sentences holding a question is not a statement). */
export function holdsQuestion(sentences: readonly string[]): boolean {
  return sentences.some((s) => /\?["”’')\]]*$/.test(s.trimEnd()));
}

/** A word broken off and restarted: "Biparti- — Bipartisan", "educa- — for educations". */
const RESTART = /\p{L}-\s*[—–]|\p{L}-\s+-|\p{L}--(?:\s|$)|\p{L}-\s*$/u;
/** Stage directions, crosstalk and gaps, whichever bracket the transcript uses. */
const STAGE = /[(\[]\s*(?:inaudible|unintelligible|indiscernible|crosstalk|cross-talk|cross talk|overtalk|laughter|laughs|applause|audio gap|unclear|pause|silence|music|coughs?|clears throat|sic|via (?:translation|interpreter))\b[^)\]]{0,40}[)\]]/i;
/** Markup, escapes and caption timings have no place on a card. */
const NOT_SPEECH = /<\/?[a-z][^>]*>|\\[\[\]*_]|\d{1,2}:\d{2}:\d{2}[.,]\d{3}|-->|\*\*/i;

export function disfluent(text: string): string | null {
  if (RESTART.test(text)) return 'holds a restarted word';
  return null;
}

/** Checks the raw passage itself: directions that cleaning removed still disqualify it. */
export function rawProblem(rawSpan: string): string | null {
  if (STAGE.test(rawSpan)) return 'holds a stage direction';
  return null;
}

export function notSpeech(text: string): string | null {
  if (NOT_SPEECH.test(text)) return 'holds markup or timings';
  if (unbalancedQuotes(text)) return 'holds half a quotation';
  return null;
}

/** A quotation opened and not closed (or closed and not opened) inside the candidate. */
function unbalancedQuotes(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/“/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open !== close;
}
