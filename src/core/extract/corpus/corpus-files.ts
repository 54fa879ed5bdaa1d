/**
 * The text of the files readouts:add writes, in the corpus format (readouts/README.md): a readout file
 * (front matter, then the text), a new meeting.yaml, and an existing meeting.yaml with a side's `missing`
 * entry taken out or who asked added (comments and layout of the rest kept).
 */
import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { Bilingual, MeetingFormat, Side } from '../../model';
import type { FoundParticipant } from '../types';

export interface ReadoutFileInput {
  id: string;
  side: Side;
  lang: 'zh' | 'en';
  issuer: Bilingual;
  source: { title?: string; url?: string; date?: string };
  note: Bilingual;
  text: string;
}

const YAML_OPTIONS = { lineWidth: 0 } as const;

export function readoutFileText(input: ReadoutFileInput): string {
  const frontMatter = {
    id: input.id,
    side: input.side,
    lang: input.lang,
    kind: 'original',
    issuer: input.issuer,
    completeness: 'full',
    source: input.source,
    note: input.note,
  };
  return `---\n${stringify(frontMatter, YAML_OPTIONS)}---\n${input.text}\n`;
}

export interface MeetingFileInput {
  id: string;
  date: string;
  format: MeetingFormat;
  place?: Bilingual;
  /** Which side asked for the call, where the page says so. */
  requestedBy?: Side;
  title: Bilingual;
  participants: readonly FoundParticipant[];
  missing: { side: Side; issuer: Bilingual; note: Bilingual }[];
  /** Comment lines written at the top (what was guessed, from where). */
  comment: string[];
}

export function meetingFileText(input: MeetingFileInput): string {
  const data: Record<string, unknown> = { id: input.id, date: input.date, format: input.format };
  if (input.place) data.place = input.place;
  if (input.requestedBy) data.requestedBy = input.requestedBy;
  data.title = input.title;
  data.participants = input.participants.map((p) => ({ side: p.side, name: p.name, title: p.title }));
  data.missing = input.missing;
  const comment = input.comment.map((line) => `# ${line}`.trimEnd()).join('\n');
  return `${comment}\n${stringify(data, YAML_OPTIONS)}`;
}

/** The meeting.yaml text without the `missing` entry of `side` (unchanged when it has none). */
export function withoutMissing(meetingYaml: string, side: Side): string {
  const doc = parseDocument(meetingYaml);
  const missing = doc.get('missing', true);
  if (!missing || typeof missing !== 'object' || !('items' in missing) || !Array.isArray(missing.items)) {
    return meetingYaml;
  }
  const index = (missing.items as unknown[]).findIndex((item) => {
    const node = item as { get?: (key: string) => unknown };
    return typeof node.get === 'function' && node.get('side') === side;
  });
  if (index < 0) return meetingYaml;
  doc.deleteIn(['missing', index]);
  return doc.toString(YAML_OPTIONS);
}

/**
 * The meeting.yaml text with `requestedBy` added after `format` (or `place`), a comment giving the words that
 * say so; unchanged when the file already states it: a record someone wrote is never overwritten by a guess
 * (the ledger shows the texts' words beside it, and a disagreement).
 */
export function withRequestedBy(meetingYaml: string, side: Side, words: string): string {
  const doc = parseDocument(meetingYaml);
  // Widened so the new pair (not a parsed node) fits among the parsed ones.
  const map: unknown = doc.contents;
  if (!isMap(map) || map.has('requestedBy')) return meetingYaml;
  const keyOf = (item: (typeof map.items)[number]) => (isScalar(item.key) ? item.key.value : item.key);
  const after = ['place', 'format']
    .map((k) => map.items.findIndex((i) => keyOf(i) === k))
    .find((i) => i >= 0);
  const pair = doc.createPair('requestedBy', side);
  if (isScalar(pair.value)) pair.value.comment = ` guessed from "${words}" in a readout text: check`;
  map.items.splice((after ?? map.items.length - 1) + 1, 0, pair);
  return doc.toString(YAML_OPTIONS);
}
