import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIngestError } from '../../../src/core/ingest/ingest-errors';
import { checkFile, ingestFile } from '../../../src/core/ingest/ingest-file';
import { ingestText, MAX_CHARS } from '../../../src/core/ingest/ingest-text';
import { RUNS, readoutish, typedOrResult, yamlish } from './fuzz-kit';

const NAMES = ['a.txt', 'a.md', 'a.markdown', 'a.html', 'a.htm', 'a.xhtml', 'a', 'a.docx', 'a.pdf', 'a.csv'];

/** Bytes of a text in the encodings people save readouts in, with and without a byte-order mark. */
function encode(text: string, how: number): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  const utf16 = (bigEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
      out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    }
    return out;
  };
  const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  switch (how % 6) {
    case 0:
      return utf8;
    case 1:
      return join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8);
    case 2:
      return utf16(false);
    case 3:
      return join(Uint8Array.of(0xff, 0xfe), utf16(false));
    case 4:
      return utf16(true);
    default:
      return join(Uint8Array.of(0xfe, 0xff), utf16(true));
  }
}

describe('ingestion, fuzzed: a typed error or a result, never a foreign throw, never over the budget', () => {
  it('ingestText on any text, front matter or markup', () => {
    const raw = fc.oneof(
      readoutish(),
      fc.tuple(yamlish(), readoutish(20)).map(([y, body]) => `---\n${y}\n---\n${body}`),
      readoutish().map(
        (t) => `<html><head><title>${t.slice(0, 20)}</title></head><body><p>${t}</p></body></html>`,
      ),
    );
    const kind = fc.constantFrom(undefined, 'text', 'markdown', 'html') as fc.Arbitrary<
      'text' | 'markdown' | 'html' | undefined
    >;
    fc.assert(
      fc.property(
        raw,
        kind,
        fc.constantFrom(undefined, 'cn', 'us') as fc.Arbitrary<'cn' | 'us' | undefined>,
        (text, k, side) => {
          const out = typedOrResult(
            () => ingestText(text, { file: 'pasted', ...(k ? { kind: k } : {}), ...(side ? { side } : {}) }),
            isIngestError,
          );
          if (out.ok) {
            expect(out.value.text.length).toBeGreaterThan(0);
            expect(out.value.text.length).toBeLessThanOrEqual(MAX_CHARS);
            expect(out.value.text).toMatch(/\p{L}/u);
            expect(['zh', 'en']).toContain(out.value.lang);
          } else {
            expect((out.error as Error).message).toMatch(/^pasted: /);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('ingestFile and checkFile on any bytes, named as any file', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.tuple(readoutish(), fc.nat()).map(([t, how]) => encode(t, how)),
      fc.tuple(yamlish(), readoutish(20), fc.nat()).map(([y, t, how]) => encode(`---\n${y}\n---\n${t}`, how)),
    );
    fc.assert(
      fc.property(bytes, fc.constantFrom(...NAMES), (b, name) => {
        const ingested = typedOrResult(() => ingestFile(b, name), isIngestError);
        const checked = typedOrResult(() => checkFile(b, name), isIngestError);
        // The app's ingestion and the command's checks give one verdict on one file.
        expect(checked.ok).toBe(ingested.ok);
        if (!ingested.ok && !checked.ok)
          expect((checked.error as Error).message).toBe((ingested.error as Error).message);
      }),
      { numRuns: RUNS },
    );
  });
});
