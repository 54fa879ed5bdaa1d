/**
 * A meeting that is not in the corpus yet, from one readout: its id (date + the principals' slugs), its
 * meeting.yaml with everything guessed marked as such in a comment, and a `missing` entry for the other side
 * (named after the office of the other side's principal), which the other side's readout replaces later.
 */
import type { Bilingual, Side } from '../../model';
import { ExtractError } from '../extract-error';
import type { IssuerRules } from '../issuer-rules';
import type { Gazetteer } from '../officials';
import type { MeetingMeta } from '../types';
import { meetingFileText } from './corpus-files';

const SIDE_NAME: Record<Side, Bilingual> = {
  cn: { en: 'Chinese side', zh: '中方' },
  us: { en: 'U.S. side', zh: '美方' },
};
const OTHER: Record<Side, Side> = { cn: 'us', us: 'cn' };

export function newMeetingId(
  date: string,
  meta: MeetingMeta,
  gazetteer: Gazetteer,
  taken: ReadonlySet<string>,
): string {
  const slugOf = (side: Side) => {
    const p = meta.participants.find((x) => x.side === side);
    return gazetteer.officials.find((o) => o.id === p?.official)?.slug ?? side;
  };
  const base = `${date}-${slugOf('cn')}-${slugOf('us')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export interface NewMeetingInput {
  id: string;
  date: string;
  meta: MeetingMeta;
  /** Side of the readout being added: the other side is recorded as missing. */
  side: Side;
  rules: IssuerRules;
  origin: string;
  retrieved: string;
}

export function newMeetingText(input: NewMeetingInput): string {
  const { meta } = input;
  const sides = new Set(meta.participants.map((p) => p.side));
  if (sides.size < 2) {
    const named = meta.participants.map((p) => `${p.name.en} (${p.side})`).join(', ') || 'none';
    const unlisted = meta.unlisted.map((u) => `${u.title.title.en} ${u.name} (${u.side})`).join(', ');
    throw new ExtractError(
      'unknown-participants',
      `could not recognise a participant of each side in the text (found: ${named}` +
        `${unlisted ? `; not in the gazetteer: ${unlisted}` : ''}); add the officials to the ` +
        'gazetteer (officials.yaml) or pass --meeting ID of an existing meeting',
    );
  }
  if (!meta.format || !meta.title) {
    throw new ExtractError(
      'unknown-format',
      'the text does not say whether this was a call, a video call, a meeting or talks; pass --meeting ID of an existing meeting',
    );
  }
  const other = OTHER[input.side];
  const counterpart = meta.participants.find((p) => p.side === other);
  const rule = input.rules.issuers.find((r) => r.code === counterpart?.issuer && r.side === other);
  const otherName = SIDE_NAME[other];
  const missing = {
    side: other,
    issuer: rule?.name ?? otherName,
    note: {
      en: `Not in the corpus yet: add the ${otherName.en}'s readout with npm run readouts:add.`,
      zh: `尚未收录：可用 npm run readouts:add 添加${otherName.zh}纪要。`,
    },
  };
  const guessed = [
    'date',
    'format',
    ...(meta.place ? ['place'] : []),
    ...(meta.requestedBy ? [`who asked for the call ("${meta.requestedBy.phrase}")`] : []),
    'title',
    'participants and their titles',
  ];
  return meetingFileText({
    id: input.id,
    date: input.date,
    format: meta.format.value,
    ...(meta.place ? { place: meta.place.value } : {}),
    ...(meta.requestedBy ? { requestedBy: meta.requestedBy.side } : {}),
    title: meta.title.value,
    participants: meta.participants,
    missing: [missing],
    comment: [
      `Written by npm run readouts:add on ${input.retrieved} from ${input.origin}.`,
      `Guessed from the readout text (check them): ${guessed.join(', ')}.`,
    ],
  });
}
