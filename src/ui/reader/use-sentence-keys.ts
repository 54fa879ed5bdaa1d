import { type FocusEvent, type KeyboardEvent, type MouseEvent, useCallback, useState } from 'react';

const SENTENCE = '[data-sentence]';

/**
 * Keyboard reading: the reading view is one tab stop; arrow keys move between sentences (Up/Down in reading
 * order, Home/End to the ends). The tip of the sentence under the pointer, else of the focused one, is
 * returned for the status line, so speaker and wording show on hover and on focus alike.
 */
export function useSentenceKeys() {
  const [focused, setInfo] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);

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

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    if (!sentence) return;
    // Keep a single tab stop: the sentence last visited.
    for (const other of event.currentTarget.querySelectorAll<HTMLElement>(`${SENTENCE}[tabindex="0"]`)) {
      if (other !== sentence) other.tabIndex = -1;
    }
    sentence.tabIndex = 0;
    setInfo(sentence.dataset.tip ?? '');
  }, []);

  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setInfo(null);
  }, []);

  const onMouseOver = useCallback((event: MouseEvent<HTMLElement>) => {
    const sentence = (event.target as HTMLElement).closest<HTMLElement>(SENTENCE);
    setHovered(sentence ? (sentence.dataset.tip ?? '') : null);
  }, []);

  const onMouseLeave = useCallback(() => setHovered(null), []);

  return { info: hovered ?? focused, handlers: { onKeyDown, onFocus, onBlur, onMouseOver, onMouseLeave } };
}
