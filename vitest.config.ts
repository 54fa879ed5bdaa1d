import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Tests write only under test-results/: their temporary folders (os.tmpdir()) too.
const TMP = resolve(import.meta.dirname, 'test-results/tmp');
mkdirSync(TMP, { recursive: true });

import { extractData } from './scripts/vite-plugin-extract-data';
import { ledgerData } from './scripts/vite-plugin-ledger-data';
import { readoutsCorpus } from './scripts/vite-plugin-readouts';

/** Core tests that replace a module with vi.mock: they need a module graph of their own. */
const MOCKING = ['tests/core/notes/match-quote-work.test.ts'];

export default defineConfig({
  plugins: [react(), readoutsCorpus(), extractData(), ledgerData()],
  test: {
    env: { TMPDIR: TMP },
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
    projects: [
      {
        // The core's tests share their modules within a worker (no per-file isolation): the core is pure, so
        // nothing leaks, and the suite runs in a fraction of the time. A file that mocks a module must not.
        extends: true,
        test: {
          name: 'core',
          include: ['tests/core/**/*.test.ts', 'tests/*.test.ts'],
          exclude: MOCKING,
          isolate: false,
          // Before the other project, never interleaved with it (Vitest 4 interleaves projects by default,
          // and a shared worker would then carry one project's modules into the other's files).
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Components, browser IO and the command-line tools: each file in a fresh module graph (React, i18n and
        // store state, mocks).
        extends: true,
        test: {
          name: 'app',
          include: [
            'tests/ui/**/*.test.{ts,tsx}',
            'tests/browser/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            ...MOCKING,
          ],
          setupFiles: ['tests/setup-app.ts'],
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
