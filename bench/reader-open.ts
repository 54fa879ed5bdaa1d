/**
 * `npm run bench:reader [runs]`: how long opening a meeting takes in Chromium, from navigation to its aligned
 * rows on screen, and how smoothly it then scrolls. Builds the production bundle (NODE_ENV=production), serves
 * it on 127.0.0.1 and opens, in Debian's Chromium, `runs` times each (default 5): every corpus meeting, and a
 * pasted pair of two 5,000-character readouts (compared once in #/new, then one of the reader's own meetings
 * in the list). It reads the app's performance marks: `route:start` (the hash changed) and
 * `meeting:rows-rendered` (the reading view's rows are committed).
 *
 *   from list     the list is open; the pointer rests on the meeting's link (the reader chunk and the meeting's
 *                 comparisons load, as for a person about to click), then a click: route start → rows.
 *   cold click    the list is open; the hash changes with nothing loaded yet (a keyboard or script
 *                 navigation): route start → rows, including fetching the reader chunk and the comparisons.
 *   again         back to the list and the same meeting once more: route start → rows.
 *   page load     a fresh tab on the meeting's deep link: navigation start → rows (the whole app starts).
 *   scroll        after "from list": the longest main-thread task while the wheel scrolls the page to its end
 *                 (Long Tasks API; "–" when no task took over 50 ms).
 *
 * Targets (issue 10): from the list to rows rendered, median ≤ 100 ms on an idle machine; no task over 50 ms
 * while scrolling. The load average is printed before and after: on a busy machine the figures are inflated.
 * READER_DIST=<folder> times a bundle built already.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadCorpusFromDisk } from '../scripts/vite-plugin-readouts';
import { defaultTextOf } from '../src/core/view/text-choice';
import { buildProductionBundle, launchChromium, ROOT } from '../tests/e2e/production-browser';
import { serveStatic } from '../tests/e2e/static-server';
import { pastedText } from './pasted-texts';
import { longestTaskWhileScrolling } from './reader-scroll';

const OPEN_TARGET_MS = 100;
const TASK_TARGET_MS = 50;
const HOVER_MS = 400;
const PASTED_CHARS = 5_000;
const RUNS = Math.max(1, Number(process.argv[2] ?? 5));

const VARIANTS = ['from list', 'cold click', 'again', 'page load', 'scroll'] as const;
type Variant = (typeof VARIANTS)[number];

interface Target {
  /** The meeting's id; for the pasted pair, known once it has been compared. */
  id: string;
  label: string;
  /** Characters of the two texts the meeting opens with. */
  chars: number;
}

/** Opens a page at a URL: in a fresh context (corpus meetings) or in the context holding the reader's own. */
type Opener = (url: string) => Promise<{ page: Page; close: () => Promise<void> }>;

const VIEWPORT = { width: 1280, height: 900 };

function freshContexts(browser: Browser): Opener {
  return async (url) => {
    const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(url);
    return { page, close: () => context.close() };
  };
}

function pagesOf(context: BrowserContext): Opener {
  return async (url) => {
    const page = await context.newPage();
    await page.goto(url);
    return { page, close: () => page.close() };
  };
}

/** Waits for the rows mark of `id` and returns it relative to the last route start (or to navigation). */
async function openTime(page: Page, id: string, fromRouteStart: boolean): Promise<number> {
  await page.waitForFunction(
    (meetingId) =>
      performance
        .getEntriesByName('meeting:rows-rendered')
        .some((e) => (e as PerformanceMark).detail?.meetingId === meetingId),
    id,
    { timeout: 60_000 },
  );
  return page.evaluate(
    ({ meetingId, fromStart }) => {
      const rows = performance
        .getEntriesByName('meeting:rows-rendered')
        .filter((e) => (e as PerformanceMark).detail?.meetingId === meetingId)[0];
      const starts = performance.getEntriesByName('route:start');
      const start = fromStart ? (starts[starts.length - 1]?.startTime ?? Number.NaN) : 0;
      return (rows?.startTime ?? Number.NaN) - start;
    },
    { meetingId: id, fromStart: fromRouteStart },
  );
}

async function listPage(open: Opener, base: string) {
  const opened = await open(`${base}#/`);
  await opened.page.getByRole('heading', { level: 1 }).waitFor();
  await opened.page.waitForLoadState('networkidle');
  return opened;
}

const clearMarks = (page: Page) => page.evaluate(() => performance.clearMarks());

/** One run of every variant for one meeting. */
async function measureMeeting(open: Opener, base: string, id: string): Promise<Record<Variant, number>> {
  const link = (page: Page) => page.locator(`.meeting-list a[href="#/meeting/${id}"]`);

  // From the list, the way a person gets there: pointer on the link for a moment, then a click.
  const list = await listPage(open, base);
  await link(list.page).hover();
  await list.page.waitForTimeout(HOVER_MS);
  await clearMarks(list.page);
  await link(list.page).click();
  const fromList = await openTime(list.page, id, true);
  await list.page.waitForTimeout(HOVER_MS);
  const scroll = await longestTaskWhileScrolling(list.page);
  // Again: back to the list, same meeting.
  await list.page.goBack();
  await list.page.getByRole('heading', { level: 1 }).waitFor();
  await clearMarks(list.page);
  await link(list.page).click();
  const again = await openTime(list.page, id, true);
  await list.close();

  // A navigation with nothing prefetched: the hash changes directly.
  const cold = await listPage(open, base);
  await clearMarks(cold.page);
  await cold.page.evaluate((meetingId) => {
    window.location.hash = `#/meeting/${meetingId}`;
  }, id);
  const coldClick = await openTime(cold.page, id, true);
  await cold.close();

  const deep = await open(`${base}#/meeting/${id}`);
  const pageLoad = await openTime(deep.page, id, false);
  await deep.close();

  return { 'from list': fromList, 'cold click': coldClick, again, 'page load': pageLoad, scroll };
}

