import { lazy, Suspense, useEffect, useState } from 'react';
import { useUserMeetings } from '../app/use-user-meetings';

const SetAsideNotice = lazy(() => import('./SetAsideNotice').then((m) => ({ default: m.SetAsideNotice })));

/**
 * Where a page shows the set-aside own meetings, if any. The notice (and the `byo` texts) load only when
 * there is something to say, so the list page's first visit pays nothing; once shown it stays mounted, so
 * the "discarded" confirmation can follow.
 */
export function SetAsideSlot() {
  const { setAside = 0 } = useUserMeetings();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (setAside > 0) setShown(true);
  }, [setAside]);
  if (setAside === 0 && !shown) return null;
  return (
    <Suspense fallback={null}>
      <SetAsideNotice />
    </Suspense>
  );
}
