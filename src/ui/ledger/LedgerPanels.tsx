import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { commitmentsView } from '../../core/view/ledger-commitments';
import { factsView } from '../../core/view/ledger-facts';
import { phraseTable } from '../../core/view/ledger-phrase-table';
import { LEDGER_HREF } from '../../core/view/route';
import { CommitmentsList } from './CommitmentsList';
import { CopyLedger } from './CopyLedger';
import { FactsPanel } from './FactsPanel';
import { useLedgerState } from './ledger-context';
import { PhrasesTable } from './PhrasesTable';
import '../../styles/ledger.css';

/**
 * The analyst's ledger of the meeting, below the texts: the copy-ready ledger, the event facts, the set phrases
 * and the commitments tracker. Loaded and rendered after the rows (see LedgerPanelsSlot).
 */
export function LedgerPanels({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation('ledger');
  const state = useLedgerState();
  const id = useId();
  const ledger = state?.ledger ?? null;
  const data = state?.data ?? null;
  const texts = state?.texts;
  const views = useMemo(
    () =>
      ledger && data && texts
        ? {
            facts: factsView(ledger, texts),
            phrases: phraseTable(ledger, data.phrases.data, texts),
            commitments: commitmentsView(ledger, data.commitments.data, texts),
          }
        : null,
    [ledger, data, texts],
  );
  if (!state) return null;
  return (
    <section className="ledger-panels" aria-labelledby={id}>
      <h2 id={id}>{t('panels.heading')}</h2>
      <p className="section-intro">
        {t('panels.intro')} <a href={LEDGER_HREF}>{t('panels.across')}</a>
      </p>
      {state.status === 'failed' ? (
        <p className="error" role="alert">
          {t('panels.failed')}
        </p>
      ) : null}
      {state.status === 'pending' ? (
        <p className="status" role="status">
          {t('panels.pending')}
        </p>
      ) : null}
      {ledger && views && texts ? (
        <>
          <CopyLedger ledger={ledger} texts={texts} meetingId={meetingId} />
          <FactsPanel facts={views.facts} />
          <PhrasesTable rows={views.phrases} langs={[ledger.sides[0].lang, ledger.sides[1].lang]} />
          <CommitmentsList lists={views.commitments} langs={[ledger.sides[0].lang, ledger.sides[1].lang]} />
        </>
      ) : null}
    </section>
  );
}
