import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/core/extract/extract-page';
import { detectLang } from '../../../src/core/extract/lang';
import { issuerRules } from './data';

const enc = (text: string) => new TextEncoder().encode(text);

describe('.txt and .md pass through', () => {
  it('a .txt keeps every non-empty line as a paragraph, trimmed; the date is a guess from the dateline', () => {
    const text =
      '\uFEFF　　2024年5月9日，双方举行视频通话。\r\n\r\n\r\n　　双方同意保持沟通。  \r\n第三段。\r\n';
    const page = extractPage({ bytes: enc(text), kind: 'text' }, issuerRules());
    expect(page.body).toBe('2024年5月9日，双方举行视频通话。\n\n双方同意保持沟通。\n\n第三段。');
    expect(page.method).toBe('plain');
    expect(page.lang).toEqual({ value: 'zh', guessed: false, from: 'text' });
    expect(page.date).toMatchObject({
      value: '2024-05-09',
      guessed: true,
      evidence: { in: 'body', start: 0, end: 9 },
    });
    expect(page.issuer).toBeUndefined();
  });

  it('a .md joins the lines of a paragraph, takes its heading as title and its front matter as stated', () => {
    const md = [
      '---',
      'url: https://www.state.gov/readout-x/',
      'date: 2024-04-26',
      '---',
      '# Secretary Blinken’s Meeting',
      '',
      'Secretary Blinken met',
      'Director Wang Yi in Beijing.',
      '',
      '双方同意',
      '保持沟通。',
      '',
    ].join('\n');
    const page = extractPage({ bytes: enc(md), kind: 'markdown' }, issuerRules());
    expect(page.body).toBe('Secretary Blinken met Director Wang Yi in Beijing.\n\n双方同意保持沟通。');
    expect(page.title).toEqual({ value: 'Secretary Blinken’s Meeting', guessed: false, from: 'input' });
    expect(page.date).toEqual({ value: '2024-04-26', guessed: false, from: 'input' });
    expect(page.url).toBe('https://www.state.gov/readout-x/');
    expect(page.issuer).toMatchObject({ value: { code: 'state' }, guessed: false, from: 'url' });
  });

  it('an issuer code in the front matter names the issuer; hostile front matter is refused', () => {
    const page = extractPage(
      { bytes: enc('---\nissuer: pboc\n---\n双方交换了意见。'), kind: 'markdown' },
      issuerRules(),
    );
    expect(page.issuer).toMatchObject({ value: { code: 'pboc', side: 'cn' }, from: 'input' });
    expect(() =>
      extractPage({ bytes: enc('---\na: &x [1]\nb: *x\n---\ntext'), kind: 'markdown' }, issuerRules()),
    ).toThrow(expect.objectContaining({ code: 'bad-data' }));
    expect(() => extractPage({ bytes: enc('  \n…\n'), kind: 'text' }, issuerRules())).toThrow(
      expect.objectContaining({ code: 'no-readout' }),
    );
  });
});

describe('the language of a text', () => {
  it('is Chinese or English by the same measure readouts:check uses, a guess only when close', () => {
    expect(detectLang('王毅同布林肯通电话。')).toEqual({ value: 'zh', guessed: false, from: 'text' });
    expect(detectLang('Secretary Blinken spoke with Director Wang Yi.')).toMatchObject({
      value: 'en',
      guessed: false,
    });
    expect(detectLang('APEC和G20峰会')).toMatchObject({ value: 'zh', guessed: true });
  });
});
