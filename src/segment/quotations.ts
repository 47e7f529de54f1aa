// Inner quotations: a speaker quoting someone else ("as the President said, '…'") is not
// the author of those words, so their range is marked for the quote extractor to skip.
// Short scare quotes ("contract of the century") stay the speaker's own words.

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
];
const CUE_BEFORE =
  /\b(?:said|says|say|saying|told|tells|tell|wrote|writes|write|asked|asks|ask|stated|states|declared|declares|put it|called it|calls it|quote|quoting|quoted|in the words of|according to|tweeted|announced|announces|replied|answered|added|insisted|argued|warned|promised|claimed|claims|wrote that|the words|the line|the phrase)\b[^.?!“”"]{0,40}$/i;
const CUE_AFTER = /^[,.]?["”’]?\s*(?:he|she|they|I|we|you|it|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:said|says|wrote|writes|told|tells|asked|asks|added|argued|insisted|tweeted|replied|declared)\b/u;
const SPOKEN = /\bquote,?\s+([\s\S]{10,600}?)[\s,]*(?:end quote|unquote|close quote)\b/gi;

/** [textStart, textEnd) of quotations in text[from, to). */
export function findQuotations(text: string, from: number, to: number): Array<[number, number]> {
  const region = text.slice(from, to);
  const out: Array<[number, number]> = [];
  for (const [open, close] of PAIRS) {
    let at = 0;
    for (;;) {
      const s = region.indexOf(open, at);
      if (s < 0) break;
      const e = region.indexOf(close, s + 1);
      if (e < 0) break;
      const inner = region.slice(s + 1, e);
      at = e + 1;
      // A pair that spans a paragraph break is two stray marks, not one quotation.
      if (/\n[ \t\u00a0]*\n/.test(inner) || inner.length > 800) {
        at = s + 1;
        continue;
      }
      const words = inner.trim().split(/\s+/).filter(Boolean).length;
      const cued = CUE_BEFORE.test(region.slice(Math.max(0, s - 60), s)) || CUE_AFTER.test(region.slice(e + 1, e + 60));
      if ((cued && words >= 2) || words >= 6) out.push([from + s, from + e + 1]);
    }
  }
  for (const m of region.matchAll(SPOKEN)) out.push([from + m.index, from + m.index + m[0].length]);
  return out.toSorted((a, b) => a[0] - b[0]);
}
