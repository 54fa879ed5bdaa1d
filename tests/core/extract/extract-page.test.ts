import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/core/extract/extract-error';
import { extractPage, pageKindFromName } from '../../../src/core/extract/extract-page';
import { EXPECTED_PAGES } from '../../fixtures/pages/expected';
import { issuerRules, pageBytes } from './data';

const enc = (text: string) => new TextEncoder().encode(text);

describe('extraction from each issuer’s page layout (self-written test pages)', () => {
  it.each(EXPECTED_PAGES.map((e) => [e.page, e] as const))(
    '%s: the exact body, title, date, issuer, side, language',
    (name, expected) => {
      const page = extractPage(
        { bytes: pageBytes(name), kind: 'html', url: expected.officialUrl },
        issuerRules(),
      );
      expect(page.body).toBe(expected.body);
      expect(page.method).toBe('rule');
      expect(page.title).toEqual({ value: expected.title, guessed: false, from: 'rule' });
      expect(page.date).toEqual({ value: expected.date, guessed: false, from: 'rule' });
      expect(page.issuer?.value.code).toBe(expected.issuer);
      expect(page.issuer?.guessed).toBe(false);
      expect(page.side?.value).toBe(expected.side);
      expect(page.lang.value).toBe(expected.lang);
      expect(page.url).toBe(expected.officialUrl);
    },
  );

  it('without an address, knows the issuer from the page’s canonical link or (a guess) its site name', () => {
    const wh = extractPage({ bytes: pageBytes('wh.html'), kind: 'html' }, issuerRules());
    expect(wh.issuer).toMatchObject({ value: { code: 'wh' }, guessed: false, from: 'meta' });
    expect(wh.url).toBe(
      'https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/readout-test-page/',
    );
    const mfa = extractPage({ bytes: pageBytes('mfa-zh.html'), kind: 'html' }, issuerRules());
    expect(mfa.issuer).toMatchObject({ value: { code: 'mfa', side: 'cn' }, guessed: true });
    expect(mfa.side).toMatchObject({ value: 'cn', guessed: true });
    expect(mfa.url).toBeUndefined();
  });

  it('a fetched address that no rule knows still lets the page’s own canonical link name the issuer', () => {
    const page = extractPage(
      { bytes: pageBytes('state.html'), kind: 'html', url: 'http://127.0.0.1:8000/state.html' },
      issuerRules(),
    );
    expect(page.issuer?.value.code).toBe('state');
    expect(page.url).toBe('http://127.0.0.1:8000/state.html');
  });

  it('the issuer’s drop list matters: the general fallback alone keeps a caption the rule removes', () => {
    const noIssuers = { ...issuerRules(), issuers: [] };
    const caption = extractPage({ bytes: pageBytes('xinhua.html'), kind: 'html' }, noIssuers);
    expect(caption.method).toBe('fallback');
    expect(caption.body).toContain('新华社记者 测试 摄');
    const fallback = extractPage({ bytes: pageBytes('wh.html'), kind: 'html' }, noIssuers);
    expect(fallback.body).toBe(EXPECTED_PAGES.find((e) => e.page === 'wh.html')?.body);
  });

  it('an unknown site goes to the general fallback; the issuer is then guessed from the text', () => {
    const page = extractPage(
      { bytes: pageBytes('generic.html'), kind: 'html', url: 'https://china.usembassy-china.org.cn/x/' },
      issuerRules(),
    );
    expect(page.method).toBe('fallback');
    expect(page.body.split('\n\n')).toHaveLength(4);
    expect(page.body).toMatch(/^Secretary of State Antony J\. Blinken met with/);
    expect(page.body).not.toMatch(/cookies|Latest News|Visa appointments|official website/);
    expect(page.title).toEqual({
      value: 'Secretary Blinken’s Meeting with Director Wang Yi',
      guessed: false,
      from: 'meta',
    });
    expect(page.date).toEqual({ value: '2023-11-14', guessed: false, from: 'meta' });
    expect(page.issuer).toMatchObject({ value: { code: 'state' }, guessed: true, from: 'text' });
  });

  it('a page with no readout (an index of links) is refused with a typed error', () => {
    expect(() => extractPage({ bytes: pageBytes('index-page.html'), kind: 'html' }, issuerRules())).toThrow(
      expect.objectContaining({ name: 'ExtractError', code: 'no-readout' }),
    );
  });

  it('reads a saved .mhtml (quoted-printable) exactly like the page itself, with its saved-from address', () => {
    const html = new TextDecoder().decode(pageBytes('mfa-zh.html'));
    const qp = Array.from(new TextEncoder().encode(html), (b) =>
      b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b),
    ).join('');
    const url = 'https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/202404/t20240402_test.shtml';
    const message = `Snapshot-Content-Location: ${url}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; type="text/html"; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ${url}\r\n\r\n${qp}\r\n--b1--\r\n`;
    const page = extractPage({ bytes: enc(message), kind: 'mhtml' }, issuerRules());
    expect(page.body).toBe(EXPECTED_PAGES.find((e) => e.page === 'mfa-zh.html')?.body);
    expect(page.url).toBe(url);
    expect(page.issuer).toMatchObject({ value: { code: 'mfa' }, guessed: false });
  });

  it('knows the kinds of saved files by name', () => {
    expect(['a.html', 'a.HTM', 'a.mhtml', 'a.mht', 'a.md', 'a.txt', 'a.pdf'].map(pageKindFromName)).toEqual([
      'html',
      'html',
      'mhtml',
      'mhtml',
      'markdown',
      'text',
      null,
    ]);
    expect(() => extractPage({ bytes: enc('x'), kind: 'pdf' as never }, issuerRules())).toThrow(ExtractError);
  });
});
