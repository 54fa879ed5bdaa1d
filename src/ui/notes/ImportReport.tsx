import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../core/notes/import-jsonld';

export interface ImportSummary {
  file: string;
  added: number;
  skipped: number;
  otherMeetings: number;
  problems: ImportProblem[];
}

/** What an import did, and each rejected entry with its reason. */
export function ImportReport({ summary, onDismiss }: { summary: ImportSummary; onDismiss: () => void }) {
  const { t } = useTranslation('notes');
  return (
    <section className="notes-import-report" aria-label={t('import.heading')}>
      <p>{t('import.summary', { file: summary.file, added: summary.added, skipped: summary.skipped })}</p>
      {summary.otherMeetings > 0 ? (
        <p>{t('import.otherMeetings', { count: summary.otherMeetings })}</p>
      ) : null}
      {summary.problems.length > 0 ? (
        <>
          <p>{t('import.rejected', { count: summary.problems.length })}</p>
          <ul>
            {summary.problems.map((p) => (
              <li key={`${p.index}-${p.code}`}>
                {`${t('import.entry', { n: p.index + 1 })}${p.id ? ` (${p.id})` : ''}: ${t(`import.problems.${p.code}`)}`}
                {p.field ? <code>{` ${p.field}`}</code> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button type="button" onClick={onDismiss}>
        {t('status.dismiss')}
      </button>
    </section>
  );
}
