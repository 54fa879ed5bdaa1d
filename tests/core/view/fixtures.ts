import { compileLexicon } from '../../../src/core/lexicon/compile-lexicon';
import type { Meeting, ReadoutText } from '../../../src/core/model';

/** A small readout text; only the fields a test cares about need to be given. */
export function readout(
  over: Partial<ReadoutText> & Pick<ReadoutText, 'id' | 'side' | 'lang' | 'text'>,
): ReadoutText {
  return {
    kind: 'original',
    issuer: { en: 'Issuer', zh: '发布方' },
    completeness: 'full',
    source: {},
    quotedIn: [],
    ...over,
  };
}

/** A two-sided meeting with a Chinese original, its English translation and a US English original. */
export function meeting(over: Partial<Meeting> = {}): Meeting {
  return {
    id: '2023-06-14-qin-blinken-call',
    date: '2023-06-14',
    format: 'phone',
    title: { en: 'Qin Gang – Antony Blinken phone call', zh: '秦刚同布林肯通电话' },
    participants: [
      { side: 'cn', name: { en: 'Qin Gang', zh: '秦刚' }, title: { en: 'Foreign Minister', zh: '外交部长' } },
      {
        side: 'us',
        name: { en: 'Antony Blinken', zh: '布林肯' },
        title: { en: 'Secretary of State', zh: '国务卿' },
      },
    ],
    readouts: [
      readout({
        id: 'us-state-en',
        side: 'us',
        lang: 'en',
        text: 'The Secretary stressed open lines of communication.',
      }),
      readout({
        id: 'cn-mfa-en',
        side: 'cn',
        lang: 'en',
        kind: 'translation',
        translationOf: 'cn-mfa-zh',
        translator: { type: 'project' },
        text: 'Qin Gang urged the US to stop interfering in China’s internal affairs.',
      }),
      readout({ id: 'cn-mfa-zh', side: 'cn', lang: 'zh', text: '秦刚敦促美方停止干涉中国内政。' }),
    ],
    missing: [],
    origin: 'corpus',
    ...over,
  };
}

/** A three-topic lexicon compiled by the real compiler. */
export const lexicon = compileLexicon({
  file: 'test-topics.yaml',
  topics: [
    {
      id: 'internal-affairs',
      label: { en: 'Sovereignty and internal affairs', zh: '主权与内政' },
      patterns: { zh: ['内政'], en: ['internal affairs'] },
      exclude: { zh: [], en: [] },
    },
    {
      id: 'communication-channels',
      label: { en: 'Lines of communication', zh: '沟通渠道' },
      patterns: { zh: ['沟通渠道'], en: ['lines of communication'] },
      exclude: { zh: [], en: [] },
    },
    {
      id: 'climate',
      label: { en: 'Climate', zh: '气候变化' },
      patterns: { zh: ['气候'], en: ['climate'] },
      exclude: { zh: [], en: [] },
    },
  ],
});
