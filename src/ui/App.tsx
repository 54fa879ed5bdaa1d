import { lazy, memo, Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Route } from '../core/view/route';
import { AppFooter } from './app/AppFooter';
import { AppHeader } from './app/AppHeader';
import { type AppData, AppDataProvider, type AppSource } from './app/app-data';
import {
  builtComparisonsSettled,
  loadBuiltComparisons,
  prefetchComparisonsOf,
} from './app/built-comparisons';
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
const AcrossMeetingsPage = lazy(() =>
  import('./ledger/AcrossMeetingsPage').then((m) => ({ default: m.AcrossMeetingsPage })),
);

installRouteMarks();

// A page load on a meeting's deep link: fetch the reader and the meeting's comparisons while React starts, not
// after its first render.
if (typeof window !== 'undefined' && window.location.hash.startsWith('#/meeting/')) {
  void loadMeetingPage().catch(() => undefined);
  prefetchComparisonsOf(window.location.hash);
}

/**
 * The reader, rendered in the navigation's own frame when it is already loaded (see usePageModule). A corpus
 * meeting also waits for its comparisons from the build (loaded alongside the reader, or already when its link
 * was pointed at), so the page comes whole: its overview does not appear later above the texts and push them.
 */
function MeetingRoute({ id, topic }: { id: string; topic: string | undefined }) {
  const { t } = useTranslation();
  const loaded = useCallback(() => (builtComparisonsSettled(id) ? loadedMeetingPage() : null), [id]);
  const load = useCallback(
    () => Promise.all([loadMeetingPage(), loadBuiltComparisons(id).catch(() => undefined)]),
    [id],
  );
  const reader = usePageModule(loaded, load);
  if (reader.status === 'ready') return <reader.page id={id} topic={topic} />;
  return reader.status === 'failed' ? (
    <p className="error" role="alert">
      {t('status.loadFailed')}
    </p>
  ) : (
    <RouteLoading />
  );
}

/** While a page loads: tall enough that the footer does not show and then jump away when the page arrives. */
function RouteLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="status route-loading">
      {t('status.loading')}
    </p>
  );
}

// The list has no props: the shell's re-renders (e.g. the router's check right after hydration) skip it.
const ListPage = memo(MeetingListPage);

function RouteView({ route }: { route: Route }) {
  switch (route.name) {
    case 'list':
      return <ListPage />;
    case 'meeting':
      return <MeetingRoute id={route.id} topic={route.topic} />;
    case 'new':
      return <NewComparisonPage />;
    case 'ledger':
      return <AcrossMeetingsPage />;
    case 'not-found':
      return <NotFound kind="page" path={route.path} />;
  }
}

/** The route as one object for as long as it stays the same by value (`parseRoute` makes a new one each time). */
function useSameRoute(route: Route): Route {
  const key = JSON.stringify(route);
  return useMemo(() => JSON.parse(key) as Route, [key]);
}

function Shell() {
  const route = useSameRoute(useHashRoute());
  const mainRef = useRef<HTMLElement>(null);
  useRouteFocus(route, mainRef);
  // One element per route: a re-render of the shell that leaves the route as it was (the router's check right
  // after hydration) hands React the same element, so the page is neither rendered again nor, while React is
  // still hydrating it in slices, made to finish hydrating at once in one long task.
  const page = useMemo(
    () => (
      <Suspense fallback={<RouteLoading />}>
        <RouteView route={route} />
      </Suspense>
    ),
    [route],
  );
  return (
    <>
      <SkipLink target={mainRef} />
      <AppHeader route={route} />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        {page}
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
