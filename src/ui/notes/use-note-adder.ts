import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../core/model';
import { adderSpot, type Box, type Spot } from '../../core/view/adder-spot';
import { afterNextPaint } from '../hooks/after-next-paint';
import { consumePanelFocus, elementPassages, focusPassage, rangeToPassages, SENTENCE } from './dom-passages';
import { type ResolvedPassage, resolvePassages } from './note-draft';

/** Where the reader puts the adder (after the rows, so the keyboard reaches it); the page body otherwise. */
const ADDER_SLOT = '[data-note-adder-slot]';
/** Roughly the adder's size: enough to keep it inside its container and the window. */
const ADDER_SIZE = { width: 160, height: 36 };

export interface AdderTarget {
  passages: ResolvedPassage[];
  spot: Spot;
  container: HTMLElement;
}

function slot(): HTMLElement {
  return document.querySelector<HTMLElement>(ADDER_SLOT) ?? document.body;
}

function box(rect: DOMRect | DOMRectReadOnly): Box {
  return { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right };
}

function targetAt(rects: DOMRectList | DOMRect[], passages: ResolvedPassage[]): AdderTarget | null {
  const container = slot();
  const spot = adderSpot({
    rects: [...rects].map(box),
    container: box(container.getBoundingClientRect()),
    viewportHeight: window.innerHeight,
    size: ADDER_SIZE,
  });
  return spot ? { passages, spot, container } : null;
}

/** Keyboard focus (the browser's :focus-visible; where it is unknown, as in jsdom, keyboard is assumed). */
function byKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

/**
 * The note adder's target: the passages of a text selection in the readouts (made with the mouse, by touch
 * or with the keyboard) once the pointer is up, or the sentence the keyboard focus moved to, with the spot
 * just under it. A click that selects nothing gives no adder (it opens the sentence's topic tools). The
 * target stays while the adder itself is pressed: on a touch screen the tap clears the selection first.
 */
export function useNoteAdder(meeting: Meeting, enabled: boolean) {
  const [target, setTarget] = useState<AdderTarget | null>(null);
  const pointerDown = useRef(false);
  /** The adder (or its form) is being pressed or holds focus: a collapsing selection must not remove it. */
  const holding = useRef(false);
  const current = useRef<AdderTarget | null>(null);
  current.current = target;

  useEffect(() => {
    if (!enabled) {
      setTarget(null);
      return;
    }
    const fromSelection = (): boolean => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return false;
      const range = selection.getRangeAt(0);
      const passages = resolvePassages(meeting, rangeToPassages(range));
      if (passages.length === 0) return false;
      // (Engines without Range line boxes, such as jsdom, place nothing.)
      setTarget(targetAt(typeof range.getClientRects === 'function' ? range.getClientRects() : [], passages));
      return true;
    };
    const onSelection = () => {
      if (pointerDown.current) return; // placed when the drag ends
      if (fromSelection()) return;
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed)
        setTarget(null); // a selection elsewhere on the page
      else if (!holding.current && current.current && !isSentenceFocus()) setTarget(null);
    };
    const onPointerDown = (event: PointerEvent) => {
      if ((event.target as Element | null)?.closest?.('.note-adder')) {
        holding.current = true;
        return;
      }
      pointerDown.current = true;
    };
    const onPointerUp = () => {
      if (!pointerDown.current) return;
      pointerDown.current = false;
      // The selection is final once the pointer is up (a click that selected nothing has collapsed it).
      window.requestAnimationFrame(() => {
        if (!fromSelection() && !holding.current) setTarget(null);
      });
    };
    const onFocused = (el: Element) => {
      if (el.closest('.note-adder')) {
        holding.current = true;
        return;
      }
      holding.current = false;
      const collapsed = document.getSelection()?.isCollapsed ?? true;
      if (!el.matches(SENTENCE)) {
        // A control inside the sentence (a set phrase's tip): the reader is still on that sentence.
        if (el.parentElement?.closest(SENTENCE)) return;
        // Focus went on elsewhere: an adder for the sentence it left goes (a text selection's stays).
        if (collapsed && current.current) setTarget(null);
        return;
      }
      if (consumePanelFocus(el) || !byKeyboard(el) || !collapsed) return;
      const passages = resolvePassages(meeting, elementPassages(el));
      if (passages.length === 1) setTarget(targetAt(el.getClientRects(), passages));
    };
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof Element) onFocused(event.target);
    };
    const onKey = (event: KeyboardEvent) => {
      const shown = current.current;
      if (event.key !== 'Escape' || !shown) return;
      // Dismissed from the adder itself: focus goes back to the text, not to the page.
      const passage = shown.passages[0];
      if (passage && document.activeElement?.closest('.note-adder'))
        focusPassage(passage, document, { scroll: false });
      setTarget(null);
    };
    const isSentenceFocus = () => document.activeElement?.matches(SENTENCE) ?? false;
    // A pane that scrolls on its own (full texts side by side), or a new width: place the adder again.
    const onMove = (event: Event) => {
      if (!current.current || (event.type === 'scroll' && event.target === document)) return;
      window.requestAnimationFrame(() => {
        if (current.current && !fromSelection() && !isSentenceFocus()) setTarget(null);
      });
    };
    // [target, event, handler, capture]: one table, so what is added is exactly what is removed.
    const listeners: [Window | Document, string, (event: never) => void, boolean][] = [
      [window, 'resize', onMove, false],
      [document, 'scroll', onMove, true],
      [document, 'selectionchange', onSelection, false],
      [document, 'pointerdown', onPointerDown, true],
      [document, 'pointerup', onPointerUp, true],
      [document, 'pointercancel', onPointerUp, true],
      [document, 'focusin', onFocusIn, false],
      [document, 'keydown', onKey, false],
    ];
    for (const [target, type, handler, capture] of listeners)
      target.addEventListener(type, handler as EventListener, capture);
    // The adder may start after the reader did (the notes panel loads once the texts are on screen): a passage
    // already selected, or a sentence the keyboard is already on, gets its adder after the next paint (reading
    // the selection in the middle of a commit forces a layout of the whole page).
    const cancel = afterNextPaint(() => {
      if (!fromSelection() && document.activeElement?.matches(SENTENCE)) onFocused(document.activeElement);
    });
    return () => {
      cancel();
      for (const [target, type, handler, capture] of listeners)
        target.removeEventListener(type, handler as EventListener, capture);
    };
  }, [meeting, enabled]);

  /** The adder was used (or dismissed): it goes, and the next selection brings a new one. */
  const release = useCallback(() => {
    holding.current = false;
    setTarget(null);
  }, []);

  return { target, release };
}
