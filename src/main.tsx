import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { parseRoute } from './core/view/route';
import { currentUiLang } from './i18n';
import './styles/base.css';
import './styles/controls.css';
import './styles/list.css';
import './styles/meeting.css';
import './styles/topics.css';
import './styles/reading.css';
import './styles/print.css';
import './ui/app/first-paint.css';
import { markHydrationError } from './ui/app/perf-marks';

/*
 * The built index.html holds the meeting list prerendered in both UI languages inside #root (see
 * scripts/vite-plugin-prerender.ts). On the list, the app hydrates the one in the language i18next starts in
 * (the early script showed that one from the first paint), as a transition, so the work comes in slices that
 * leave the page responsive. On any other route, or in development (no prerendered markup), it renders itself.
 */
const root = document.getElementById('root');
const prerendered =
  root?.querySelector<HTMLElement>(`:scope > [data-prerender="${currentUiLang()}"]`) ?? null;
const onList = parseRoute(window.location.hash).name === 'list';
if (root && prerendered && onList) {
  // The other language's copy (hidden) goes at once: from here on the page holds one list.
  for (const other of root.querySelectorAll(':scope > [data-prerender]')) {
    if (other !== prerendered) other.remove();
  }
  prerendered.removeAttribute('data-prerender');
}

/*
 * The app's own modules evaluate in a task of their own, after React's and i18next's (this module's imports):
 * two tasks of half the length instead of one long one while the page loads. The build preloads their chunk
 * along with this one (scripts/vite-plugin-prerender.ts), so waiting for it costs no round trip.
 */
await new Promise((resolve) => setTimeout(resolve, 0));
const { AppRoot } = await import('./ui/app/AppRoot');

if (root && prerendered && onList) {
  startTransition(() => {
    hydrateRoot(prerendered, <AppRoot />, {
      onRecoverableError: (error) => {
        markHydrationError(error instanceof Error ? error.message : String(error));
        console.error(error);
      },
    });
  });
} else if (root) {
  // React replaces the prerendered markup (on a deep link, its header is on screen meanwhile) on its first
  // commit, which renders the same header in the same place.
  startTransition(() => createRoot(root).render(<AppRoot />));
}
