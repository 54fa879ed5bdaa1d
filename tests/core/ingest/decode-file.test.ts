import { describe, expect, it } from 'vitest';
import { decodeFile, MAX_FILE_BYTES } from '../../../src/core/ingest/decode-file';
import { IngestError } from '../../../src/core/ingest/ingest-errors';

const TEXT = '2024年1月10日，双方举行会谈。The two sides met.';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

/** Deterministic "random" bytes (xorshift), so the test is the same on every run. */
function noise(length: number, seed = 42): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('decodeFile', () => {
  it('decodes UTF-8 with and without a BOM, dropping the BOM', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeFile(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(TEXT);
  });

  it('decodes UTF-16 LE and BE files by their BOM', () => {
    expect(decodeFile(utf16(TEXT, 'le', true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    expect(decodeFile(utf16(TEXT, 'be', true))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 of Latin text by its NUL pattern', () => {
    const english = 'Secretary Blinken met with Foreign Minister Wang Yi in Beijing.';
    expect(decodeFile(utf16(english, 'le', false)).encoding).toBe('utf-16le');
    expect(decodeFile(utf16(english, 'be', false)).text).toBe(english);
  });

  it('refuses random bytes as binary, naming the file', () => {
    expect(codeOf(() => decodeFile(noise(4096), 'noise.txt'))).toBe(
      'binary: noise.txt: binary file, not text',
    );
  });

  it('refuses known binary formats by signature', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj');
    expect(codeOf(() => decodeFile(pdf, 'readout.txt'))).toBe(
      'binary: readout.txt: binary file (pdf), not text',
    );
    expect(codeOf(() => decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'r.md'))).toMatch(
      /^binary.*zip/,
    );
  });

  it('refuses text sprinkled with control characters', () => {
    const bytes = new TextEncoder().encode(`abc\u0001\u0002\u0003def\u0004\u0005ghi`);
    expect(codeOf(() => decodeFile(bytes, 'ctl.txt'))).toMatch(/^binary: ctl\.txt/);
  });

  it('refuses bytes that are not valid UTF-8', () => {
    const gbk = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa, 0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf]); // 中国外交部 in GBK
    expect(codeOf(() => decodeFile(gbk, 'mfa.txt'))).toBe(
      'bad-encoding: mfa.txt: bytes that are not valid UTF-8',
    );
  });

  it('decodes an HTML page in the GB2312 charset it declares', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="gb2312"></head><body><p>');
    const body = new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa]); // 中国
    const tail = new TextEncoder().encode('</p></body></html>');
    const { text, encoding } = decodeFile(new Uint8Array([...head, ...body, ...tail]), 'page.html', {
      html: true,
    });
    expect(encoding).toBe('gb18030');
    expect(text).toContain('<p>中国</p>');
  });

  it('refuses a UTF-16 file whose bytes are broken (a lone surrogate)', () => {
    const broken = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00]);
    expect(codeOf(() => decodeFile(broken, 'u16.txt'))).toBe(
      'bad-encoding: u16.txt: bytes that are not valid UTF-16LE',
    );
  });

  it('refuses UTF-32 and files over the byte limit', () => {
    expect(codeOf(() => decodeFile(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'u32.txt'))).toMatch(
      /^bad-encoding: u32\.txt.*UTF-32/,
    );
    expect(codeOf(() => decodeFile(new Uint8Array(MAX_FILE_BYTES + 1), 'big.txt'))).toBe(
      `too-large: big.txt: too large (${MAX_FILE_BYTES + 1} > ${MAX_FILE_BYTES})`,
    );
  });
});
