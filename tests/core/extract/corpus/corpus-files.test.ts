import { describe, expect, it } from 'vitest';
import { parseReadoutFile } from '../../../../src/core/corpus/parse-files';
import {
  readoutFileText,
  withoutMissing,
  withRequestedBy,
} from '../../../../src/core/extract/corpus/corpus-files';

describe('the files readouts:add writes', () => {
  it('a readout file parses back to the same front matter and exactly the same text', () => {
    const text = 'First: a paragraph with "quotes", a colon and #hash.\n\n第二段：冒号与引号“”。';
    const content = readoutFileText({
      id: 'us-wh-en',
      side: 'us',
      lang: 'en',
      issuer: { en: 'The White House', zh: '白宫' },
      source: {
        title: 'Readout: a title with a colon',
        url: 'https://www.whitehouse.gov/x/',
        date: '2024-01-10',
      },
      note: { en: 'Note: with a colon.', zh: '说明：有冒号。' },
      text,
    });
    const parsed = parseReadoutFile('x.md', content);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value?.text).toBe(text);
    expect(parsed.value?.frontMatter.source.title).toBe('Readout: a title with a colon');
  });

  it('takes a side’s `missing` entry out of a meeting.yaml and keeps its comments and the other entries', () => {
    const yaml = [
      '# A comment the editor wrote.',
      'id: 2024-01-10-x-y',
      'date: 2024-01-10 # inline comment',
      'missing:',
      '  - side: cn',
      '    issuer: { en: A, zh: 甲 }',
      '  - side: us',
      '    issuer: { en: B, zh: 乙 }',
      '',
    ].join('\n');
    const out = withoutMissing(yaml, 'us');
    expect(out).toContain('# A comment the editor wrote.');
    expect(out).toContain('date: 2024-01-10 # inline comment');
    expect(out).toContain('side: cn');
    expect(out).not.toContain('side: us');
    expect(withoutMissing(out, 'us')).toBe(out);
    expect(withoutMissing('id: x\n', 'cn')).toBe('id: x\n');
  });

  it('adds who asked after the format, saying it is a guess, and never overwrites what the file says', () => {
    const yaml = [
      '# Kept.',
      'id: 2024-01-10-x-y',
      'date: 2024-01-10',
      'format: phone',
      'title: { en: T, zh: 题 }',
      '',
    ].join('\n');
    const out = withRequestedBy(yaml, 'us', '应约');
    expect(out.split('\n').slice(0, 5)).toEqual([
      '# Kept.',
      'id: 2024-01-10-x-y',
      'date: 2024-01-10',
      'format: phone',
      'requestedBy: us # guessed from "应约" in a readout text: check',
    ]);
    expect(withRequestedBy(out, 'cn', 'at the request of')).toBe(out);
  });
});
