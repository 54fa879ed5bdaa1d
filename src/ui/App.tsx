import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../core/view/route';
import { AppFooter } from './app/AppFooter';
import { AppHeader } from './app/AppHeader';
import { type AppData, AppDataProvider } from './app/app-data';
import { NotFound } from './app/NotFound';
import { SkipLink } from './app/SkipLink';
import { useRouteFocus } from './app/use-route-focus';
import { MeetingListPage } from './list/MeetingListPage';
import { loadMeetingPage } from './reader/load-meeting-page';
import { useHashRoute } from './router/use-hash-route';

// Routes the first page does not need load on demand: the reader (engine + diff) and bring-your-own
// (file parsing, front matter) stay out of the first-visit bundle.
const MeetingPage = lazy(loadMeetingPage);
const NewComparisonPage = lazy(() =>
  import('./byo/NewComparisonPage').then((m) => ({ default: m.NewComparisonPage })),
);

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <MeetingListPage />;
    case 'meeting':
      return <MeetingPage id={route.id} />;
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

/** The whole app: header, routed main area, footer. */
export function App({ data }: { data: AppData }) {
  return (
    <AppDataProvider data={data}>
      <Shell />
    </AppDataProvider>
  );
}
