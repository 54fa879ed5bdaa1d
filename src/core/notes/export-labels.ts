/**
 * Words of the exported documents in both languages. They live in the core (not in the UI's i18next files)
 * because exporters are pure functions that also run outside the browser.
 */
import type { AbsenceReason, StrengthLevel, Verdict } from '../compare/types';
import type { Lang, MeetingFormat, Side } from '../model';
import type { NoteKind } from './types';

export interface ExportLabels {
  notesOn: string;
  date: string;
  place: string;
  format: string;
  participants: string;
  exported: string;
  generator: string;
  sources: string;
  compared: string;
  side: Record<Side, string>;
  sideReadout: Record<Side, string>;
  formats: Record<MeetingFormat, string>;
  original: string;
  translation: string;
  /** An outlet's retelling in the issuer's own language (转述), not a translation. */
  paraphrase: string;
  paraphrasedBy: (outlet: string) => string;
  excerpt: string;
  full: string;
  projectTranslation: string;
  translatedBy: (outlet: string) => string;
  quotedIn: string;
  noSourceLink: string;
  missingReadout: string;
  oneSidedTopics: string;
  oneSidedHead: [string, string, string, string, string];
  /** The silent side, when the looser search found a candidate sentence there. */
  possibly: string;
  candidate: string;
  more: (n: number) => string;
  /** A topic the reader has given a verdict on. */
  checked: string;
  notComparable: (minSentences: number) => string;
  emphasisGaps: string;
  gapsHead: (a: string, b: string) => [string, string, string, string];
  even: string;
  noComparison: string;
  none: string;
  absence: Record<AbsenceReason, string>;
  strength: Record<StrengthLevel, string>;
  notes: string;
  noNotes: string;
  kinds: Record<NoteKind, string>;
  corrections: string;
  verdicts: Record<Verdict, string>;
  topic: string;
  linked: string;
  orphaned: string;
  orphanedNote: string;
  source: string;
}

const en: ExportLabels = {
  notesOn: 'Comparison notes',
  date: 'Date',
  place: 'Place',
  format: 'Format',
  participants: 'Participants',
  exported: 'Exported',
  generator: 'Readout Compare',
  sources: 'Sources',
  compared: 'Compared',
  side: { cn: 'Chinese side', us: 'US side' },
  sideReadout: { cn: 'Chinese-side readout', us: 'US-side readout' },
  formats: { meeting: 'meeting', phone: 'phone call', video: 'video call', talks: 'talks' },
  original: 'original',
  translation: 'translation',
  paraphrase: 'paraphrase',
  paraphrasedBy: (outlet) => `paraphrase by ${outlet}`,
  excerpt: 'excerpt',
  full: 'full text',
  projectTranslation: "this project's unofficial translation",
  translatedBy: (outlet) => `translation quoted from ${outlet}`,
  quotedIn: 'quoted in',
  noSourceLink: 'no link to the official text',
  missingReadout: 'readout not available in the sources',
  oneSidedTopics: 'Topics only one side mentions',
  oneSidedHead: ['Topic', 'Mentioned by', 'Mentions', 'The other side', 'Evidence'],
  possibly: 'possibly mentions it (to check)',
  candidate: 'possible mention',
  more: (n) => `(+${n} more)`,
  checked: 'checked by the reader',
  notComparable: (n) =>
    `Not compared: shares are compared only when both sides are full texts of at least ${n} sentences.`,
  emphasisGaps: 'Biggest emphasis gaps',
  gapsHead: (a, b) => ['Topic', a, b, 'Stronger wording'],
  even: 'even',
  noComparison: 'No comparison was available when these notes were exported.',
  none: 'None.',
  absence: {
    omitted: 'omits it',
    'not-in-excerpt': 'not in the quoted excerpt',
    'readout-missing': 'no readout available',
  },
  strength: { strong: 'strong', moderate: 'moderate', neutral: 'neutral' },
  notes: 'Notes',
  noNotes: 'No notes yet.',
  kinds: {
    added: 'Added',
    omitted: 'Omitted',
    softened: 'Softened',
    hardened: 'Hardened',
    reframed: 'Reframed',
    other: 'Other',
    'topic-present': 'Mentions the topic (reader’s correction)',
    'topic-absent': 'Does not mention the topic (reader’s correction)',
  },
  corrections: 'Topic corrections (checked by the reader)',
  verdicts: { present: 'mentions the topic', absent: 'does not mention the topic' },
  topic: 'Topic',
  linked: 'linked with',
  orphaned: 'passage not found',
  orphanedNote:
    'The quoted passage is no longer in the current text; the quote is as it was when the note was written.',
  source: 'Source',
};

const zh: ExportLabels = {
  notesOn: '对读笔记',
  date: '日期',
  place: '地点',
  format: '形式',
  participants: '参与者',
  exported: '导出时间',
  generator: '纪要对读',
  sources: '来源',
  compared: '对比所用',
  side: { cn: '中方', us: '美方' },
  sideReadout: { cn: '中方纪要', us: '美方纪要' },
  formats: { meeting: '会见', phone: '通话', video: '视频通话', talks: '会谈' },
  original: '原文',
  translation: '译文',
  paraphrase: '转述',
  paraphrasedBy: (outlet) => `${outlet}的转述`,
  excerpt: '节选',
  full: '全文',
  projectTranslation: '本项目的非官方译文',
  translatedBy: (outlet) => `引自${outlet}的译文`,
  quotedIn: '引用于',
  noSourceLink: '无官方原文链接',
  missingReadout: '来源中没有该方纪要',
  oneSidedTopics: '仅一方提及的议题',
  oneSidedHead: ['议题', '提及方', '提及次数', '另一方', '依据'],
  possibly: '可能也提及（待核实）',
  candidate: '可能的提及',
  more: (n) => `（另有 ${n} 句）`,
  checked: '读者已核实',
  notComparable: (n) => `不作比较：只有双方都是全文且各至少 ${n} 句时才比较占比。`,
  emphasisGaps: '侧重差异最大的议题',
  gapsHead: (a, b) => ['议题', a, b, '措辞更强'],
  even: '相当',
  noComparison: '导出时没有可用的对比结果。',
  none: '无。',
  absence: {
    omitted: '未提及',
    'not-in-excerpt': '不在引用的节选中',
    'readout-missing': '没有该方纪要',
  },
  strength: { strong: '强', moderate: '中', neutral: '平' },
  notes: '笔记',
  noNotes: '尚无笔记。',
  kinds: {
    added: '增加',
    omitted: '省略',
    softened: '弱化',
    hardened: '强化',
    reframed: '改换框架',
    other: '其他',
    'topic-present': '提及该议题（读者更正）',
    'topic-absent': '未提及该议题（读者更正）',
  },
  corrections: '议题更正（读者已核实）',
  verdicts: { present: '提及该议题', absent: '未提及该议题' },
  topic: '议题',
  linked: '对应',
  orphaned: '找不到原段落',
  orphanedNote: '当前文本中已找不到所引段落；引文为写笔记时的原文。',
  source: '来源',
};

export function exportLabels(lang: Lang): ExportLabels {
  return lang === 'zh' ? zh : en;
}
