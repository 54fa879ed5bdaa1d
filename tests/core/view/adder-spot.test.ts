import { describe, expect, it } from 'vitest';
import { ADDER_GAP, adderSpot } from '../../../src/core/view/adder-spot';

const container = { top: 100, left: 20, bottom: 2000, right: 820 };
const size = { width: 160, height: 36 };

describe('adderSpot', () => {
  it('puts the adder just under the end of the selection, in container coordinates', () => {
    const rects = [
      { top: 300, left: 200, bottom: 320, right: 700 },
      { top: 322, left: 40, bottom: 342, right: 400 },
    ];
    const spot = adderSpot({ rects, container, viewportHeight: 900, size });
    expect(spot).toEqual({ top: 342 + ADDER_GAP - 100, left: 400 - 80 - 20, placement: 'below' });
  });

  it('goes above the selection when there is no room under it, and stays inside the container', () => {
    const rects = [{ top: 850, left: 790, bottom: 870, right: 815 }];
    const spot = adderSpot({ rects, container, viewportHeight: 900, size });
    expect(spot?.placement).toBe('above');
    expect(spot?.top).toBe(850 - ADDER_GAP - 36 - 100);
    expect(spot?.left).toBe(800 - 160);
  });

  it('skips empty line boxes and gives nothing for an empty selection', () => {
    expect(adderSpot({ rects: [], container, viewportHeight: 900, size })).toBeNull();
    const rects = [
      { top: 300, left: 200, bottom: 320, right: 260 },
      { top: 330, left: 0, bottom: 330, right: 0 },
    ];
    expect(adderSpot({ rects, container, viewportHeight: 900, size })?.top).toBe(320 + ADDER_GAP - 100);
  });
});
