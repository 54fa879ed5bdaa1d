import { memo, type RefObject, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EMPTY_FILTER,
  filterMeetings,
  isFilterEmpty,
  type SearchScope,
  searchableTexts,
  sortMeetings,
} from '../../core/view/meeting-filter';
import { useMeetingIndex } from '../app/app-data';
import { prefetchComparisonsOf } from '../app/built-comparisons';
import { useDocumentTitle } from '../app/use-document-title';
import { useHydrated } from '../app/use-hydrated';
import { loadMeetingPage } from '../reader/load-meeting-page';
import { MeetingFilters } from './MeetingFilters';
import { MeetingList } from './MeetingList';
import { TopicMatrix } from './TopicMatrix';
import { useCorrectedEntries } from './use-corrected-entries';
import { useListEntries } from './use-list-entries';
import { useStoredFilter } from './use-stored-filter';

// The page renders again once the reader's own meetings have loaded from the browser's storage (right after
// the prerendered list hydrates); the cards and the grid only when what they show has changed.
const Cards = memo(MeetingList);
const Matrix = memo(TopicMatrix);

/**
 * Loads the reader chunk, and that meeting's comparisons (computed at build time), when the pointer or focus
 * reaches a meeting link, so opening it does not wait, while a visit that never opens a meeting never pays for
 * the engine.
 */
function usePrefetchOnIntent(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const onIntent = (event: Event) => {
      const link = (event.target as Element).closest?.('a[href^="#/meeting/"]');
      if (!link) return;
      void loadMeetingPage().catch(() => undefined);
      prefetchComparisonsOf(link.getAttribute('href'));
    };
    root.addEventListener('pointerover', onIntent);
    root.addEventListener('focusin', onIntent);
    return () => {
      root.removeEventListener('pointerover', onIntent);
      root.removeEventListener('focusin', onIntent);
    };
  }, [ref]);
}

/**
 * `#/`: every meeting, filters, and the meetings × topics grid. It works from the build's light index; the
 * readout texts load on the first search (titles, people and topics are searched meanwhile).
 */
export function MeetingListPage() {
  const { t } = useTranslation();
  const { topics } = useMeetingIndex();
  const [stored, setFilter] = useStoredFilter();
  // The prerendered list is unfiltered: it hydrates so, then shows a filter kept from earlier in this tab.
  const filter = useHydrated() ? stored : EMPTY_FILTER;
  const searching = filter.query.trim() !== '';
  const listed = useListEntries(searching);
  const { own, full, loading, error } = listed;
  // Every meeting as its page shows it: with the reader's corrections of the tagger applied.
  const corrections = useCorrectedEntries(listed.entries, own);
  const { entries } = corrections;
  const scope: SearchScope = useMemo(
    () => ({ topics, texts: full ? searchableTexts([...full.meetings, ...own]) : null }),
    [topics, full, own],
  );
  const sorted = useMemo(() => sortMeetings(entries), [entries]);
  const shown = useMemo(() => filterMeetings(sorted, filter, scope), [sorted, filter, scope]);
  const chronological = useMemo(() => [...shown].reverse(), [shown]);
  useDocumentTitle(t('list.title'));
  const root = useRef<HTMLDivElement>(null);
  usePrefetchOnIntent(root);

  return (
    <div className="list-page" ref={root}>
      {corrections.feed}
      <div className="page-head">
        <h1>{t('list.title')}</h1>
        <p className="lead">{t('list.intro')}</p>
        <p>
          <a className="button button-primary" href="#/new">
            {t('list.newComparison')}
          </a>
        </p>
      </div>

      <MeetingFilters
        filter={filter}
        onChange={setFilter}
        entries={entries}
        topics={topics}
        textsPending={searching && scope.texts === null}
      />

      <p className="result-count" role="status">
        {isFilterEmpty(filter)
          ? t('list.countAll', { count: entries.length })
          : t('list.countFiltered', { shown: shown.length, total: entries.length })}
      </p>
      {loading ? <p className="status">{t('list.userLoading')}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error === 'unavailable' ? t('list.userError.unavailable') : t('list.userError.failed')}
        </p>
      ) : null}

      <section aria-labelledby="meetings-heading" className="list-section">
        <h2 id="meetings-heading">{t('list.meetingsHeading')}</h2>
        {shown.length > 0 ? (
          <Cards entries={shown} />
        ) : (
          <p className="empty">{entries.length === 0 ? t('list.emptyCorpus') : t('list.emptyFiltered')}</p>
        )}
      </section>

      {chronological.length > 0 ? (
        <section aria-labelledby="matrix-heading" className="list-section">
          <h2 id="matrix-heading">{t('matrix.heading')}</h2>
          <p className="section-intro">{t('matrix.intro')}</p>
          <Matrix
            entries={chronological}
            topics={topics}
            highlight={filter.topic}
            onVerdict={corrections.onVerdict}
            onNeedTexts={corrections.onNeedTexts}
          />
        </section>
      ) : null}
    </div>
  );
}
