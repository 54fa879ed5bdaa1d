import type { Page } from 'playwright-core';

interface DragPoints {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a drag over `phrase` starts and ends, with the phrase scrolled to the middle of the screen. */
function phrasePoints(page: Page, readoutId: string, phrase: string): Promise<DragPoints> {
  return page.evaluate(
    ({ readoutId, phrase }) => {
      const leaves = [
        ...document.querySelectorAll<HTMLElement>(`[data-readout-id="${readoutId}"][data-offset]`),
      ].sort((a, b) => Number(a.dataset.offset) - Number(b.dataset.offset));
      // Leaves need not cover the text contiguously (rows drop the gaps between sentences): each is placed at
      // its own offset so the phrase is found in offset space.
      let text = '';
      for (const l of leaves) {
        const o = Number(l.dataset.offset);
        text = text.padEnd(o, '\u0000').slice(0, o) + (l.textContent ?? '');
      }
      const at = text.indexOf(phrase);
      if (at < 0) throw new Error(`phrase not shown: ${phrase}`);
      const leafAt = (pos: number) =>
        leaves.find((l) => {
          const o = Number(l.dataset.offset);
          return pos >= o && pos < o + (l.textContent?.length ?? 0);
        });
      const rectOf = (pos: number) => {
        const leaf = leafAt(pos);
        if (!leaf?.firstChild) throw new Error(`no leaf at ${pos}`);
        const r = document.createRange();
        const local = pos - Number(leaf.dataset.offset);
        r.setStart(leaf.firstChild, local);
        r.setEnd(leaf.firstChild, local + 1);
        return r.getBoundingClientRect();
      };
      // In the middle of the screen: a drag past the window's edge would scroll and select on.
      (leafAt(at) ?? leaves[0])?.scrollIntoView({ block: 'center' });
      const a = rectOf(at);
      const b = rectOf(at + phrase.length - 1);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    { readoutId, phrase },
  );
}

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/**
 * Drags the mouse over `phrase` in a readout's leaves, as a reader would, once the text has stopped moving: the
 * set phrases' marks join the lines when the meeting's ledger is ready (`data-ledger` on the reading section),
 * then two frames in a row must agree on where the phrase is. Throws unless exactly the phrase is selected.
 */
export async function dragSelect(page: Page, readoutId: string, phrase: string): Promise<void> {
  await page.locator('.reading[data-ledger]:not([data-ledger="pending"])').first().waitFor();
  let points = await phrasePoints(page, readoutId, phrase);
  for (let tries = 0; tries < 20; tries += 1) {
    await nextFrames(page);
    const again = await phrasePoints(page, readoutId, phrase);
    if (JSON.stringify(again) === JSON.stringify(points)) break;
    points = again;
  }
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 5 });
  await page.mouse.move(points.x2, points.y2, { steps: 5 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  if (selected !== phrase)
    throw new Error(`selected ${JSON.stringify(selected)}, not ${JSON.stringify(phrase)}`);
}
