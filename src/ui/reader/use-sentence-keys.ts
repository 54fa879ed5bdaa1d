import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useCallback,
  useRef,
  useState,
} from 'react';

const SENTENCE = '[data-sentence]';

/** A sentence of one side of the comparison (the one whose tools are open). */
export interface SentenceRef {
  side: 0 | 1;
  index: number;
}

/**
 * Focus the reader gave by keyboard (not a click or the press that starts a drag-selection for a note): the
 * browser's own :focus-visible; where it is not known (old engines, jsdom), keyboard is assumed.
 */
function byKeyboard(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

function refOf(element: HTMLElement): SentenceRef | null {
  const side = Number(element.dataset.side);
  const index = Number(element.dataset.sentence);
  return (side === 0 || side === 1) && Number.isInteger(index) ? { side, index } : null;
}

/**
 * Keyboard reading: the reading view is one tab stop; arrow keys move between sentences (Up/Down in reading
 * order, Home/End to the ends). The tip of the sentence under the pointer, else of the focused one, is
 * returned for the status line (made by `tipOf` at each render, so it follows the reader's corrections), so
 * speaker and wording show on hover and on focus alike. The sentence last
 * selected (by keys, or by a click or tap that selects no text: pressing to drag a passage for a note must not
 * open the tools, which would move the text under the pointer) stays `selected` while focus is in the reading
 * view or in its tools (the `bar`); Escape in the tools goes back to the sentence.
 */
export function useSentenceKeys(tipOf: (ref: SentenceRef) => string) {
  const [focused, setInfo] = useState<SentenceRef | null>(null);
  const [hovered, setHovered] = useState<SentenceRef | null>(null);
  const [selected, setSelected] = useState<SentenceRef | null>(null);
  const view = useRef<HTMLElement | null>(null);
  const pressed = useRef<SentenceRef | null>(null);
  const select = (ref: SentenceRef) =>
    setSelected((prev) => (prev?.side === ref.side && prev.index === ref.index ? prev : ref));
  const bar = useRef<HTMLDivElement>(null);
  /** Focus went somewhere else on the page (null: nowhere in particular, e.g. a button that went away). */
  const elsewhere = (node: Node | null) =>
    node !== null && !view.current?.contains(node) && !bar.current?.contains(node);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    if (!current) return;
    const all = [...event.currentTarget.querySelectorAll<HTMLElement>(SENTENCE)];
    const at = all.indexOf(current);
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = all[at + 1];
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = all[at - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all[all.length - 1];
    else return;
    event.preventDefault();
    if (!next) return;
    current.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `select` sets state only
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    if (!sentence) return;
    // Keep a single tab stop: the sentence last visited.
    for (const other of event.currentTarget.querySelectorAll<HTMLElement>(`${SENTENCE}[tabindex="0"]`)) {
      if (other !== sentence) other.tabIndex = -1;
    }
    sentence.tabIndex = 0;
    view.current = event.currentTarget;
    const ref = refOf(sentence);
    setInfo(ref);
    if (ref && byKeyboard(sentence)) select(ref);
  }, []);

  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    pressed.current = sentence ? refOf(sentence) : null;
  }, []);

  // The sentence pressed, not the one under the release: focusing it may have moved the text (the line above
  // the rows describes it now).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `select` sets state only
  const onClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    const ref = pressed.current ?? (sentence ? refOf(sentence) : null);
    pressed.current = null;
    const selection = window.getSelection();
    if (ref && (!selection || selection.isCollapsed)) select(ref);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `elsewhere` reads refs only
  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    // Into the sentence's tools, the line keeps describing it (a line that changed length would move them).
    if (!event.currentTarget.contains(next) && !bar.current?.contains(next)) setInfo(null);
    if (elsewhere(next)) setSelected(null);
  }, []);

  const onMouseOver = useCallback((event: MouseEvent<HTMLElement>) => {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    const ref = sentence ? refOf(sentence) : null;
    setHovered((prev) => (prev?.side === ref?.side && prev?.index === ref?.index ? prev : ref));
  }, []);

  const onMouseLeave = useCallback(() => setHovered(null), []);

  const barHandlers = {
    ref: bar,
    onBlur: (event: FocusEvent<HTMLElement>) => {
      const next = event.relatedTarget as Node | null;
      if (elsewhere(next)) {
        setSelected(null);
        setInfo(null);
      }
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || !selected) return;
      event.stopPropagation();
      view.current
        ?.querySelector<HTMLElement>(`[data-side="${selected.side}"][data-sentence="${selected.index}"]`)
        ?.focus();
    },
  };

  const shown = hovered ?? focused;
  return {
    info: shown ? tipOf(shown) : null,
    selected,
    bar: barHandlers,
    handlers: { onKeyDown, onFocus, onBlur, onPointerDown, onClick, onMouseOver, onMouseLeave },
  };
}
