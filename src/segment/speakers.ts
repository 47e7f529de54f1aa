// Who a label is: a name and role stated in the transcript, its metadata or the user's
// flags — never guessed. And who is asking the questions.
import type { Document, Speaker, Turn } from '../types.js';

const TITLE_WORDS: Record<string, string> = {
  SECRETARY: 'Secretary',
  PRESIDENT: 'President',
  'THE PRESIDENT': 'President',
  'VICE PRESIDENT': 'Vice President',
  'THE VICE PRESIDENT': 'Vice President',
  AMBASSADOR: 'Ambassador',
  SENATOR: 'Senator',
  GOVERNOR: 'Governor',
  ADMINISTRATOR: 'Administrator',
  GENERAL: 'General',
  MODERATOR: 'Moderator',
};
const INTERVIEWER_LABEL = /^(?:Q|QUESTION|QUESTIONER|REPORTER|INTERVIEWER|MODERATOR|HOST|PARTICIPANT|AUDIENCE MEMBER|PRESS)\b|MODERATOR$/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The surname a label points at: "SECRETARY BLINKEN" → "Blinken", "Mr. NIELDS" → "Nields". */
function surnameOf(label: string): string | null {
  const words = label.replace(/,.*$/, '').replace(/^(?:mr|mrs|ms|dr)\.?\s+/i, '').split(/\s+/);
  const last = words[words.length - 1];
  if (!last || last.length < 2) return null;
  return last;
}

function capitalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** Finds "First [Middle] Surname" for a surname in the given texts, with a role just before it. */
function resolveName(surname: string, texts: string[]): { name: string; role: string | null } | null {
  const sn = escape(capitalise(surname));
  const re = new RegExp(`((?:(?:[A-Z][a-z]+|of|the|and|for)[ \\u00a0]+){0,6}?)((?:[A-Z][a-zA-Z'’-]+|[A-Z]\\.)(?:[ \\u00a0]+[A-Z]\\.)?)[ \\u00a0]+(${sn})\\b`, 'g');
  for (const t of texts) {
    for (const m of t.matchAll(re)) {
      const first = m[2]!;
      if (/^(?:Mr|Mrs|Ms|Dr|Secretary|President|Senator|Governor|General|Ambassador|Minister|Leader|Speaker|The|Dear|Thank|Hello|Hi|Madam|Administrator|Colonel|Mister)$/i.test(first.replace(/\.$/, ''))) {
        // "Secretary Blinken" names no first name; keep looking.
        continue;
      }
      const roleWords = m[1]!.replace(/\u00a0/g, ' ').trim().split(/\s+/).filter(Boolean);
      // The role is the run of title-like capitalised words just before the name.
      const roleRun: string[] = [];
      for (let i = roleWords.length - 1; i >= 0; i--) {
        const w = roleWords[i]!;
        if (/^(?:Secretary|Press|Deputy|Principal|Assistant|Under|State|Defense|Treasury|National|Security|Advisor|Adviser|President|Vice|Senator|Governor|Ambassador|Minister|Foreign|Prime|Director|Administrator|Spokesperson|Spokesman|Chief|Staff|of|General|Counsel|Chairman|Chair|Representative|Leader|Majority|Minority|Speaker|Attorney|Homeland|Commerce|Energy|Health|Communications|Senior|the)$/.test(w)) roleRun.unshift(w);
        else break;
      }
      while (roleRun.length && /^(?:of|the)$/.test(roleRun[0]!)) roleRun.shift();
      while (roleRun.length && /^(?:of|the)$/.test(roleRun[roleRun.length - 1]!)) roleRun.pop();
      return { name: `${first} ${m[3]}`.replace(/\s+/g, ' '), role: roleRun.length ? roleRun.join(' ') : null };
    }
  }
  return null;
}

export function resolveSpeakers(document: Document, turns: Turn[]): Speaker[] {
  const labels = [...new Set(turns.map((t) => t.speaker).filter((s): s is string => s !== null))];
  const texts = [document.meta.title ?? '', document.text];
  const speakers = labels.map((label): Speaker => {
    const hint = document.speakerHints[label];
    let name: string | null = hint?.name ?? null;
    let role: string | null = hint?.role ?? null;
    const interviewer = INTERVIEWER_LABEL.test(label);
    if (!interviewer && !name) {
      const caps = label === label.toUpperCase();
      if (!caps && /\s/.test(label) && !/^(?:Mr|Mrs|Ms|Dr)\.?\s/.test(label)) {
        name = label; // "Kristen Welker": the label is the name
      } else {
        const surname = surnameOf(label);
        const found = surname ? resolveName(surname, texts) : null;
        if (found) {
          name = found.name;
          role = role ?? found.role;
        }
      }
      if (!role) {
        const title = label.replace(/\s+[A-Z'’-]+$/, '').trim();
        if (title !== label && TITLE_WORDS[title]) role = TITLE_WORDS[title]!;
        else if (TITLE_WORDS[label]) role = TITLE_WORDS[label]!;
      }
    }
    return { label, name, role, interviewer };
  });
  // Whoever mostly asks questions, in a conversation where someone else mostly answers,
  // is the interviewer (questioning counsel, a moderator named only by name).
  if (!speakers.some((s) => s.interviewer) && speakers.length >= 2) {
    const ratio = (label: string) => {
      const own = turns.filter((t) => t.speaker === label);
      const asking = own.filter((t) => t.sentences.some((s) => /\?["”’]?$/.test(s.text)));
      return own.length ? asking.length / own.length : 0;
    };
    const ranked = speakers.map((s) => ({ s, r: ratio(s.label) })).sort((a, b) => b.r - a.r);
    const top = ranked[0]!;
    const others = ranked.slice(1);
    if (top.r >= 0.5 && others.every((o) => o.r < top.r - 0.25)) top.s.interviewer = true;
  }
  return speakers;
}
