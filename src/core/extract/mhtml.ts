/**
 * A page saved as `.mhtml` / `.mht` (one MIME message: the HTML and its images) → the HTML text and the
 * address it was saved from. Headers are unfolded, the HTML part is decoded from quoted-printable or base64
 * and then from its charset. Written here rather than pulled in, because only this much of MIME is needed.
 */
import { binaryToBytes, bytesToBinary, charsetOf, decodeBytes } from './decode-bytes';
import { ExtractError } from './extract-error';
import { httpUrl } from './page-meta';

export interface MhtmlPage {
  html: string;
  url?: string;
}

type Headers = Map<string, string>;

function splitHead(text: string): { headers: Headers; body: string } {
  const m = /\r?\n\r?\n/.exec(text);
  const head = m ? text.slice(0, m.index) : text;
  const body = m ? text.slice(m.index + m[0].length) : '';
  const headers: Headers = new Map();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

export function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function decodeBase64(text: string): string {
  try {
    return atob(text.replace(/[^A-Za-z0-9+/=]/g, ''));
  } catch {
    throw new ExtractError('bad-mhtml', 'the page part of the .mhtml file is not valid base64');
  }
}

function decodePart(headers: Headers, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const binary =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? decodeBase64(body)
        : body;
  return decodeBytes(binaryToBytes(binary), charsetOf(headers.get('content-type')));
}

function parts(body: string, boundary: string): { headers: Headers; body: string }[] {
  const delimiter = `--${boundary}`;
  const out: { headers: Headers; body: string }[] = [];
  const pieces = body.split(delimiter).slice(1);
  for (const piece of pieces) {
    if (piece.startsWith('--')) break; // the closing delimiter
    out.push(splitHead(piece.replace(/^[ \t]*\r?\n/, '')));
  }
  return out;
}

export function decodeMhtml(bytes: Uint8Array): MhtmlPage {
  const text = bytesToBinary(bytes);
  const top = splitHead(text);
  const type = top.headers.get('content-type') ?? '';
  const location = top.headers.get('snapshot-content-location') ?? top.headers.get('content-location');
  let page: { headers: Headers; body: string } | undefined;
  if (/^text\/html/i.test(type)) page = top;
  else {
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(type);
    const name = boundary?.[1] ?? boundary?.[2];
    if (!/^multipart\//i.test(type) || !name) {
      throw new ExtractError(
        'bad-mhtml',
        'not a saved web page (.mhtml): no multipart message with an HTML part',
      );
    }
    const html = parts(top.body, name).filter((p) =>
      /^text\/html/i.test(p.headers.get('content-type') ?? ''),
    );
    page = html.find((p) => location && p.headers.get('content-location') === location) ?? html[0];
  }
  if (!page) throw new ExtractError('bad-mhtml', 'the .mhtml file holds no HTML part');
  const result: MhtmlPage = { html: decodePart(page.headers, page.body) };
  const url = httpUrl(location) ?? httpUrl(page.headers.get('content-location'));
  if (url) result.url = url;
  return result;
}
