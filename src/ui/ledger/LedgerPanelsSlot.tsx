import { lazy, Suspense } from 'react';

const LedgerPanels = lazy(() => import('./LedgerPanels').then((m) => ({ default: m.LedgerPanels })));

/**
 * Where the meeting page puts its ledger: the panels' code loads on demand, under a boundary of its own, so
 * neither the page's first paint nor the texts ever wait for it.
 */
export function LedgerPanelsSlot({ meetingId }: { meetingId: string }) {
  return (
    <Suspense fallback={null}>
      <LedgerPanels meetingId={meetingId} />
    </Suspense>
  );
}