/** Pastes two texts into #/new and compares them: one of the reader's own meetings; returns its id. */
async function comparePasted(context: BrowserContext, base: string, cn: string, us: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${base}#/new`);
  // Texts of this size go into the boxes the ordinary way (the page handles only very large pastes itself).
  await page.getByLabel('Chinese-side readout text').fill(cn);
  await page.getByLabel('US-side readout text').fill(us);
  await page.locator('.byo-side.side-us select').waitFor({ timeout: 60_000 });
  await page.locator('.byo-side.side-cn select').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForURL(/#\/meeting\/user-/, { timeout: 120_000 });
  const id = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/meeting\//, '').split('?')[0] ?? '');
  await page.close();
  return id;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function corpusTargets(): Target[] {
  const corpus = loadCorpusFromDisk('readouts', ROOT);
  if (corpus.problems.length > 0)
    throw new Error(`bench:reader: the corpus does not load\n${corpus.problems.join('\n')}`);
  return corpus.meetings.map((m) => ({
    id: m.id,
    label: m.id,
    chars: (defaultTextOf(m, 'cn')?.text.length ?? 0) + (defaultTextOf(m, 'us')?.text.length ?? 0),
  }));
}

function load(): string {
  const [one, five, fifteen] = loadavg().map((x) => x.toFixed(2));
  const busy = (loadavg()[0] ?? 0) > cpus().length ? ' (busy: figures inflated)' : '';
  return `load average ${one}, ${five}, ${fifteen} on ${cpus().length} cores${busy}`;
}

async function runAll(
  open: Opener,
  base: string,
  id: string,
  runs: number,
): Promise<Record<Variant, number[]>> {
  const samples = Object.fromEntries(VARIANTS.map((v) => [v, [] as number[]])) as Record<Variant, number[]>;
  for (let i = 0; i < runs; i++) {
    const run = await measureMeeting(open, base, id);
    for (const v of VARIANTS) samples[v].push(run[v]);
  }
  return samples;
}

function report(
  targets: readonly Target[],
  results: ReadonlyMap<string, Record<Variant, number[]>>,
): boolean {
  const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(10);
  console.log(
    `  ${'meeting'.padEnd(40)} ${'chars'.padStart(6)}${VARIANTS.map((v) => v.padStart(11)).join('')}`,
  );
  let ok = true;
  const fromList: number[] = [];
  let worstScroll = 0;
  for (const target of targets) {
    const samples = results.get(target.id);
    if (!samples) continue;
    // Medians, and for scrolling the worst run.
    const cells = VARIANTS.map((v) => {
      if (v !== 'scroll') return ` ${ms(median(samples[v]))}`;
      const worst = Math.max(...samples.scroll);
      return ` ${(worst > 0 ? `${worst.toFixed(0)} ms` : '–').padStart(10)}`;
    }).join('');
    console.log(`  ${target.label.padEnd(40)} ${String(target.chars).padStart(6)}${cells}`);
    const open = median(samples['from list']);
    fromList.push(open);
    worstScroll = Math.max(worstScroll, ...samples.scroll);
    ok &&= open <= OPEN_TARGET_MS && Math.max(...samples.scroll) <= TASK_TARGET_MS;
  }
  const slowest = Math.max(...fromList);
  console.log(
    `  from the list to rows: medians ${Math.min(...fromList).toFixed(0)}–${slowest.toFixed(0)} ms ` +
      `(median of the medians ${median(fromList).toFixed(0)} ms) ${slowest <= OPEN_TARGET_MS ? '✓' : '✗'} ≤ ${OPEN_TARGET_MS} ms; ` +
      `longest task while scrolling ${worstScroll > 0 ? `${worstScroll.toFixed(0)} ms` : 'none over 50 ms'} ` +
      `${worstScroll <= TASK_TARGET_MS ? '✓' : '✗'} ≤ ${TASK_TARGET_MS} ms`,
  );
  return ok;
}

export async function benchReaderOpen(runs = RUNS): Promise<boolean> {
  // READER_DIST=<folder> times a bundle built already instead of building one.
  const given = process.env.READER_DIST;
  const outDir = given ? resolve(given) : resolve(ROOT, 'node_modules/.bench-reader-dist');
  if (!given) await buildProductionBundle(outDir, 'error');
  const { server, url } = await serveStatic(outDir);
  const browser = await launchChromium();
  const targets = corpusTargets();
  console.log(
    `\nOpening a meeting in Chromium (production bundle, ${VIEWPORT.width}×${VIEWPORT.height}): median of ${runs} runs` +
      `\nBefore: ${load()}`,
  );
  const results = new Map<string, Record<Variant, number[]>>();
  try {
    const fresh = freshContexts(browser);
    for (const target of targets) results.set(target.id, await runAll(fresh, url, target.id, runs));
    // The reader's own meeting lives in the browser's storage: every page of its runs shares one context.
    const own = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
    try {
      const [cn, us] = [pastedText('zh', PASTED_CHARS), pastedText('en', PASTED_CHARS)];
      const id = await comparePasted(own, url, cn, us);
      const label = `pasted pair (${PASTED_CHARS.toLocaleString('en')} + ${PASTED_CHARS.toLocaleString('en')})`;
      targets.push({ id, label, chars: cn.length + us.length });
      results.set(id, await runAll(pagesOf(own), url, id, runs));
    } finally {
      await own.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const ok = report(targets, results);
  console.log(`After: ${load()}`);
  return ok;
}

// Run directly (`npm run bench:reader`), not when bench/run.ts imports it.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = (await benchReaderOpen()) ? 0 : 1;
}
