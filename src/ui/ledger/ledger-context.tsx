import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Comparison } from '../../core/compare/types';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting, ReadoutText } from '../../core/model';
import { useHashRoute } from '../router/use-hash-route';
import { type MeetingLedgerState, useMeetingLedger } from './use-meeting-ledger';
import { useScrollToSentence } from './use-scroll-to-sentence';

/** A sentence the reader asked to see (a ledger quote clicked, a cell's link followed); `seq` repeats a request. */
export interface SentenceTarget {
  side: 0 | 1;
  index: number;
  /** The text the index belongs to: the mark goes away with another text on that side. */
  readoutId: string | null;
  seq: number;
}

export interface TargetApi {
  target: SentenceTarget | null;
  goTo: (side: 0 | 1, index: number) => void;
}

const LedgerContext = createContext<MeetingLedgerState | null>(null);
const TargetContext = createContext<TargetApi | null>(null);

/** The meeting's ledger state, or null outside a meeting page. */
export function useLedgerState(): MeetingLedgerState | null {
  return useContext(LedgerContext);
}

/** The sentence target and the way to set it, or null outside a meeting page. */
export function useSentenceTarget(): TargetApi | null {
  return useContext(TargetContext);
}

function useTarget(meetingId: string, texts: readonly [ReadoutText | null, ReadoutText | null]): TargetApi {
  const [target, setTarget] = useState<SentenceTarget | null>(null);
  const ids = [texts[0]?.id ?? null, texts[1]?.id ?? null] as const;
  const [cnId, usId] = ids;
  const goTo = useCallback(
    (side: 0 | 1, index: number) =>
      setTarget((prev) => ({ side, index, readoutId: side === 0 ? cnId : usId, seq: (prev?.seq ?? 0) + 1 })),
    [cnId, usId],
  );
  // A link's `&s=cn:3`: read when the link is followed (the reader then rewrites the address without it).
  const route = useHashRoute();
  const linked = route.name === 'meeting' && route.id === meetingId ? route.sentence : undefined;
  const key = linked ? `${linked.side}:${linked.index}` : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: follows the link's target only, once per link
  useEffect(() => {
    if (linked) goTo(linked.side === 'cn' ? 0 : 1, linked.index);
  }, [key]);
  useScrollToSentence(target);
  return useMemo(() => ({ target, goTo }), [target, goTo]);
}

/** The two contexts with given values (LedgerScope computes them; tests and stories give their own). */
export function LedgerProviders(props: {
  state: MeetingLedgerState | null;
  target: TargetApi | null;
  children: ReactNode;
}) {
  return (
    <LedgerContext.Provider value={props.state}>
      <TargetContext.Provider value={props.target}>{props.children}</TargetContext.Provider>
    </LedgerContext.Provider>
  );
}

interface Props {
  meeting: Meeting;
  /** The comparison the page shows (with the reader's corrections), null while it is being made. */
  comparison: Comparison | null;
  texts: readonly [ReadoutText | null, ReadoutText | null];
  lexicon: CompiledLexicon;
  children: ReactNode;
}

/** Gives a meeting page its ledger (computed after the rows are on screen) and its sentence target. */
export function LedgerScope({ meeting, comparison, texts, lexicon, children }: Props) {
  const state = useMeetingLedger({ meeting, comparison, texts, lexicon });
  const target = useTarget(meeting.id, texts);
  return (
    <LedgerProviders state={state} target={target}>
      {children}
    </LedgerProviders>
  );
}
