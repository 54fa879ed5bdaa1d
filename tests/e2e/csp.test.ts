import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './harness';

/*
 * The production page's content security policy, enforced by Chromium: the meta is there with its
 * directives, the app runs without a single violation (its compare worker included), and script injected
 * the ways an XSS would inject it (an inline <script>, a `javascript:` link, an inline handler) is blocked.
 */

// TEST DATA written for this test (not official texts): long enough that both the #/new page and the
// reader compare in the worker (over 20,000 characters together).
const ROUNDS = 300;
const CN_TEXT = [
  '测试会谈纪要（测试数据）',
  ...Array.from({ length: ROUNDS }, (_, i) => `双方就气候变化问题进行了第${i + 1}轮交流。`),
].join('\n\n');
const US_TEXT = [
  'Test meeting readout (test data)',
  ...Array.from(
    { length: ROUNDS },
    (_, i) => `The two sides held round ${i + 1} of talks on climate change.`,
  ),
].join('\n\n');

interface Violation {
  directive: string;
  blocked: string;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page that records every CSP violation from the first byte (an init script is not page script). */
async function openWatched(hash: string) {
  const opened = await openPage(browser, hash, { locale: 'en-US' });
  await opened.page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { __violations: typeof seen }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  await opened.page.reload();
  return opened;
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
}

describe('content security policy', () => {
  it('is in the built page with its directives', async () => {
    const { context, page } = await openWatched('#/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(Object.fromEntries(directives)).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'worker-src': "'self'",
      'connect-src': "'self'",
      'style-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    expect(policy).not.toMatch(/unsafe-|https?:|\*/);
    // The page has no inline script of its own: every script element loads a file.
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it('blocks an injected inline script, a javascript: link and an inline handler', async () => {
    const { context, page, errors } = await openWatched('#/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const link = document.createElement('a');
      link.href = 'javascript:window.__linkRan = true';
      link.textContent = 'test link';
      document.body.append(link);
      link.click();
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img alt="" src="./missing.png" onerror="window.__handlerRan = true">',
      );
    });
    // One report each, in whatever order the browser gets to them: inline element, javascript: URL, handler.
    await expect
      .poll(async () => (await violations(page)).map((v) => `${v.directive} ${v.blocked}`).sort())
      .toEqual(['script-src-attr inline', 'script-src-elem inline', 'script-src-elem inline']);
    const effects = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w.__inlineRan, w.__linkRan, w.__handlerRan];
    });
    expect(effects).toEqual([undefined, undefined, undefined]);
    // The app itself keeps working after the attempts.
    await page.getByRole('link', { name: 'New comparison', exact: true }).click();
    await page.getByLabel('Chinese-side readout text').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the compare worker run: a long pasted pair is compared and read with no violation', async () => {
    const { context, page, errors } = await openWatched('#/new');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.getByLabel('Chinese-side readout text').fill(CN_TEXT);
    await page.getByLabel('US-side readout text').fill(US_TEXT);
    await expect
      .poll(() => page.locator('.byo-side').getByLabel('Language').count(), { timeout: 15000 })
      .toBe(2);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/#\/meeting\/user-/, { timeout: 30000 });
    await page
      .locator('[data-readout-id="us-en"][data-offset]')
      .filter({ hasText: `round ${ROUNDS} of talks` })
      .waitFor({ timeout: 30000 });
    expect(workers.some((path) => /compare\.worker-[\w-]+\.js$/.test(path))).toBe(true);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
