/**
 * From a DOM selection to readout offsets, and back, through the reader's DOM contract: every leaf showing
 * readout text has `data-readout-id` and `data-offset` (UTF-16 offset of its first character in that
 * readout's text) and holds exactly one text node, the raw slice.
 */

export interface Passage {
  readoutId: string;
  start: number;
  end: number;
}

const LEAF = '[data-readout-id][data-offset]';
/** The reader's focusable sentence (its keyboard reading unit). */
export const SENTENCE = '[data-sentence]';

let programmaticFocus: Element | null = null;

function leafInfo(el: Element): { readoutId: string; offset: number; length: number } | null {
  const readoutId = el.getAttribute('data-readout-id');
  const offset = Number(el.getAttribute('data-offset'));
  if (!readoutId || !Number.isInteger(offset) || offset < 0) return null;
  return { readoutId, offset, length: el.textContent?.length ?? 0 };
}

/** Offset within a leaf of a range boundary that falls inside it. */
function boundaryIn(leaf: Element, node: Node, offset: number, length: number): number | null {
  if (node.nodeType === Node.TEXT_NODE && node.parentNode === leaf) return Math.min(offset, length);
  if (node === leaf) return offset === 0 ? 0 : length;
  return null;
}

/**
 * The readout passages a range covers, one per readout text, in document order. A range that covers leaves
 * of two readouts (a drag across both columns) gives two passages.
 */
export function rangeToPassages(range: Range, root: ParentNode = document): Passage[] {
  const byReadout = new Map<string, Passage>();
  for (const leaf of root.querySelectorAll(LEAF)) {
    if (!range.intersectsNode(leaf)) continue;
    const info = leafInfo(leaf);
    if (!info) continue;
    const from = boundaryIn(leaf, range.startContainer, range.startOffset, info.length) ?? 0;
    const to = boundaryIn(leaf, range.endContainer, range.endOffset, info.length) ?? info.length;
    if (to <= from) continue;
    const start = info.offset + from;
    const end = info.offset + to;
    const seen = byReadout.get(info.readoutId);
    if (seen) {
      seen.start = Math.min(seen.start, start);
      seen.end = Math.max(seen.end, end);
    } else {
      byReadout.set(info.readoutId, { readoutId: info.readoutId, start, end });
    }
  }
  return [...byReadout.values()];
}

/** The passages shown inside an element (e.g. a focused sentence): each readout's leaves, whole. */
export function elementPassages(el: Element): Passage[] {
  const leaves = el.matches(LEAF) ? [el] : [...el.querySelectorAll(LEAF)];
  const byReadout = new Map<string, Passage>();
  for (const leaf of leaves) {
    const info = leafInfo(leaf);
    if (!info || info.length === 0) continue;
    const seen = byReadout.get(info.readoutId);
    const start = info.offset;
    const end = info.offset + info.length;
    if (seen) {
      seen.start = Math.min(seen.start, start);
      seen.end = Math.max(seen.end, end);
    } else byReadout.set(info.readoutId, { readoutId: info.readoutId, start, end });
  }
  return [...byReadout.values()];
}

/**
 * Scrolls to the passage (unless `scroll` is false: the reader is already there) and moves focus to the
 * sentence where it starts. Returns false when that readout text is not on the page (e.g. the reader shows
 * another translation).
 */
export function focusPassage(
  passage: Passage,
  root: ParentNode = document,
  { scroll = true }: { scroll?: boolean } = {},
): boolean {
  let best: HTMLElement | null = null;
  for (const leaf of root.querySelectorAll<HTMLElement>(LEAF)) {
    const info = leafInfo(leaf);
    if (!info || info.readoutId !== passage.readoutId) continue;
    const leafEnd = info.offset + info.length;
    if (passage.start >= info.offset && passage.start < leafEnd) {
      best = leaf;
      break;
    }
    if (!best && leafEnd > passage.start && info.offset < passage.end) best = leaf;
  }
  if (!best) return false;
  // The reader's keyboard unit (a focusable sentence) when there is one, else the leaf itself.
  const target = best.closest<HTMLElement>(SENTENCE) ?? best;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (scroll) best.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  programmaticFocus = target;
  target.focus({ preventScroll: true });
  return true;
}

/**
 * True for the element `focusPassage` just focused (so it is not taken as a new selection), for every listener
 * of that focus event; focus moving anywhere else ends it.
 */
export function consumePanelFocus(el: Element): boolean {
  if (el === programmaticFocus) return true;
  programmaticFocus = null;
  return false;
}
