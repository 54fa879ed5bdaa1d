import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { CompareInput, Comparison } from '../../../src/core/compare/types';
import { fakeLexicon } from '../compare/fake-lexicon';

/*
 * A small meeting for the trust views: the Chinese side's leaders'-consensus sentence has only a looser-wording
 * candidate on the US side ("two presidents": possibly both); core interests are only Chinese, fentanyl only
 * US; Taiwan and trade are shared, with strong wording (强调 / urged) against neutral (讨论 / discussed).
 */
export const CN_TEXT =
  '双方同意落实两国元首达成的重要共识。中方强调，台湾问题是核心利益。双方讨论了经贸问题。';
export const US_TEXT =
  'The two presidents met in Woodside in November. The Secretary urged action on fentanyl. They discussed trade and Taiwan.';

export const lexicon = fakeLexicon();

export function trustComparison(
  over: { cn?: Partial<CompareInput>; us?: Partial<CompareInput> } = {},
): Comparison {
  return compareReadouts(
    { text: CN_TEXT, side: 'cn', lang: 'zh', completeness: 'full', ...over.cn },
    { text: US_TEXT, side: 'us', lang: 'en', completeness: 'full', ...over.us },
    lexicon,
  );
}

export function topicOf(comparison: Comparison, id: string) {
  const topic = comparison.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic;
}
