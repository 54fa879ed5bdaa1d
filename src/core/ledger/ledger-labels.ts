import type { AbsenceReason, Speaker } from '../compare/types';
import type { Lang, MeetingFormat, Side } from '../model';

/* The words of the ledger's exports, in both UI languages. */

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface LedgerLabels {
  side: Record<Side, string>;
  text: [string, string];
  absence: Record<AbsenceReason, string>;
  format: Record<MeetingFormat, string>;
  speaker: Record<Speaker, string>;
  notStated: string;
  title: string;
  facts: string;
  glance: string;
  phrases: string;
  commitments: string;
  topics: string;
  phrase: string;
  list: string;
  assurance: string;
  topic: string;
  evidence: string;
  fact: string;
  length: string;
  firstSpeaker: string;
  reports: string;
  channel: string;
  formatLine: string;
  askedLine: string;
  ratioLine: string;
  asked: string;
  disputed: string;
  mentioned: string;
  possibly: string;
  listed: string;
  negated: string;
  rejected: string;
  notEquivalent: string;
  differentLanguages: string;
  excerptNote: string;
  fromRecord: string;
  fromTexts: string;
  via: string;
  says: string;
  notUsed: string;
  generated: (iso: string) => string;
  lengthCell: (chars: number, words: number, sentences: number, paragraphs: number) => string;
}

export const LEDGER_LABELS: Record<Lang, LedgerLabels> = {
  en: {
    side: { cn: 'Chinese side', us: 'US side' },
    text: ['Text A', 'Text B'],
    absence: { omitted: 'left out', 'not-in-excerpt': 'not in the excerpt', 'readout-missing': 'no readout' },
    format: { meeting: 'meeting', phone: 'phone call', video: 'video call', talks: 'talks' },
    speaker: { self: 'own side', counterpart: 'other side', both: 'both sides', unstated: 'unattributed' },
    notStated: 'not stated',
    title: 'Ledger',
    facts: 'Event facts',
    glance: 'How the sides word it',
    phrases: 'Set phrases',
    commitments: 'Commitments and assurances',
    topics: 'Topics only one side mentions',
    phrase: 'Phrase',
    list: 'List',
    assurance: 'Item',
    topic: 'Topic',
    evidence: 'Evidence',
    fact: 'Fact',
    length: 'Length',
    firstSpeaker: 'First speaker',
    reports: 'Reports own side / other side / both / unattributed',
    channel: 'Channel',
    formatLine: 'Format',
    askedLine: 'Asked for the call',
    ratioLine: 'Length ratio',
    asked: 'asked',
    disputed: 'disputed: the texts name different sides',
    mentioned: 'mentioned',
    possibly: 'possibly (to check)',
    listed: 'listed',
    negated: 'said not given',
    rejected: 'rejected',
    notEquivalent: 'not equivalent',
    differentLanguages: 'different languages: characters do not compare, sentences and paragraphs do',
    excerptNote: 'an excerpt: no length comparison',
    fromRecord: 'meeting record',
    fromTexts: 'the texts say',
    via: 'via',
    says: 'says',
    notUsed: 'does not use it',
    generated: (iso) => `Generated ${iso} by Readout Compare.`,
    lengthCell: (c, w, s, p) =>
      [plural(c, 'character'), plural(w, 'word'), plural(s, 'sentence'), plural(p, 'paragraph')].join(' · '),
  },
  zh: {
    side: { cn: '中方', us: '美方' },
    text: ['文本A', '文本B'],
    absence: { omitted: '未提及', 'not-in-excerpt': '摘录中无', 'readout-missing': '无纪要' },
    format: { meeting: '会见', phone: '通话', video: '视频通话', talks: '会谈' },
    speaker: { self: '本方', counterpart: '对方', both: '双方', unstated: '未说明' },
    notStated: '未说明',
    title: '对读账本',
    facts: '事件要素',
    glance: '措辞差异',
    phrases: '固定表述',
    commitments: '表态清单',
    topics: '仅一方提及的议题',
    phrase: '表述',
    list: '清单',
    assurance: '条目',
    topic: '议题',
    evidence: '依据',
    fact: '要素',
    length: '篇幅',
    firstSpeaker: '首先发言',
    reports: '本方／对方／双方／未说明 发言占比',
    channel: '发布渠道',
    formatLine: '形式',
    askedLine: '提出通话（应约）',
    ratioLine: '篇幅之比',
    asked: '提出',
    disputed: '两份文本说法不一',
    mentioned: '提及',
    possibly: '可能提及（待核）',
    listed: '列出',
    negated: '称未作此表态',
    rejected: '否定',
    notEquivalent: '不对等',
    differentLanguages: '语言不同：字数不可比，句数和段落数可比',
    excerptNote: '仅为摘录：不比篇幅',
    fromRecord: '会晤信息',
    fromTexts: '文本原话',
    via: '经',
    says: '说',
    notUsed: '未使用',
    generated: (iso) => `由“纪要对读”生成于 ${iso}。`,
    lengthCell: (c, w, s, p) => `${c} 字 · ${w} 词 · ${s} 句 · ${p} 段`,
  },
};

/** How a compared side is called: by its country when the two differ, else "Text A" / "Text B". */
export function sideNames(parties: readonly [Side | null, Side | null], lang: Lang): [string, string] {
  const labels = LEDGER_LABELS[lang];
  const [a, b] = parties;
  if (a && b && a !== b) return [labels.side[a], labels.side[b]];
  return [labels.text[0], labels.text[1]];
}
