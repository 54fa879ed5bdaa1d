/**
 * The meeting "Compare" saves: a new one, the one being edited, or (pairing, issue 11) the meeting the texts
 * join. Joining one of the reader's own meetings updates it in place; joining a corpus meeting saves the
 * reader's own copy of it with their text added beside the corpus's texts (as readouts:add adds a full text
 * beside the excerpts), every corpus text kept with its provenance as it is, never relabelled.
 */
import {
  type BuildEnv,
  buildUserMeeting,
  type MeetingForm,
  rebuildUserMeeting,
  type SideInput,
} from '../../core/ingest/user-meeting';
import type { Meeting, ReadoutText, Side } from '../../core/model';
import { SIDES, textsOfSide } from '../../core/view/text-choice';

export interface SaveRequest {
  cn: SideInput;
  us: SideInput;
  form: MeetingForm;
  env: BuildEnv;
  editing: Meeting | null;
  join: Meeting | null;
  /** Sides that keep the joined (or edited) meeting's texts as they are; the others get the reader's text. */
  kept: readonly Side[];
}

/** Each side's texts in reading order: the meeting builders keep the first text's id for the side's box. */
function ordered(meeting: Meeting, readouts: ReadoutText[]): ReadoutText[] {
  return SIDES.flatMap((side) => textsOfSide({ ...meeting, readouts }, side));
}

/** The reader's texts added to a copy of a corpus meeting; a side's missing entry goes once it has a text. */
function joinCorpusMeeting(target: Meeting, built: Meeting, sidesWithText: readonly Side[]): Meeting {
  const taken = new Set(target.readouts.map((r) => r.id));
  const added = built.readouts
    .filter((r) => sidesWithText.includes(r.side))
    .map((r) => {
      let id = r.id;
      for (let n = 2; taken.has(id); n++) id = `${r.id}-${n}`;
      return { ...r, id };
    });
  const readouts = ordered(built, [...added, ...target.readouts]);
  const missing = target.missing.filter((m) => !readouts.some((r) => r.side === m.side));
  return { ...built, readouts, missing };
}

export function meetingToSave(request: SaveRequest): { meeting: Meeting; update: boolean } {
  const { cn, us, form, env, editing, join, kept } = request;
  const added = SIDES.filter((side) => !kept.includes(side));
  const updated = editing ?? (join?.origin === 'user' ? join : null);
  if (updated) {
    const rebuilt = rebuildUserMeeting(updated, cn, us, form, env);
    const replaced = new Set(rebuilt.readouts.map((r) => r.id));
    // A kept side's texts stay as they are; a side given a text keeps its other texts (a corpus copy's) beside.
    const readouts = SIDES.flatMap((side) =>
      kept.includes(side)
        ? updated.readouts.filter((r) => r.side === side)
        : [
            ...rebuilt.readouts.filter((r) => r.side === side),
            ...updated.readouts.filter((r) => r.side === side && !replaced.has(r.id)),
          ],
    );
    return { meeting: { ...rebuilt, readouts: ordered(rebuilt, readouts) }, update: true };
  }
  const built = buildUserMeeting(cn, us, form, env);
  if (join) return { meeting: joinCorpusMeeting(join, built, added), update: false };
  return { meeting: built, update: false };
}
