/**
 * The batch as one JSON document: `{ "corpus": DIR, "meetings": [ … ] }`, one meeting per line. Per meeting and
 * side: the text compared (its id, language, completeness, the text itself and its sentences' offsets), then
 * the topics with their status and evidence sentence indexes, the facts, the set phrases and the commitments
 * as the pair's JSON has them. Every offset points into that side's `text`.
 */
import type { BatchFormat, BatchMeeting } from './compare-batch-format';

const round = (x: number) => Math.round(x * 10_000) / 10_000;

function meetingDocument(m: BatchMeeting) {
  const { comparison, ledger, texts } = m;
  const side = (i: 0 | 1) => {
    const analysis = comparison.sides[i];
    const readout = m.readouts[i];
    return {
      side: analysis.side ?? null,
      textId: readout?.id ?? null,
      file: readout?.file ?? null,
      lang: analysis.lang,
      kind: readout?.kind ?? null,
      completeness: analysis.completeness,
      text: texts[i],
      sentences: ledger.sentences[i],
    };
  };
  return {
    id: m.meeting.id,
    date: m.meeting.date,
    title: m.meeting.title,
    format: m.meeting.format,
    sides: [side(0), side(1)],
    comparable: comparison.comparable,
    topics: comparison.topics.map((t) => ({
      id: t.id,
      status: t.status,
      counts: t.counts,
      shares: [round(t.shares[0]), round(t.shares[1])],
      absence: t.absence,
      evidence: { sentences: t.evidence.sentences, candidates: t.evidence.candidates },
    })),
    facts: ledger.facts,
    phrases: ledger.phrases,
    commitments: ledger.commitments,
  };
}

export function jsonFormat(corpus: string): BatchFormat {
  return {
    head: `{"corpus":${JSON.stringify(corpus)},"meetings":[\n`,
    meeting: (m, index) => `${index > 0 ? ',\n' : ''}${JSON.stringify(meetingDocument(m))}`,
    tail: '\n]}\n',
  };
}
