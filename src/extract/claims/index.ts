// Numeric claims: every figure worth a card, its value, qualifier and label. (Baseline.)
import type { Claim, Segmented } from '../../types.js';

export interface ClaimOptions {
  includeInterviewers?: boolean;
}

export function extractClaims(segmented: Segmented, _options: ClaimOptions = {}): Claim[] {
  const claims: Claim[] = [];
  for (const turn of segmented.turns) {
    for (const s of turn.sentences) {
      const sentenceText = segmented.document.text.slice(s.textStart, s.textEnd);
      for (const m of sentenceText.matchAll(/\b\d[\d,]*(?:\.\d+)?\b/g)) {
        const value = Number(m[0].replace(/,/g, ''));
        if (!Number.isFinite(value)) continue;
        const ts = s.textStart + m.index;
        claims.push({
          id: '', kind: 'count', display: m[0], value, unit: null, approx: false, qualifier: null, label: null,
          speaker: turn.speaker, sentence: s.text, start: s.start, end: s.end,
          mentions: [{ start: s.start + (ts - s.textStart), end: s.start + (ts - s.textStart) + m[0].length, text: m[0] }],
          score: Math.min(1, Math.log10(value + 1) / 6), turn: turn.index,
        });
      }
    }
  }
  return claims;
}
