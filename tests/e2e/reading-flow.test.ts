import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMeetingIds, fallbackFiles } from '../../scripts/vite-plugin-spa-fallback';
import { dragSelect } from './drag-select';
import { axeViolations, baseUrl, launchBrowser, openPage, SCREENSHOTS } from './harness';
import { ROOT } from './production-browser';
import { serveStatic } from './static-server';

/*
 * Issue 10's reading and annotating flow in Chromium on the production bundle: nothing wider than the screen,
 * the texts first on a phone, the reader's language kept through a note, a reload and the export, the adder
 * at the selection, Back to the list where it was, the sticky heads ending with the rows, links without `#`,
 * axe in both languages. Screenshots go to /tmp (the README's are the lead's to refresh).
 */

const FINER_ID = '2024-01-10-liu-finer';
const FINER = `#/meeting/${FINER_ID}`;
const SHOTS = resolve(SCREENSHOTS, 'reading-flow');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const LOCALES = ['en-US', 'zh-CN'] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function readerReady(page: Page): Promise<void> {
  await page.locator('.aligned-rows [data-readout-id]').first().waitFor();
}

/** The list once the app has taken it over (until then index.html holds it in both languages, one hidden). */
async function listReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('app:started').length > 0);
  await page.locator('.topic-matrix').waitFor();
}

/** document.scrollingElement.scrollWidth − innerWidth: above 0, the page scrolls sideways. */
function sideways(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

async function openAllFolds(page: Page): Promise<void> {
  const closed = page.locator('details.fold:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
}

function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...new Set(
        [...document.querySelectorAll('.aligned-rows [data-readout-id]')].map((e) =>
          e.getAttribute('data-readout-id'),
        ),
      ),
    ].sort(),
  ) as Promise<string[]>;
}

/** The gap, in CSS pixels, between the selection's box and the adder's (0 when they touch or overlap). */
async function adderGap(page: Page): Promise<number> {
  await page.locator('.note-adder-button').waitFor();
  return page.evaluate(() => {
    const selection = document.getSelection();
    const s = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    const a = document.querySelector('.note-adder-button')?.getBoundingClientRect();
    if (!s || !a) return Number.POSITIVE_INFINITY;
    const dx = Math.max(0, a.left - s.right, s.left - a.right);
    const dy = Math.max(0, a.top - s.bottom, s.top - a.bottom);
    return Math.hypot(dx, dy);
  });
}

