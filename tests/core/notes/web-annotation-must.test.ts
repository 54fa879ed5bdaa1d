import { describe, expect, it } from 'vitest';
import { exportJsonLd } from '../../../src/core/notes/export-jsonld';
import { noteIdToIri } from '../../../src/core/notes/jsonld-format';
import { NOTE_KINDS, type Note } from '../../../src/core/notes/types';
import { readerCorrections } from './corrections-fixture';
import { makeNote, targetOn } from './notes-fixture';
import { checkCollection } from './web-annotation-collection-musts';
import {
  ANNOTATION_RULE_NAMES,
  checkAnnotation,
  isDateTime,
  isIri,
  type RuleResult,
} from './web-annotation-musts';

/*
 * Our JSON-LD export of every kind of note against each MUST assertion of the W3C Web Annotation test suite
 * (restated in web-annotation-musts.ts): every comment kind with and without text and topic, a note linking
 * two passages, both kinds of topic correction, and the collection and page that carry them.
 */

const now = new Date('2026-01-07T08:00:00.000Z');

function everyKind(): { label: string; note: Note }[] {
  const one = () => [targetOn('us-wh-zh-rfi', '强调了台湾海峡和南海和平与稳定的重要性')] as Note['targets'];
  const out = NOTE_KINDS.flatMap((kind) => [
    {
      label: `${kind}, with text and topic`,
      note: makeNote(kind, `A ${kind} note.`, one(), { topicId: 'taiwan' }),
    },
    { label: `${kind}, kind only`, note: makeNote(kind, '', one()) },
  ]);
  out.push({
    label: 'a note linking two passages',
    note: makeNote('reframed', 'Consensus vs outcomes.', [
      targetOn('cn-idcpc-zh', '推动落实两国元首达成的重要共识和成果'),
      targetOn('us-wh-zh-rfi', '双方讨论了目前落实那次峰会主要成果的情况'),
    ]),
  });
  const [present, absent] = readerCorrections();
  if (!present || !absent) throw new Error('fixture');
  out.push(
    { label: 'a topic-present correction', note: present },
    { label: 'a topic-absent correction', note: absent },
  );
  // Ids and meeting ids that need escaping must still give IRIs.
  out.push({
    label: 'a note with a non-UUID id in a user meeting with spaces and Chinese in its id',
    note: { ...makeNote('other', '', one()), id: 'my note #1', meetingId: 'user-我的 会议' },
  });
  return out;
}

function failures(results: RuleResult[]): string[] {
  return results.filter((r) => !r.ok).map((r) => `${r.rule}: ${r.problems.join('; ')}`);
}

describe('W3C Web Annotation MUST assertions on our JSON-LD export', () => {
  const cases = everyKind();
  const doc = JSON.parse(
    exportJsonLd(
      cases.map((c) => c.note),
      { now, meetingId: 'm' },
    ),
  );
  const byId = new Map<string, Record<string, unknown>>(
    doc.first.items.map((a: Record<string, unknown>) => [a.id, a]),
  );

  it('exports every case', () => {
    expect(doc.first.items).toHaveLength(cases.length);
    expect(cases.length).toBe(NOTE_KINDS.length * 2 + 4);
  });

  for (const c of cases) {
    it(`${c.label}: passes every MUST rule`, () => {
      const annotation = byId.get(noteIdToIri(c.note.id));
      if (!annotation) throw new Error(`not exported: ${c.note.id}`);
      const standalone = { '@context': doc['@context'], ...annotation };
      const results = checkAnnotation(standalone);
      expect(results.map((r) => r.rule)).toEqual(ANNOTATION_RULE_NAMES);
      expect(failures(results)).toEqual([]);
    });
  }

  it('the collection and its page pass the collection and page MUST rules', () => {
    expect(failures(checkCollection(doc))).toEqual([]);
  });

  it('uses the W3C motivations: tagging and classifying for corrections', () => {
    const motivations = doc.first.items.map((a: { motivation: string }) => a.motivation);
    expect(new Set(motivations)).toEqual(new Set(['commenting', 'tagging', 'linking', 'classifying']));
  });
});

describe('the MUST checker catches what it should (it is not vacuous)', () => {
  const [present] = readerCorrections();
  const good = JSON.parse(exportJsonLd(present ? [present] : [], { now }));
  const annotation = { '@context': good['@context'], ...good.first.items[0] };
  const broken = (change: (a: Record<string, unknown>) => void): string[] => {
    const copy = structuredClone(annotation);
    change(copy);
    return failures(checkAnnotation(copy));
  };

  it('flags each broken requirement', () => {
    expect(broken((a) => (a['@context'] = 'http://example.org/other.jsonld'))).toHaveLength(1);
    expect(broken((a) => (a.id = 'not an iri'))).toHaveLength(1);
    expect(broken((a) => (a.type = 'Note'))).toHaveLength(1);
    expect(broken((a) => delete a.target).join()).toContain('target is present');
    expect(broken((a) => (a.bodyValue = 'x')).join()).toContain('never both');
    expect(broken((a) => (a.created = '2026-01-07'))).toHaveLength(1);
    expect(broken((a) => (a.motivation = 'correcting'))).toHaveLength(1);
    expect(
      broken((a) => {
        const t = (a.target as { selector: Record<string, unknown>[] }[])[0];
        if (t?.selector[0]) delete t.selector[0].exact;
      }).join(),
    ).toContain('exact');
    expect(
      broken((a) => {
        const t = (a.target as { selector: Record<string, unknown>[] }[])[0];
        if (t?.selector[1]) t.selector[1].start = -1;
      }).join(),
    ).toContain('start');
    expect(
      broken((a) => {
        const t = (a.target as Record<string, unknown>[])[0];
        if (t) t.source = 'not a uri';
      }).join(),
    ).toContain('target[0]');
    expect(broken((a) => (a.target = [{ type: 'TextualBody', value: 'x' }])).length).toBeGreaterThan(0);
  });

  it('knows IRIs and date-times as the suite does', () => {
    expect(isIri('urn:uuid:6f1c0d3e-1111-4aaa-8bbb-000000000001')).toBe(true);
    expect(isIri('urn:readout-compare:user-%E6%88%91/cn-1')).toBe(true);
    expect(isIri('urn:readout-compare:user-我/cn-1')).toBe(false);
    expect(isIri('relative/path')).toBe(false);
    expect(isDateTime('2026-01-07T08:00:00.000Z')).toBe(true);
    expect(isDateTime('2026-01-07T08:00:00')).toBe(false);
    expect(isDateTime('2026-13-07T08:00:00Z')).toBe(false);
  });
});
