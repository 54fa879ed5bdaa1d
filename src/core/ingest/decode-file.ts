/**
 * Bytes of a dropped or opened file → text: the project's one decoder (the app, the `compare` command, the
 * corpus loader and page extraction all call it). UTF-8 (with or without BOM) and UTF-16 LE/BE (by BOM, or by
 * the NUL pattern that ASCII-heavy UTF-16 shows); an encoding the carrier declares (an HTTP or MIME charset) or
 * an HTML file's `<meta charset>` (e.g. gb2312) is honoured. Binary files and undecodable bytes are refused
 * with typed errors rather than shown as mojibake.
 */
import { IngestError } from './ingest-errors';
import { MAX_FILE_BYTES } from './limits';

export { MAX_FILE_BYTES } from './limits';

type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'windows-1252';

export interface DecodedFile {
  text: string;
  encoding: TextEncodingName;
}

export interface DecodeOptions {
  /** Look for `<meta charset>` in the first bytes (HTML files saved from Chinese sites may be GB2312). */
  html?: boolean;
  /** The charset the file's carrier declares (HTTP `Content-Type`, a MIME part): wins over `<meta>`, not a BOM. */
  charset?: string;
}

/** Charset names we read, by the encoding we decode them with (GB2312 and GBK are subsets of GB18030). */
const CHARSETS: Record<string, TextEncodingName> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'us-ascii': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

/** `GB2312` → `gb18030`; undefined for no name or one we do not trust more than UTF-8. */
export function encodingOf(charset: string | undefined): TextEncodingName | undefined {
  return charset ? CHARSETS[charset.trim().toLowerCase()] : undefined;
}

const SIGNATURES: { format: string; bytes: number[] }[] = [
  { format: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { format: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // also .docx, .epub
  { format: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'gzip', bytes: [0x1f, 0x8b] },
  { format: 'doc', bytes: [0xd0, 0xcf, 0x11, 0xe0] }, // OLE: old Word / Excel
];

export function decodeFile(bytes: Uint8Array, file?: string, options: DecodeOptions = {}): DecodedFile {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new IngestError('too-large', file, { limit: MAX_FILE_BYTES, actual: bytes.length });
  }
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new IngestError('bad-encoding', file, { encoding: 'utf-32' });
  }
  const bom = bomEncoding(bytes);
  if (bom) return finish(decodeStrict(bytes.subarray(bom.length), bom.encoding, file), bom.encoding, file);

  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) throw new IngestError('binary', file, { format: signature.format });

  const declared = encodingOf(options.charset);
  const utf16 = declared === 'utf-16le' || declared === 'utf-16be' ? declared : guessUtf16(bytes);
  if (utf16) return finish(decodeStrict(bytes, utf16, file), utf16, file);

  if (bytes.includes(0)) throw new IngestError('binary', file);
  const encoding = declared ?? (options.html ? metaCharset(bytes) : undefined) ?? 'utf-8';
  return finish(decodeStrict(bytes, encoding, file), encoding, file);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: Latin text puts a NUL in every other byte (odd positions for LE, even for BE).
 * Random binary has NULs spread evenly, so we ask for a strong one-sided pattern.
 */
function guessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/** `<meta charset="gb2312">` or `content="text/html; charset=gbk"` within the first 4 KB. */
function metaCharset(bytes: Uint8Array): TextEncodingName | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).toLowerCase();
  return encodingOf(/<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)/.exec(head)?.[1]);
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName, file: string | undefined): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new IngestError('bad-encoding', file, { encoding });
  }
}

/**
 * Allowed controls: tab, LF, VT, FF, CR. Anything else in more than a trace means binary; a trace is dropped
 * (here for a file, by normalizeText for a pasted text).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
export const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function finish(text: string, encoding: TextEncodingName, file: string | undefined): DecodedFile {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 1000)) {
    throw new IngestError('binary', file);
  }
  return { text: controls > 0 ? text.replace(CONTROL, '') : text, encoding };
}
