import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/ingest/front-matter';
import { metaFromFrontMatter } from '../../../src/core/ingest/front-matter-meta';
import { IngestError } from '../../../src/core/ingest/ingest-errors';

function error(run: () => unknown): IngestError {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('splitFrontMatter', () => {
  it('returns the mapping and the body after the closing line', () => {
    const split = splitFrontMatter('---\nside: us\nlang: en\n---\nThe two sides met.\n');
    expect(split).toEqual({ data: { side: 'us', lang: 'en' }, body: 'The two sides met.\n', bodyLine: 4 });
  });

  it('leaves text without front matter alone', () => {
    expect(splitFrontMatter('No front matter.\n---\n')).toEqual({
      data: null,
      body: 'No front matter.\n---\n',
      bodyLine: 0,
    });
  });

  it('accepts CRLF line ends, a BOM and an empty block', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: x\r\n---\r\nBody').data).toEqual({ title: 'x' });
    expect(splitFrontMatter('---\n---\nBody').data).toEqual({});
  });

  it('splits CR-only files and a `...` closing line, and keeps a later --- line in the body', () => {
    expect(splitFrontMatter('---\rid: a\r---\rline one\rline two\r')).toEqual({
      data: { id: 'a' },
      body: 'line one\nline two\n',
      bodyLine: 3,
    });
    expect(splitFrontMatter('---\nid: a\n...\nabove\n---\nbelow')).toMatchObject({
      data: { id: 'a' },
      body: 'above\n---\nbelow',
    });
    expect(splitFrontMatter('---\nid: a\n---')).toEqual({ data: { id: 'a' }, body: '', bodyLine: 3 });
  });

  it('reports broken YAML with the file and the line', () => {
    const e = error(() => splitFrontMatter('---\nside: us\ntitle: [unclosed\n---\nBody', 'us.md'));
    expect(e.code).toBe('bad-front-matter');
    expect(e.file).toBe('us.md');
    expect(e.details.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toMatch(/^us\.md: broken front matter at line \d+: /);
  });

  it('reports a missing closing line, a list and duplicate keys', () => {
    expect(error(() => splitFrontMatter('---\nside: us\nBody', 'a.md')).message).toBe(
      'a.md: broken front matter at line 1: no closing --- line',
    );
    expect(error(() => splitFrontMatter('---\n- a\n- b\n---\nBody', 'b.md')).details.reason).toBe(
      'front matter is not a key: value mapping',
    );
    expect(error(() => splitFrontMatter('---\nside: us\nside: cn\n---\nBody', 'c.md')).code).toBe(
      'bad-front-matter',
    );
  });

  it('refuses a YAML alias bomb instead of expanding it', () => {
    const bomb = ['---', 'a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    bomb.push('---', 'Body');
    expect(error(() => splitFrontMatter(bomb.join('\n'), 'bomb.md')).code).toBe('bad-front-matter');
  });
});

describe('metaFromFrontMatter', () => {
  it('reads the compare command keys', () => {
    expect(
      metaFromFrontMatter({
        side: 'cn',
        lang: 'zh',
        issuer: '外交部',
        title: '王毅同布林肯通电话',
        date: '2024-01-10',
        source: 'https://www.mfa.gov.cn/x.html',
      }),
    ).toEqual({
      side: 'cn',
      lang: 'zh',
      issuer: { en: '外交部', zh: '外交部' },
      title: '王毅同布林肯通电话',
      date: '2024-01-10',
      sourceUrl: 'https://www.mfa.gov.cn/x.html',
    });
  });

  it('reads the corpus readout keys (bilingual issuer, source object)', () => {
    const meta = metaFromFrontMatter({
      id: 'us-wh-en',
      side: 'us',
      lang: 'en',
      issuer: { en: 'The White House', zh: '白宫' },
      completeness: 'excerpt',
      source: { title: 'Readout', url: 'https://www.whitehouse.gov/r/', date: '2024-01-10' },
    });
    expect(meta).toEqual({
      side: 'us',
      lang: 'en',
      issuer: { en: 'The White House', zh: '白宫' },
      completeness: 'excerpt',
      sourceUrl: 'https://www.whitehouse.gov/r/',
      sourceTitle: 'Readout',
      date: '2024-01-10',
    });
  });

  it('ignores values of the wrong shape and non-web URLs', () => {
    expect(
      metaFromFrontMatter({
        side: 'eu',
        lang: 'fr',
        date: 'yesterday',
        format: 'dinner',
        source: 'javascript:alert(1)',
      }),
    ).toEqual({});
  });
});
