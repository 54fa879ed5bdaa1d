import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../../src/core/compare/align';
import { isAlignLimitError } from '../../../src/core/compare/align-band';
import { isIngestError } from '../../../src/core/ingest/ingest-errors';
import { checkFile, ingestFile } from '../../../src/core/ingest/ingest-file';
import { ingestText } from '../../../src/core/ingest/ingest-text';
import { anchorSelectors } from '../../../src/core/notes/anchor';
import { parseJsonLd } from '../../../src/core/notes/import-jsonld';
import { isNotesError } from '../../../src/core/notes/notes-errors';
import { typedOrResult } from './fuzz-kit';

/*
 * The inputs of issue 14 that crashed, froze or slipped through, kept as fixed cases: each gives a typed error
 * or a result, within the time budget, in the app's ingestion (the worker runs these very functions).
 */

const dir = new URL('../../fixtures/hostile/', import.meta.url);
const frontMatterDir = new URL('front-matter/', dir);
const read = (name: string, at = dir) => new Uint8Array(readFileSync(new URL(name, at)));

/** What each hostile front matter gives: the reason it is refused, or null where the app reads it. */
const EXPECTED: Record<string, RegExp | null> = {
  'alias-as-key.md': /a key that is not plain text/,
  'alias-before-anchor.md': /aliases \(\*name\) are not allowed/,
  'alias-bomb-billion-laughs.md': /aliases \(\*name\) are not allowed/,
  'alias-bomb-flow.md': /aliases \(\*name\) are not allowed/,
  'alias-bomb-in-title.md': /aliases \(\*name\) are not allowed/,
  'alias-bomb-long-string.md': /aliases \(\*name\) are not allowed/,
  'alias-in-side.md': /aliases \(\*name\) are not allowed/,
  'alias-merge-key.md': /aliases \(\*name\) are not allowed/,
  'alias-self-mapping.md': /aliases \(\*name\) are not allowed/,
  'alias-self-nested.md': /aliases \(\*name\) are not allowed/,
  'alias-self-sequence.md': /aliases \(\*name\) are not allowed/,
  'alias-undefined-in-list.md': /aliases \(\*name\) are not allowed/,
  'alias-undefined-merge.md': /aliases \(\*name\) are not allowed/,
  'alias-undefined.md': /aliases \(\*name\) are not allowed/,
  'binary-tag.md': /not a key: value mapping/,
  'complex-key.md': /a key that is not plain text/,
  'deep-flow-mapping-nesting.md': /nested too deeply/,
  'deep-flow-nesting.md': /nested too deeply/,
  'directive.md': null,
  'duplicate-keys-nested.md': /duplicate key "title"/,
  'duplicate-keys-quoted.md': /duplicate key "side"/,
  'duplicate-keys.md': /duplicate key "side"/,
  'local-tag.md': null,
  'nul-escape.md': null,
  'proto-key.md': null,
  'scalar.md': /not a key: value mapping/,
  'sequence.md': /not a key: value mapping/,
  'side-as-mapping.md': null,
  'side-very-long.md': null,
  'tab-indentation.md': /Tabs are not allowed/,
  'unclosed-flow.md': /Flow sequence/,
  'unknown-tag.md': null,
};

