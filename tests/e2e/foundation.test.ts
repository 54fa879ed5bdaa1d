import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot } from './harness';

/*
 * The foundation, as a first-time reader meets it: the production bundle in Chromium, the meeting list,
 * the Finer meeting with both sides and their provenance, the language switch, deep links and the JS budget.
 */

const FINER = '#/meeting/2024-01-10-liu-finer';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('meeting list', () => {
  it('lists the corpus meetings and opens the Finer meeting from its link', async () => {
    const { context, page, errors } = await openPage(browser, '#/', { locale: 'en-US' });
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByRole('link', { name: 'Liu Jianchao meets Jon Finer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Liu Jianchao meets Jon Finer' }).waitFor();
    expect(page.url()).toContain(FINER);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.locator('table').first().waitFor();
    await screenshot(page, 'list-en');
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Liu Jianchao meets Jon Finer' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious or critical accessibility violations on the list page in either language', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const { context, page } = await openPage(browser, '#/', { locale });
      await page.locator('h1').waitFor();
      await page.locator('table').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('the Finer meeting page', () => {
  it('shows both readouts side by side, Chinese side left, with their provenance', async () => {
    // On its Chinese texts (an English reader lands on the English ones; the address keeps a choice).
    const { context, page, errors } = await openPage(browser, `${FINER}?cn=cn-idcpc-zh&us=us-wh-zh-rfi`, {
      locale: 'en-US',
    });
    const cn = page.getByRole('region', { name: /Chinese-side readout/ });
    const us = page.getByRole('region', { name: /US-side readout/ });
    await cn.waitFor();
    await us.waitFor();
    const [cnBox, usBox] = [await cn.boundingBox(), await us.boundingBox()];
    expect(cnBox && usBox && cnBox.x < usBox.x).toBe(true);

    await expect
      .poll(() => cn.textContent())
      .toContain('International Department of the CPC Central Committee');
    expect(await cn.textContent()).toContain('Initium Media');
    expect(await us.textContent()).toContain('The White House');
    expect(await us.textContent()).toMatch(/translation quoted from/);
    // The readout texts themselves are on the page.
    const body = await page.locator('main').textContent();
    expect(body).toContain('推动落实两国元首达成的重要共识和成果');
    expect(body).toContain('南海和平与稳定的重要性');
    await screenshot(page, 'meeting-en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('survives a reload on the deep link and switches language, keeping <html lang> in step', async () => {
    const { context, page } = await openPage(browser, FINER, { locale: 'en-US' });
    await page.getByRole('heading', { level: 1, name: 'Liu Jianchao meets Jon Finer' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('heading', { level: 1, name: '刘建超会见芬纳' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('region', { name: /中方纪要/ }).waitFor();

    // The choice is remembered across a reload, even though the browser says English.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '刘建超会见芬纳' }).waitFor();
    await screenshot(page, 'meeting-zh');
    // Chinese must render with a real CJK font, not boxes: the width of 中 differs from a missing glyph's.
    const widths = await page.evaluate(() => {
      const c = document.createElement('canvas').getContext('2d');
      if (!c) return [0, 0];
      c.font = '16px sans-serif';
      return [c.measureText('中').width, c.measureText('\u{10FFFD}').width];
    });
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[0]).not.toBe(widths[1]);
    await context.close();
  });

  it('stacks the two sides into one column on a narrow screen', async () => {
    const { context, page } = await openPage(browser, FINER, { locale: 'en-US', width: 390, height: 844 });
    // On a phone the texts come first: the sides' sources fold under a line that names each text.
    await page.getByText('Texts shown and their sources').click();
    const cn = page.getByRole('region', { name: /Chinese-side readout/ });
    const us = page.getByRole('region', { name: /US-side readout/ });
    await cn.waitFor();
    const [cnBox, usBox] = [await cn.boundingBox(), await us.boundingBox()];
    expect(cnBox && usBox && usBox.y > cnBox.y + cnBox.height - 1).toBe(true);
    await screenshot(page, 'meeting-narrow-en');
    await context.close();
  });

  it('has no serious or critical accessibility violations on the meeting page in either language', async () => {
    for (const locale of ['en-US', 'zh-CN']) {
      const { context, page } = await openPage(browser, FINER, { locale });
      await page.locator('[data-readout-id]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });
});

describe('the production bundle', () => {
  it('keeps the JavaScript loaded on first visit under 130 KB gzipped', async () => {
    const { context, page } = await openPage(browser, '#/', { locale: 'en-US' });
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    const dist = process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../node_modules/.e2e-dist');
    const total = scripts.reduce((sum, p) => sum + gzipSync(readFileSync(resolve(dist, `.${p}`))).length, 0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(130 * 1024);
    await context.close();
  });

  it('makes no request outside the local server', async () => {
    const { context, page } = await openPage(browser, '', { locale: 'en-US' });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(page.url().replace(/#.*$/, '') + FINER);
    await page.locator('[data-readout-id]').first().waitFor();
    expect(outside).toEqual([]);
    await context.close();
  });
});
