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
      if (/^(?:Mr|Mrs|Ms|Dr|Secretary|President|Senator|Governor|General|Ambassador|Minister|Leader|Speaker|The|Dear|Thank|Hello|Hi|Madam|Administrator|Colonel|Mister|Mayor|Judge|Justice|Chairman|Chairwoman|Chair|Representative|Rep|Sen|Gov|Director|Commissioner|Admiral|Captain|Sheriff|Chief|Professor|Prof|Father|Rabbi|Reverend|Sir|Lady|Lord|King|Queen|Prince|Princess|Pope|Deputy|Officer|Detective|Agent|Coach|Councilman|Councilwoman|Councilmember|Congressman|Congresswoman|Moderator|Host|Doctor)$/i.test(first.replace(/\.$/, ''))) {
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

const HOST_PHRASES =
  /\b(?:welcome (?:you |back |everyone |everybody )?to|I'm your (?:host|moderator)|thank(?:s| you) (?:for joining|both)|(?:the|my|our) (?:first|next|last|final) question|two minutes|uninterrupted|let's (?:start|begin|move on|turn to)|we(?:'ll| will) (?:begin|start|move on|turn to)|our next (?:topic|question|segment|guest)|(?:your|the) time is up|time's up|next question|moving on to|I want to (?:ask|move on|turn)|(?:a|my) question for you|you have \w+ (?:seconds|minutes)|(?:thirty|30|fifteen|15) seconds)\b/i;
const SELF_INTRO = /\b(?:I'm|I am|my name is)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})(?:,?\s+(?:of|from|with|for|at)\s+\p{Lu}|,?\s+(?:and\s+)?(?:I'm\s+|I am\s+)?your (?:host|moderator))/u;
const TITLE_FIRST = /^(?:THE|SECRETARY|PRESIDENT|VICE|AMBASSADOR|SENATOR|GOVERNOR|ADMINISTRATOR|GENERAL|MODERATOR|CHAIRMAN|CHAIRWOMAN|CHAIR|REPRESENTATIVE|REP|SEN|GOV|DEPUTY|PRINCIPAL|SPEAKER|LEADER|MINISTER|PRIME|FOREIGN|DIRECTOR|COLONEL|ADMIRAL|MAYOR|JUDGE|JUSTICE|COMMISSIONER|SPOKESPERSON|SPOKESMAN|MR|MRS|MS|MISS|DR|MR\.|MRS\.|MS\.|DR\.)$/;

export function resolveSpeakers(document: Document, turns: Turn[]): Speaker[] {
  const labels = [...new Set(turns.map((t) => t.speaker).filter((s): s is string => s !== null))];
  const texts = [document.meta.title ?? '', document.text];
  const aliases = findAliases(labels, turns);
  const speakers = labels.map((label): Speaker => {
    const hint = document.speakerHints[label] ?? (aliases.has(label) ? document.speakerHints[aliases.get(label)!] : undefined);
    let name: string | null = hint?.name ?? null;
    let role: string | null = hint?.role ?? null;
    const own = aliases.get(label) ?? label;
    const interviewer = INTERVIEWER_LABEL.test(own) || /\b(?:moderator|host|interviewer|anchor)\b/i.test(hint?.role ?? '');
    const [person, suffix] = splitLabel(own);
    if (!role && suffix) role = titleCase(suffix);
    if (!interviewer && !name) {
      const caps = person === person.toUpperCase();
      const words = person.split(/\s+/);
      if (!caps && words.length > 1 && !TITLE_FIRST.test(words[0]!.toUpperCase())) {
        name = person; // "Kristen Welker": the label is the name
      } else if (caps && words.length > 1 && !TITLE_FIRST.test(words[0]!) && words.every((w) => /^[A-Z][A-Z'’.-]*$/.test(w))) {
        name = words.map(titleCase).join(' '); // "JAKE TAPPER"
      } else {
        const surname = surnameOf(person);
        const found = surname && !/^(?:PRESIDENT|MODERATOR|SECRETARY|Q|QUESTION)$/i.test(surname) ? resolveName(surname, texts) : null;
        if (found) {
          name = found.name;
          role = role ?? found.role;
        }
      }
      if (!role) {
        const title = person.replace(/\s+[A-Z'’-]+$/, '').trim();
        if (title !== person && TITLE_WORDS[title]) role = TITLE_WORDS[title]!;
        else if (TITLE_WORDS[person]) role = TITLE_WORDS[person]!;
        else {
          // "Mayor Cole", "SENATOR WARREN": the title the label states.
          const first = person.split(/\s+/)[0]!;
          if (person.includes(' ') && TITLE_FIRST.test(first.toUpperCase()) && !/^(?:THE|MR|MRS|MS|MISS|DR|REP|SEN|GOV)\.?$/i.test(first)) role = capitalise(first);
        }
      }
    } else if (interviewer && !name && suffix) {
      // "JAKE TAPPER, CNN MODERATOR": the label states both.
      const words = person.split(/\s+/);
      if (words.length > 1 && !TITLE_FIRST.test(words[0]!)) name = words.map(titleCase).join(' ');
    }
    const speaker: Speaker = { label, name, role, interviewer };
    if (aliases.has(label)) speaker.aliasOf = aliases.get(label)!;
    return speaker;
  });
  // An alias is the same person: it takes the identity the other label resolved to.
  for (const s of speakers) {
    if (!s.aliasOf) continue;
    const main = speakers.find((o) => o.label === s.aliasOf);
    if (!main) continue;
    if (!document.speakerHints[s.label]) {
      s.name = s.name ?? main.name;
      s.role = s.role ?? main.role;
    }
  }
  markInterviewers(speakers, turns, aliases);
  for (const s of speakers) if (s.aliasOf) s.interviewer = speakers.find((o) => o.label === s.aliasOf)?.interviewer ?? s.interviewer;
  return speakers;
}

/** "JAKE TAPPER, CNN MODERATOR" → ["JAKE TAPPER", "CNN MODERATOR"]. */
function splitLabel(label: string): [string, string | null] {
  const at = label.indexOf(',');
  return at < 0 ? [label, null] : [label.slice(0, at).trim(), label.slice(at + 1).trim() || null];
}

function titleCase(words: string): string {
  return words
    .split(/\s+/)
    .map((w) => (/^[A-Z]{2,3}$/.test(w) && !/^(?:THE|AND|FOR|OF)$/.test(w) ? w : /^(?:of|the|and|for|OF|THE|AND|FOR)$/.test(w) ? w.toLowerCase() : capitalise(w)))
    .join(' ');
}

/**
 * Labels that name a person another label names more fully: a bare surname ("NIELDS",
 * "TAPPER") after "Mr. NIELDS" or "JAKE TAPPER, CNN MODERATOR", or a one-letter OCR slip
 * ("Mr. SECOHD" beside a frequent "Mr. SECORD").
 */
function findAliases(labels: string[], turns: Turn[]): Map<string, string> {
  const count = (l: string) => turns.filter((t) => t.speaker === l).length;
  const out = new Map<string, string>();
  for (const b of labels) {
    const [person] = splitLabel(b);
    if (!/\s/.test(person)) {
      const fuller = labels.filter((a) => a !== b && /[\s,]/.test(a) && surnameOf(splitLabel(a)[0])?.toLowerCase() === person.toLowerCase());
      if (fuller.length === 1) {
        out.set(b, fuller[0]!);
        continue;
      }
    }
    const m = /^(\S+\s+)(\S{5,})$/.exec(b);
    if (!m) continue;
    const near = labels.filter((a) => {
      const n = /^(\S+\s+)(\S{5,})$/.exec(a);
      return a !== b && n && n[1] === m[1] && n[2]!.length === m[2]!.length && differences(n[2]!, m[2]!) === 1 && count(a) >= 3 * count(b) && count(b) <= 2;
    });
    if (near.length === 1) out.set(b, near[0]!);
  }
  return out;
}

function differences(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * Who asks the questions when no label says so: a moderator who introduces herself and
 * the show, keeps time ("Two minutes, uninterrupted"), asks most of the questions, and
 * speaks first; questioning counsel who asks nearly every turn. General signals, no names.
 */
function markInterviewers(speakers: Speaker[], turns: Turn[], aliases: Map<string, string>): void {
  if (speakers.some((s) => s.interviewer) || speakers.length < 2) return;
  const person = (label: string | null) => (label === null ? null : (aliases.get(label) ?? label));
  const people = [...new Set(speakers.map((s) => person(s.label)!))];
  if (people.length < 2) return;
  const spoken = turns.filter((t) => t.speaker !== null);
  const stats = people.map((p) => {
    const own = spoken.filter((t) => person(t.speaker) === p);
    const words = own.reduce((n, t) => n + t.sentences.reduce((m, s) => m + s.text.split(/\s+/).length, 0), 0);
    const asking = own.filter((t) => t.sentences.some((s) => /\?["”’)]*$/.test(s.text))).length;
    const hosting = own.filter((t) => t.sentences.some((s) => HOST_PHRASES.test(s.text))).length;
    const intro = own.slice(0, 3).some((t) => t.sentences.some((s) => {
      const m = SELF_INTRO.exec(s.text);
      return Boolean(m && (p.toLowerCase().includes(m[1]!.trim().split(/\s+/).pop()!.toLowerCase()) || /your (?:host|moderator)/.test(s.text)));
    }));
    const questionShare = own.length ? asking / own.length : 0;
    const score =
      2 * questionShare + Math.min(2, hosting * 0.5) + (intro ? 2 : 0) + (person(spoken[0]?.speaker ?? null) === p ? 0.5 : 0) + (own.length >= 3 ? 0 : -1);
    return { p, score, questionShare, intro, avgWords: own.length ? words / own.length : 0 };
  });
  const ranked = stats.toSorted((a, b) => b.score - a.score);
  const top = ranked[0]!;
  const second = ranked[1]!;
  const othersTalkMore = ranked.slice(1).some((o) => o.avgWords > top.avgWords * 1.2);
  if (process.env.SOUNDBITE_DEBUG_SPEAKERS) console.error(JSON.stringify(ranked));
  // Either the others answer at length, or this one asks nearly every turn and they hardly ever do.
  const answered = othersTalkMore || (top.questionShare >= 0.6 && ranked.slice(1).every((o) => o.questionShare <= top.questionShare - 0.4));
  if (top.score >= 1.5 && top.score >= second.score + 1 && (top.questionShare >= 0.25 || top.intro) && answered) {
    for (const s of speakers) if (person(s.label) === top.p) s.interviewer = true;
  }
}
