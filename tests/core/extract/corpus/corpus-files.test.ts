import { describe, expect, it } from 'vitest';
import { parseReadoutFile } from '../../../../src/core/corpus/parse-files';
import { readoutFileText, withoutMissing } from '../../../../src/core/extract/corpus/corpus-files';

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
});
