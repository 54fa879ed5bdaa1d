import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ingestFileInWorker, ingestTextInWorker } from '../../browser/compare-worker-client';
import { type IngestErrorData, isIngestError, toIngestErrorData } from '../../core/ingest/ingest-errors';
import type { IngestedText } from '../../core/ingest/ingest-text';
import type { Lang, Side } from '../../core/model';

/** An ingestion error, or a file the browser could not read at all. */
export type SideError =
  | IngestErrorData
  | { code: 'read-failed'; file?: string; details: Record<string, never> };

/** One side's input on the #/new page: what the box shows, where it came from, and its checked form. */
interface SideInputState {
  /** The text in the box (for an opened file: its extracted text). */
  text: string;
  /** The file the text came from; null for pasted or typed text. */
  fileName: string | null;
  busy: 'reading' | 'checking' | null;
  /** The ingestion of exactly `text` (null while stale). */
  result: IngestedText | null;
  error: SideError | null;
  /** The reader's correction of the detected language. */
  langOverride: Lang | null;
  /** The last input was a web page, shown here as its text. */
  htmlConverted: boolean;
}

export interface SideEditor extends SideInputState {
  side: Side;
  lang: Lang | null;
  setText(text: string): void;
  openFile(file: File): Promise<void>;
  setLang(lang: Lang): void;
  clear(): void;
  /** Replace everything (editing a stored meeting, swapping sides). */
  load(state: Partial<SideInputState>): void;
  /** The ingestion of the current text, computing it if stale; null when the text is refused. */
  ensureChecked(): Promise<IngestedText | null>;
}

const EMPTY: SideInputState = {
  text: '',
  fileName: null,
  busy: null,
  result: null,
  error: null,
  langOverride: null,
  htmlConverted: false,
};

/** The name pasted text goes by in the worker; the page shows the side's translated label instead. */
export const PASTED_LABEL = '(pasted)';

/** Typing pauses this long before the text is checked (language, metadata guesses). */
const CHECK_DELAY_MS = 400;

function asErrorData(error: unknown, name: string): SideError {
  if (isIngestError(error)) return toIngestErrorData(error);
  // The file vanished, permission was refused, or the worker failed.
  return { code: 'read-failed', file: name, details: {} };
}

export function useSideInput(side: Side): SideEditor {
  const [state, setState] = useState<SideInputState>(EMPTY);
  const stateRef = useRef(state);
  stateRef.current = state;
  // Each check carries a number; a result for older text is dropped.
  const seq = useRef(0);

  const check = useCallback(
    async (text: string, fileName: string | null): Promise<IngestedText | null> => {
      const mine = ++seq.current;
      if (text.trim() === '') {
        setState((s) => ({ ...s, busy: null, result: null, error: null }));
        return null;
      }
      setState((s) => ({ ...s, busy: 'checking' }));
      try {
        const result = await ingestTextInWorker(text, fileName ?? PASTED_LABEL, side);
        if (mine !== seq.current) return stateRef.current.result;
        // Pasted page source is shown as the text it becomes.
        const converted = result.kind === 'html';
        setState((s) => ({
          ...s,
          text: converted ? result.text : s.text,
          busy: null,
          result: converted ? { ...result, kind: 'text' } : result,
          error: null,
          htmlConverted: converted || s.htmlConverted,
        }));
        return result;
      } catch (error) {
        if (mine !== seq.current) return null;
        setState((s) => ({
          ...s,
          busy: null,
          result: null,
          error: asErrorData(error, fileName ?? PASTED_LABEL),
        }));
        return null;
      }
    },
    [side],
  );

  // Re-check after typing pauses.
  useEffect(() => {
    if (state.result || state.error || state.busy || state.text.trim() === '') return;
    const timer = setTimeout(() => void check(state.text, state.fileName), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state.text, state.fileName, state.result, state.error, state.busy, check]);

  const setText = useCallback((text: string) => {
    seq.current++;
    setState((s) => ({ ...s, text, result: null, error: null, busy: null, htmlConverted: false }));
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      const mine = ++seq.current;
      setState((s) => ({ ...s, busy: 'reading', error: null }));
      try {
        const result = await ingestFileInWorker(file, side);
        if (mine !== seq.current) return;
        setState({
          ...EMPTY,
          text: result.text,
          fileName: file.name,
          result,
          htmlConverted: result.kind === 'html',
        });
      } catch (error) {
        if (mine !== seq.current) return;
        // The text already in the box stays as it was.
        setState((s) => ({ ...s, busy: null, error: asErrorData(error, file.name) }));
      }
    },
    [side],
  );

  const ensureChecked = useCallback(async () => {
    const s = stateRef.current;
    if (s.result) return s.result;
    if (s.error) return null;
    return check(s.text, s.fileName);
  }, [check]);

  const setLang = useCallback((lang: Lang) => setState((s) => ({ ...s, langOverride: lang })), []);
  const clear = useCallback(() => {
    seq.current++;
    setState(EMPTY);
  }, []);
  const load = useCallback((next: Partial<SideInputState>) => {
    seq.current++;
    setState({ ...EMPTY, ...next });
  }, []);

  // One object per state: the page re-renders on every step of "Compare", and a box holding 100,000
  // characters should not re-render with it (SideBox is memoised on this object).
  return useMemo(
    () => ({
      ...state,
      side,
      lang: state.langOverride ?? state.result?.lang ?? null,
      setText,
      openFile,
      setLang,
      clear,
      load,
      ensureChecked,
    }),
    [state, side, setText, openFile, setLang, clear, load, ensureChecked],
  );
}