describe('hostile front matter in the app’s ingestion', () => {
  const files = readdirSync(frontMatterDir).sort();

  it('has a verdict for every fixture (32 files)', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s', (name) => {
    const bytes = read(name, frontMatterDir);
    const expected = EXPECTED[name] as RegExp | null;
    const asFile = typedOrResult(() => ingestFile(bytes, name), isIngestError);
    const asText = typedOrResult(
      () => ingestText(new TextDecoder().decode(bytes), { file: name }),
      isIngestError,
    );
    for (const out of [asFile, asText]) {
      if (expected === null) {
        expect(out.ok).toBe(true);
      } else {
        expect(out.ok).toBe(false);
        if (!out.ok) {
          expect(out.error).toMatchObject({ code: 'bad-front-matter', file: name });
          expect((out.error as Error).message).toMatch(expected);
          expect((out.error as Error).message).not.toMatch(/\n/);
        }
      }
    }
    // Nothing leaks onto Object.prototype from a `__proto__` key.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads front matter with 40,000 keys (duplicates found by a set, not by comparing every pair)', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`);
    const body = '\nThe two sides discussed Taiwan.\n';
    const ok = typedOrResult(
      () => ingestText(`---\n${keys.join('\n')}\n---${body}`, { file: 'k.md' }),
      isIngestError,
    );
    expect(ok.ok).toBe(true);
    const dup = typedOrResult(
      () => ingestText(`---\n${keys.join('\n')}\nk17: again\n---${body}`, { file: 'k.md' }),
      isIngestError,
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok)
      expect((dup.error as Error).message).toBe(
        'k.md: broken front matter at line 40002: duplicate key "k17"',
      );
  });
});

describe('hostile text in the app’s ingestion', () => {
  it('refuses zero-width-only text as having no letter', () => {
    for (const name of ['zero-width-only.txt', 'zero-width-front-matter.md']) {
      const out = typedOrResult(() => checkFile(read(name), name), isIngestError);
      expect(out.ok ? null : out.error).toMatchObject({ code: 'punctuation-only', file: name });
    }
  });

  it('refuses Chinese UTF-16 without a byte-order mark, and reads English UTF-16 by its NUL pattern', () => {
    for (const name of ['utf16le-no-bom-zh.txt', 'utf16be-no-bom-zh.txt']) {
      const out = typedOrResult(() => checkFile(read(name), name), isIngestError);
      expect(out.ok).toBe(false);
    }
    const en = typedOrResult(() => checkFile(read('utf16le-no-bom-en.txt'), 'en.txt'), isIngestError);
    expect(en.ok && en.value.text.startsWith('The two sides discussed Taiwan.')).toBe(true);
  });
});

describe('hostile sizes', () => {
  it('refuses a pair of 150,000-sentence texts with a typed error, not a RangeError', () => {
    const many = Array.from({ length: 150_000 }, (_, k) => ({ topics: [], tokens: [k % 97] }));
    const out = typedOrResult(() => alignSentences(many, many), isAlignLimitError);
    expect(out.ok).toBe(false);
  });

  it('imports and anchors a note whose quote context is 1,000 characters, on a common character', () => {
    let seed = 3;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pool = '的了是在我有和人这中大为上个国说们到来时';
    const run = (n: number) =>
      Array.from({ length: n }, () => pool[Math.floor(next() * pool.length)]).join('');
    const text = run(5000);
    const note = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:0f9c1d52-3b7e-4c1a-9f44-2d6b8e1a7c30',
      type: 'Annotation',
      created: '2024-01-10T00:00:00Z',
      modified: '2024-01-10T00:00:00Z',
      motivation: 'commenting',
      body: [{ type: 'TextualBody', value: 'x', purpose: 'commenting' }],
      target: [
        {
          source: 'urn:readout:2024-01-10-liu-finer:cn-idcpc-zh',
          selector: [
            { type: 'TextQuoteSelector', exact: '的', prefix: run(1000), suffix: run(1000) },
            { type: 'TextPositionSelector', start: 9000, end: 9001 },
          ],
        },
      ],
    };
    const parsed = typedOrResult(() => parseJsonLd(JSON.stringify([note])), isNotesError);
    expect(parsed.ok).toBe(true);
    const quote = note.target[0]?.selector[0] as { exact: string; prefix: string; suffix: string };
    const anchored = typedOrResult(
      () =>
        anchorSelectors(text, {
          quote: { type: 'TextQuoteSelector', ...quote },
          position: { type: 'TextPositionSelector', start: 9000, end: 9001 },
        }),
      () => false,
    );
    expect(anchored.ok).toBe(true);
  });
});
