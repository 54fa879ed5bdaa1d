import type { Lang, Side } from '../model';
import { SPEAKER_LEXICON, type SpeakerLexicon, ZH_VERBS } from './speaker-lexicon';
import type { Span, Speaker } from './types';

/** Whom a sentence's subject belongs to, before it is related to the readout's own side. */
type Party = Side | 'both';

export interface SpeakerAttribution {
  speaker: Speaker;
  /** Which party speaks, in absolute terms; null when unstated. */
  party: Party | null;
  /** Local span (in the sentence) of the words that told who speaks. */
  cue?: Span;
}

export interface SentenceForSpeaker {
  text: string;
  paragraph: number;
}

interface LearnedNames {
  cn: RegExp | null;
  us: RegExp | null;
}

const ZH_NAME_AFTER_TITLE = (country: string, titles: string) =>
  new RegExp(
    `(?:${country})[^，。；、\\s]{0,20}?(?:${titles})((?:[\\u4e00-\\u9fff]{1,6}[·-])?[\\u4e00-\\u9fff]{2,5}?)(?=${ZH_VERBS}|先生|女士|在|于|与|同|和|及|[，。、；（(]|$)`,
    'g',
  );
const ZH_LEARN = {
  us: ZH_NAME_AFTER_TITLE(
    '美国|美方',
    '国务卿|总统|顾问|助理|部长|财长|防长|代表|特使|大使|议长|参议员|众议员|主任|局长|司令|主席|副国务卿|发言人',
  ),
  cn: ZH_NAME_AFTER_TITLE(
    '中国|中方|中华人民共和国|中共中央',
    '主席|总理|副总理|国务委员|外长|部长|主任|大使|司令|参谋长|委员|行长|发言人',
  ),
};
// A title chain then a name, up to the first lowercase word or punctuation: "Director of the Office of the
// Central Foreign Affairs Commission Wang Yi said" (the chain is greedy, so the name is its last words).
const EN_NAME =
  "((?:[A-Z](?:[\\w'-]*|\\.)\\s+|of\\s+|the\\s+|and\\s+|for\\s+)*)([A-Z][a-z'-]+)(?=\\s+[a-z]|[,.;:)]|$)";
const EN_LEARN = {
  cn: new RegExp(
    `\\b(?:PRC|Chinese|China's|People's Republic of China(?:'s)?(?: \\(PRC\\))?)\\s+${EN_NAME}`,
    'g',
  ),
  us: new RegExp(`\\b(?:U\\.S\\.|US|American|United States)\\s+${EN_NAME}`, 'g'),
};
const EN_TITLE_WORD =
  /^(?:[A-Z]\.|of|the|and|for|Minister|Ministry|Secretary|Director|Premier|Vice|President|Councilor|State|Foreign|Affairs|Commission|Office|Central|Advisor|National|Security|Deputy|General|Defense|Commerce|Treasury|Ambassador|Chairman|Special|Envoy|Assistant|Under|Principal|Public|Party|Committee|Government|Side|Delegation|Embassy|Council|Department|Military|Commerce|Finance|Trade|Representative|Political|Bureau|Member|Politburo|People's|Republic|China)$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toRegex(names: Set<string>, lang: Lang): RegExp | null {
  if (names.size === 0) return null;
  const body = [...names].map(escapeRegExp).join('|');
  return lang === 'en' ? new RegExp(`\\b(?:${body})\\b`, 'g') : new RegExp(`(?:${body})`, 'g');
}

// Chinese officials are also called by surname and title (刘部长, 王主任), once the text has named them.
const ZH_SURNAME_TITLES = '部长|主任|外长|副总理|国务委员|主席|总理|大使|委员|书记|司令|将军|行长|先生|女士';

