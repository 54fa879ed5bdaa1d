import { describe, expect, it } from 'vitest';
import { otherVersions, versionPieces } from '../../../src/core/view/version-diff';
import { readout } from './fixtures';

const a = readout({ id: 'us-zh-initium', side: 'us', lang: 'zh', text: '美方强调台海和平稳定的重要性。' });
const b = readout({ id: 'us-zh-rfi', side: 'us', lang: 'zh', text: '美方重申台海和平与稳定的重要性。' });

describe('versionPieces', () => {
  it('gives every piece the text it comes from and its offset there', () => {
    const pieces = versionPieces(
      [
        [0, '美方'],
        [-1, '强调'],
        [1, '重申'],
        [0, '台海和平'],
        [1, '与'],
        [0, '稳定的重要性。'],
      ],
      a,
      b,
    );
    expect(pieces).toEqual([
      { op: 'equal', readoutId: 'us-zh-initium', start: 0, text: '美方' },
      { op: 'delete', readoutId: 'us-zh-initium', start: 2, text: '强调' },
      { op: 'insert', readoutId: 'us-zh-rfi', start: 2, text: '重申' },
      { op: 'equal', readoutId: 'us-zh-initium', start: 4, text: '台海和平' },
      { op: 'insert', readoutId: 'us-zh-rfi', start: 8, text: '与' },
      { op: 'equal', readoutId: 'us-zh-initium', start: 8, text: '稳定的重要性。' },
    ]);
  });

  it('refuses operations that do not spell out both texts', () => {
    expect(versionPieces([[0, '美方强调']], a, b)).toBeNull();
    expect(versionPieces([[0, '美方']], a, b)).toBeNull();
  });
});

describe('otherVersions', () => {
  it('offers texts of the same side and language only', () => {
    const en = readout({ id: 'us-en', side: 'us', lang: 'en', text: 'x' });
    const cn = readout({ id: 'cn-zh', side: 'cn', lang: 'zh', text: 'y' });
    expect(otherVersions([a, b, en, cn], a).map((t) => t.id)).toEqual(['us-zh-rfi']);
  });
});
