import { startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Comparison, SideAnalysis } from '../../core/compare/types';
import type { LedgerInput, MeetingLedger } from '../../core/ledger/meeting-ledger';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Lang, Meeting, ReadoutText } from '../../core/model';
import type { Steps } from '../../core/steps/steps';
import type { TextConverter } from '../../core/text/normalize';
import { hasTraditional, loadSimplifier } from '../../core/text/simplifier';
import type { CompiledLedgerData } from '../../core/view/ledger-data';
import type { PhraseGlanceView } from '../../core/view/ledger-phrase-glance';
import type { PhraseMarks } from '../../core/view/ledger-phrase-marks';
import { otherLanguageText } from '../../core/view/ledger-translation';
import { builtComparison } from '../app/built-comparisons';
import { whenIdleAfterPaint } from '../hooks/after-next-paint';
import { runInSlices } from '../hooks/run-in-slices';
import { type LedgerKit, type LoadedLedger, loadedLedgerData, loadLedgerData } from './ledger-data-loader';

export interface MeetingLedgerState {
  status: 'pending' | 'ready' | 'failed';
  ledger: MeetingLedger | null;
  data: CompiledLedgerData | null;
  /** The texts the ledger was made of (every offset in it points into these). */
  texts: readonly [string, string];
  /** Their ids: marks apply only to the very texts the ledger read. */
  readoutIds: readonly [string | null, string | null];
  marks: PhraseMarks;
  /** The set phrases' section of the glance, per UI language. */
  glance: Record<Lang, PhraseGlanceView> | null;
}

interface Input {
  meeting: Meeting;
  comparison: Comparison | null;
  texts: readonly [ReadoutText | null, ReadoutText | null];
  lexicon: CompiledLexicon;
}

const NO_TEXTS = ['', ''] as const;
const NO_MARKS: PhraseMarks = { decorations: [[], []], byId: new Map() };

/** Each side's text in the other language, analysed, where the build compared it (corpus meetings). */
function translationsOf(
  meeting: Meeting,
  texts: readonly [ReadoutText | null, ReadoutText | null],
): [SideAnalysis | null, SideAnalysis | null] {
  const [cn, us] = texts;
  const cnOther = otherLanguageText(meeting, cn);
  const usOther = otherLanguageText(meeting, us);
  const a = cnOther ? builtComparison(meeting.id, cnOther.id, us?.id ?? null) : null;
  const b = usOther ? builtComparison(meeting.id, cn?.id ?? null, usOther.id) : null;
  return [a?.sides[0] ?? null, b?.sides[1] ?? null];
}

/**
 * Loads the ledger's data once the page has painted and the browser is idle (the texts come first; the
 * ledger's chunks would share the network with them); null until it has loaded.
 */
function useLedgerData(): { loaded: LoadedLedger | null; failed: boolean } {
  const [loaded, setLoaded] = useState(loadedLedgerData);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const cancel = whenIdleAfterPaint(() => {
      loadLedgerData().then(
        (result) => {
          if (live) startTransition(() => setLoaded(result));
        },
        () => {
          if (live) setFailed(true);
        },
      );
    }, 1000);
    return () => {
      live = false;
      cancel();
    };
  }, [loaded]);
  return { loaded, failed };
}

