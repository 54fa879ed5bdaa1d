import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../../../src/core/notes/anchor';
import { parseJsonLd } from '../../../src/core/notes/import-jsonld';
import { isNotesError } from '../../../src/core/notes/notes-errors';
import type { NoteSelectors } from '../../../src/core/notes/types';
import { RUNS, readoutish, typedOrResult } from './fuzz-kit';

/** Values shaped like this project's Web Annotation export, with every field liable to be wrong. */
const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.boolean());
const selector = fc.record(
  {
    type: fc.constantFrom('TextQuoteSelector', 'TextPositionSelector', 'RangeSelector', 'x'),
    exact: fc.oneof(readoutish(6), anyValue),
    prefix: fc.oneof(fc.string({ maxLength: 1200 }), anyValue),
    suffix: fc.oneof(fc.string({ maxLength: 1200 }), anyValue),
    start: fc.oneof(fc.integer({ min: -5, max: 10_000 }), anyValue),
    end: fc.oneof(fc.integer({ min: -5, max: 10_000 }), anyValue),
  },
  { requiredKeys: [] },
);
const annotation = fc.record(
  {
    '@context': fc.constantFrom('http://www.w3.org/ns/anno.jsonld', 'x'),
    type: fc.constantFrom('Annotation', 'AnnotationPage', 'x'),
    id: fc.oneof(fc.constantFrom('urn:uuid:6b2c7a8e-0d7f-4a53-9a0e-5f3b1f1c2d3e', 'x'), anyValue),
    created: fc.oneof(fc.constantFrom('2024-01-10T00:00:00Z', 'not a date'), anyValue),
    modified: fc.oneof(fc.constantFrom('2024-01-11T00:00:00Z'), anyValue),
    motivation: fc.constantFrom('commenting', 'tagging', 'x'),
    body: fc.oneof(
      fc.array(
        fc.record({
          type: fc.constantFrom('TextualBody', 'SpecificResource'),
          value: anyValue,
          purpose: anyValue,
        }),
      ),
      anyValue,
    ),
    target: fc.oneof(
      fc.array(
        fc.record({
          source: fc.oneof(fc.constantFrom('urn:readout:2024-01-10-liu-finer:cn-idcpc-zh', 'x'), anyValue),
          selector: fc.oneof(fc.array(selector, { maxLength: 3 }), selector, anyValue),
        }),
        { maxLength: 3 },
      ),
      anyValue,
    ),
  },
  { requiredKeys: [] },
);

describe('notes import and anchoring, fuzzed', () => {
  it('parseJsonLd: notes and one problem per bad entry, or a typed error for the whole file', () => {
    const file = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(annotation, { maxLength: 5 }).map((list) => JSON.stringify(list)),
      fc
        .array(annotation, { maxLength: 5 })
        .map((items) => JSON.stringify({ type: 'AnnotationPage', items })),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(file, (text) => {
        const out = typedOrResult(() => parseJsonLd(text), isNotesError);
        if (out.ok) expect(out.value.notes.length + out.value.problems.length).toBe(out.value.total);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('anchorSelectors: a match inside the text or none, on any text and selectors', () => {
    // A small alphabet makes the quote common (的, "the"); long texts and contexts (up to 5,000 and 1,000
    // characters) are the case that once froze the page for 80 s.
    const letters = fc.constantFrom('的', '了', '中', '美', 't', 'h', 'e', ' ', '。');
    const text = fc.oneof(
      fc.string({ unit: letters, maxLength: 50 }),
      fc.string({ unit: letters, minLength: 2000, maxLength: 5000 }),
    );
    const context = fc.oneof(
      fc.string({ unit: letters, maxLength: 40 }),
      fc.string({ unit: letters, minLength: 500, maxLength: 1000 }),
    );
    fc.assert(
      fc.property(
        text,
        fc.string({ maxLength: 40 }),
        context,
        context,
        fc.integer({ min: -10, max: 6000 }),
        fc.nat(50),
        fc.integer({ min: -10, max: 6000 }),
        (t, exact, prefix, suffix, start, length, hint) => {
          // The quote is a passage of the text (or any string); the stored position is elsewhere, so the
          // quote search runs, with its context and its error budget.
          const quote =
            exact.length > 0 && start >= 0 && start < t.length
              ? t.slice(start, start + length) || exact
              : exact;
          const selectors: NoteSelectors = {
            quote: { type: 'TextQuoteSelector', exact: quote, prefix, suffix },
            position: { type: 'TextPositionSelector', start: hint, end: hint + quote.length },
          };
          const out = typedOrResult(
            () => anchorSelectors(t, selectors),
            () => false,
          );
          const match = out.ok ? out.value : null;
          if (match) {
            expect(match.start).toBeGreaterThanOrEqual(0);
            expect(match.end).toBeLessThanOrEqual(t.length);
            expect(match.start).toBeLessThanOrEqual(match.end);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
