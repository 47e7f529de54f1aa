// Speaker labels in plain text: `SECRETARY BLINKEN:`, `MR PRICE:`, `Q   ` (White House
// reporters), `Kristen Welker:`, `Ned Price (00:04):`, `**Name:**`, `Mr. NIELDS.`.

export interface FoundLabel {
  label: string;
  /** Where the label (with its punctuation) stands in the text. */
  start: number;
  /** Where the speech after it starts. */
  speechStart: number;
}

const SPACE = '[ \\t\\u00a0]';
// An all-caps label, optionally with a title: "THE PRESIDENT", "MS. PSAKI", "MR PRICE",
// "SECRETARY BLINKEN", "JAKE TAPPER, CNN MODERATOR".
const CAPS = "(?:(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\\.?" + SPACE + "+)?[A-Z][A-Z'’.-]*(?:" + SPACE + "+[A-Z][A-Z'’.-]*){0,4}(?:,[ \\t]+[A-Z][A-Z .'-]{1,40})?";
// A name in mixed case: "Kristen Welker", "Donald J Trump", "Joe R. Biden".
const NAME = "[A-Z][a-zA-Z'’.-]+(?:" + SPACE + "+(?:[A-Z]\\.?|[A-Z][a-zA-Z'’.-]+|de|van|von|bin|al-[A-Z][a-z]+)){0,4}";

const PATTERNS: RegExp[] = [
  // **Name:** or **Name**:
  new RegExp(`^${SPACE}*\\*\\*(${NAME}|${CAPS})(?::\\*\\*|\\*\\*:)${SPACE}*`, 'gm'),
  // Name (00:04):  rev.com style
  new RegExp(`^${SPACE}*(${NAME}|${CAPS})${SPACE}+\\(\\d{1,2}:\\d{2}(?::\\d{2})?\\):${SPACE}*`, 'gm'),
  // LABEL: or Name:
  new RegExp(`^${SPACE}*(${CAPS}|${NAME}):${SPACE}*`, 'gm'),
  // Mr. NIELDS.  (hearing style: title + caps surname + period)
  new RegExp(`^${SPACE}*((?:Mr|Mrs|Ms|Dr|Senator|Chairman|General)\\.?${SPACE}+[A-Z][A-Z'’-]{2,}|[A-Z][A-Z'’-]{3,})\\.${SPACE}+`, 'gm'),
  // Q followed by two or more spaces, or Q: (reporters at the White House)
  new RegExp(`^${SPACE}*(Q)(?:${SPACE}{2,}|\\u00a0|:${SPACE}*)`, 'gm'),
];

const NOT_LABELS = /^(?:Note|Notes|Update|Editor|Source|Transcript|Date|Time|Location|Subject|Re|PS|P\.S|Example|Question \d+|Answer|Title|Tags|URL)$/i;

/** Every plausible label in text[from, to), first pattern winning at a line. */
export function findLabels(text: string, from = 0, to = text.length): FoundLabel[] {
  const byLine = new Map<number, FoundLabel>();
  const region = text.slice(from, to);
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of region.matchAll(re)) {
      const start = from + m.index;
      if (byLine.has(start)) continue;
      const label = m[1]!.replace(/[\u00a0\s]+/g, ' ').trim();
      if (NOT_LABELS.test(label)) continue;
      const rest = text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 2);
      if (!rest.trim()) {
        // A label alone at the end of a line is still a label when the speech follows on the next line.
        if (!/\n/.test(text.slice(from + m.index + m[0].length, from + m.index + m[0].length + 3))) continue;
      }
      byLine.set(start, { label, start: start + (m[0].length - m[0].trimStart().length), speechStart: start + m[0].length });
    }
  }
  const found = [...byLine.values()].sort((a, b) => a.start - b.start);
  // A mixed-case "Name:" counts only when it recurs or looks like a person's name;
  // one-off "Remember:" lines are prose.
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  return found.filter((f) => {
    if (/^[A-Z][A-Z .,'’-]+$/.test(f.label) || f.label === 'Q') return f.label.length > 1 || f.label === 'Q';
    return (counts.get(f.label) ?? 0) >= 2 || /\s/.test(f.label);
  });
}
