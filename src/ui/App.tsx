import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../core/view/route';
import { AppFooter } from './app/AppFooter';
import { AppHeader } from './app/AppHeader';
import { type AppData, AppDataProvider, type AppSource } from './app/app-data';
import { NotFound } from './app/NotFound';
import { installRouteMarks } from './app/perf-marks';
import { SkipLink } from './app/SkipLink';
import { usePageModule } from './app/use-page-module';
import { useRouteFocus } from './app/use-route-focus';
import { MeetingListPage } from './list/MeetingListPage';
import { loadedMeetingPage, loadMeetingPage } from './reader/load-meeting-page';
import { useHashRoute } from './router/use-hash-route';

// Routes the first page does not need load on demand: the reader (engine + diff) and bring-your-own
// (file parsing, front matter) stay out of the first-visit bundle.
const NewComparisonPage = lazy(() =>
  import('./byo/NewComparisonPage').then((m) => ({ default: m.NewComparisonPage })),
);

installRouteMarks();

// A page load on a meeting's deep link: fetch the reader while React starts, not after its first render.
if (typeof window !== 'undefined' && window.location.hash.startsWith('#/meeting/')) {
  void loadMeetingPage().catch(() => undefined);
}

/** The reader, rendered in the navigation's own frame when it is already loaded (see usePageModule). */
function MeetingRoute({ id, topic }: { id: string; topic: string | undefined }) {
  const { t } = useTranslation();
  const reader = usePageModule(loadedMeetingPage, loadMeetingPage);
  if (reader.status === 'ready') return <reader.page id={id} topic={topic} />;
  return reader.status === 'failed' ? (
    <p className="error" role="alert">
      {t('status.loadFailed')}
    </p>
  ) : (
    <p role="status" className="status">
      {t('status.loading')}
    </p>
  );
}

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <MeetingListPage />;
    case 'meeting':
      return <MeetingRoute id={route.id} topic={route.topic} />;
    case 'new':
      return <NewComparisonPage />;
    case 'not-found':
      return <NotFound kind="page" path={route.path} />;
  }
}

function Shell() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  useRouteFocus(route, mainRef);
  return (
    <>
      <SkipLink target={mainRef} />
      <AppHeader route={route} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense
          fallback={
            <p role="status" className="status">
              {t('status.loading')}
            </p>
          }
        >
          <RouteView route={route} />
        </Suspense>
      </main>
      <AppFooter />
    </>
  );
}

/**
 * The whole app: header, routed main area, footer. `data` is the shipped corpus's source (light index now, full
 * data on demand) or, in tests, data already in memory.
 */
export function App({ data }: { data: AppData | AppSource }) {
  return (
    <AppDataProvider data={data}>
      <Shell />
    </AppDataProvider>
  );
}
