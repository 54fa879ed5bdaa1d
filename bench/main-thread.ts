/**
 * npx tsx bench/main-thread.ts [charsPerSide] [runs]
 *
 * Does the page stay responsive while a large pair is compared? Builds the production bundle, opens `#/new`
 * in Debian's Chromium, puts a large Chinese text and a large English text in the two boxes (sentences of the
 * corpus readouts, shuffled, to the requested size; default 100,000 characters per side = a 200,000-character
 * pair), clicks Compare and records every main-thread long task (PerformanceObserver 'longtask', Chromium)
 * between the page's `byo-compare-start` and `byo-compare-end` marks, i.e. while the worker compares.
 * Prints the figures; the issue's bar is "no main-thread task over 50 ms" (a long task is one over 50 ms).
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildProductionBundle, launchChromium, ROOT } from '../tests/e2e/production-browser';
import { serveStatic } from '../tests/e2e/static-server';
import { pastedText } from './pasted-texts';

const perSide = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 3);

interface Figures {
  compareMs: number;
  longTasksDuring: number;
  longestDuringMs: number;
  /** For information: the meeting page then renders the result on the main thread. */
  longestRenderMs: number;
}

async function main(): Promise<void> {
  const outDir = resolve(ROOT, 'node_modules/.bench-dist');
  await buildProductionBundle(outDir, 'error');
  const { server, url } = await serveStatic(outDir);
  const browser = await launchChromium();
  const cn = pastedText('zh', perSide);
  const us = pastedText('en', perSide);
  console.log(
    `pair: ${cn.length.toLocaleString('en')} + ${us.length.toLocaleString('en')} characters, ${runs} runs`,
  );
  const all: Figures[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const f = await measure(browser, `${url}#/new`, cn, us);
      all.push(f);
      console.log(
        `run ${i + 1}: comparison in the worker ${Math.round(f.compareMs)} ms; main-thread long tasks meanwhile: ` +
          `${f.longTasksDuring}${f.longTasksDuring > 0 ? ` (longest ${Math.round(f.longestDuringMs)} ms)` : ''}; ` +
          `then the meeting page's rendering: longest task ${Math.round(f.longestRenderMs)} ms`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  const worst = Math.max(...all.map((f) => f.longestDuringMs));
  const over = all.filter((f) => f.longTasksDuring > 0).length;
  console.log(
    over === 0
      ? `result: no main-thread task over 50 ms in ${runs} of ${runs} runs`
      : `result: a main-thread task over 50 ms in ${over} of ${runs} runs (worst ${Math.round(worst)} ms)`,
  );
}

async function measure(browser: Browser, url: string, cn: string, us: string): Promise<Figures> {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url);
    // Paste as a reader does (a clipboard event; the page puts large pastes in the box itself).
    for (const [label, text] of [
      ['Chinese-side readout text', cn],
      ['US-side readout text', us],
    ] as const) {
      await page.getByLabel(label).evaluate((box, pasted) => {
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        box.focus();
        box.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
    }
    // Both texts checked (in the worker): the language pickers are shown.
    await page.locator('.byo-side.side-us select').waitFor({ timeout: 60_000 });
    await page.locator('.byo-side.side-cn select').waitFor({ timeout: 60_000 });

    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/#\/meeting\/user-/, { timeout: 300_000 });
    await page.locator('[data-readout-id][data-offset]').first().waitFor({ timeout: 300_000 });
    await page.waitForTimeout(500);

    return await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      const start = performance.getEntriesByName('byo-compare-start')[0]?.startTime ?? Number.NaN;
      const end = performance.getEntriesByName('byo-compare-end')[0]?.startTime ?? Number.NaN;
      const during = w.__longTasks.filter((t) => t.start < end && t.start + t.duration > start);
      const after = w.__longTasks.filter((t) => t.start >= end);
      return {
        compareMs: end - start,
        longTasksDuring: during.length,
        longestDuringMs: during.reduce((m, t) => Math.max(m, t.duration), 0),
        longestRenderMs: after.reduce((m, t) => Math.max(m, t.duration), 0),
      };
    });
  } finally {
    await page.close();
  }
}

await main();
