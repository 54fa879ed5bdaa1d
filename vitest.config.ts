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

export default defineConfig({
  plugins: [react(), readoutsCorpus(), extractData(), ledgerData()],
  test: {
    env: { TMPDIR: TMP },
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
