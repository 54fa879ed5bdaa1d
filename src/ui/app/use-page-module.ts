import { startTransition, useEffect, useState } from 'react';

export type PageModule<T> = { status: 'ready'; page: T } | { status: 'loading' } | { status: 'failed' };

/**
 * A page that loads on demand, without Suspense: a page already loaded (e.g. prefetched when its link was
 * pointed at) renders in the same frame as the navigation. Under Suspense, even an instant load would show the
 * fallback and React would then hold the page back for its fallback throttle (about 300 ms). A page that
 * arrives later (a deep link, a cold navigation) renders as a transition: in slices that let the browser paint
 * and answer input, instead of one long task.
 */
export function usePageModule<T>(loaded: () => T | null, load: () => Promise<unknown>): PageModule<T> {
  const [, setVersion] = useState(0);
  const [failed, setFailed] = useState(false);
  const page = loaded();
  useEffect(() => {
    if (page !== null) return;
    let live = true;
    load().then(
      () => {
        if (live) startTransition(() => setVersion((v) => v + 1));
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [page, load]);
  if (page !== null) return { status: 'ready', page };
  return failed ? { status: 'failed' } : { status: 'loading' };
}
