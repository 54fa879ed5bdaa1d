import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFromDisk } from '../../scripts/vite-plugin-readouts';
import { appUrl, axeViolations, launchBrowser } from './harness';

/*
 * Fast first paint (issue 10, item 5), in the production bundle: the list is in index.html itself, in the
 * reader's language from the first paint (before the app's JavaScript runs), and the app hydrates it without
 * a mismatch; a deep link renders its own page, loading that meeting's texts and the build's comparisons but
 * no other meeting's texts, no lexicon patterns and no engine; a meeting's texts reach the screen before its
 * notes panel; the list's touch targets are large enough and never overlap. No timings are asserted here
 * (those are `npm run lighthouse` and `npm run bench:reader`).
 */

const FINER = '#/meeting/2024-01-10-liu-finer';
const LIST_TITLE = { en: 'Meetings', zh: '会晤列表' } as const;
const FINER_TITLE = { en: 'Liu Jianchao meets Jon Finer', zh: '刘建超会见芬纳' } as const;
const LANG_KEY = 'readout-compare.lang';
/** React's production errors for a hydration mismatch (418, 419, 421, 422, 423, 425) and its words for it. */
const HYDRATION_ERROR = /hydrat|react-error|errors\/4(1[89]|2[1235])\b/i;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, and uncaught page errors. */
  problems: string[];
}

async function open(
  hash: string,
  options: { locale: string; storedLang?: string; withoutApp?: boolean },
): Promise<Opened> {
  const context = await browser.newContext({
    locale: options.locale,
    viewport: { width: 1280, height: 900 },
  });
  if (options.storedLang) {
    await context.addInitScript(
      ([key, lang]) => window.localStorage.setItem(key as string, lang as string),
      [LANG_KEY, options.storedLang],
    );
  }
  // Everything but the app's module scripts: what the first paint shows before any of them has run.
  if (options.withoutApp) {
    await context.route(/\/assets\/.*\.js$/, (route) =>
      /\/ui-lang-[\w-]+\.js$/.test(route.request().url()) ? route.continue() : route.abort(),
    );
  }
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  await page.goto(appUrl(hash));
  return { context, page, problems };
}

/** Waits for the app's first commit in the browser (see src/ui/app/perf-marks.ts). */
async function started(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
}

function hydrationErrors(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('app:hydration-error')
      .map((e) => String((e as PerformanceMark).detail?.message ?? 'hydration error')),
  );
}

describe('the first HTML response', () => {
  it('already holds the meeting list, in both UI languages, and the early script', async () => {
    const response = await fetch(appUrl());
    const html = await response.text();
    expect(html).toContain('data-prerender="zh"');
    expect(html).toContain('data-prerender="en"');
    expect(html.match(/class="meeting-list"/g)).toHaveLength(2);
    for (const title of [...Object.values(LIST_TITLE), ...Object.values(FINER_TITLE)])
      expect(html).toContain(title);
    // The meetings × topics grid too, and links into the reader.
    expect(html).toContain('class="topic-matrix"');
    expect(html).toContain('href="#/meeting/2024-01-10-liu-finer"');
    // A classic script from the page's origin in <head>, run before the body (the CSP allows no inline one).
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toMatch(/<script src="\.\/assets\/ui-lang-[\w-]+\.js"><\/script>/);
  });
});

describe('before the app runs', () => {
  for (const [locale, lang, storedLang] of [
    ['en-US', 'en', undefined],
    ['zh-CN', 'zh', undefined],
    ['en-US', 'zh', 'zh'],
    ['zh-CN', 'en', 'en'],
  ] as const) {
    it(`shows the list in ${lang} to a ${locale} browser${storedLang ? ` that chose ${storedLang}` : ''}`, async () => {
      const { context, page } = await open('#/', { locale, storedLang, withoutApp: true });
      const other = lang === 'zh' ? 'en' : 'zh';
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).allTextContents())
        .toEqual([LIST_TITLE[lang]]);
      expect(await page.getByRole('link', { name: FINER_TITLE[lang], exact: true }).isVisible()).toBe(true);
      expect(await page.getByText(FINER_TITLE[other], { exact: true }).first().isVisible()).toBe(false);
      expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
      expect(await page.evaluate(() => performance.getEntriesByName('app:started').length)).toBe(0);
      // The list asks for nothing of the reader's, and for the app's shell with the entry (src/main.tsx imports it
      // a task later: a request only then would cost a round trip).
      expect(await page.locator('link[rel="modulepreload"][href*="meeting-page-"]').count()).toBe(0);
      expect(await page.locator('head > link[rel="modulepreload"][href*="/shell-"]').count()).toBe(1);
      await context.close();
    });
  }

  it('shows only the header on a deep link (the app renders that page itself)', async () => {
    const { context, page } = await open(FINER, { locale: 'zh-CN', withoutApp: true });
    await page.waitForLoadState('load');
    expect(await page.getAttribute('html', 'data-route')).toBe('other');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
    expect(await page.getByRole('contentinfo').count()).toBe(0);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('link', { name: '新建对读', exact: true }).isVisible()).toBe(true);
    // The meeting page's files are asked for at once: its reader chunk, its comparisons, its strings.
    const preloads = await page
      .locator('link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(preloads.some((href) => /\/meeting-page-[\w-]+\.js$/.test(href))).toBe(true);
    expect(preloads.some((href) => /\/meeting-strings-zh-[\w-]+\.js$/.test(href))).toBe(true);
    expect(preloads.some((href) => /\/2024-01-10-liu-finer-[\w-]+\.js$/.test(href))).toBe(true);
    expect(preloads.some((href) => /\/2023-06-14-qin-blinken-[\w-]+\.js$/.test(href))).toBe(false);
    await context.close();
  });
});

