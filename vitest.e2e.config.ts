import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Tests write only under test-results/: their temporary folders (os.tmpdir()) too.
const TMP = resolve(import.meta.dirname, 'test-results/tmp');
mkdirSync(TMP, { recursive: true });

// End-to-end tests drive the production bundle in Debian's Chromium; one file at a time keeps 2 cores calm.
export default defineConfig({
  test: {
    env: { TMPDIR: TMP },
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // One worker runs every file and keeps its modules: Playwright and the harness load once, and the files share
    // one Chromium (harness.ts, launchBrowser). Each test opens its own browser context.
    isolate: false,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
