import { corpusRows } from 'virtual:ledger-corpus';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../browser/download';
import { ledgerCsv, ledgerCsvFileName } from '../../core/ledger/export-csv';
import { rowsMarkdown } from '../../core/ledger/export-markdown';
import {
  type AcrossFilter,
  type AcrossRow,
  filterRows,
  NO_FILTER,
  timeline,
} from '../../core/view/ledger-across';
import { useDocumentTitle } from '../app/use-document-title';
import { useNarrow } from '../app/use-narrow';
import { useUiLang } from '../app/use-ui-lang';
import { useUserMeetings } from '../app/use-user-meetings';
import { Fold } from '../reader/Fold';
import { AcrossFilters } from './AcrossFilters';
import { AcrossLegend, AcrossTimeline } from './AcrossTimeline';
import { OwnRowsLoader } from './OwnRowsLoader';
import type { OwnRowsState } from './use-own-rows';
import '../../styles/ledger.css';

const NO_OWN: OwnRowsState = { done: [], pending: 0, failed: [] };

/** The filtered rows as CSV (for a spreadsheet) and as one Markdown table. */
function Exports({ rows }: { rows: readonly AcrossRow[] }) {
  const { t } = useTranslation('ledger');
  const lang = useUiLang();
  const now = new Date();
  const csv = () => downloadFile(ledgerCsvFileName(now), ledgerCsv(rows, { bom: true }), 'text/csv');
  const md = () =>
    downloadFile(
      ledgerCsvFileName(now).replace(/\.csv$/, '.md'),
      rowsMarkdown(rows, { lang, now }),
      'text/markdown',
    );
  return (
    <div className="across-exports">
      <button type="button" className="button" disabled={rows.length === 0} onClick={csv}>
        {t('export.csv')}
      </button>
      <button type="button" className="button" disabled={rows.length === 0} onClick={md}>
        {t('export.markdown')}
      </button>
    </div>
  );
}

/**
 * `#/ledger`: the ledger across meetings — every corpus meeting (its rows made by the build) and the reader's
 * own (made here, off the page's thread) as a timeline of topics, set phrases and commitments, filtered, each
 * cell linking to its sentence; the filtered table as CSV or Markdown.
 */
export function AcrossMeetingsPage() {
  const { t } = useTranslation(['ledger', 'common']);
  const lang = useUiLang();
  const narrow = useNarrow();
  useDocumentTitle(t('across.title'));
  const user = useUserMeetings();
  const [own, setOwn] = useState<OwnRowsState>(NO_OWN);
  const onOwn = useCallback((state: OwnRowsState) => setOwn(state), []);
  const [filter, setFilter] = useState<AcrossFilter>(NO_FILTER);
  const rows = useMemo<AcrossRow[]>(
    () => [
      ...corpusRows.flatMap((m) =>
        m.rows[lang].map((r) => ({ ...r, texts: m.texts, origin: 'corpus' as const })),
      ),
      ...own.done.flatMap((m) =>
        m.rows[lang].map((r) => ({ ...r, texts: m.texts, origin: 'user' as const })),
      ),
    ],
    [lang, own.done],
  );
  const shown = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const table = useMemo(() => timeline(shown), [shown]);
  const hasOwn = user.meetings.length > 0;
  return (
    <article className="across-page" aria-labelledby="across-title">
      <h1 id="across-title">{t('across.title')}</h1>
      <p className="section-intro">{t('across.intro')}</p>
      {hasOwn ? (
        <Suspense fallback={null}>
          <OwnRowsLoader meetings={user.meetings} onRows={onOwn} />
        </Suspense>
      ) : null}
      <Fold folded={narrow} summary={<span className="fold-title">{t('filters.label')}</span>}>
        <AcrossFilters value={filter} onChange={setFilter} />
      </Fold>
      <div className="across-bar">
        <p className="across-count" role="status">
          {t('across.count', { count: shown.length, meetings: table.meetings.length })}
          {hasOwn && (user.loading || own.pending > 0) ? ` ${t('across.ownPending')}` : ''}
          {own.failed.length > 0 ? ` ${t('across.ownFailed', { count: own.failed.length })}` : ''}
        </p>
        <Exports rows={shown} />
      </div>
      <AcrossLegend />
      {shown.length === 0 ? (
        <p className="empty">{t('across.empty')}</p>
      ) : (
        <AcrossTimeline timeline={table} lang={lang} />
      )}
    </article>
  );
}
