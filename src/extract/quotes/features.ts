// What makes a line quotable, as features a person can read: rhetorical shape (contrast,
// parallelism, repetition, a list of three), strong and general wording, commitments —
// against hedges, procedure, deixis and pronouns that need the conversation around them.
// Each feature is a small number; weights.ts turns them into a score.

export type Features = Record<FeatureName, number>;
export type FeatureName =
  | 'contrast'
  | 'parallelism'
  | 'repetition'
  | 'tricolon'
  | 'superlative'
  | 'commitment'
  | 'weOpening'
  | 'firstPersonAction'
  | 'negation'
  | 'strongWords'
  | 'hedges'
  | 'procedural'
  | 'deixis'
  | 'thirdPerson'
  | 'secondPerson'
  | 'names'
  | 'protagonists'
  | 'disfluency'
  | 'falseStart'
  | 'numbers'
  | 'shortness'
  | 'longness'
  | 'extraSentences'
  | 'trimmed'
  | 'weakOpening'
  | 'unresolvedDemonstrative'
  | 'endsOnPronoun';

const STOPWORDS = new Set(
  "a an the and or but so of to in on at by for with from as is are was were be been being it its it's this that these those there here we i you he she they them their our my your his her me us do does did have has had will would can could should may might must not no yes just very really also than then what which who whom whose when where why how if about into over after before up down out more most some any all each every one two three".split(' '),
);

export function words(s: string): string[] {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'").replace(/[.-]+$/, ''));
}

/** "more than 71 percent" is a quantity, not a comparison. */
const QUANTITY = 'a (?:hundred|thousand|million|billion|dozen)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|a year|a decade|ever';
const CONTRAST = [
  /\bnot\b[^.;:!?]{1,80}?,?\s+\b(?:but|rather)\b/i,
  /,\s*not\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+|your\s+|by\s+|just\s+)?[\p{L}'’-]+/iu,
  /\bnot\s+(?:a|an|the)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?,\s*(?:it['’]s|it is|but)\b/iu,
  /\b(?:on the contrary|rather than|instead of|not only\b[^.;]{1,60}\bbut)\b/i,
  new RegExp(String.raw`\b(?:more|less|better|worse|tougher|bigger|harder|greater|stronger)\b[^.;]{0,40}\bthan\b(?!\s+(?:[\d$]|(?:${QUANTITY})\b))`, 'i'),
];
/** Three parallel phrases of two words or more: "uphold …, practice restraint, and bring an end to …". */
const TRICOLON = /(?:\b[\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,4},\s+){2,}(?:and|or)\s+[\p{L}'’-]+\s+[\p{L}'’-]+/iu;
const SUPERLATIVE =
  /\b(?:than ever|ever before|ever in|the (?:most|least|best|worst|greatest|biggest|largest|longest|strongest|highest|lowest|deepest|hardest|toughest|only)|nothing (?:is )?(?:more|less)|nobody|no one|never|always|forever|historic|unprecedented|fundamental(?:ly)?|essential|cornerstone|greatest|longest|toughest|tougher|deeper|greater|stronger|every single|at all)\b/gi;
const COMMITMENT =
  /\b(?:we|i)(?:['’](?:ll|re going to|m going to|m not|re not)|\s+(?:will|won['’]t|cannot|can['’]t|must|shall|have to|need to|are going to|am going to|will never|will not|are not|have not|have never|refuse|intend|promise|are committed|stand))\b|\b(?:the president|he|she)\s+(?:will not|won['’]t|will never|has never|believes|is committed|wants|knows)\b/i;
/** The speaker says what they did: "I gave the account name …", "we financed". */
const FIRST_PERSON_ACTION =
  /\b(?:I|we)\s+(?:(?:also|then|never|personally|actually)\s+)?(?:gave|sent|received|made|took|told|paid|spent|saw|met|wrote|decided|ordered|approved|signed|built|won|lost|financed|created|started|ended|launched|fought|refused|warned|asked|brought|moved|delivered|passed|cut|raised|opened|closed|stopped|changed|fixed|kept|helped|saved|carried out)\b/;
const NEGATION = /\b(?:not|never|no|nothing|nobody|cannot|can['’]t|won['’]t|don['’]t|isn['’]t|aren['’]t|wasn['’]t|didn['’]t|shouldn['’]t)\b/i;
const STRONG = new Set(
  'threat threats democracy freedom liberty justice war wars peace fight fighting fought right rights vote voting die dying deaths death lives life cure corner winter dark jungle wrecking soul betray betrayed trust fault urgent critical profound impact shut crisis danger dangerous attack attacked protect protecting defend defending destroy destroyed strip fail failed failure succeed success responsible accountable kill killed save saved watching restraint law chaos truth lie lies alone together world future history generation security stability disaster tragedy respect courage hope fear freedom values privilege cornerstone heart healthy health jobs families children kids school schools tools urgent matters honor duty sacred'.split(
    ' ',
  ),
);
const HEDGES = /\b(?:uh|um|er|ah|i think|i believe|i guess|i suppose|i feel|sort of|kind of|you know|i mean|maybe|perhaps|probably|basically|a little bit|somewhat|more or less|if you will|in a way|pretty much|like,)\b/gi;
const PROCEDURAL =
  /\b(?:thank you|thanks|let me (?:go|turn|get|take|just|give|ask|start|say)|next question|go ahead|i don['’]t have (?:anything|more|an update|a readout|that)|more to share|nothing to share|get ahead of|i['’]ll let|refer you|stay tuned|in a moment|say that again|good question|great question|i['’]m not going to (?:get|comment|speculate|preview)|at this time|i would expect|we['’]ll have more|i['’]ll leave it|all right|i can tell you|i want to (?:ask|make sure)|welcome (?:to|back)|our guest|i['’]ll give you|we['’]ll share|to be announced|i['’]m not here to|as i (?:just )?(?:said|mentioned|stated|laid out|noted)|good (?:morning|afternoon|evening)|ladies and gentlemen|the question is|your question|move on to|next (?:section|topic|segment|question)|i (?:do )?want to start|let['’]s (?:go|move|turn|talk|get)|breaking news|take a (?:quick )?break|be right back|you have (?:two|\d+) minutes|your time is up)\b/gi;
const DEIXIS =
  /\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week|weekend|month|year)|next (?:week|month|year)|last (?:night|week|month)|right now|here|this one|that one|these|those|now)\b|\b(?:this|that)(?=\s*[.,;:!?]|\s+(?:is|was|has|had|will|would|can|could|should|must|means|matters)\b)/gi;
const THIRD_PERSON = /\b(?:he|she|him|her|his|they|them|their)\b/gi;
const IT = /\bit\b/gi;
const SECOND_PERSON = /\b(?:you|your|yours)\b/gi;
const DASH = /\s[—–-]+\s|—/g;
/** The same one to three words either side of a dash: "it is — it is", "we’re — we’re". */
const STUTTER = /\b([\p{L}'’]+(?:\s+[\p{L}'’]+){0,2})\s*[—–-]+\s*\1\b/giu;
/** Words said twice in a row: "every, every meeting I had, every meeting I had". */
const REPEAT = /\b([\p{L}'’]+(?:\s+[\p{L}'’]+){0,3}),?\s+\1\b/giu;
/** Doubling that is emphasis, not a stumble: "very, very difficult", "never, never". */
const EMPHATIC = /^(?:very|really|so|much|more|many|never|no|far|long|over|again|that|had|is|ha|bye|well|yes|now)$/i;
/** One to three words abandoned at a dash: "We’re always — we’ve always said …". */
const FALSE_START = /(?:^|[.,;:]\s+|\s[—–]\s+)(?:\[\p{L}\])?[\p{L}’']+(?:\s+[\p{L}’']+){0,2}\s+[—–]\s+/u;
const NUMBER = /\b\d[\d,.]*\b|\b(?:hundred|thousand|million|billion|trillion|percent)\b/gi;

