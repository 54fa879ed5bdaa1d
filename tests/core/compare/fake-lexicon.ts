import type { CompiledLexicon, TopicDefinition, TopicMatch } from '../../../src/core/lexicon/types';
import type { Lang } from '../../../src/core/model';

/**
 * A tiny hand-built lexicon for engine tests, so they exercise the engine and not the real topic patterns
 * (which belong to the lexicon's own tests). Patterns follow readout wording in both languages.
 */
const PATTERNS: Array<[string, RegExp, RegExp, string?]> = [
  [
    'summit-implementation',
    /元首.{0,8}共识|落实.{0,12}(?:共识|成果)|伍德赛德峰会|峰会主要成果/g,
    /\b(?:Woodside|San Francisco|Bali) (?:summit|meeting)|summit commitments/gi,
  ],
  [
    'communication-channels',
    /沟通渠道|保持沟通|沟通交流/g,
    /\b(?:lines|channels) of communication|communication channels/gi,
  ],
  ['manage-competition', /管理竞争|管控竞争/g, /\bmanag\w* (?:the )?competition/gi],
  ['avoid-miscalculation', /误判/g, /\bmiscalculation/gi],
  ['high-level-engagement', /高层(?:交往|外交|互动)/g, /\bhigh-level (?:diplomacy|engagement|exchanges)/gi],
  ['stabilize-relations', /健康、稳定|止跌企稳/g, /\bstabili[sz]\w*/gi],
  ['guiding-principles', /相互尊重、和平共处、合作共赢/g, /\bmutual respect/gi],
  ['taiwan', /台湾|台海|海峡两岸|一个中国/g, /\bTaiwan|cross-Strait|one China/gi],
  ['taiwan-arms', /武装台湾|对台军售/g, /\barms sales to Taiwan/gi, 'taiwan'],
  ['core-interests', /核心利益|红线|底线/g, /\bcore interests|red lines?/gi],
  ['internal-affairs', /内政|主权/g, /\binternal affairs|sovereignty/gi],
  ['south-china-sea', /南海/g, /\bSouth China Sea/gi],
  ['mil-mil-communication', /军方之间的沟通|军事交流|两军/g, /\bmilitary-to-military|mil-mil/gi],
  ['counternarcotics', /芬太尼|毒品|禁毒|合成药物/g, /\bfentanyl|narcotics|illicit drugs?/gi],
  ['law-enforcement', /执法/g, /\blaw enforcement/gi],
  ['middle-east', /中东/g, /\bMiddle East/gi],
  ['ukraine', /乌克兰/g, /\bUkraine/gi],
  ['intl-regional-issues', /国际和地区|全球和地区|国际热点/g, /\bglobal and regional|regional and global/gi],
  ['export-controls', /出口管制|限制第三方对华出口/g, /\bexport controls?/gi],
  ['chips-semiconductors', /光刻机|芯片/g, /\bsemiconductors?|chips?\b/gi],
  ['sanctions', /制裁/g, /\bsanctions?/gi],
  ['trade-commercial', /经贸|商业问题/g, /\btrade|commercial/gi],
  ['financial-cooperation', /金融/g, /\bfinancial/gi],
];

/** Looser wording for the candidate search (never tags). */
const RELATED: Array<[string, RegExp, RegExp]> = [
  ['summit-implementation', /两国元首|两国领导人/g, /\btwo presidents|President Xi and President \w+/gi],
  ['south-china-sea', /菲律宾/g, /\bPhilippines?\b/gi],
  ['taiwan', /赖清德|岛内/g, /\bLai Ching-te|the island\b/gi],
];

function run(table: ReadonlyArray<readonly [string, RegExp, RegExp, string?]>, text: string, lang: Lang) {
  const out: TopicMatch[] = [];
  for (const [topicId, zh, en] of table) {
    for (const m of text.matchAll(lang === 'zh' ? zh : en)) {
      out.push({ topicId, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

export function fakeLexicon(): CompiledLexicon {
  const topics: TopicDefinition[] = PATTERNS.map(([id, , , parent]) => ({
    id,
    label: { en: id, zh: id },
    ...(parent ? { parent } : {}),
  }));
  return {
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    matchTopics: (text: string, lang: Lang): TopicMatch[] => run(PATTERNS, text, lang),
    matchRelated: (text: string, lang: Lang): TopicMatch[] => run(RELATED, text, lang),
  };
}
