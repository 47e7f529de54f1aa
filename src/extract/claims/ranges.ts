// One quantity, two figures: the same speaker saying "roughly 60,000 … so far" and then
// "about 65,000 by the end of the month" in a nearby sentence is one claim, 60,000–65,000.
// And a figure said twice in one sentence ("71 percent — more than 71 percent") is one claim.
import type { Figure } from './figures.js';

export interface Located {
  figure: Figure;
  turn: number;
  /** Sentence index within the turn. */
  sentence: number;
  /** "so far", "by the end of the month": a time frame spoken with the figure. */
  temporal: string | null;
  label: string | null;
}

const mergeable = (f: Figure) => f.value !== null && f.high === undefined && !f.ago && (f.kind === 'count' || f.kind === 'money' || f.kind === 'percent' || f.kind === 'quantity');

/** Groups figures that are one claim; every figure lands in exactly one group, in order. */
export function groupFigures(items: Located[]): Located[][] {
  const groups: Located[][] = [];
  const taken = new Set<number>();
  for (let a = 0; a < items.length; a++) {
    if (taken.has(a)) continue;
    const group = [items[a]!];
    taken.add(a);
    const A = items[a]!;
    for (let b = a + 1; b < items.length && mergeable(A.figure); b++) {
      const B = items[b]!;
      if (B.turn !== A.turn || B.sentence - A.sentence > 3) break;
      if (taken.has(b) || !mergeable(B.figure) || B.figure.kind !== A.figure.kind || B.figure.unit !== A.figure.unit) continue;
      const x = A.figure.value!;
      const y = B.figure.value!;
      if (x === y && B.sentence === A.sentence) {
        group.push(B);
        taken.add(b);
        continue;
      }
      if (x === y || B.sentence === A.sentence) continue;
      const [lo, hi] = x < y ? [x, y] : [y, x];
      const close = hi <= lo * 1.5;
      const hedged = (A.figure.approx || !!A.temporal) && (B.figure.approx || !!B.temporal);
      const timeFrame = !!A.temporal || !!B.temporal;
      const elliptic = B.figure.bare || (A.label !== null && A.label === B.label);
      if (close && hedged && timeFrame && elliptic) {
        group.push(B);
        taken.add(b);
        break;
      }
    }
    groups.push(group);
  }
  return groups;
}
