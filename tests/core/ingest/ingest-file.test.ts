import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../src/core/ingest/ingest-errors';
import { checkFile, ingestFile, kindFromName } from '../../../src/core/ingest/ingest-file';

// Test data written for these tests, not an official text.
const EN = 'Secretary of State John Smith met with Foreign Minister Li Ming on March 5, 2031.';
const ZH = '2031年3月5日，外交部长李明会见美国国务卿约翰·史密斯。';

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}

const utf8 = (s: string) => new TextEncoder().encode(s);

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof IngestError) return `${error.code} | ${error.file} | ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('ingestFile', () => {
  it('reads UTF-16 LE and BE text files with a BOM', () => {
    expect(ingestFile(utf16(ZH, 'le'), 'cn.txt').text).toBe(ZH);
    const be = ingestFile(utf16(EN, 'be'), 'us.txt', { side: 'us' });
    expect(be.text).toBe(EN);
    expect(be.lang).toBe('en');
    expect(be.file).toBe('us.txt');
  });

  it('reads a saved HTML page as text only', () => {
    const page = `<html><body><script>document.title='pwned'</script><p onclick="x()">${EN}</p><a href="javascript:alert(1)">more</a></body></html>`;
    const result = ingestFile(utf8(page), 'Readout.HTML');
    expect(result.kind).toBe('html');
    expect(result.text).toBe(`${EN}\n\nmore`);
  });

  it('reads Markdown front matter', () => {
    const result = ingestFile(utf8(`---\nside: cn\nlang: zh\n---\n${ZH}\n`), 'cn.md');
    expect(result.meta.side).toBe('cn');
    expect(result.text).toBe(ZH);
  });

  it('refuses random bytes, an empty file and a PDF by name and content', () => {
    let x = 7;
    const random = Uint8Array.from({ length: 2048 }, () => {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      return x >> 16;
    });
    expect(failure(() => ingestFile(random, 'random.txt'))).toBe(
      'binary | random.txt | random.txt: binary file, not text',
    );
    expect(failure(() => ingestFile(new Uint8Array(0), 'empty.txt'))).toBe(
      'empty | empty.txt | empty.txt: the text is empty',
    );
    expect(failure(() => ingestFile(utf8('%PDF-1.4'), 'readout.pdf'))).toBe(
      'unsupported-type | readout.pdf | readout.pdf: unsupported file type (pdf)',
    );
  });

  it('refuses a UTF-16 file holding only punctuation', () => {
    expect(failure(() => ingestFile(utf16('。，！？……', 'le'), 'p.txt'))).toMatch(
      /^punctuation-only \| p\.txt/,
    );
  });
});

describe('kindFromName', () => {
  it('maps extensions to kinds', () => {
    expect(['a.htm', 'b.md', 'c.TXT', 'd.markdown', 'e'].map(kindFromName)).toEqual([
      'html',
      'markdown',
      'text',
      'markdown',
      null,
    ]);
  });
});

describe('checkFile', () => {
  it('gives the checked text and the front matter as written, with a limit of its own', () => {
    const bytes = new TextEncoder().encode('---\nside: cn\nextra: {a: 1}\n---\n  双方讨论了台湾问题。\n');
    const checked = checkFile(bytes, 'cn.md');
    expect(checked).toEqual({
      text: '双方讨论了台湾问题。',
      kind: 'markdown',
      frontMatter: { side: 'cn', extra: { a: 1 } },
      html: {},
    });
    const long = new TextEncoder().encode(`${'台湾问题。'.repeat(120_000)}`);
    expect(() => checkFile(long, 'long.txt')).toThrow(/too large \(600000 > 500000\)/);
    expect(checkFile(long, 'long.txt', { maxChars: 2_000_000 }).text).toHaveLength(600_000);
  });
});
