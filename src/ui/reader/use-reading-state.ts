import { useCallback, useMemo, useState } from 'react';
import type { Lang, Meeting, Side } from '../../core/model';
import type { LinkTexts } from '../../core/view/route';
import {
  defaultChoice,
  findText,
  normaliseChoice,
  readerChoice,
  sameChoice,
  sameLanguageChoice,
  sharedLanguage,
  type TextChoice,
} from '../../core/view/text-choice';

export type ViewMode = 'aligned' | 'parallel';
/** `official`: each side's text closest to the official one; a language: both sides in it. */
export type LanguageMode = 'official' | Lang | 'custom';

/** A topic selection; `seq` changes on every selection so choosing the same topic again scrolls again. */
export interface TopicSelection {
  id: string;
  seq: number;
}

export interface ReadingState {
  choice: TextChoice;
  /**
   * The texts the reader chose (or a link named), which the address keeps; null while the page shows the
   * texts it picked for the UI language, which then follow a change of language.
   */
  chosen: TextChoice | null;
  pickText: (side: Side, id: string) => void;
  /** Shows a text of the meeting on its side (a note's "go to passage"); false for an unknown id. */
  showText: (id: string) => boolean;
  /** Applies the texts a link names (a link followed, back and forward). */
  followLink: (texts: LinkTexts | undefined) => void;
  languageMode: LanguageMode;
  setLanguageMode: (mode: 'official' | Lang) => void;
  /** The language both chosen texts share (diff is possible), or null. */
  shared: Lang | null;
  diff: boolean;
  setDiff: (on: boolean) => void;
  view: ViewMode;
  setView: (view: ViewMode) => void;
  topic: TopicSelection | null;
  selectTopic: (id: string | null) => void;
}

function sameLink(x: Partial<TextChoice> | null, y: LinkTexts | undefined): boolean {
  return (x?.cn ?? undefined) === y?.cn && (x?.us ?? undefined) === y?.us;
}

/**
 * What the reader chose on a meeting page: texts per side (from the link, else in the UI language), diff,
 * layout, selected topic (`initialTopic` from a link).
 */
export function useReadingState(
  meeting: Meeting,
  uiLang: Lang,
  initialTopic?: string,
  initialTexts?: LinkTexts,
): ReadingState {
  const [explicit, setExplicit] = useState<Partial<TextChoice> | null>(() => initialTexts ?? null);
  // The mode last picked: when two modes give the same texts (a meeting whose closest texts already share a
  // language), the radio the reader chose stays checked.
  const [picked, setPicked] = useState<'official' | Lang | null>(null);
  const [diff, setDiff] = useState(false);
  const [view, setView] = useState<ViewMode>('aligned');
  const [topic, setTopic] = useState<TopicSelection | null>(() =>
    initialTopic ? { id: initialTopic, seq: 1 } : null,
  );

  const fallback = useMemo(() => readerChoice(meeting, uiLang), [meeting, uiLang]);
  const choice = useMemo(
    () => (explicit ? normaliseChoice(meeting, explicit, fallback) : fallback),
    [meeting, explicit, fallback],
  );
  const chosen = explicit ? choice : null;

  const pickText = useCallback(
    (side: Side, id: string) =>
      setExplicit((current) =>
        normaliseChoice(meeting, { ...(current ?? {}), [side]: id }, readerChoice(meeting, uiLang)),
      ),
    [meeting, uiLang],
  );
  const showText = useCallback(
    (id: string) => {
      const text = findText(meeting, id);
      if (!text) return false;
      pickText(text.side, text.id);
      return true;
    },
    [meeting, pickText],
  );
  const followLink = useCallback(
    (texts: LinkTexts | undefined) =>
      setExplicit((current) => (sameLink(current, texts) ? current : (texts ?? null))),
    [],
  );
  const setLanguageMode = useCallback(
    (mode: 'official' | Lang) => {
      setPicked(mode);
      setExplicit((current) =>
        mode === 'official'
          ? defaultChoice(meeting)
          : (sameLanguageChoice(meeting, mode) ?? current ?? readerChoice(meeting, uiLang)),
      );
    },
    [meeting, uiLang],
  );
  const selectTopic = useCallback(
    (id: string | null) => setTopic((current) => (id === null ? null : { id, seq: (current?.seq ?? 0) + 1 })),
    [],
  );

  const languageMode: LanguageMode = useMemo(() => {
    const modes: ('official' | Lang)[] = ['official', 'zh', 'en'];
    const texts = (mode: 'official' | Lang) =>
      mode === 'official' ? defaultChoice(meeting) : sameLanguageChoice(meeting, mode);
    if (picked && sameChoice(choice, texts(picked))) return picked;
    // A reader who picked nothing sees the texts in their language: that mode first on a tie.
    const order = explicit ? modes : [uiLang, ...modes.filter((m) => m !== uiLang)];
    return order.find((mode) => sameChoice(choice, texts(mode))) ?? 'custom';
  }, [choice, meeting, picked, explicit, uiLang]);
  const shared = useMemo(() => sharedLanguage(meeting, choice), [meeting, choice]);

  return {
    choice,
    chosen,
    pickText,
    showText,
    followLink,
    languageMode,
    setLanguageMode,
    shared,
    diff: diff && shared !== null,
    setDiff,
    view,
    setView,
    topic,
    selectTopic,
  };
}
