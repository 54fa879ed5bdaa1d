import { useCallback, useMemo, useState } from 'react';
import { findPairedMeeting } from '../../core/extract/corpus/pairing';
import type { Meeting, Side } from '../../core/model';
import { detailsOfMeeting, sideTextOf } from './initial-state';
import type { Suggestions } from './suggest-details';
import type { DetailsField, DetailsValues, GuessOrigin } from './use-meeting-details';

/**
 * Pairing on `#/new` (issue 11): when the texts' date and participants match a meeting the reader can already
 * open (one of their own first, then the corpus), the form offers to add the texts to it, and does so unless
 * the reader chooses a new meeting. Joining one of the reader's meetings updates it in place (its id, its
 * notes); joining a corpus meeting saves the reader's own copy of it with their text (the corpus is read-only).
 */
type PairingChoice = 'join' | 'new';

export interface Pairing {
  /** The meeting the texts match, if any. */
  match: Meeting | null;
  choice: PairingChoice;
  choose(choice: PairingChoice): void;
  /** The meeting the texts will join: the match, unless the reader chose a new meeting. */
  target: Meeting | null;
}

export function usePairing(
  enabled: boolean,
  suggestions: Suggestions,
  meetings: readonly Meeting[],
): Pairing {
  const date = suggestions.values.date;
  const match = useMemo(() => {
    const sides = new Set(suggestions.participants.map((p) => p.side));
    if (!enabled || !date || sides.size < 2) return null;
    const found = findPairedMeeting(
      meetings.map((meeting) => ({ meeting })),
      date,
      suggestions.participants,
    );
    return found?.meeting ?? null;
  }, [enabled, date, suggestions.participants, meetings]);
  // The match the reader turned down; a different match is offered again.
  const [declined, setDeclined] = useState<string | null>(null);
  const choice: PairingChoice = match && declined !== match.id ? 'join' : 'new';
  const choose = useCallback(
    (next: PairingChoice) => setDeclined(next === 'new' ? (match?.id ?? null) : null),
    [match],
  );
  return useMemo(
    () => ({ match, choice, choose, target: choice === 'join' ? match : null }),
    [match, choice, choose],
  );
}

const SIDE_FIELDS: Record<Side, { issuer: DetailsField; source: DetailsField; excerpt: DetailsField }> = {
  cn: { issuer: 'issuerCn', source: 'sourceCn', excerpt: 'excerptCn' },
  us: { issuer: 'issuerUs', source: 'sourceUs', excerpt: 'excerptUs' },
};

/**
 * The details when joining `target`: the meeting's own; for each side the reader gives a text, that text's
 * issuer, address and completeness (as found) instead of those of the text it replaces.
 */
export function joinDetails(
  target: Meeting,
  suggestions: Suggestions,
  sidesWithText: readonly Side[],
): { values: Partial<DetailsValues>; origin: Partial<Record<DetailsField, GuessOrigin>> } {
  const values: Partial<DetailsValues> = detailsOfMeeting(target);
  const origin: Partial<Record<DetailsField, GuessOrigin>> = {};
  for (const side of sidesWithText) {
    const fields = SIDE_FIELDS[side];
    const replaced = sideTextOf(target, side) !== null;
    for (const field of [fields.issuer, fields.source] as const) {
      const found = suggestions.values[field];
      const from = suggestions.origin[field];
      if (typeof found === 'string' && found) {
        Object.assign(values, { [field]: found });
        if (from) origin[field] = from;
      } else if (replaced && field === fields.source) {
        // The address of the text being replaced is not this text's.
        Object.assign(values, { [field]: '' });
      }
    }
    Object.assign(values, { [fields.excerpt]: suggestions.values[fields.excerpt] === true });
  }
  // The meeting's own record of who asked wins; where it says nothing, the texts' words are offered as a guess.
  const asked = suggestions.values.requestedBy;
  const askedFrom = suggestions.origin.requestedBy;
  if (!values.requestedBy && asked && askedFrom) {
    values.requestedBy = asked;
    origin.requestedBy = askedFrom;
  }
  return { values, origin };
}
