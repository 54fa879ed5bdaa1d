import { defineConfig } from 'vitest/config';

// End-to-end tests drive the production bundle in Debian's Chromium; one file at a time keeps 2 cores calm.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
