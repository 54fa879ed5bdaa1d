/**
 * Bytes of a page → text, in the encoding the page declares: a byte-order mark, the HTTP or MIME charset,
 * else `<meta charset>` in the first bytes (Chinese government pages may still be GB2312), else UTF-8.
 * Undecodable bytes are an error, never mojibake in the corpus.
 */
import { decodeFile, encodingOf } from '../ingest/decode-file';
import { describeIngestError, isIngestError } from '../ingest/ingest-errors';
import { ExtractError } from './extract-error';

/** `text/html; charset=GB2312` → `gb2312`; undefined for none or an encoding we do not read. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const name = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  return encodingOf(name) ? name : undefined;
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

/** The project's one decoder (src/core/ingest/decode-file.ts), its refusals as ExtractErrors. */
export function decodeBytes(bytes: Uint8Array, declared?: string): string {
  try {
    return decodeFile(bytes, undefined, declared ? { charset: declared } : { html: true }).text;
  } catch (error) {
    if (!isIngestError(error)) throw error;
    const { code, details } = error;
    const reason =
      code === 'bad-encoding'
        ? `the page's bytes are not valid ${details.encoding ?? 'utf-8'}`
        : `the page is not readable text: ${describeIngestError(code, details)}`;
    throw new ExtractError('bad-encoding', reason);
  }
}
