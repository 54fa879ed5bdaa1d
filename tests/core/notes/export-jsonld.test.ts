import { describe, expect, it } from 'vitest';
import { exportJsonLd, motivationOf } from '../../../src/core/notes/export-jsonld';
import type { Note } from '../../../src/core/notes/types';
import { correctionsMeeting, engineComparison, readerCorrections } from './corrections-fixture';
import { finerNotes } from './notes-fixture';

const now = new Date('2024-03-01T08:00:00.000Z');

describe('exportJsonLd', () => {
  const notes = finerNotes();
  const doc = JSON.parse(exportJsonLd(notes, { now, meetingId: '2024-01-10-liu-finer' }));

  it('writes an AnnotationCollection in the W3C context with one page of annotations', () => {
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.id).toBe('urn:readout-compare:2024-01-10-liu-finer/notes');
    expect(doc.generated).toBe('2024-03-01T08:00:00.000Z');
    expect(doc.total).toBe(3);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(doc.first.items).toHaveLength(3);
  });

  it('maps a note to an Annotation with commenting and tagging bodies and both selectors', () => {
    const taiwan = doc.first.items.find((a: { body: { value: string }[] }) =>
      a.body.some((b) => b.value === 'topic:taiwan'),
    );
    expect(taiwan).toMatchObject({
      id: `urn:uuid:${notes[0]?.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: notes[0]?.created,
      modified: notes[0]?.modified,
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          format: 'text/plain',
          value: 'Only the US side names Taiwan.',
        },
        { type: 'TextualBody', purpose: 'tagging', value: 'kind:omitted' },
        { type: 'TextualBody', purpose: 'tagging', value: 'topic:taiwan' },
      ],
    });
    expect(taiwan.target).toEqual([
      {
        type: 'SpecificResource',
        source: 'urn:readout-compare:2024-01-10-liu-finer/us-wh-zh-rfi',
        'rc:side': 'us',
        selector: [
          { type: 'TextQuoteSelector', ...pick(notes[0]?.targets[0]?.selectors.quote) },
          {
            type: 'TextPositionSelector',
            start: notes[0]?.targets[0]?.selectors.position.start,
            end: notes[0]?.targets[0]?.selectors.position.end,
          },
        ],
      },
    ]);
  });

  it('uses linking for a note on two passages and tagging for a note without text', () => {
    const motivations = doc.first.items.map((a: { motivation: string }) => a.motivation);
    expect(motivations).toEqual(['commenting', 'linking', 'tagging']);
    expect(doc.first.items[1].target).toHaveLength(2);
  });

  it('orders annotations by creation time, whatever the input order', () => {
    const reversed = exportJsonLd([...notes].reverse(), { now, meetingId: '2024-01-10-liu-finer' });
    expect(reversed).toBe(exportJsonLd(notes, { now, meetingId: '2024-01-10-liu-finer' }));
  });
});

function pick(q: { exact: string; prefix: string; suffix: string } | undefined) {
  return { exact: q?.exact, prefix: q?.prefix, suffix: q?.suffix };
}

describe('exportJsonLd: the reader’s topic corrections', () => {
  const [present, absent] = readerCorrections();
  const doc = JSON.parse(
    exportJsonLd([present, absent] as Note[], { now, meetingId: correctionsMeeting.id }),
  );
  const [tagging, classifying] = doc.first.items;

  it('writes topic-present as tagging and topic-absent as classifying, kind and topic as tags', () => {
    expect(tagging.motivation).toBe('tagging');
    expect(classifying.motivation).toBe('classifying');
    expect(tagging.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'kind:topic-present' },
      { type: 'TextualBody', purpose: 'tagging', value: 'topic:summit-implementation' },
    ]);
    expect(classifying.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'kind:topic-absent' },
      { type: 'TextualBody', purpose: 'tagging', value: 'topic:core-interests' },
    ]);
  });

  it('targets the whole sentence with a TextQuoteSelector and a TextPositionSelector', () => {
    const sentence = engineComparison.sides[1].sentences[0];
    expect(tagging.target).toEqual([
      {
        type: 'SpecificResource',
        source: `urn:readout-compare:${correctionsMeeting.id}/us-state-en`,
        'rc:side': 'us',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: sentence?.text,
            prefix: present?.targets[0].selectors.quote.prefix,
            suffix: present?.targets[0].selectors.quote.suffix,
          },
          { type: 'TextPositionSelector', start: sentence?.start, end: sentence?.end },
        ],
      },
    ]);
  });

  it('keeps the motivation of comments as it was', () => {
    expect(finerNotes().map(motivationOf)).toEqual(['commenting', 'linking', 'tagging']);
  });
});
