import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/text/normalize';
import { ROOT, tags } from './lexicon-helpers';

/** The body of a corpus readout file (front matter removed), normalised as the engine does. */
function readout(file: string): string {
  const raw = readFileSync(path.join(ROOT, 'readouts', file), 'utf8');
  return normalizeText(raw.replace(/^---\n[\s\S]*?\n---\n/, '')).text;
}

describe('topics of real corpus readouts', () => {
  it('Finer–Liu: the US text names the South China Sea and the Taiwan Strait; the Chinese excerpt names neither', () => {
    const us = tags(readout('2024-01-10-liu-finer/us-wh-en-rfi.md'), 'en');
    expect(us).toEqual(
      expect.arrayContaining([
        'summit-implementation',
        'communication-channels',
        'manage-competition',
        'high-level-engagement',
        'taiwan',
        'south-china-sea',
        'mil-mil-communication',
        'ukraine',
        'middle-east',
        'counternarcotics',
      ]),
    );
    const cn = tags(readout('2024-01-10-liu-finer/cn-idcpc-zh.md'), 'zh');
    expect(cn).toEqual(['summit-implementation', 'communication-channels']);
  });

  it('Finer–Liu: the Chinese rendering of the White House text tags like the English one', () => {
    const en = tags(readout('2024-01-10-liu-finer/us-wh-en-rfi.md'), 'en');
    const zh = tags(readout('2024-01-10-liu-finer/us-wh-zh-rfi.md'), 'zh');
    expect(zh.filter((t) => t !== 'intl-regional-issues')).toEqual(
      en.filter((t) => t !== 'intl-regional-issues'),
    );
  });

  it('Qin–Blinken: the Chinese text stresses principles and Taiwan, the US text channels and miscalculation', () => {
    expect(tags(readout('2023-06-14-qin-blinken/cn-mfa-zh-rfi.md'), 'zh')).toEqual([
      'stabilize-relations',
      'guiding-principles',
      'taiwan',
      'internal-affairs',
    ]);
    expect(tags(readout('2023-06-14-qin-blinken/us-state-en-rfi.md'), 'en')).toEqual(
      expect.arrayContaining(['communication-channels', 'manage-competition', 'avoid-miscalculation']),
    );
  });

  it('Wang Wentao–Raimondo: chips and sanctions only in the Chinese text, national security only in the US text', () => {
    const cn = tags(readout('2024-01-10-wang-wentao-raimondo/cn-mofcom-zh-zhixinwen.md'), 'zh');
    const us = tags(readout('2024-01-10-wang-wentao-raimondo/us-doc-zh-zhixinwen.md'), 'zh');
    expect(cn).toEqual(expect.arrayContaining(['chips-semiconductors', 'sanctions', 'export-controls']));
    expect(cn).not.toContain('national-security');
    expect(us).toContain('national-security');
    expect(us).not.toContain('chips-semiconductors');
  });
});
