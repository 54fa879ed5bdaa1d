import type { Lang } from '../model';
import type { AtmosphereHit } from './wording';

/*
 * Atmospherics: the adjectives a readout uses for the talks themselves. Ids are shared across languages so the
 * two sides' words can be set side by side: 坦诚 = candid, 坦率/直率 = frank, 建设性 = constructive,
 * 深入 = in-depth, 务实 = pragmatic (also "practical"), 实质性 = substantive, 富有成果/富有成效 = productive
 * (also "fruitful"), 友好 = friendly, 积极 = positive, 专业 = professional, 全面 = comprehensive
 * ("wide-ranging"), 有益 = useful.
 */
const ZH_WORDS: Record<string, string> = {
  坦诚: 'candid',
  坦率: 'frank',
  直率: 'frank',
  建设性: 'constructive',
  深入: 'in-depth',
  务实: 'pragmatic',
  实质性: 'substantive',
  富有成果: 'productive',
  富有成效: 'productive',
  卓有成效: 'productive',
  成果丰硕: 'productive',
  有成效: 'productive',
  友好: 'friendly',
  积极: 'positive',
  专业: 'professional',
  全面: 'comprehensive',
  有益: 'useful',
};

const EN_WORDS: Record<string, string> = {
  candid: 'candid',
  candidly: 'candid',
  frank: 'frank',
  frankly: 'frank',
  constructive: 'constructive',
  constructively: 'constructive',
  'in-depth': 'in-depth',
  'in depth': 'in-depth',
  thorough: 'in-depth',
  detailed: 'in-depth',
  pragmatic: 'pragmatic',
  practical: 'pragmatic',
  substantive: 'substantive',
  substantively: 'substantive',
  productive: 'productive',
  productively: 'productive',
  fruitful: 'productive',
  friendly: 'friendly',
  cordial: 'friendly',
  positive: 'positive',
  professional: 'professional',
  comprehensive: 'comprehensive',
  'wide-ranging': 'comprehensive',
  useful: 'useful',
};

/** Ids that translators use for one another (坦诚 is rendered "candid" or "frank"). */
const ATMOSPHERE_FAMILY: Readonly<Record<string, string>> = { frank: 'candid' };

/** The family an atmospheric id belongs to, for matching across sides. */
export function atmosphereFamily(id: string): string {
  return ATMOSPHERE_FAMILY[id] ?? id;
}

function alternation(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[-\s]/g, (c) => (c === ' ' ? '\\s+' : '-')))
    .join('|');
}

const ZH_ATMOS = new RegExp(alternation(Object.keys(ZH_WORDS)), 'g');
const EN_ATMOS = new RegExp(`\\b(?:${alternation(Object.keys(EN_WORDS))})\\b`, 'gi');
const ZH_TALK =
  /交换了意见|交换意见|交换看法|沟通|交流|会谈|会晤|讨论|对话|通话|通电话|会见|磋商|交谈|谈话|会议|谈判|接触|互动|协商/g;
const EN_TALK =
  /\b(?:discussions?|talks|conversations?|meetings?|exchanges?|dialogues?|calls?|communications?|consultations?|engagements?|sessions?|negotiations?|discussed|spoke|exchanged|talked|met|engaged)\b/gi;

// An adverb (candidly, frankly) describes the talks when it sits next to a verb of talking.
const EN_TALK_VERB =
  /\b(?:raised|discussed|exchanged|spoke|talked|met|engaged|conveyed|expressed|addressed|shared|noted|said|stated|reviewed|explained)\b/gi;

// What may sit between words of one chain, between a chain and the talks it describes, and after "talks".
const GAP = {
  zh: {
    chain: /^(?:[、，,和与及而又且\s])*$/,
    toTalk: /^(?:[的地、，,\s])*$/,
    fromTalk: /^(?:是|都|十分|非常|很|总体|[、，,\s])*$/,
  },
  en: {
    chain: /^(?:[\s,]|and|or|but|yet|very|highly|extremely|quite)*$/i,
    toTalk: /^(?:[\s,]|and|very|highly)*$/i,
    fromTalk: /^\s*(?:was|were|is|are|has been|have been|had been|remained)\s+(?:(?:both|very|highly)\s+)?$/i,
  },
};

interface Hit {
  start: number;
  end: number;
}

// An exec loop on the shared regex: `matchAll` clones the regex on every call, once per sentence.
function hitsOf(re: RegExp, text: string): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    else hits.push({ start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** Atmospheric words in one sentence that describe the talks (not e.g. 积极推动, "positive energy"). */
export function findAtmospherics(text: string, lang: Lang): AtmosphereHit[] {
  const table = lang === 'zh' ? ZH_WORDS : EN_WORDS;
  const atmos = hitsOf(lang === 'zh' ? ZH_ATMOS : EN_ATMOS, text);
  if (atmos.length === 0) return [];
  const talks = hitsOf(lang === 'zh' ? ZH_TALK : EN_TALK, text);
  const gap = GAP[lang];

  const chains: Hit[][] = [];
  for (const h of atmos) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (chain && last && gap.chain.test(text.slice(last.end, h.start))) chain.push(h);
    else chains.push([h]);
  }

  const out: AtmosphereHit[] = [];
  for (const chain of chains) {
    const first = chain[0] as Hit;
    const last = chain[chain.length - 1] as Hit;
    const next = talks.find((t) => t.start >= last.end);
    const prev = [...talks].reverse().find((t) => t.end <= first.start);
    // 坦诚地/坦率地 ("candidly", "frankly") always qualify how something was said.
    const candour =
      lang === 'zh' &&
      /^(?:坦诚|坦率|直率)$/.test(text.slice(last.start, last.end)) &&
      text[last.end] === '地';
    const adverb = lang === 'en' && chain.some((h) => /ly$/i.test(text.slice(h.start, h.end)));
    const describesTalks =
      candour ||
      (next !== undefined && gap.toTalk.test(text.slice(last.end, next.start))) ||
      (prev !== undefined && gap.fromTalk.test(text.slice(prev.end, first.start))) ||
      (adverb &&
        [...talks, ...hitsOf(EN_TALK_VERB, text)].some((t) => Math.abs(t.start - first.start) <= 30));
    if (!describesTalks) continue;
    for (const h of chain) {
      const word = text.slice(h.start, h.end);
      const key = lang === 'zh' ? word : word.toLowerCase().replace(/\s+/g, ' ');
      const id = table[key];
      if (id) out.push({ start: h.start, end: h.end, word, id });
    }
  }
  return out;
}
