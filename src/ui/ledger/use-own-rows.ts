import { useEffect, useRef, useState } from 'react';
import { type LedgerRow, ledgerRows } from '../../core/ledger/ledger-rows';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Lang, Meeting } from '../../core/model';
import { compareInputOf, defaultChoice, findText } from '../../core/view/text-choice';
import { compareOwn } from './compare-own';
import { loadLedgerData } from './ledger-data-loader';

/** One of the reader's own meetings, as rows of the across-meetings table in both UI languages. */
export interface OwnRows {
  meetingId: string;
  texts: { cn: string | null; us: string | null };
  rows: Record<Lang, LedgerRow[]>;
}

export interface OwnRowsState {
  done: OwnRows[];
  /** Meetings still being compared. */
  pending: number;
  /** Meetings whose comparison failed. */
  failed: string[];
}

async function rowsOf(meeting: Meeting, lexicon: CompiledLexicon): Promise<OwnRows> {
  const { data, kit } = await loadLedgerData();
  const choice = defaultChoice(meeting);
  const cn = findText(meeting, choice.cn);
  const us = findText(meeting, choice.us);
  const a = compareInputOf(cn, 'cn');
  const b = compareInputOf(us, 'us');
  const comparison = await compareOwn(a, b, lexicon);
  const texts = [a.text, b.text] as const;
  const ledger = kit.meetingLedger({
    comparison,
    texts,
    phrases: data.phrases,
    commitments: data.commitments,
    meeting,
    readoutIds: [cn?.id ?? null, us?.id ?? null],
    lexicon,
  });
  return {
    meetingId: meeting.id,
    texts: { cn: cn?.id ?? null, us: us?.id ?? null },
    rows: { en: ledgerRows({ ledger, texts }, 'en'), zh: ledgerRows({ ledger, texts }, 'zh') },
  };
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