describe('hydration', () => {
  for (const [locale, storedLang] of [
    ['en-US', undefined],
    ['zh-CN', undefined],
    ['en-US', 'zh'],
    ['fr-FR', undefined],
  ] as const) {
    it(`takes over the prerendered list without a mismatch (${locale}${storedLang ? `, chose ${storedLang}` : ''})`, async () => {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
      // Counts prerendered headings taken out of the page: a hydration keeps every node it took over.
      await context.addInitScript(() => {
        const w = window as unknown as { __removedHeadings: number };
        w.__removedHeadings = 0;
        new MutationObserver((records) => {
          for (const r of records) {
            for (const node of r.removedNodes) {
              if (!(node instanceof Element)) continue;
              const kept = !node.matches('[data-prerender]'); // the other language's copy goes, by design
              if (kept && (node.matches('h1, h2') || node.querySelector('h1, h2'))) w.__removedHeadings += 1;
            }
          }
        }).observe(document, { childList: true, subtree: true });
      });
      if (storedLang) {
        await context.addInitScript(
          ([key, lang]) => window.localStorage.setItem(key as string, lang as string),
          [LANG_KEY, storedLang],
        );
      }
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
      await page.goto(appUrl('#/'));
      await started(page);
      await page.waitForLoadState('networkidle');
      const lang = storedLang ?? (locale === 'zh-CN' ? 'zh' : 'en');
      expect(await page.getByRole('heading', { level: 1 }).allTextContents()).toEqual([LIST_TITLE[lang]]);
      expect(await hydrationErrors(page)).toEqual([]);
      expect(problems.filter((p) => HYDRATION_ERROR.test(p))).toEqual([]);
      expect(problems).toEqual([]);
      expect(
        await page.evaluate(() => (window as unknown as { __removedHeadings: number }).__removedHeadings),
      ).toBe(0);
      // One copy of the list is left, and it is live: a filter narrows it.
      expect(await page.locator('#root [data-prerender]').count()).toBe(0);
      expect(await page.locator('.meeting-list').count()).toBe(1);
      const cards = page.locator('.meeting-list > li');
      const all = await cards.count();
      await page.getByRole('combobox', { name: lang === 'zh' ? '议题' : 'Topic' }).selectOption('taiwan');
      await expect.poll(() => cards.count()).toBeLessThan(all);
      await context.close();
    });
  }

  it('hydrates the unfiltered list, then applies a filter kept from earlier in the tab', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() =>
      window.sessionStorage.setItem(
        'readout-compare.list-filter',
        JSON.stringify({ topic: 'taiwan', participant: null, from: null, to: null, query: '' }),
      ),
    );
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    await page.goto(appUrl('#/'));
    await started(page);
    await expect.poll(() => page.getByRole('combobox', { name: 'Topic' }).inputValue()).toBe('taiwan');
    const prerendered = await (await fetch(appUrl())).text();
    const all = prerendered.split('data-prerender="en"')[1]?.match(/class="meeting-card"/g)?.length ?? 0;
    expect(all).toBeGreaterThan(1);
    expect(await page.locator('.meeting-list > li').count()).toBeLessThan(all);
    expect(await hydrationErrors(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a meeting from the hydrated list', async () => {
    const { context, page, problems } = await open('#/', { locale: 'en-US' });
    await started(page);
    await page.getByRole('link', { name: FINER_TITLE.en, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: FINER_TITLE.en }).waitFor();
    await page.locator('[data-readout-id]').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a deep link', () => {
  it('renders the meeting page, not the list, in the reader’s language', async () => {
    for (const [locale, lang] of [
      ['en-US', 'en'],
      ['zh-CN', 'zh'],
    ] as const) {
      const { context, page, problems } = await open(FINER, { locale });
      await page.getByRole('heading', { level: 1, name: FINER_TITLE[lang] }).waitFor();
      await page.locator('[data-readout-id]').first().waitFor();
      expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
      // The app replaced the prerendered markup: one header, no copy of the list left.
      expect(await page.locator('#root [data-prerender]').count()).toBe(0);
      expect(await page.locator('.app-header').count()).toBe(1);
      expect(await hydrationErrors(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('shows the texts before the notes panel', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    // Records, when the first readout sentence is added to the page, whether the notes panel was there already.
    await context.addInitScript(() => {
      const w = window as unknown as { __panelWithFirstText?: boolean };
      const observer = new MutationObserver(() => {
        if (!document.querySelector('[data-readout-id]')) return;
        w.__panelWithFirstText = document.querySelector('.notes-panel') !== null;
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(appUrl(FINER));
    await page.locator('.notes-panel').waitFor();
    expect(
      await page.evaluate(
        () => (window as unknown as { __panelWithFirstText?: boolean }).__panelWithFirstText,
      ),
    ).toBe(false);
    await context.close();
  });
});

/** Opens `hash` and collects the JavaScript it loads (URL and text) and the workers it starts until `ready`. */
async function scriptsOf(
  hash: string,
  locale: string,
  ready: (page: Page) => Promise<unknown>,
): Promise<{ urls: string[]; text: string; workers: number; context: BrowserContext }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bodies: Promise<[string, string]>[] = [];
  page.on('response', (r) => {
    if (/\.js(\?|$)/.test(r.url())) bodies.push(r.text().then((t) => [r.url(), t] as [string, string]));
  });
  let workers = 0;
  page.on('worker', () => {
    workers += 1;
  });
  await page.goto(appUrl(hash));
  await ready(page);
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(bodies);
  return { urls: loaded.map(([url]) => url), text: loaded.map(([, t]) => t).join('\n'), workers, context };
}

/** What only the lexicon's patterns carry, as the data the worker gets and as the engine's regex sources. */
const LEXICON_MARKS = ['"patterns":{', '"compiled":[', '"include":[['];

describe('a meeting page loads its own meeting, not the corpus', () => {
  const corpus = loadCorpusFromDisk('readouts', process.cwd());
  /** The start of a text (as it appears inside the bundle's JSON), and the whole of it. */
  const start = (text: string) => JSON.stringify(text).slice(1, 33);
  const whole = (text: string) => JSON.stringify(text).slice(1, -1);
  /** Texts of more than one sentence (the list's index quotes single sentences as evidence, never these). */
  const long = (text: string) => /[。.].+[。.]/su.test(text.trim());

  it('loads the meeting’s texts and comparisons, and neither the lexicon’s patterns, the engine nor another meeting', async () => {
    const { text, urls, workers, context } = await scriptsOf(FINER, 'en-US', (page) =>
      page.locator('.comparison [data-readout-id]').first().waitFor(),
    );
    const finer = corpus.meetings.find((m) => m.id === '2024-01-10-liu-finer');
    for (const r of finer?.readouts ?? []) expect(text, `${r.id} is on its page`).toContain(start(r.text));
    for (const other of corpus.meetings.filter((m) => m.id !== finer?.id))
      for (const r of other.readouts.filter((x) => long(x.text)))
        expect(text, `${other.id}/${r.id}`).not.toContain(whole(r.text));
    for (const mark of LEXICON_MARKS) expect(text, mark).not.toContain(mark);
    expect(urls.some((u) => /compare-readouts/.test(u))).toBe(false);
    expect(workers).toBe(0);
    await context.close();
  });

  it('keeps the first page to the list’s index: no readout text, no lexicon patterns', async () => {
    const { text, context } = await scriptsOf('#/', 'zh-CN', started);
    for (const m of corpus.meetings)
      for (const r of m.readouts.filter((x) => long(x.text)))
        expect(text, `${m.id}/${r.id}`).not.toContain(whole(r.text));
    for (const mark of LEXICON_MARKS) expect(text, mark).not.toContain(mark);
    await context.close();
  });
});

describe('the list’s touch targets', () => {
  for (const [locale, width] of [
    ['en-US', 390],
    ['zh-CN', 390],
    ['en-US', 1280],
  ] as const) {
    it(`are at least 24 × 24 px or spaced apart, and never overlap (${locale}, ${width} px)`, async () => {
      const context = await browser.newContext({
        locale,
        viewport: { width, height: 900 },
        hasTouch: width < 800,
      });
      const page = await context.newPage();
      await page.goto(appUrl('#/'));
      await started(page);
      const violations = await axeViolations(page, { rules: ['target-size'] });
      expect(violations).toEqual([]);
      // The evidence buttons are still there, each reachable by keyboard and by a tap.
      const toggles = page.locator('.topic-matrix .evidence-toggle');
      expect(await toggles.count()).toBeGreaterThan(5);
      const first = toggles.first();
      await first.focus();
      await page.keyboard.press('Enter');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      const box = await toggles.nth(1).boundingBox();
      expect(Math.round(box?.width ?? 0)).toBeGreaterThanOrEqual(24);
      await toggles.nth(1).click();
      expect(await toggles.nth(1).getAttribute('aria-expanded')).toBe('true');
      // The tap opened the evidence, not the meeting behind it.
      expect(new URL(page.url()).hash).toBe('#/');
      await context.close();
    });
  }
});