const count = (re: RegExp, s: string): number => (s.match(re) ?? []).length;

export interface FeatureInput {
  /** The card's text, as shown. */
  text: string;
  /** The sentences the candidate spans (after trimming, the first one trimmed). */
  sentences: readonly string[];
  /** Leading words dropped by trimming. */
  dropped: string;
  /** Names the whole conversation keeps coming back to (lowercased): the story, not the moment. */
  recurring?: ReadonlySet<string>;
}

export function quoteFeatures({ text, sentences, dropped, recurring = new Set() }: FeatureInput): Features {
  const ws = words(text);
  const n = ws.length;
  return {
    contrast: CONTRAST.some((re) => re.test(text)) || antithesis(sentences) ? 1 : 0,
    parallelism: parallelism(text, sentences),
    repetition: Math.min(2, repeatedContentWords(ws)),
    tricolon: TRICOLON.test(text) ? 1 : 0,
    superlative: Math.min(2, count(SUPERLATIVE, text)),
    commitment: COMMITMENT.test(text) ? 1 : 0,
    weOpening: /^(?:\[W\]e|We)\b/.test(text) ? 1 : 0,
    firstPersonAction: FIRST_PERSON_ACTION.test(text) ? 1 : 0,
    negation: NEGATION.test(text) ? 1 : 0,
    strongWords: Math.min(3, ws.filter((w) => STRONG.has(w)).length),
    hedges: Math.min(3, count(HEDGES, text)),
    procedural: Math.min(2, count(PROCEDURAL, text)),
    deixis: Math.min(3, count(DEIXIS, text)),
    thirdPerson: Math.min(3, count(THIRD_PERSON, text) + 0.5 * count(IT, text)),
    secondPerson: Math.min(3, count(SECOND_PERSON, text)),
    names: Math.min(4, properNames(text).filter((g) => !recurring.has(lastWord(g))).length),
    protagonists: properNames(text).some((g) => recurring.has(lastWord(g))) ? 1 : 0,
    disfluency: Math.min(3, (count(STUTTER, text) + repeats(text)) * 2 + count(DASH, text) * 0.5),
    falseStart: FALSE_START.test(text) ? 1 : 0,
    numbers: Math.min(2, count(NUMBER, text)),
    shortness: Math.max(0, 9 - n),
    longness: Math.max(0, n - 28),
    extraSentences: sentences.length - 1,
    trimmed: dropped.trim() ? 1 : 0,
    weakOpening: /^(?:\[[A-Z]\])?(?:there['’]s|there is|you|if|when|whether|for us|in terms|with|this|that|these|those|(?:one|two|three|a few|a couple of|several) (?:things|points|questions|issues))\b/i.test(text) ? 1 : 0,
    unresolvedDemonstrative: Math.min(2, unresolvedDemonstratives(text)),
    endsOnPronoun: sentences.some((x) => /\b(?:that|this|it|them|those|these|so|too)\W*$/i.test(x)) ? 1 : 0,
  };
}

/** Clauses (or sentences) that open the same way: "there are aspects of …, there are aspects of …". */
function parallelism(text: string, sentences: readonly string[]): number {
  const heads = (parts: string[]) =>
    parts
      .map((p) => words(p).slice(0, 2).join(' '))
      .filter((h) => h.includes(' '));
  const clauseHeads = heads(text.split(/[,;:.!—–]+/));
  const sentenceHeads = sentences.length > 1 ? heads(sentences.map((s) => s.replace(/^\[(\p{L})\]/u, '$1'))) : [];
  const repeats = (hs: string[]) => {
    const seen = new Map<string, number>();
    for (const h of hs) seen.set(h, (seen.get(h) ?? 0) + 1);
    return Math.max(0, ...[...seen.values()].map((v) => v - 1));
  };
  return Math.min(2, Math.max(repeats(clauseHeads), repeats(sentenceHeads)));
}

/** Content words said twice or more, not just stammered: "cornerstone … cornerstone". */
function repeatedContentWords(ws: string[]): number {
  const positions = new Map<string, number[]>();
  ws.forEach((w, i) => {
    if (w.length < 4 || STOPWORDS.has(w)) return;
    positions.set(w, [...(positions.get(w) ?? []), i]);
  });
  let repeated = 0;
  for (const ps of positions.values()) if (ps.length > 1 && ps[ps.length - 1]! - ps[0]! > 3) repeated++;
  return repeated;
}

/** Names inside the text ("United States of America" is one): names of the moment tie a line to its context. */
export function properNames(text: string): string[] {
  const inner = text.replace(/^\W*\S+/, '').replace(/[.!?]\s+\S+/g, ' ');
  const groups = inner.match(/\b\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|and|de|van|von)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu) ?? [];
  return groups.filter((w) => !/^(?:I|I['’](?:m|ve|ll|d))$/.test(w));
}

const lastWord = (group: string): string => (group.split(/\s+/).pop() ?? '').toLowerCase().replace(/['’]s$|[.]$/g, '');

/** Names said at least `min` times across the given sentences. */
export function recurringNames(sentences: Iterable<string>, min = 3): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const g of properNames(s)) counts.set(lastWord(g), (counts.get(lastWord(g)) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= min).map(([w]) => w));
}

/** "that cornerstone", "those accounts": a thing named before the quote starts (unless the quote names it first). */
const DEMONSTRATIVE_NP =
  /\b(?:this|that|these|those)\s+(?!(?:the|a|an|we|i|you|he|she|it|they|there|our|his|her|their|my|your|is|was|are|were|will|would|has|have|had|can|could|should|must|may|might|if|when|in|on|at|to|for|of|with|by|and|or|but|not|no|all|every|some|this|that|much|many|way|time|year|week|morning|afternoon|evening|country|nation|world)\b)([\p{L}'’-]+)/giu;

function unresolvedDemonstratives(text: string): number {
  let n = 0;
  for (const m of text.matchAll(DEMONSTRATIVE_NP)) {
    const noun = m[1]!.toLowerCase();
    if (!text.slice(0, m.index).toLowerCase().includes(noun)) n++;
  }
  return n;
}

/** Words repeated back to back that are a stumble rather than emphasis. */
function repeats(text: string): number {
  return [...text.matchAll(REPEAT)].filter((m) => /\s/.test(m[1]!) || !EMPHATIC.test(m[1]!)).length;
}

/** "It's not my fault that it came here. It's China's fault.": a denial, then the same frame affirmed. */
function antithesis(sentences: readonly string[]): boolean {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const [a, b] = [words(sentences[i]!.replace(/^\[(\p{L})\]/u, '$1')), words(sentences[i + 1]!)];
    const negated = (ws: string[]) => ws.some((w) => /^(?:not|never|no|nothing|cannot|\w+n't)$/.test(w));
    if (a[0] && a[0] === b[0] && negated(a) && !negated(b)) return true;
  }
  return false;
}
