import type { Page } from 'playwright-core';

/*
 * How smooth a page is to scroll: the longest main-thread task (Long Tasks API, tasks over 50 ms) while the
 * wheel scrolls the page from top to bottom in steps, as a reader does.
 */

const STEP_PX = 500;
const STEP_PAUSE_MS = 50;
const MAX_STEPS = 200;

/** The longest task while scrolling the whole page, in ms; 0 when no task took over 50 ms. */
export async function longestTaskWhileScrolling(page: Page): Promise<number> {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const w = window as unknown as { __scrollTasks: number[] };
    w.__scrollTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__scrollTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < MAX_STEPS; i++) {
    await page.mouse.wheel(0, STEP_PX);
    await page.waitForTimeout(STEP_PAUSE_MS);
    const atEnd = await page.evaluate(
      () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
    );
    if (atEnd) break;
  }
  await page.waitForTimeout(200);
  return page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __scrollTasks: number[] }).__scrollTasks),
  );
}