async function exportMarkdown(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.notes-panel').getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

/** The citations the export marks as the texts compared. */
function comparedLines(md: string): string[] {
  return md.split('\n').filter((line) => line.startsWith('- **Compared** · '));
}

describe('nothing is wider than the screen', () => {
  it('the list, meetings (folds open or not) and the new comparison page, at 320, 390 and 1440 px, in both languages', async () => {
    for (const locale of LOCALES) {
      // One context a language; at each width the list is loaded afresh (a reload, as a reader's first visit).
      const { context, page, errors } = await openPage(browser, '#/', { locale, width: 320, height: 844 });
      for (const width of [320, 390, 1440]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(`${baseUrl()}#/`);
        await page.reload();
        await listReady(page);
        expect(await sideways(page), `list ${locale} ${width}`).toBeLessThanOrEqual(0);
        for (const id of [FINER_ID, '2023-06-14-qin-blinken', '2024-01-08-defense-policy-talks']) {
          await page.goto(`${baseUrl()}#/meeting/${id}`);
          await readerReady(page);
          expect(await sideways(page), `${id} ${locale} ${width}`).toBeLessThanOrEqual(0);
          await openAllFolds(page);
          expect(await sideways(page), `${id} opened ${locale} ${width}`).toBeLessThanOrEqual(0);
        }
        await page.goto(`${baseUrl()}#/new`);
        await page.locator('h1').waitFor();
        expect(await sideways(page), `new ${locale} ${width}`).toBeLessThanOrEqual(0);
        expect(errors).toEqual([]);
      }
      await context.close();
    }
  }, 300_000);
});

describe('texts first on a phone', () => {
  it('shows the first readout sentence within 1.5 screens of every meeting page at 390 px, in both languages', async () => {
    const ids = corpusMeetingIds(resolve(ROOT, 'readouts'));
    expect(ids.length).toBeGreaterThan(3);
    for (const locale of LOCALES) {
      const { context, page } = await openPage(browser, '#/', { locale, ...PHONE });
      for (const id of ids) {
        await page.goto(`${baseUrl()}#/meeting/${id}`);
        await readerReady(page);
        const screens = await page.evaluate(() => {
          const first = document.querySelector('.aligned-rows .sentence');
          return first ? (first.getBoundingClientRect().top + window.scrollY) / window.innerHeight : Infinity;
        });
        expect(screens, `${id} ${locale}`).toBeLessThanOrEqual(1.5);
      }
      await context.close();
    }
  }, 120_000);

  it('ends the sticky column heads with the rows on a wide screen, where the topic column is taller', async () => {
    const { context, page } = await openPage(browser, FINER, { locale: 'en-US', ...DESKTOP });
    await readerReady(page);
    const layout = await page.evaluate(() => {
      const rows = document.querySelector('.aligned-rows')?.getBoundingClientRect();
      const overview = document.querySelector('.overview')?.getBoundingClientRect();
      return {
        rowsBottom: (rows?.bottom ?? 0) + window.scrollY,
        overviewBottom: (overview?.bottom ?? 0) + window.scrollY,
      };
    });
    expect(layout.overviewBottom).toBeGreaterThan(layout.rowsBottom + 200);
    // Scrolled past the rows, into the topic column's end: the heads have gone with the rows.
    await page.evaluate((y) => window.scrollTo(0, y), layout.rowsBottom + 100);
    const head = await page.locator('.aligned-sticky').boundingBox();
    expect((head?.y ?? 0) + (head?.height ?? 0)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the reader’s language, kept through a note, a reload and the export', () => {
  it('an English reader lands on English texts, notes a phrase at the selection, reloads, and all three agree', async () => {
    const { context, page, errors } = await openPage(browser, FINER, { locale: 'en-US', ...DESKTOP });
    await readerReady(page);
    expect(await shownTexts(page)).toEqual(['cn-idcpc-en', 'us-wh-en-rfi']);
    await expect
      .poll(() => page.locator('.aligned-head').textContent())
      .toContain("English · project's translation");

    // The adder at the selection, the form beside it, focus back to the text on saving.
    const phrase = 'peace and stability in the Taiwan Strait';
    await dragSelect(page, 'us-wh-en-rfi', phrase);
    expect(await adderGap(page)).toBeLessThanOrEqual(40);
    await page.screenshot({ path: join(SHOTS, 'adder-en-1440.png') });
    await page.getByRole('button', { name: 'Add a note', exact: true }).click();
    const sheet = page.getByRole('dialog', { name: 'New note on the selected passage' });
    await expect
      .poll(() => sheet.getByLabel('Your note').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await sheet.getByLabel('Kind').selectOption('omitted');
    await sheet.getByLabel('Your note').fill('Only the US side names the Taiwan Strait.');
    await page.screenshot({ path: join(SHOTS, 'note-form-en-1440.png') });
    await sheet.getByRole('button', { name: 'Save note' }).click();
    await sheet.waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-sentence]')?.textContent ?? ''))
      .toContain(phrase);

    // The reader picks another text: the address keeps the choice.
    const us = page.getByRole('region', { name: /US-side readout/ });
    await us.getByRole('radio', { name: /English · project's translation of the Initium Media/ }).click();
    await expect.poll(() => page.url()).toContain('us=us-wh-en-initium');
    await expect.poll(() => shownTexts(page)).toEqual(['cn-idcpc-en', 'us-wh-en-initium']);

    await page.reload();
    await readerReady(page);
    expect(await shownTexts(page)).toEqual(['cn-idcpc-en', 'us-wh-en-initium']);
    await page.locator('.notes-panel article').first().waitFor();
    const md = await exportMarkdown(page);
    const compared = comparedLines(md);
    expect(compared).toHaveLength(2);
    expect(compared[0]).toMatch(
      /^- \*\*Compared\*\* · International Department of the CPC .*\(translation, en, /,
    );
    expect(compared[1]).toMatch(/^- \*\*Compared\*\* · The White House \(translation, en, /);
    expect(md).toContain(`> ${phrase}`);
    expect(md).toContain('Only the US side names the Taiwan Strait.');

    // The note is on a text not shown now: "go to passage" switches to it in one click.
    await page
      .locator('.notes-panel')
      .getByRole('button', { name: /Show this passage in the readout/ })
      .click();
    await expect.poll(() => shownTexts(page)).toEqual(['cn-idcpc-en', 'us-wh-en-rfi']);
    await expect.poll(() => page.url()).toContain('us=us-wh-en-rfi');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-sentence]')?.textContent ?? ''))
      .toContain(phrase);
    await expect
      .poll(() => page.locator('[data-note-id][data-readout-id="us-wh-en-rfi"]').count())
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('a keyboard reader gets the adder at the sentence the arrow keys reach, and comes back to it', async () => {
    const { context, page, errors } = await openPage(browser, FINER, { locale: 'en-US', ...DESKTOP });
    await readerReady(page);
    await page.locator('.aligned-rows .sentence[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    const sentence = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(sentence).not.toBe('');
    await page.locator('.note-adder-button').waitFor();
    // Tab reaches the adder next, past only the sentence's own set phrases (each button opens its tip on focus,
    // and the tip's close button is the next stop) once the meeting's ledger has loaded.
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => {
        const el = document.activeElement;
        return { tip: Boolean(el?.closest('.phrase-tip')), inSentence: Boolean(el?.closest('.sentence')) };
      });
      if (!at.tip) break;
      expect(at.inSentence).toBe(true);
    }
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('note-adder-button');
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'New note on the selected passage' });
    await sheet.waitFor();
    expect(await sheet.locator('blockquote q').textContent()).toBe(sentence.trim());
    await page.keyboard.type('Noted by keyboard.');
    await sheet.getByRole('button', { name: 'Save note' }).focus();
    await page.keyboard.press('Enter');
    await sheet.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(sentence);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone the adder sits at the selection and the form is a sheet; the Chinese reader lands on Chinese texts', async () => {
    const { context, page, errors } = await openPage(browser, FINER, { locale: 'zh-CN', ...PHONE });
    await readerReady(page);
    expect(await shownTexts(page)).toEqual(['cn-idcpc-zh', 'us-wh-zh-rfi']);
    await page.screenshot({ path: join(SHOTS, 'meeting-zh-390.png') });
    await dragSelect(page, 'us-wh-zh-rfi', '台湾海峡和南海和平与稳定的重要性');
    expect(await adderGap(page)).toBeLessThanOrEqual(40);
    await page.screenshot({ path: join(SHOTS, 'adder-zh-390.png') });
    await page.getByRole('button', { name: '添加笔记', exact: true }).click();
    const sheet = page.getByRole('dialog');
    const box = await sheet.boundingBox();
    // Along the bottom of the screen, full width.
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(PHONE.height);
    expect(Math.round(box?.width ?? 0)).toBe(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'note-sheet-zh-390.png') });
    await sheet.locator('textarea').fill('只有美方提到台湾海峡。');
    await sheet.locator('button[type=submit]').click();
    await sheet.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the list', () => {
  it('Back from a meeting finds the list where the reader left it', async () => {
    const { context, page } = await openPage(browser, '#/', { locale: 'en-US', ...PHONE });
    const link = page.locator('.topic-matrix a.matrix-cell-link').first();
    await link.waitFor();
    await link.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // The position is kept as the reader scrolls (a few hundred milliseconds after the last scroll).
    await page.waitForTimeout(400);
    const where = () => link.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const before = await where();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(800);
    // Followed where it is (a pointer click that first scrolls it would change the position to restore).
    await link.evaluate((el: HTMLElement) => el.click());
    await readerReady(page);
    await page.goBack();
    await page.locator('.topic-matrix').waitFor();
    // Where it was on the screen (the page may have grown above it meanwhile: the browser keeps it in place).
    await expect.poll(async () => Math.abs((await where()) - before)).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('tells the grid’s five marks apart by shape, each named in the legend', async () => {
    const { context, page } = await openPage(browser, '#/', { locale: 'en-US', ...DESKTOP });
    const legend = page.getByRole('list', { name: 'Legend' });
    await legend.waitFor();
    const marks = await legend.locator('.mark').allTextContents();
    expect(new Set(marks).size).toBe(5);
    expect(marks).not.toContain('◌');
    expect(await legend.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('mentioned'),
      expect.stringContaining('possibly mentioned'),
      expect.stringContaining('not mentioned (full readout)'),
      expect.stringContaining('not in the quoted excerpt'),
      expect.stringContaining('readout not available'),
    ]);
    await context.close();
  });
});

describe('a link without #', () => {
  it('opens the app from a plain static server, at the root or in a folder, with or without a trailing slash', async () => {
    // The bundle under test, with the files scripts/vite-plugin-spa-fallback.ts adds to a build.
    const dist = process.env.E2E_DIST ?? resolve(ROOT, 'node_modules/.e2e-dist');
    const site = mkdtempSync(join(tmpdir(), 'spa-fallback-'));
    const app = join(site, 'app');
    cpSync(dist, app, { recursive: true });
    for (const [file, source] of fallbackFiles(corpusMeetingIds(resolve(ROOT, 'readouts')))) {
      mkdirSync(dirname(join(app, file)), { recursive: true });
      writeFileSync(join(app, file), source);
    }
    const { url, server } = await serveStatic(site);
    const context = await browser.newContext({ locale: 'en-US', viewport: DESKTOP });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      for (const [path, hash] of [
        [`app/meeting/${FINER_ID}`, FINER],
        [`app/meeting/${FINER_ID}/`, FINER],
        [`app/meeting/${FINER_ID}?topic=taiwan`, `${FINER}?topic=taiwan`],
        ['app/new', '#/new'],
      ] as const) {
        await page.goto(`${url}${path}`);
        await page.waitForURL(`${url}app/${hash}`);
        // The prerendered list's headings stay hidden in the page until the app renders the one asked for.
        const heading = page.getByRole('heading', { level: 1 });
        await heading.waitFor();
        expect(await heading.textContent(), path).not.toBe('');
      }
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('New comparison');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('accessibility and screenshots', () => {
  it('has no serious or critical axe violations with the adder shown and folds open, in both languages', async () => {
    for (const locale of LOCALES) {
      // One context a language; each page is loaded afresh at its size (a reload).
      const { context, page } = await openPage(browser, FINER, { locale, ...PHONE });
      for (const size of [PHONE, DESKTOP]) {
        await page.setViewportSize(size);
        await page.goto(`${baseUrl()}${FINER}`);
        await page.reload();
        await readerReady(page);
        await page.screenshot({ path: join(SHOTS, `meeting-${locale}-${size.width}.png`) });
        await openAllFolds(page);
        const readout = (await shownTexts(page)).find((id) => id.startsWith('us-')) ?? '';
        const phrase = await page.evaluate(
          (id) =>
            document.querySelector(`.aligned-rows [data-readout-id="${id}"]`)?.textContent?.slice(0, 6) ?? '',
          readout,
        );
        await dragSelect(page, readout, phrase);
        await page.locator('.note-adder-button').waitFor();
        expect(await axeViolations(page), `${locale} ${size.width}`).toEqual([]);
      }
      await page.setViewportSize(PHONE);
      await page.goto(`${baseUrl()}#/`);
      await page.reload();
      await listReady(page);
      await page.screenshot({ path: join(SHOTS, `list-${locale}-390.png`) });
      expect(await axeViolations(page), `list ${locale}`).toEqual([]);
      await context.close();
    }
  }, 180_000);
});
