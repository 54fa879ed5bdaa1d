import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from './production-browser';

/**
 * Where the end-to-end tests put their screenshots: test-results/screenshots, so a test run never rewrites a
 * tracked file. `npm run screenshots` (README_SCREENSHOTS=1) writes the README's pictures into docs/screenshots.
 */
export const SCREENSHOTS = resolve(
  import.meta.dirname,
  process.env.README_SCREENSHOTS === '1' ? '../../docs/screenshots' : '../../test-results/screenshots',
);

/** Base URL of the production bundle served by global-setup (ends with '/'). */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** URL of a hash route, e.g. appUrl('#/meeting/2024-01-10-liu-finer'). */
export function appUrl(hash = ''): string {
  return `${baseUrl()}${hash}`;
}

let shared: Browser | undefined;

/**
 * The worker's one Chromium, shared by the end-to-end files (they run one after another in one worker that keeps
 * its modules, vitest.e2e.config.ts): one launch for the run, not one a file. What a file gets is that Chromium
 * with a `close()` of its own, which closes the contexts the file opened and leaves Chromium for the next file;
 * Playwright ends Chromium when the worker exits.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!shared?.isConnected()) shared = await launchChromium();
  const browser = shared;
  const before = new Set(browser.contexts());
  const close = async () => {
    await Promise.all(
      browser
        .contexts()
        .filter((c) => !before.has(c))
        .map((c) => c.close()),
    );
  };
  return new Proxy(browser, {
    get(target, key) {
      if (key === 'close') return close;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface OpenOptions {
  /** Browser UI language, e.g. 'zh-CN' or 'en-US' (drives the app's language detection). */
  locale?: string;
  width?: number;
  height?: number;
}

/** A fresh context (own storage) and page; downloads enabled; `errors` collects uncaught page errors. */
export async function openPage(
  browser: Browser,
  hash = '',
  options: OpenOptions = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(appUrl(hash));
  return { context, page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Fails the test on serious or critical axe violations; returns them for the message. */
export interface AxeOptions {
  /** Only this part of the page (a selector); the whole document otherwise. */
  within?: string;
  /** Only these rules, each violation reported whatever its impact. */
  rules?: string[];
}

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  const source = await import('axe-core').then((m) => m.default.source);
  await page.evaluate(source);
  const results = await page.evaluate(async ({ within, rules }) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document | string, opts: object) => Promise<AxeResults> } }
    ).axe;
    return axe.run(within ?? document, { resultTypes: ['violations'], ...(rules ? { runOnly: rules } : {}) });
  }, options);
  return results.violations
    .filter((v) => options.rules !== undefined || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}
