import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localeGroup, staticGraphGroup } from './scripts/static-graph-chunks';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp';
import { extractData } from './scripts/vite-plugin-extract-data';
import { ledgerData } from './scripts/vite-plugin-ledger-data';
import { prerenderList } from './scripts/vite-plugin-prerender';
import { readoutsCorpus } from './scripts/vite-plugin-readouts';
import { spaFallback } from './scripts/vite-plugin-spa-fallback';

// Relative base so the built app works from any folder or file server, offline. READOUTS_DIR serves a private
// corpus (e.g. full official texts added with `npm run readouts:add`) instead of ./readouts.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    readoutsCorpus({ dir: process.env.READOUTS_DIR }),
    extractData({ dir: process.env.READOUTS_DIR }),
    ledgerData({ dir: process.env.READOUTS_DIR }),
    // The meeting list prerendered into index.html (both UI languages), hydrated by main.tsx.
    prerenderList({ dir: process.env.READOUTS_DIR }),
    // A link that lost its # (…/meeting/<id>) still opens the app: small redirect pages and a 404.html.
    spaFallback({ dir: process.env.READOUTS_DIR }),
    contentSecurityPolicy(),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Fewer, larger files where a page needs them all at once (see scripts/static-graph-chunks.ts).
        codeSplitting: {
          groups: [
            // The entry's imports (React, i18next); the entry itself, which awaits the shell, stays apart.
            staticGraphGroup(import.meta.dirname, 'src/main.tsx', 'app', [], true),
            // The app's own modules, which the entry imports in a task of its own (see src/main.tsx).
            staticGraphGroup(import.meta.dirname, 'src/ui/app/AppRoot.tsx', 'shell', ['src/main.tsx']),
            // A meeting page's own code, in one file the early script asks for on a deep link.
            staticGraphGroup(import.meta.dirname, 'src/ui/reader/MeetingPage.tsx', 'meeting-page', [
              'src/main.tsx',
              'src/ui/app/AppRoot.tsx',
            ]),
            // Its notes panel, which it loads once the texts are on screen.
            staticGraphGroup(import.meta.dirname, 'src/ui/notes/NotesPanel.tsx', 'notes-panel', [
              'src/main.tsx',
              'src/ui/app/AppRoot.tsx',
              'src/ui/reader/MeetingPage.tsx',
            ]),
            // Its strings, one file per UI language.
            localeGroup(['reader', 'notes', 'byo'], 'meeting-strings'),
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
});
