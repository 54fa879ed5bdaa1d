import type { Lang } from '../model';
import type { StrengthLevel } from './types';

/** A marker or atmospheric word found in a string, with offsets local to that string. */
interface WordHit {
  start: number;
  end: number;
  word: string;
}

export interface StrengthHit extends WordHit {
  level: StrengthLevel;
}

export interface AtmosphereHit extends WordHit {
  id: string;
}

/*
 * How readouts grade tone. Both governments keep a stable ladder of reporting verbs, and analysts read the
 * rung as the message: 强调/重申/敦促/要求 and 严正/坚决/绝不 (and "underscored", "urged", "pressed",
 * "raised concerns") mark a position pressed hard; 表示/指出/介绍/希望 ("noted", "expressed", "said") state a
 * view; 讨论/交换意见/沟通 ("discussed", "exchanged views") record only that a subject came up. A sentence
 * takes the strongest rung it contains.
 */
const STRENGTH_ZH: Array<[StrengthLevel, string[]]> = [
  [
    'strong',
    [
      '严重关切',
      '提出关切',
      '严正',
      '坚决',
      '坚定',
      '绝不',
      '决不',
      '必须',
      '务必',
      '强调',
      '重申',
      '敦促',
      '要求',
      '强烈',
      '不容',
      '警告',
      '谴责',
      '反对',
      '奉劝',
    ],
  ],
  [
    'moderate',
    [
      '表示',
      '指出',
      '介绍',
      '希望',
      '认为',
      '阐明',
      '阐述',
      '表明',
      '关切',
      '关注',
      '欢迎',
      '赞赏',
      '鼓励',
      '期待',
      '主张',
      '说明',
      '提出',
    ],
  ],
  [
    'neutral',
    ['交换了意见', '交换意见', '讨论', '探讨', '沟通', '交流', '谈及', '谈到', '涉及', '回顾', '通报'],
  ],
];

const STRENGTH_EN: Array<[StrengthLevel, string[]]> = [
  [
    'strong',
    [
      'underscor(?:e|ed|es|ing)',
      'stress(?:ed|es|ing)',
      'emphasi[sz](?:e|ed|es|ing)',
      'reiterat(?:e|ed|es|ing)',
      'reaffirm(?:ed|s|ing)?',
      'urg(?:e|ed|es|ing)',
      'press(?:ed|es|ing)',
      'condemn(?:ed|s|ing)?',
      'raised (?:(?:serious|deep|grave|strong|significant|ongoing|continued) )?concerns?',
      'expressed (?:(?:serious|deep|grave|strong|significant) )?concerns?',
      'serious concerns?',
      'made (?:it )?clear',
      'firmly',
      'strongly',
      'resolutely',
      'called on',
      'demand(?:ed|s)',
      'warn(?:ed|s)',
      'insist(?:ed|s)',
      'oppos(?:e|ed|es)',
      'objected',
      'must',
      'will never',
      'not negotiable',
    ],
  ],
  [
    'moderate',
    [
      'noted',
      'notes',
      'expressed',
      'highlighted',
      'welcomed',
      'affirmed',
      'conveyed',
      'encouraged',
      'hoped',
      'explained',
      'outlined',
      'indicated',
      'pointed out',
      'said',
      'stated',
      'shared',
      'recogni[sz]ed',
      'acknowledged',
      'committed',
      'supported',
      'raised',
    ],
  ],
  [
    'neutral',
    [
      'discuss(?:ed|es|ing)?',
      'discussions?',
      'exchanged views',
      'exchange of views',
      'talked about',
      'reviewed',
      'touched on',
      'covered',
      'spoke about',
      'consulted',
    ],
  ],
];

const LEVEL_RANK: Record<StrengthLevel, number> = { neutral: 0, moderate: 1, strong: 2 };

/** Rank for ordering levels: neutral < moderate < strong. */
export function strengthRank(level: StrengthLevel): number {
  return LEVEL_RANK[level];
}

interface StrengthMatcher {
  re: RegExp;
  levels: StrengthLevel[];
}

// One capture group per level, strongest first, so at any position the strongest longest form wins.
function buildStrength(table: Array<[StrengthLevel, string[]]>, lang: Lang): StrengthMatcher {
  const groups = table.map(([, words]) => `(${[...words].sort((a, b) => b.length - a.length).join('|')})`);
  const body = groups.join('|');
  const re = lang === 'en' ? new RegExp(`\\b(?:${body})\\b`, 'gi') : new RegExp(body, 'g');
  return { re, levels: table.map(([level]) => level) };
}

const STRENGTH_RE: Record<Lang, StrengthMatcher> = {
  zh: buildStrength(STRENGTH_ZH, 'zh'),
  en: buildStrength(STRENGTH_EN, 'en'),
};

/** Strength markers in `text` (one sentence), longest form first at each position. */
export function findStrengthMarkers(text: string, lang: Lang): StrengthHit[] {
  const { re, levels } = STRENGTH_RE[lang];
  const hits: StrengthHit[] = [];
  // An exec loop on the shared regex: `matchAll` clones the regex on every call, once per sentence.
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const level = levels[group - 1] ?? 'neutral';
    hits.push({ start: m.index, end: m.index + m[0].length, word: m[0], level });
  }
  return hits;
}

/** The strongest level among hits; neutral when there are none (nothing stronger than a plain report). */
export function strongestLevel(hits: ReadonlyArray<{ level: StrengthLevel }>): StrengthLevel {
  let best: StrengthLevel = 'neutral';
  for (const h of hits) if (LEVEL_RANK[h.level] > LEVEL_RANK[best]) best = h.level;
  return best;
}
