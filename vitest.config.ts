import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { extractData } from './scripts/vite-plugin-extract-data';
import { readoutsCorpus } from './scripts/vite-plugin-readouts';

export default defineConfig({
  plugins: [react(), readoutsCorpus(), extractData()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
