import { describe, expect, it } from 'vitest';
import { MAX_CONTEXT } from '../../../src/core/notes/describe';
import { exportJsonLd, noteToAnnotation } from '../../../src/core/notes/export-jsonld';
import { mergeById, parseJsonLd } from '../../../src/core/notes/import-jsonld';
import { NotesError } from '../../../src/core/notes/notes-errors';
import { isCorrection } from '../../../src/core/notes/types';
import { correctionsMeeting, readerCorrections } from './corrections-fixture';
import { finerNotes } from './notes-fixture';

const now = new Date('2024-03-01T08:00:00.000Z');

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof NotesError ? e.code : 'other';
  }
  return undefined;
}

describe('parseJsonLd', () => {
  const notes = finerNotes();

  it('export → import → export gives the identical file', () => {
    const first = exportJsonLd(notes, { now, meetingId: '2024-01-10-liu-finer' });
    const parsed = parseJsonLd(first);
    expect(parsed.problems).toEqual([]);
    expect(parsed.notes).toEqual([...notes].sort((a, b) => a.created.localeCompare(b.created)));
    expect(exportJsonLd(parsed.notes, { now, meetingId: '2024-01-10-liu-finer' })).toBe(first);
  });

  it('brings topic corrections back identically (export → import → export), with comments alongside', () => {
    const mixed = [
      ...readerCorrections(),
      ...finerNotes().map((n) => ({ ...n, meetingId: correctionsMeeting.id })),
    ];
    const first = exportJsonLd(mixed, { now, meetingId: correctionsMeeting.id });
    const parsed = parseJsonLd(first);
    expect(parsed.problems).toEqual([]);
    const back = parsed.notes.filter(isCorrection);
    expect(back.map((n) => [n.kind, n.topicId, n.targets[0].selectors.quote.exact])).toEqual(
      readerCorrections().map((n) => [n.kind, n.topicId, n.targets[0].selectors.quote.exact]),
    );
    expect(back).toEqual(readerCorrections());
    expect(exportJsonLd(parsed.notes, { now, meetingId: correctionsMeeting.id })).toBe(first);
  });

  it('refuses a correction without its topic or on two passages', () => {
    const [present] = readerCorrections();
    if (!present) throw new Error('fixture');
    const annotation = noteToAnnotation(present) as { body: { value: string }[]; target: unknown[] };
    const noTopic = { ...annotation, body: annotation.body.filter((b) => !b.value.startsWith('topic:')) };
    const twoTargets = {
      ...annotation,
      id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-0000000000c9',
      target: [annotation.target[0], annotation.target[0]],
    };
    const parsed = parseJsonLd([noTopic, twoTargets]);
    expect(parsed.notes).toEqual([]);
    expect(parsed.problems.map((p) => p.field)).toEqual(['topicId', 'target']);
  });

  it('cuts context over 64 characters on import, whatever the file says', () => {
    const [first] = notes;
    if (!first) throw new Error('fixture');
    const annotation = noteToAnnotation(first) as { target: { selector: Record<string, unknown>[] }[] };
    const selector = annotation.target[0]?.selector[0] as Record<string, unknown>;
    selector.prefix = `${'前'.repeat(1000)}${String(selector.prefix)}`;
    selector.suffix = `${String(selector.suffix)}${'后'.repeat(1000)}`;
    const [note] = parseJsonLd(annotation).notes;
    const quote = note?.targets[0].selectors.quote;
    expect(quote?.prefix).toHaveLength(MAX_CONTEXT);
    expect(quote?.suffix).toHaveLength(MAX_CONTEXT);
    // The characters kept are those next to the quote.
    expect(String(selector.prefix).endsWith(quote?.prefix ?? '?')).toBe(true);
    expect(String(selector.suffix).startsWith(quote?.suffix ?? '?')).toBe(true);
  });

  it('reads an AnnotationPage, a bare array and a single Annotation too', () => {
    const items = notes.map(noteToAnnotation);
    expect(parseJsonLd({ type: 'AnnotationPage', items }).notes).toHaveLength(3);
    expect(parseJsonLd(JSON.stringify(items)).notes).toHaveLength(3);
    expect(parseJsonLd(items[0]).notes).toHaveLength(1);
  });

  it('throws invalid-json for a file that is not JSON and not-annotations for other JSON', () => {
    expect(codeOf(() => parseJsonLd('{"type": "Annot'))).toBe('invalid-json');
    expect(codeOf(() => parseJsonLd('{"hello": 1}'))).toBe('not-annotations');
    expect(codeOf(() => parseJsonLd('42'))).toBe('not-annotations');
  });

  it('rejects bad entries one by one with the reason, and keeps the good ones', () => {
    const good = noteToAnnotation(notes[0] as never);
    const entries: unknown[] = [
      good,
      'just a string',
      { ...good, id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000001', type: 'Comment' },
      { ...good, id: 'not an iri' },
      { ...good, id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000002', created: 'yesterday' },
      { ...good, id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000003', target: [] },
      {
        ...good,
        id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000004',
        target: [{ source: 'https://example.org/page', 'rc:side': 'us', selector: [] }],
      },
      {
        ...good,
        id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000005',
        target: [
          {
            source: 'urn:readout-compare:m/r',
            'rc:side': 'us',
            selector: [{ type: 'TextQuoteSelector', exact: 'x' }],
          },
        ],
      },
      {
        ...good,
        id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000006',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'kind:furious' }],
      },
      {
        ...good,
        id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000007',
        target: [
          {
            source: 'urn:readout-compare:m/r',
            'rc:side': 'us',
            selector: [
              { type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' },
              { type: 'TextPositionSelector', start: 5, end: 2 },
            ],
          },
        ],
      },
      {
        ...good,
        id: 'urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000008',
        body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(20_001) }],
      },
      good,
    ];
    const { notes: kept, problems, total } = parseJsonLd(entries);
    expect(total).toBe(12);
    expect(kept.map((n) => n.id)).toEqual([notes[0]?.id]);
    expect(problems.map((p) => [p.index, p.code, p.field])).toEqual([
      [1, 'not-object', ''],
      [2, 'not-annotation', 'type'],
      [3, 'bad-id', 'id'],
      [4, 'bad-date', 'created'],
      [5, 'bad-target', 'target'],
      [6, 'bad-target', 'target[0].source'],
      [7, 'bad-selector', 'target[0].selector'],
      [8, 'bad-kind', 'body[0]'],
      [9, 'bad-selector', 'target[0].selector.position'],
      [10, 'too-long', 'body'],
      [11, 'duplicate-id', 'id'],
    ]);
    expect(problems.find((p) => p.index === 3)?.id).toBe('not an iri');
    expect(problems.every((p) => p.detail.length > 0)).toBe(true);
  });

  it('reads a plain annotation without kind as kind "other" and keeps its comment', () => {
    const plain = {
      id: 'https://example.org/anno/1',
      type: 'Annotation',
      created: '2024-01-01T00:00:00Z',
      body: { type: 'TextualBody', value: 'hello' },
      target: noteToAnnotation(notes[0] as never).target,
    };
    const [note] = parseJsonLd(plain).notes;
    expect(note).toMatchObject({
      id: 'https://example.org/anno/1',
      kind: 'other',
      body: 'hello',
      modified: '2024-01-01T00:00:00Z',
    });
  });
});

describe('mergeById', () => {
  it('adds new ids and skips ids that already exist, keeping the existing note', () => {
    const [a, b, c] = finerNotes();
    if (!a || !b || !c) throw new Error('fixture');
    const changedA = { ...a, body: 'imported text' };
    const result = mergeById([a, b], [changedA, c]);
    expect(result.added).toEqual([c]);
    expect(result.skipped).toEqual([changedA]);
    expect(result.merged).toEqual([a, b, c]);
  });
});