/** The Traditional → Simplified converter when a text needs it (loaded then only); null while it loads. */
function useSimplifier(texts: readonly [string, string]): { ready: boolean; convert?: TextConverter } {
  const needs = useMemo(() => hasTraditional(texts[0]) || hasTraditional(texts[1]), [texts]);
  const [convert, setConvert] = useState<TextConverter | null>(null);
  useEffect(() => {
    if (!needs || convert) return;
    let live = true;
    loadSimplifier().then(
      (c) => {
        if (live) setConvert(() => c);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needs, convert]);
  return useMemo(
    () => (!needs ? { ready: true } : convert ? { ready: true, convert } : { ready: false }),
    [needs, convert],
  );
}

interface LedgerJob {
  kit: LedgerKit;
  input: LedgerInput;
  phrasesData: CompiledLedgerData['phrases']['data'];
  strings: readonly [string, string];
  readoutIds: readonly [string | null, string | null];
}

interface MadeLedger {
  job: LedgerJob;
  ledger: MeetingLedger;
  texts: readonly [string, string];
  readoutIds: readonly [string | null, string | null];
  marks: PhraseMarks;
  glance: Record<Lang, PhraseGlanceView>;
}

function* ledgerSteps(job: LedgerJob): Steps<MadeLedger> {
  const ledger = yield* job.kit.meetingLedgerSteps(job.input);
  yield;
  const marks = job.kit.phraseMarks(ledger, job.phrasesData, job.strings);
  yield;
  const glance = {
    en: job.kit.phraseGlanceView(ledger, job.phrasesData, 'en'),
    zh: job.kit.phraseGlanceView(ledger, job.phrasesData, 'zh'),
  };
  return { job, ledger, texts: job.strings, readoutIds: job.readoutIds, marks, glance };
}

/**
 * The ledger of `job`, made in slices between which the browser paints and answers input. The ledger of the
 * previous job stays meanwhile (the page says it is pending): it carries the texts it was made of, so its marks
 * never land on other words.
 */
function useSlicedLedger(job: LedgerJob | null): MadeLedger | null {
  const [made, setMade] = useState<MadeLedger | null>(null);
  useEffect(() => {
    if (!job) return;
    const controller = new AbortController();
    runInSlices(ledgerSteps(job), controller.signal).then(
      (result) => startTransition(() => setMade(result)),
      () => undefined, // aborted: a newer job (or none) replaced this one
    );
    return () => controller.abort();
  }, [job]);
  return made;
}

/**
 * The meeting's ledger (facts, phrases, commitments, topics), made by the pure core once the rows are on
 * screen: the comparison reaches this hook through a deferred value, so the ledger is computed in a background
 * render after the texts have been committed, never before them. The data chunk loads meanwhile.
 */
export function useMeetingLedger({ meeting, comparison, texts, lexicon }: Input): MeetingLedgerState {
  const { loaded, failed } = useLedgerData();
  const data = loaded?.data ?? null;
  const kit = loaded?.kit ?? null;
  const input = useMemo(() => (comparison ? { comparison, texts } : null), [comparison, texts]);
  const deferred = useDeferredValue(input, null);
  const strings = useMemo(
    () => [deferred?.texts[0]?.text ?? '', deferred?.texts[1]?.text ?? ''] as const,
    [deferred],
  );
  const simplifier = useSimplifier(strings);
  const readoutIds = useMemo(
    () => [deferred?.texts[0]?.id ?? null, deferred?.texts[1]?.id ?? null] as const,
    [deferred],
  );
  const job = useMemo((): LedgerJob | null => {
    if (!deferred || !data || !kit || !simplifier.ready) return null;
    return {
      kit,
      phrasesData: data.phrases.data,
      strings,
      readoutIds,
      input: {
        comparison: deferred.comparison,
        texts: strings,
        phrases: data.phrases,
        commitments: data.commitments,
        meeting,
        readoutIds,
        lexicon,
        translations: translationsOf(meeting, deferred.texts),
        ...(simplifier.convert ? { toSimplified: simplifier.convert } : {}),
      },
    };
  }, [deferred, data, kit, simplifier, meeting, lexicon, strings, readoutIds]);
  const made = useSlicedLedger(job);
  const ledger = made?.ledger ?? null;
  return useMemo(
    () => ({
      status: made && made.job === job ? 'ready' : failed ? 'failed' : 'pending',
      ledger,
      data,
      texts: made?.texts ?? NO_TEXTS,
      readoutIds: made?.readoutIds ?? readoutIds,
      marks: made?.marks ?? NO_MARKS,
      glance: made?.glance ?? null,
    }),
    [made, job, ledger, failed, data, readoutIds],
  );
}
