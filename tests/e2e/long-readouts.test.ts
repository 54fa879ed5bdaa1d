import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './harness';

/*
 * A long pasted pair in Chromium: the reading view commits its rows in steps (so the page answers input while
 * thousands of rows render), ends with every row on the page, and a topic whose only sentences are at the very
 * end still scrolls into view when selected.
 */

// TEST DATA written for this test (not official texts): many sentences on climate, one on the peninsula last.
const SENTENCES = 400;
const CN_TEXT = [
  '测试会谈纪要（测试数据）',
  ...Array.from({ length: SENTENCES }, (_, i) => `双方就气候变化问题进行了第${i + 1}轮交流。`),
  '双方还讨论了朝鲜半岛局势。',
].join('\n\n');
const US_TEXT = [
  'Test meeting readout (test data)',
  ...Array.from(
    { length: SENTENCES },
    (_, i) => `The two sides held round ${i + 1} of talks on climate change.`,
  ),
  'They also discussed the situation on the Korean Peninsula.',
].join('\n\n');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a long pasted pair', () => {
  it('renders every row in the end and scrolls to a topic found only in the last row', async () => {
    const { context, page, errors } = await openPage(browser, '#/new', { locale: 'en-US' });
    await page.getByLabel('Chinese-side readout text').fill(CN_TEXT);
    await page.getByLabel('US-side readout text').fill(US_TEXT);
    await expect
      .poll(() => page.locator('.byo-side').getByLabel('Language').count(), { timeout: 15000 })
      .toBe(2);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/#\/meeting\/user-/);
    await page.locator('.aligned-rows [data-readout-id]').first().waitFor();

    // The last sentences of both sides end up on the page.
    const last = page.locator('.aligned-row', { hasText: 'Korean Peninsula' });
    await last.waitFor({ timeout: 20000 });
    expect(await last.textContent()).toContain('朝鲜半岛');
    expect(await page.locator('.aligned-row', { hasText: 'round 400 of talks' }).count()).toBe(1);
    expect(await page.locator('.aligned-row').count()).toBeGreaterThanOrEqual(SENTENCES);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page
      .getByRole('table', { name: 'Topics of the two readouts' })
      .getByRole('button', { name: 'Korean Peninsula', exact: true })
      .click();
    await expect
      .poll(
        () =>
          last.evaluate((row) => {
            const r = row.getBoundingClientRect();
            return r.top >= 0 && r.top < window.innerHeight;
          }),
        // A smooth scroll over thousands of rows takes a moment.
        { timeout: 10000 },
      )
      .toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
