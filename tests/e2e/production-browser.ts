import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';

/*
 * The production bundle and Debian's Chromium, as the end-to-end tests and the browser benchmarks use them.
 * No vitest import here, so `tsx bench/…` can use it as well as the test harness.
 */

export const ROOT = resolve(import.meta.dirname, '../..');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling out on a machine with no network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Builds the real production bundle into `outDir` (vitest sets NODE_ENV=test, which gives a development React). */
export async function buildProductionBundle(
  outDir: string,
  logLevel: 'warn' | 'error' = 'warn',
): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      // The runner loads the config's extensionless TypeScript imports as they are (no bundling, no warning).
      configLoader: 'runner',
      logLevel,
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
}
