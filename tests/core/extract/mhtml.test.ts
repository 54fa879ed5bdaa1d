import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/core/extract/decode-bytes';
import { ExtractError } from '../../../src/core/extract/extract-error';
import { decodeMhtml, decodeQuotedPrintable } from '../../../src/core/extract/mhtml';

const enc = (text: string) => new TextEncoder().encode(text);

/** A page saved by a browser as one MIME message: the HTML part, then an image part. */
function mhtml(htmlPart: string, htmlHeaders: string): Uint8Array {
  return enc(
    [
      'From: <Saved by Blink>',
      'Snapshot-Content-Location: https://www.mfa.gov.cn/web/test.shtml',
      'Subject: =?utf-8?Q?test?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--abc----"',
      '',
      '',
      '------MultipartBoundary--abc----',
      htmlHeaders,
      'Content-Location: https://www.mfa.gov.cn/web/test.shtml',
      '',
      htmlPart,
      '------MultipartBoundary--abc----',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://www.mfa.gov.cn/logo.png',
      '',
      'iVBORw0KGgo=',
      '------MultipartBoundary--abc------',
      '',
    ].join('\r\n'),
  );
}

describe('pages saved as .mhtml', () => {
  it('decodes quoted-printable: soft line breaks and =XX bytes (UTF-8 Chinese)', () => {
    expect(decodeQuotedPrintable('a=3Db =\r\nc =E5=A4=96')).toBe('a=b c \u00e5\u00a4\u0096');
    const part = '<p class=3D"x">=E5=A4=96=E4=BA=A4=E9=83=A8=\r\n=E9=95=BF</p>';
    const page = decodeMhtml(
      mhtml(part, 'Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable'),
    );
    expect(page.html).toBe('<p class="x">外交部长</p>\r\n');
    expect(page.url).toBe('https://www.mfa.gov.cn/web/test.shtml');
  });

  it('decodes a base64 HTML part in the charset its header declares (GB2312 as GBK)', () => {
    const gbk = Uint8Array.from([0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf]); // 外交部 in GBK
    const base64 = btoa(String.fromCharCode(...enc('<p>'), ...gbk, ...enc('</p>')));
    const page = decodeMhtml(
      mhtml(base64, 'Content-Type: text/html; charset=gb2312\r\nContent-Transfer-Encoding: base64'),
    );
    expect(page.html).toBe('<p>外交部</p>');
  });

  it('refuses a file that is not a saved page', () => {
    expect(() => decodeMhtml(enc('just some text\r\n\r\nbody'))).toThrow(ExtractError);
    expect(() => decodeMhtml(mhtml('x', 'Content-Type: text/css'))).toThrow(/no HTML part/);
  });
});

describe('page bytes to text', () => {
  it('honours a byte-order mark, the declared charset, then <meta charset>', () => {
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('<p>ok</p>')]))).toBe('<p>ok</p>');
    const gbkPage = Uint8Array.from([...enc('<meta charset="gb2312"><p>'), 0xcd, 0xe2, ...enc('</p>')]);
    expect(decodeBytes(gbkPage)).toBe('<meta charset="gb2312"><p>外</p>');
    expect(decodeBytes(Uint8Array.from([0xcd, 0xe2]), 'gbk')).toBe('外');
  });

  it('refuses bytes that are not valid in the encoding instead of writing mojibake', () => {
    expect(() => decodeBytes(Uint8Array.from([0x3c, 0xff, 0xfe, 0xfd, 0x3e]))).toThrow(
      expect.objectContaining({ code: 'bad-encoding' }),
    );
  });
});
