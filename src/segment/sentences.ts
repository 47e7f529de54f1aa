// Sentence splitting that knows abbreviations ("U.S.", "Mr.", "p.m.") and that a single
// line break in a hard-wrapped transcript is not a boundary, but a blank line is.

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen sen rep gov lt col capt sgt adm maj prof rev hon no vs etc inc corp co ltd dept est approx fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft'.split(' '),
);

/** [start, end) ranges of sentences inside text[from, to). */
export function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n' && /^\n[ \t\u00a0]*\n/.test(text.slice(i, i + 40))) {
      push(out, text, start, i);
      start = skipSpace(text, i, to);
      i = start;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let end = i + 1;
      while (end < to && /[.!?…"”’')\]]/.test(text[end]!)) end++;
      const next = skipSpace(text, end, to);
      if (next >= to || (next > end && isBoundary(text, start, i, next))) {
        push(out, text, start, end);
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  push(out, text, start, to);
  return out;
}

function isBoundary(text: string, sentenceStart: number, dot: number, next: number): boolean {
  const after = text[next]!;
  if (!/[A-Z0-9"“‘'(\[¿¡—–-]|\p{Lu}/u.test(after)) return false;
  if (text[dot] !== '.') return true;
  // The word the period ends: "Mr", "U.S", "p.m", a lone initial "J".
  let w = dot;
  while (w > sentenceStart && /[A-Za-z.]/.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^[A-Z]$/.test(word)) return false; // initial: "Donald J. Trump"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
    // "U.S." / "p.m." end a sentence only when what follows clearly starts one.
    return /^(?:The|We|I|But|And|So|It|This|That|They|He|She|Our|In|On|Now|Thank)\b/.test(text.slice(next, next + 8));
  }
  return true;
}

function skipSpace(text: string, at: number, to: number): number {
  while (at < to && /\s/.test(text[at]!)) at++;
  return at;
}

function push(out: Array<[number, number]>, text: string, start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push([start, end]);
}
