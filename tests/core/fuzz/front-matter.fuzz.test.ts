import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/ingest/front-matter';
import { isIngestError } from '../../../src/core/ingest/ingest-errors';
import { parseUntrustedYaml } from '../../../src/core/ingest/untrusted-yaml';
import { RUNS, readoutish, typedOrResult, yamlish } from './fuzz-kit';

describe('front matter, fuzzed', () => {
  it('parseUntrustedYaml never throws: plain, acyclic data or a refusal with a one-line reason', () => {
    fc.assert(
      fc.property(fc.oneof(yamlish(), fc.string({ unit: 'binary', maxLength: 200 })), (yaml) => {
        const out = typedOrResult(
          () => parseUntrustedYaml(yaml),
          () => false,
        );
        if (!out.ok) return;
        const parsed = out.value;
        if (parsed.ok) {
          // No alias gets through, so the data is a tree: it serialises.
          expect(() => JSON.stringify(parsed.data)).not.toThrow();
        } else {
          expect(parsed.reason).not.toMatch(/\n/);
          expect(parsed.reason.length).toBeLessThanOrEqual(200);
          if (parsed.line !== undefined) expect(parsed.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('splitFrontMatter gives a mapping and the body, or a bad-front-matter error naming the file', () => {
    const file = fc.oneof(
      fc.tuple(yamlish(), readoutish(10)).map(([y, body]) => `---\n${y}\n---\n${body}`),
      fc
        .tuple(yamlish(), readoutish(10))
        .map(([y, body]) => `\ufeff---\r\n${y.replaceAll('\n', '\r\n')}\r\n...\r\n${body}`),
      fc.tuple(yamlish(), readoutish(10)).map(([y, body]) => `---\n${y}\n${body}`),
    );
    fc.assert(
      fc.property(file, (text) => {
        const out = typedOrResult(() => splitFrontMatter(text, 'f.md'), isIngestError);
        if (out.ok) {
          expect(out.value.data === null || Object.getPrototypeOf(out.value.data) === Object.prototype).toBe(
            true,
          );
        } else {
          expect(out.error).toMatchObject({ code: 'bad-front-matter', file: 'f.md' });
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
