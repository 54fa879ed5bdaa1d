import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readoutsCorpus } from './scripts/vite-plugin-readouts';

// Relative base so the built app works from any folder or file server, offline.
export default defineConfig({
  base: './',
  plugins: [react(), readoutsCorpus()],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  worker: { format: 'es' },
});