/** Officials the text introduces with a nationality ("美国国务卿鲁比奥", "PRC Minister Wang Wentao"). */
export function learnNames(text: string, lang: Lang): LearnedNames {
  const found = { cn: new Set<string>(), us: new Set<string>() };
  for (const party of ['cn', 'us'] as const) {
    if (lang === 'zh') {
      for (const m of text.matchAll(ZH_LEARN[party])) if (m[1]) found[party].add(m[1]);
      continue;
    }
    for (const m of text.matchAll(EN_LEARN[party])) {
      const tokens = `${m[1] ?? ''}${m[2] ?? ''}`.split(/\s+/).filter((t) => t && !EN_TITLE_WORD.test(t));
      const name = tokens.slice(-2);
      if (name.length === 0) continue;
      found[party].add(name.join(' '));
      // Chinese names put the surname first ("Director Wang"), American names last ("Secretary Blinken").
      const surname = party === 'cn' ? name[0] : name[name.length - 1];
      if (surname && surname.length > 1) found[party].add(surname);
    }
  }
  const cn = toRegex(found.cn, lang);
  if (lang === 'zh') {
    const named = [...text.matchAll(SPEAKER_LEXICON.zh.cnNames), ...(cn ? text.matchAll(cn) : [])];
    const surnames = new Set(named.map((m) => m[0].charAt(0)).filter((c) => c !== '习'));
    if (surnames.size > 0) {
      const re = new RegExp(`(?:${[...surnames].join('|')})(?:${ZH_SURNAME_TITLES})`, 'g');
      return { cn: cn ? new RegExp(`${re.source}|${cn.source}`, 'g') : re, us: toRegex(found.us, lang) };
    }
  }
  return { cn, us: toRegex(found.us, lang) };
}

interface Subject {
  party: Party | null;
  pronoun: boolean;
  cue?: Span;
  speech: boolean;
}

/**
 * Finds the subject of a sentence and whose it is. The sentence is read clause by clause (。，/ ", "): in each,
 * the words before its first verb are a candidate subject. Clauses without a verb (time and place phrases,
 * appositions such as "Wang Yi, Director of …, said") are kept as a fallback for the next verb. Reading stops
 * at the first reporting verb (表示, "said"): what follows is what was said, not who said it.
 */
function findSubject(text: string, lex: SpeakerLexicon, learned: LearnedNames): Subject {
  const limit = lex === SPEAKER_LEXICON.zh ? 120 : 320;
  let pending: { region: string; at: number } | null = null;
  // exec loops on the shared global regexes (no matchAll clones): this runs for every sentence.
  lex.clause.lastIndex = 0;
  for (let clause = lex.clause.exec(text); clause; clause = lex.clause.exec(text)) {
    if (clause[0] === '') {
      lex.clause.lastIndex++;
      continue;
    }
    if (clause.index > limit) break;
    const body = clause[0];
    lex.verb.lastIndex = 0;
    const verb = lex.verb.exec(body);
    if (!verb) {
      if (classify(body, lex, learned) !== null) pending = { region: body, at: clause.index };
      continue;
    }
    let region = body.slice(0, verb.index);
    // "费纳向刘建超强调" / "told Director Wang that": the one addressed, or a reported clause, is not the subject.
    const cut = lex.addressee.exec(region);
    if (cut && cut.index > 0) region = region.slice(0, cut.index);
    if (lex.obligation.test(verb[0]) && region.trim() !== '') break;
    const speech = !lex.action.test(verb[0]) && !lex.aux.test(verb[0]);
    const verbEnd = clause.index + verb.index + verb[0].length;
    const party = classify(region, lex, learned);
    if (party !== null) {
      const lead = region.length - region.trimStart().length;
      return { party, pronoun: false, speech, cue: { start: clause.index + lead, end: verbEnd } };
    }
    if (lex.pronoun.test(region.trim())) return { party: null, pronoun: true, speech };
    if (pending && region.trim() === '') {
      const p = classify(pending.region, lex, learned);
      const lead = pending.region.length - pending.region.trimStart().length;
      return { party: p, pronoun: false, speech, cue: { start: pending.at + lead, end: verbEnd } };
    }
    if (speech) break;
  }
  return { party: null, pronoun: false, speech: false };
}

