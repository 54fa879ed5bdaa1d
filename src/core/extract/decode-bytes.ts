/**
 * Bytes of a page → text, in the encoding the page declares: a byte-order mark, the HTTP or MIME charset,
 * else `<meta charset>` in the first bytes (Chinese government pages may still be GB2312), else UTF-8.
 * Undecodable bytes are an error, never mojibake in the corpus.
 */
import { ExtractError } from './extract-error';

const ALIASES: Record<string, string> = {
  gb2312: 'gbk',
  gbk: 'gbk',
  'x-gbk': 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'utf-8',
  'windows-1252': 'windows-1252',
};

/** `text/html; charset=GB2312` → `gbk`; undefined for none or an encoding we do not read. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const name = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return name ? ALIASES[name] : undefined;
}

function sniffMetaCharset(bytes: Uint8Array): string | undefined {
  const head = bytesToBinary(bytes.subarray(0, 4096)).toLowerCase();
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/.exec(head);
  return m?.[1] ? ALIASES[m[1]] : undefined;
}

/** Bytes → a string of the same length whose code units are the bytes (for headers and QP). */
export function bytesToBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

export function binaryToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

export function decodeBytes(bytes: Uint8Array, declared?: string): string {
  let encoding = declared ?? 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, start] = ['utf-8', 3];
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (!declared) encoding = sniffMetaCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new ExtractError('bad-encoding', `the page's bytes are not valid ${encoding}`);
  }
}
