import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from './use-document-title';

/** A translated "not found" for an unknown route or an unknown meeting id. */
export function NotFound({ kind, path }: { kind: 'page' | 'meeting'; path: string }) {
  const { t } = useTranslation();
  const title = kind === 'meeting' ? t('notFound.meetingTitle') : t('notFound.pageTitle');
  useDocumentTitle(title);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{title}</h1>
      <p>{kind === 'meeting' ? t('notFound.meetingBody', { id: path }) : t('notFound.pageBody', { path })}</p>
      <p>
        <a href="#/">{t('notFound.back')}</a>
      </p>
    </section>
  );
}
