import type { AbsenceReason } from '../compare/types';
import type { CommitmentsData } from '../ledger/commitment-data';
import type { CommitmentStatus } from '../ledger/match-commitments';
import type { MeetingLedger } from '../ledger/meeting-ledger';
import type { Bilingual, Side } from '../model';
import { type LedgerQuote, quoteOf } from './ledger-quote';

/*
 * The commitments tracker of one meeting as the panel lists it: per named list, the items at least one readout
 * has, each with which side lists it and which leaves it out (and why: left out, not in the excerpt, no
 * readout); an assurance a readout says was NOT given is shown as such, with the words that say so.
 */

export interface CommitmentSideView {
  status: CommitmentStatus;
  /** Why the side does not list it; null when it does. */
  absence: AbsenceReason | null;
  /** The first wording found on this side (the negation's words marked for a negated one). */
  quote: LedgerQuote | null;
  /** For a negated item: the words that say it was not given. */
  cue: LedgerQuote | null;
}

export interface CommitmentItemView {
  id: string;
  label: Bilingual;
  sides: [CommitmentSideView, CommitmentSideView];
}

export interface CommitmentListView {
  id: string;
  by: Side;
  label: Bilingual;
  why: Bilingual;
  /** The comparison side whose country gives these assurances; null when neither is. */
  ownSide: 0 | 1 | null;
  /** Items at least one side lists or says were not given, in the data file's order. */
  items: CommitmentItemView[];
  /** Items neither readout has. */
  neither: number;
}

export function commitmentsView(
  ledger: MeetingLedger,
  data: CommitmentsData,
  texts: readonly [string, string],
): CommitmentListView[] {
  return ledger.commitments.map((list) => {
    const listData = data.lists.find((l) => l.id === list.id);
    const items: CommitmentItemView[] = [];
    let neither = 0;
    for (const item of list.items) {
      if (item.status.every((s) => s === 'absent')) {
        neither++;
        continue;
      }
      const side = (i: 0 | 1): CommitmentSideView => {
        const first = item.matches[i][0];
        const status = item.status[i];
        const negated = status === 'negated' ? item.matches[i].find((m) => m.negated && m.cue) : undefined;
        return {
          status,
          absence: item.absence[i],
          quote: first ? quoteOf(ledger, texts, i, negated ?? first) : null,
          cue: negated?.cue ? quoteOf(ledger, texts, i, negated.cue) : null,
        };
      };
      items.push({ id: item.id, label: item.label, sides: [side(0), side(1)] });
    }
    return {
      id: list.id,
      by: list.by,
      label: list.label,
      why: listData?.why ?? list.label,
      ownSide: list.ownSide,
      items,
      neither,
    };
  });
}

/** How many items across all lists at least one side has. */
export function commitmentCount(lists: readonly CommitmentListView[]): number {
  return lists.reduce((n, l) => n + l.items.length, 0);
}
