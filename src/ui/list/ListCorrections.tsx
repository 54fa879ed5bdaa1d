import { useEffect } from 'react';
import type { Meeting } from '../../core/model';
import type { MeetingEntry } from '../../core/view/meeting-index';
import { type ListCorrections as Api, useListCorrections } from './use-list-corrections';

interface Props {
  entries: readonly MeetingEntry[];
  own: readonly Meeting[];
  onChange: (api: Api & { from: readonly MeetingEntry[] }) => void;
}

/**
 * The list's link to the reader's corrections (the notes store, anchoring), in a chunk of its own: the list page
 * loads it only once this browser has notes, or the reader answers from the list. Renders nothing; hands the
 * corrected entries and the writer up.
 */
export default function ListCorrections({ entries, own, onChange }: Props) {
  const { entries: corrected, setVerdict, wantTexts } = useListCorrections(entries, own);
  useEffect(
    () => onChange({ entries: corrected, setVerdict, wantTexts, from: entries }),
    [corrected, setVerdict, wantTexts, onChange, entries],
  );
  return null;
}
