import { useEffect } from 'react';
import type { Meeting } from '../../core/model';
import { useAppData } from '../app/app-data';
import { type OwnRowsState, useOwnRows } from './use-own-rows';

/**
 * Makes the rows of the reader's own meetings and hands them up. A component of its own, rendered only when
 * there are such meetings: the lexicon it needs (for the topics' labels) then loads, never otherwise.
 */
export function OwnRowsLoader(props: {
  meetings: readonly Meeting[];
  onRows: (state: OwnRowsState) => void;
}) {
  const { meetings, onRows } = props;
  const { lexicon } = useAppData();
  const state = useOwnRows(meetings, lexicon);
  useEffect(() => onRows(state), [state, onRows]);
  return null;
}
