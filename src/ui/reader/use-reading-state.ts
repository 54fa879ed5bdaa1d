import { useCallback, useMemo, useState } from 'react';
import type { Lang, Meeting, Side } from '../../core/model';
import {
  defaultChoice,
  normaliseChoice,
  sameLanguageChoice,
  sharedLanguage,
  type TextChoice,
} from '../../core/view/text-choice';

export type ViewMode = 'aligned' | 'parallel';
export type LanguageMode = 'default' | Lang | 'custom';

/** A topic selection; `seq` changes on every selection so choosing the same topic again scrolls again. */
export interface TopicSelection {
  id: string;
  seq: number;
}

export interface ReadingState {
  choice: TextChoice;
  pickText: (side: Side, id: string) => void;
  languageMode: LanguageMode;
  setLanguageMode: (mode: 'default' | Lang) => void;
  /** The language both chosen texts share (diff is possible), or null. */
  shared: Lang | null;
  diff: boolean;
  setDiff: (on: boolean) => void;
  view: ViewMode;
  setView: (view: ViewMode) => void;
  topic: TopicSelection | null;
  selectTopic: (id: string | null) => void;
}

function sameChoice(x: TextChoice, y: TextChoice | null): boolean {
  return y !== null && x.cn === y.cn && x.us === y.us;
}

/** What the reader chose on a meeting page: texts per side, diff, layout, selected topic (`initialTopic` from a link). */
export function useReadingState(meeting: Meeting, initialTopic?: string): ReadingState {
  const [choice, setChoice] = useState<TextChoice>(() => defaultChoice(meeting));
  // The mode last picked: when two modes give the same texts (a meeting whose closest texts already share a
  // language), the radio the reader chose stays checked.
  const [picked, setPicked] = useState<'default' | Lang>('default');
  const [diff, setDiff] = useState(false);
  const [view, setView] = useState<ViewMode>('aligned');
  const [topic, setTopic] = useState<TopicSelection | null>(() =>
    initialTopic ? { id: initialTopic, seq: 1 } : null,
  );

  const pickText = useCallback(
    (side: Side, id: string) => setChoice((current) => normaliseChoice(meeting, { ...current, [side]: id })),
    [meeting],
  );
  const setLanguageMode = useCallback(
    (mode: 'default' | Lang) => {
      setPicked(mode);
      setChoice((current) =>
        mode === 'default' ? defaultChoice(meeting) : (sameLanguageChoice(meeting, mode) ?? current),
      );
    },
    [meeting],
  );
  const selectTopic = useCallback(
    (id: string | null) => setTopic((current) => (id === null ? null : { id, seq: (current?.seq ?? 0) + 1 })),
    [],
  );

  const languageMode: LanguageMode = useMemo(() => {
    const pickedChoice = picked === 'default' ? defaultChoice(meeting) : sameLanguageChoice(meeting, picked);
    if (sameChoice(choice, pickedChoice)) return picked;
    if (sameChoice(choice, defaultChoice(meeting))) return 'default';
    for (const lang of ['zh', 'en'] as const)
      if (sameChoice(choice, sameLanguageChoice(meeting, lang))) return lang;
    return 'custom';
  }, [choice, meeting, picked]);
  const shared = useMemo(() => sharedLanguage(meeting, choice), [meeting, choice]);

  return {
    choice,
    pickText,
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
