import { meetings } from 'virtual:readouts';
import { describe, expect, it } from 'vitest';
import { textKind } from '../../../src/core/view/text-kind';
import { readout } from './fixtures';

const outlet = { type: 'outlet', outlet: { en: 'RFI', zh: '法广' } } as const;

describe('textKind', () => {
  it('calls an outlet’s rendering in the issuer’s own language a paraphrase, into the other language a translation', () => {
    const base = { kind: 'translation', translator: outlet, text: '…' } as const;
    expect(textKind(readout({ ...base, id: 'cn-zh', side: 'cn', lang: 'zh' }))).toBe('paraphrase');
    expect(textKind(readout({ ...base, id: 'cn-en', side: 'cn', lang: 'en' }))).toBe('outlet-translation');
    expect(textKind(readout({ ...base, id: 'us-zh', side: 'us', lang: 'zh' }))).toBe('outlet-translation');
    expect(textKind(readout({ ...base, id: 'us-en', side: 'us', lang: 'en' }))).toBe('paraphrase');
  });

  it('tells originals, the project’s translations and translations of unknown hand apart', () => {
    expect(textKind(readout({ id: 'a', side: 'cn', lang: 'zh', text: '…' }))).toBe('original');
    expect(
      textKind(
        readout({
          id: 'b',
          side: 'cn',
          lang: 'en',
          kind: 'translation',
          translator: { type: 'project' },
          text: '…',
        }),
      ),
    ).toBe('project-translation');
    expect(textKind(readout({ id: 'c', side: 'us', lang: 'zh', kind: 'translation', text: '…' }))).toBe(
      'translation',
    );
  });

  it('finds the corpus’s Chinese outlets retelling Chinese ministries’ texts, and no other paraphrase', () => {
    const paraphrases = meetings.flatMap((m) =>
      m.readouts.filter((r) => textKind(r) === 'paraphrase').map((r) => r.id),
    );
    expect(paraphrases.length).toBeGreaterThan(0);
    for (const id of paraphrases) expect(id).toMatch(/^cn-.*-zh-/);
    expect(paraphrases).toContain('cn-mfa-zh-rfi');
    expect(paraphrases).toContain('cn-mnd-zh-zhixinwen');
  });
});
