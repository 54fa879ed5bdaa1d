import { describe, expect, it } from 'vitest';
import { applyVerdicts } from '../../../src/core/compare/verdicts';
import { sentenceTopics } from '../../../src/core/view/sentence-topics';
import { lexicon, trustComparison } from './trust-fixtures';

describe('sentenceTopics', () => {
  it('lists the tagger’s topics and the lexicon’s others to add', () => {
    const sentence = trustComparison().sides[0].sentences[1];
    if (!sentence) throw new Error('sentence');
    const view = sentenceTopics(sentence, lexicon.topics);
    expect(view.current).toEqual([
      { id: 'taiwan', byReader: false },
      { id: 'core-interests', byReader: false },
    ]);
    expect(view.removed).toEqual([]);
    expect(view.addable).not.toContain('taiwan');
    expect(view.addable).toHaveLength(lexicon.topics.length - 2);
  });

  it('tells the reader’s additions and removals apart', () => {
    const judged = applyVerdicts(
      trustComparison(),
      [
        { side: 0, sentence: 1, topicId: 'taiwan', verdict: 'absent' },
        { side: 0, sentence: 1, topicId: 'south-china-sea', verdict: 'present' },
      ],
      lexicon,
    );
    const sentence = judged.sides[0].sentences[1];
    if (!sentence) throw new Error('sentence');
    const view = sentenceTopics(sentence, lexicon.topics);
    expect(view.current).toEqual([
      { id: 'core-interests', byReader: false },
      { id: 'south-china-sea', byReader: true },
    ]);
    expect(view.removed).toEqual([{ id: 'taiwan', candidate: false }]);
    expect(view.addable).toContain('taiwan');
  });

  it('tells a rejected candidate from a topic taken off', () => {
    const judged = applyVerdicts(
      trustComparison(),
      [{ side: 1, sentence: 0, topicId: 'summit-implementation', verdict: 'absent' }],
      lexicon,
    );
    const sentence = judged.sides[1].sentences[0];
    if (!sentence) throw new Error('sentence');
    expect(sentenceTopics(sentence, lexicon.topics).removed).toEqual([
      { id: 'summit-implementation', candidate: true },
    ]);
  });
});
