import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';
import { readoutsCorpus } from './scripts/vite-plugin-readouts';

// Relative base so the built app works from any folder or file server, offline. READOUTS_DIR serves a private
// corpus (e.g. full official texts added with `npm run readouts:add`) instead of ./readouts.
export default defineConfig({
  base: './',
  plugins: [react(), readoutsCorpus({ dir: process.env.READOUTS_DIR }), contentSecurityPolicy()],
  build: { target: 'es2022', chunkSizeWarningLimit: 600 },
  worker: { format: 'es' },
});
