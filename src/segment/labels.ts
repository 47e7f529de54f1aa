// Speaker labels in plain text: `SECRETARY BLINKEN:`, `MR PRICE:`, `Q   ` (White House
// reporters), `Kristen Welker:`, `JAKE TAPPER, CNN MODERATOR:`, `Ned Price (00:04):`,
// `**Name:**`, `Mr. NIELDS.`. A label starts a line; a line that continues an unfinished
// sentence (hard-wrapped prose: "…test positive for\nCOVID.  So…") never starts a turn.

export interface FoundLabel {
  label: string;
  /** Where the label (with its punctuation) stands in the text. */
  start: number;
  /** Where the speech after it starts. */
  speechStart: number;
}

const SPACE = '[ \\t\\u00a0]';
const TITLES = 'Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|MISS|DR';
// An all-caps label, optionally with a title: "THE PRESIDENT", "MS. PSAKI", "MR PRICE",
// "SECRETARY BLINKEN", "JAKE TAPPER, CNN MODERATOR".
const CAPS = `(?:(?:${TITLES})\\.?${SPACE}+)?[A-Z][A-Z'’.-]*(?:${SPACE}+[A-Z][A-Z'’.-]*){0,4}(?:,${SPACE}+[A-Z][A-Za-z .'’-]{1,40})?`;
// A name in mixed case: "Kristen Welker", "Donald J Trump", "Joe R. Biden", "Mr. Nields".
const NAME = `(?:(?:${TITLES})\\.?${SPACE}+)?[A-Z][a-zA-Z'’.-]+(?:${SPACE}+(?:[A-Z]\\.?|[A-Z][a-zA-Z'’.-]+|de|da|van|von|bin|al-[A-Z][a-z]+)){0,4}`;

interface Pattern {
  re: RegExp;
  /** Period-style labels (`Mr. NIELDS.`) are easily confused with prose and need more proof. */
  period?: boolean;
}

const PATTERNS: Pattern[] = [
  // **Name:** or **Name**:
  { re: new RegExp(`^${SPACE}*\\*\\*(${NAME}|${CAPS})(?::\\*\\*|\\*\\*:)${SPACE}*`, 'gm') },
  // Name (00:04):  rev.com style
  { re: new RegExp(`^${SPACE}*(${NAME}|${CAPS})${SPACE}+\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\):${SPACE}*`, 'gm') },
  // LABEL: or Name:
  { re: new RegExp(`^${SPACE}*(${CAPS}|${NAME}):(?:${SPACE}+|$)`, 'gm') },
  // Mr. NIELDS.  (hearing style: title + caps surname + period; or a bare caps surname)
  { re: new RegExp(`^${SPACE}*((?:Mr|Mrs|Ms|Dr|Senator|Chairman|Chairwoman|General|Representative)\\.?${SPACE}+[A-Z][A-Z'’-]{2,}|[A-Z][A-Z'’-]{3,})\\.${SPACE}+`, 'gm'), period: true },
  // Q followed by two or more spaces, a no-break space, or Q: / Q. (White House reporters)
  { re: new RegExp(`^${SPACE}*(Q)(?:${SPACE}{2,}|\\u00a0${SPACE}*|[:.]${SPACE}+)`, 'gm') },
];

const NOT_LABELS =
  /^(?:Note|Notes|Update|Updated|Editor|Editor's note|Source|Sources|Transcript|Date|Time|Location|Subject|Re|PS|P\.S|Example|Question \d+|Answer|Title|Tags|URL|Link|Warning|Disclaimer|Correction|Photo|Video|Audio|Watch|Listen|Read|Related|Summary|Background|Context|Topic|Topics|Also|Plus|Bottom line|FYI|Result|Results|Step \d+|Part \d+|Chapter \d+|Day \d+|Round \d+|END|AM|PM|EST|EDT|UTC|GMT|COVID|COVID-19|NATO|USA|FBI|CIA|OK|TBD|NB|AND|BUT|THE|SO|YES|NO|WHAT|WHY|HOW)$/i;
/** Words that end a sentence-like line: after them a new line may start a turn. */
const LINE_DONE = /[.?!…:;"”’)\]—–-]["”’)\]]*[ \t\u00a0]*$|^[ \t\u00a0]*$/;

/** Every plausible label in text[from, to), first pattern winning at a line. */
export function findLabels(text: string, from = 0, to = text.length): FoundLabel[] {
  const byLine = new Map<number, FoundLabel & { period: boolean }>();
  const region = text.slice(from, to);
  for (const { re, period } of PATTERNS) {
    re.lastIndex = 0;
    for (const m of region.matchAll(re)) {
      const start = from + m.index;
      if (byLine.has(start)) continue;
      const label = m[1]!.replace(/[\u00a0\s]+/g, ' ').trim();
      if (NOT_LABELS.test(label)) continue;
      if (continuesSentence(text, start)) continue;
      const after = start + m[0].length;
      // A label alone at the end of a line is still a label when the speech follows on the next line.
      if (!text.slice(after, after + 2).trim() && !/\n/.test(text.slice(after, after + 3))) continue;
      byLine.set(start, { label, start: start + (m[0].length - m[0].trimStart().length), speechStart: after, period: Boolean(period) });
    }
  }
  const found = [...byLine.values()].toSorted((a, b) => a.start - b.start);
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  const titled = found.filter((f) => /\s/.test(f.label)).map((f) => surname(f.label));
  return found
    .filter((f) => {
      const n = counts.get(f.label) ?? 0;
      if (f.period) {
        // `Mr. NIELDS.` stands on its title; a bare `NIELDS.` needs to be a known surname
        // or to recur — a capitalised word ending a sentence is prose ("…for\nCOVID.").
        return /\s/.test(f.label) || titled.includes(f.label) || n >= 3;
      }
      if (f.label === 'Q' || f.label === 'A') return true; // Q and A transcripts
      if (/^[A-Z][A-Z .,'’-]+$/.test(f.label) || /^(?:Mr|Mrs|Ms|Miss|Dr|MR|MRS|MS|DR)\.?\s/.test(f.label)) return f.label.length > 1;
      // A mixed-case "Name:" counts only when it recurs or looks like a person's name;
      // one-off "Remember:" lines are prose.
      return n >= 2 || /\s/.test(f.label);
    })
    .map(({ period: _period, ...f }) => f);
}

function surname(label: string): string {
  const words = label.replace(/,.*$/, '').trim().split(/\s+/);
  return words[words.length - 1]!;
}

/** Does the line at `start` continue a sentence left unfinished on the line before it? */
function continuesSentence(text: string, start: number): boolean {
  if (start === 0) return false;
  const prevEnd = start - 1; // the '\n' before this line
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  const prev = text.slice(prevStart, prevEnd);
  return !LINE_DONE.test(prev);
}
