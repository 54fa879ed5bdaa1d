/*
 * Where the note adder goes: just under the end of the selection (Hypothesis puts its adder at the selection),
 * or just above its start when there is no room below; never outside its container. Pure geometry on client
 * rectangles, so it runs in tests without a layout engine.
 */

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Spot {
  /** Offsets from the container's top-left corner. */
  top: number;
  left: number;
  /** The adder sits under the selection (`below`) or over it. */
  placement: 'below' | 'above';
}

/** Gap between the selection and the adder, in CSS pixels. */
export const ADDER_GAP = 6;

export interface SpotInput {
  /** The selection's line boxes (Range.getClientRects()), in reading order. */
  rects: readonly Box[];
  container: Box;
  viewportHeight: number;
  /** The adder's size (an estimate is enough: it is small). */
  size: { width: number; height: number };
}

function visible(rect: Box): boolean {
  return rect.right > rect.left || rect.bottom > rect.top;
}

export function adderSpot({ rects, container, viewportHeight, size }: SpotInput): Spot | null {
  const lines = rects.filter(visible);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return null;
  const width = container.right - container.left;
  const clampLeft = (x: number) => Math.max(0, Math.min(x - container.left, width - size.width));
  const below = last.bottom + ADDER_GAP;
  if (below + size.height <= viewportHeight || first.top - ADDER_GAP - size.height < 0) {
    return { top: below - container.top, left: clampLeft(last.right - size.width / 2), placement: 'below' };
  }
  return {
    top: first.top - ADDER_GAP - size.height - container.top,
    left: clampLeft(first.left),
    placement: 'above',
  };
}
