import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/ingest/ingest-errors';
import { ingestText, MAX_CHARS, normalizeText } from '../../../src/core/ingest/ingest-text';

// Test data written for these tests: readout-like, not taken from any official text.
const ZH = `测试外交部发布
2031年3月5日，外交部长李明应约同美国国务卿约翰·史密斯通电话。
李明表示，双方应当加强沟通，妥善管控分歧。`;
const EN = `Readout of a Test Call Between Two Officials
March 5, 2031
Secretary of State John Smith spoke by phone with Foreign Minister Li Ming. The Secretary underscored the importance of open lines of communication.`;

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return `${error.code} | ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('ingestText', () => {
  it('cleans a Chinese text and guesses its language and metadata', () => {
    const result = ingestText(`\uFEFF　　${ZH.replace(/\n/g, '\r\n')}\r\n\r\n\r\n`, {
      side: 'cn',
      file: 'zh.txt',
    });
    expect(result.text).toBe(ZH);
    expect(result.lang).toBe('zh');
    expect(result.langConfident).toBe(true);
    expect(result.kind).toBe('text');
    expect(result.meta).toEqual({
      date: '2031-03-05',
      format: 'phone',
      issuer: { zh: '中华人民共和国外交部', en: 'Ministry of Foreign Affairs of the PRC' },
      title: '测试外交部发布',
    });
  });

  it('guesses the US issuer, date and format of an English text', () => {
    const result = ingestText(EN, { side: 'us' });
    expect(result.lang).toBe('en');
    expect(result.meta.date).toBe('2031-03-05');
    expect(result.meta.format).toBe('phone');
    expect(result.meta.issuer).toEqual({ zh: '美国国务院', en: 'U.S. Department of State' });
    expect(result.meta.title).toBe('Readout of a Test Call Between Two Officials');
  });

  it('lets front matter override the guesses and keeps it out of the text', () => {
    const result = ingestText(
      `---\nlang: en\ndate: 2031-03-06\nissuer: { en: Test Office, zh: 测试办公室 }\n---\n${EN}`,
      {
        side: 'us',
      },
    );
    expect(result.kind).toBe('markdown');
    expect(result.text).toBe(EN);
    expect(result.meta.date).toBe('2031-03-06');
    expect(result.meta.issuer).toEqual({ en: 'Test Office', zh: '测试办公室' });
  });

  it('turns pasted page source into text, dropping its script', () => {
    const html = `<!doctype html><html><head><title>Test readout</title></head><body><script>alert(1)</script><p>${EN.split('\n').join('</p><p>')}</p></body></html>`;
    const result = ingestText(html, { file: 'pasted' });
    expect(result.kind).toBe('html');
    expect(result.text).toBe(EN.split('\n').join('\n\n'));
    expect(result.meta.title).toBe('Test readout');
  });

  it('refuses an empty text, naming it', () => {
    expect(failure(() => ingestText(' \n\t\u3000\n', { file: 'Chinese side (pasted)' }))).toBe(
      'empty | Chinese side (pasted): the text is empty',
    );
  });

  it('refuses a punctuation-only text', () => {
    expect(failure(() => ingestText('。。。！？…… --- *** 123', { file: 'dots.txt' }))).toBe(
      'punctuation-only | dots.txt: the text has no letters, only punctuation or symbols',
    );
  });

  it('refuses an HTML page with no text but markup and script', () => {
    expect(
      failure(() =>
        ingestText('<html><body><script>x()</script><img onerror="y()"></body></html>', {
          file: 'p.html',
          kind: 'html',
        }),
      ),
    ).toBe('empty | p.html: the text is empty');
  });

  it('refuses a text over the limit and accepts one at the limit', () => {
    const atLimit = 'a'.repeat(MAX_CHARS);
    expect(ingestText(atLimit).text.length).toBe(MAX_CHARS);
    expect(failure(() => ingestText(`${atLimit}b`, { file: 'long.txt' }))).toBe(
      `too-large | long.txt: too large (${MAX_CHARS + 1} > ${MAX_CHARS})`,
    );
  });

  it('refuses a huge input at once, before cleaning it', () => {
    const huge = 'x'.repeat(5_000_000);
    expect(failure(() => ingestText(huge, { file: 'huge.txt' }))).toBe(
      `too-large | huge.txt: too large (5000000 > ${MAX_CHARS})`,
    );
  });

  it('reports broken front matter with the file name', () => {
    expect(failure(() => ingestText('---\ntitle: "unclosed\n---\nBody', { file: 'bad.md' }))).toMatch(
      /^bad-front-matter \| bad\.md: broken front matter at line \d+/,
    );
  });

  it('says when the language is uncertain', () => {
    const result = ingestText('Taiwan 台湾 Strait 海峡');
    expect(result.langConfident).toBe(false);
  });
});

describe('normalizeText', () => {
  it('normalises line ends, indents and blank lines, and removes NUL and BOM', () => {
    expect(normalizeText('\r\n  a  \r\n\r\n\r\n\r\nb\u0000\uFEFF\rc ')).toBe('a\n\nb\nc');
  });

  it('drops the control characters a decoded file loses too, so a paste keeps the same text', () => {
    expect(normalizeText('a\u0007b\u001bc\u007f\td')).toBe('abc\td');
  });
});

describe('format guesses', () => {
  it('reads "held talks" as a meeting and a named round of talks as talks', () => {
    expect(ingestText('The two sides met with each other and held talks.').meta.format).toBe('meeting');
    expect(ingestText('The 17th Defense Policy Coordination Talks were held.').meta.format).toBe('talks');
    expect(ingestText('双方举行视频通话。').meta.format).toBe('video');
  });
});
