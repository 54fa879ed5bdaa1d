import {
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';

/** Room kept between the panel and the viewport's edges, and between the panel and its button. */
const EDGE = 8;
const GAP = 6;
/** How long the panel stays after the pointer leaves, so it can cross the gap to the panel. */
const LEAVE_DELAY = 250;

export interface PanelPosition {
  left: number;
  top: number;
}

/** Below the button, else above it; always inside the viewport. */
function place(button: DOMRect, panel: { width: number; height: number }): PanelPosition {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(EDGE, Math.min(button.left, vw - panel.width - EDGE));
  let top = button.bottom + GAP;
  if (top + panel.height > vh - EDGE && button.top - GAP - panel.height >= EDGE)
    top = button.top - GAP - panel.height;
  return { left, top: Math.max(EDGE, Math.min(top, vh - panel.height - EDGE)) };
}

/**
 * A toggletip: a button that shows a small non-modal panel on hover (mouse), on focus and on tap/click (a
 * click pins it open, a second click closes it); Escape closes it and returns focus to the button; so does
 * pointing or tapping outside, or moving focus out. Tab past a tip that focus merely opened leaves it closed
 * behind (a keyboard reader crossing a sentence's tips is not made to walk through each); a pinned tip's
 * buttons are the next stops. The panel is fixed to the viewport beside its button, so
 * scrolling containers (the grids) never clip it.
 */
export function useToggletip() {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<PanelPosition | null>(null);
  const pinned = useRef(false);
  const noFocusOpen = useRef(false);
  const leaveTimer = useRef<number | undefined>(undefined);
  const wrapRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLSpanElement>(null);

  const close = useCallback(() => {
    pinned.current = false;
    window.clearTimeout(leaveTimer.current);
    setOpen(false);
  }, []);

  const show = useCallback(() => {
    window.clearTimeout(leaveTimer.current);
    setOpen(true);
  }, []);

  const reposition = useCallback(() => {
    const button = buttonRef.current;
    const panel = panelRef.current;
    if (!button || !panel) return;
    const next = place(button.getBoundingClientRect(), {
      width: panel.offsetWidth,
      height: panel.offsetHeight,
    });
    setPosition((prev) => (prev && prev.left === next.left && prev.top === next.top ? prev : next));
  }, []);

  useLayoutEffect(() => {
    if (!open) setPosition(null);
  }, [open]);

  // After every render while open: the panel's size follows its content (a verdict, a loaded sentence).
  useLayoutEffect(() => {
    if (open) reposition();
  });

  useEffect(() => {
    if (!open) return;
    const outside = (event: Event) => {
      if (!wrapRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', outside);
    window.addEventListener('scroll', reposition, true);
    window.addEventListener('resize', reposition);
    return () => {
      document.removeEventListener('pointerdown', outside);
      window.removeEventListener('scroll', reposition, true);
      window.removeEventListener('resize', reposition);
    };
  }, [open, close, reposition]);

  useEffect(() => () => window.clearTimeout(leaveTimer.current), []);

  const wrapper = {
    ref: wrapRef,
    onPointerEnter: (event: PointerEvent) => {
      // Not while a button is held: the reader is dragging a selection across the text, not pointing here.
      if (event.pointerType === 'mouse' && event.buttons === 0) show();
    },
    onPointerLeave: (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' || pinned.current) return;
      window.clearTimeout(leaveTimer.current);
      leaveTimer.current = window.setTimeout(() => setOpen(false), LEAVE_DELAY);
    },
    onBlur: (event: FocusEvent) => {
      if (!wrapRef.current?.contains(event.relatedTarget as Node | null)) close();
    },
    onKeyDown: (event: KeyboardEvent) => {
      // A tip shown because focus passed by is not a stop of its own: Tab goes on past it (Enter pins it
      // first, and then Tab walks into it). Closed before the browser moves focus, so its buttons are gone.
      if (event.key === 'Tab' && open && !pinned.current && event.target === buttonRef.current) {
        flushSync(() => setOpen(false));
        return;
      }
      if (event.key !== 'Escape' || !open) return;
      event.stopPropagation();
      close();
      noFocusOpen.current = true;
      buttonRef.current?.focus();
      noFocusOpen.current = false;
    },
  };

  const button = {
    ref: buttonRef,
    'aria-expanded': open,
    onFocus: () => {
      if (!noFocusOpen.current) show();
    },
    onClick: () => {
      if (pinned.current) {
        close();
        return;
      }
      pinned.current = true;
      show();
    },
  };

  return { open, position, wrapper, button, panelRef, close, reposition };
}
