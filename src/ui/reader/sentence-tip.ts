import type { TFunction } from 'i18next';
import type { AnalyzedSentence } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Lang, Side } from '../../core/model';
import { formatList, pick } from '../../core/view/format';

const OTHER: Record<Side, Side> = { cn: 'us', us: 'cn' };

/**
 * What a sentence's hover/focus tip says: who speaks according to this readout, the strong or firm words, and
 * the topics. `side` is the side that issued the readout (null for a text of unknown side).
 */
export function sentenceTip(
  sentence: AnalyzedSentence,
  side: Side | null,
  t: TFunction<['reader', 'common']>,
  lexicon: CompiledLexicon,
  lang: Lang,
): string {
  const parts: string[] = [];
  const readout = side ? t(`side.${side}Readout`) : t('sentence.thisReadout');
  if (sentence.speaker === 'self' && side) {
    parts.push(t('sentence.speakerSelf', { speaker: t(`common:side.${side}`) }));
  } else if (sentence.speaker === 'counterpart' && side) {
    parts.push(t('sentence.speakerCounterpart', { speaker: t(`common:side.${OTHER[side]}`), readout }));
  } else if (sentence.speaker === 'both') {
    parts.push(t('sentence.speakerBoth'));
  }
  const strong = sentence.markers.filter((m) => m.level === 'strong').map((m) => m.word);
  const moderate = sentence.markers.filter((m) => m.level === 'moderate').map((m) => m.word);
  if (strong.length > 0) parts.push(t('sentence.strong', { words: formatList([...new Set(strong)], lang) }));
  if (moderate.length > 0)
    parts.push(t('sentence.moderate', { words: formatList([...new Set(moderate)], lang) }));
  const topics = sentence.topicIds.map((id) => {
    const topic = lexicon.topicById.get(id);
    return topic ? pick(topic.label, lang) : id;
  });
  if (topics.length > 0) parts.push(t('sentence.topics', { topics: formatList(topics, lang) }));
  return parts.join(lang === 'zh' ? '；' : '; ');
}