interface EntityHit {
  start: number;
  end: number;
  party: Party;
}

function hitsOf(re: RegExp | null, region: string, party: Party, out: EntityHit[] = []): EntityHit[] {
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    if (m[0] === '') re.lastIndex++;
    else out.push({ start: m.index, end: m.index + m[0].length, party });
  }
  return out;
}

/**
 * Whose subject this is. Named officials count; so do nationality words, titles and "both" words, except a
 * title or nationality word fused to a name ("美国国务卿布林肯", "Director Burns"), which only describes it.
 */
function classify(region: string, lex: SpeakerLexicon, learned: LearnedNames): Party | null {
  const names: EntityHit[] = [];
  hitsOf(lex.cnNames, region, 'cn', names);
  hitsOf(learned.cn, region, 'cn', names);
  hitsOf(lex.usNames, region, 'us', names);
  hitsOf(learned.us, region, 'us', names);
  const all: EntityHit[] = [];
  hitsOf(lex.both, region, 'both', all);
  hitsOf(lex.cnWords, region, 'cn', all);
  hitsOf(lex.cnTitles, region, 'cn', all);
  hitsOf(lex.usWords, region, 'us', all);
  hitsOf(lex.usTitles, region, 'us', all);
  if (names.length === 0 && all.length === 0) return null;
  const others = all.filter(
    (h) =>
      !names.some(
        (n) =>
          (h.start < n.end && n.start < h.end) ||
          (n.start >= h.end && /^\s*$/.test(region.slice(h.end, n.start))),
      ),
  );
  const parties = new Set([...names, ...others].map((h) => h.party));
  if (parties.size === 0) return null;
  if (parties.has('both') || (parties.has('cn') && parties.has('us'))) return 'both';
  return parties.has('cn') ? 'cn' : 'us';
}

function relate(party: Party, side: Side): Speaker {
  if (party === 'both') return 'both';
  return party === side ? 'self' : 'counterpart';
}

/**
 * Attributes each sentence to a speaker relative to `side`, the readout's issuer. An explicit subject
 * decides; a pronoun (他, "he") continues the last named speaker of the paragraph; a sentence with no subject
 * continues the previous sentence's speaker when that one was reported as speaking (Chinese readouts give
 * each speaker a paragraph: 王毅表示，……。……。), not when it only met someone.
 */
export function attributeSpeakers(
  sentences: ReadonlyArray<SentenceForSpeaker>,
  lang: Lang,
  side: Side,
  learned: LearnedNames = { cn: null, us: null },
): SpeakerAttribution[] {
  const lex = SPEAKER_LEXICON[lang];
  const out: SpeakerAttribution[] = [];
  let paragraph = -1;
  // The last single party named (kept across paragraphs): 他 / "he" means one official, never 双方.
  let lastNamed: Side | null = null;
  let carry: Party | null = null;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      carry = null;
    }
    const subject = findSubject(s.text, lex, learned);
    let party: Party | null = subject.party;
    if (party !== null) {
      if (party !== 'both') lastNamed = party;
      carry = subject.speech ? party : null;
      out.push({ speaker: relate(party, side), party, cue: subject.cue });
      continue;
    }
    party = subject.pronoun ? lastNamed : carry;
    out.push(party === null ? { speaker: 'unstated', party: null } : { speaker: relate(party, side), party });
  }
  return out;
}

/**
 * Guesses which side issued a text: a readout names the other side's officials with their nationality
 * ("美国国务卿布林肯", "PRC Director Wang Yi") and its own without. Null when the text does not tell.
 */
export function inferSide(text: string, lang: Lang): Side | null {
  const count = (re: RegExp) => [...text.matchAll(re)].length;
  const usQualified = lang === 'zh' ? count(ZH_LEARN.us) : count(EN_LEARN.us);
  const cnQualified = lang === 'zh' ? count(ZH_LEARN.cn) : count(EN_LEARN.cn);
  if (usQualified === cnQualified) return null;
  return usQualified > cnQualified ? 'cn' : 'us';
}
