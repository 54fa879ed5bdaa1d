import { useEffect, useRef, useState } from 'react';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import type { CorpusLedgerRows } from '../../core/view/ledger-data';
import { meetingRows } from '../../core/view/ledger-meeting-rows';
import { compareOwn } from './compare-own';
import { loadLedgerData } from './ledger-data-loader';

/** One of the reader's own meetings, as rows of the across-meetings table in both UI languages. */
export type OwnRows = CorpusLedgerRows;

export interface OwnRowsState {
  done: OwnRows[];
  /** Meetings still being compared. */
  pending: number;
  /** Meetings whose comparison failed. */
  failed: string[];
}

async function rowsOf(meeting: Meeting, lexicon: CompiledLexicon): Promise<OwnRows> {
  const { data, kit } = await loadLedgerData();
  return meetingRows(meeting, {
    data,
    lexicon,
    ledgerOf: kit.meetingLedger,
    compare: async (a, b) => ({ comparison: await compareOwn(a, b, lexicon) }),
  });
}

/**
 * The reader's own meetings as ledger rows, made in the browser when the across-meetings page asks (one
 * meeting at a time, compared off this thread). A meeting edited since is made again; one removed is dropped.
 */
export function useOwnRows(meetings: readonly Meeting[], lexicon: CompiledLexicon): OwnRowsState {
  const cache = useRef(new Map<Meeting, OwnRows>());
  const [state, setState] = useState<OwnRowsState>({ done: [], pending: meetings.length, failed: [] });
  useEffect(() => {
    let live = true;
    const run = async () => {
      const done: OwnRows[] = [];
      const failed: string[] = [];
      for (const meeting of meetings) {
        let rows = cache.current.get(meeting);
        if (!rows) {
          try {
            rows = await rowsOf(meeting, lexicon);
            cache.current.set(meeting, rows);
          } catch {
            failed.push(meeting.id);
          }
        }
        if (!live) return;
        if (rows) done.push(rows);
        setState({
          done: [...done],
          pending: meetings.length - done.length - failed.length,
          failed: [...failed],
        });
      }
      if (live) setState({ done, pending: 0, failed });
    };
    void run();
    return () => {
      live = false;
    };
  }, [meetings, lexicon]);
  return state;
}
