import type { Lang } from '../model';
import type { EventFacts } from './facts';
import type { ChannelFact } from './format-channel';
import { LEDGER_LABELS, type LedgerLabels } from './ledger-labels';
import type { SpeakerFact } from './speakers';

/*
 * The facts' words shared by the ledger's two written forms (the Markdown export and the copy-ready document):
 * quotes from the texts, who asked for the call, and the table of each side's facts. Each form keeps only how
 * it lays them out and how it words a channel.
 */

export type Texts = readonly [string, string];

/** The words of a span of one side's text, in quotation marks. */
export const quoted = (texts: Texts, side: 0 | 1, span: { start: number; end: number }) =>
  `“${texts[side].slice(span.start, span.end)}”`;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Where the format comes from: the meeting record, the words of a text, or both. */
export function formatSources(facts: EventFacts, texts: Texts, labels: LedgerLabels): string[] {
  const { format } = facts;
  return [
    ...(format.source === 'meeting' ? [labels.fromRecord] : []),
    ...(format.evidence
      ? [`${labels.fromTexts} ${quoted(texts, format.evidence.side, format.evidence)}`]
      : []),
  ];
}

/** Who asked for the call, with the words that say so; every claim when the texts disagree. */
export function askedText(
  facts: EventFacts,
  texts: Texts,
  names: [string, string],
  labels: LedgerLabels,
): string {
  if (facts.requestConflict) {
    const claims = facts.requestMentions.map((m) => `${names[m.side]} ${quoted(texts, m.side, m)}`);
    return `${labels.disputed}: ${claims.join('; ')}`;
  }
  const ev = facts.requestedEvidence;
  if (!ev || !facts.requestedParty) return labels.notStated;
  const who = facts.requestedBy
    ? names[facts.requestedBy === 'a' ? 0 : 1]
    : labels.side[facts.requestedParty];
  return `${who} (${names[ev.side]}: ${quoted(texts, ev.side, ev)})`;
}

/** Why the length ratio reads with care: the texts are in different languages, or one is an excerpt. */
export function ratioNotes(facts: EventFacts, labels: LedgerLabels): string[] {
  return [
    ...(facts.ratio.sameLanguage ? [] : [labels.differentLanguages]),
    ...(facts.ratio.comparable ? [] : [labels.excerptNote]),
  ];
}

function speakerCell(fact: SpeakerFact | null, texts: Texts, side: 0 | 1, labels: LedgerLabels): string {
  return fact ? `${labels.speaker[fact.speaker]}: ${quoted(texts, side, fact.evidence)}` : labels.notStated;
}

/** A side's channel in words; the two forms word a missing readout differently. */
export type ChannelCell = (channel: ChannelFact, labels: LedgerLabels, lang: Lang) => string;

/** "(via X, Y)" after an issuer, or nothing when the text came straight from it. */
export const viaText = (channel: ChannelFact, labels: LedgerLabels, lang: Lang) =>
  channel.via.length > 0 ? ` (${labels.via} ${channel.via.map((v) => v[lang]).join(', ')})` : '';

/** The rows of the side-by-side facts table: a label, then each side's cell. */
export function sideFactRows(
  facts: EventFacts,
  texts: Texts,
  lang: Lang,
  channelCell: ChannelCell,
): string[][] {
  const labels = LEDGER_LABELS[lang];
  const both = (fn: (i: 0 | 1) => string): [string, string] => [fn(0), fn(1)];
  const rows: string[][] = [
    [
      labels.length,
      ...both((i) => {
        const l = facts.lengths[i];
        return labels.lengthCell(l.chars, l.words, l.sentences, l.paragraphs);
      }),
    ],
    [
      labels.firstSpeaker,
      ...both((i) => speakerCell(facts.firstSingleSpeaker[i] ?? facts.firstSpeaker[i], texts, i, labels)),
    ],
    [
      labels.reports,
      ...both((i) => {
        const s = facts.speakerShares[i];
        return [s.self, s.counterpart, s.both, s.unstated].map((x) => percent(x.share)).join(' / ');
      }),
    ],
  ];
  if (facts.channels.some((c) => c !== null)) {
    rows.push([
      labels.channel,
      ...both((i) => {
        const c = facts.channels[i];
        return c ? channelCell(c, labels, lang) : labels.notStated;
      }),
    ]);
  }
  return rows;
}
