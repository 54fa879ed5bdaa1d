import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · <app name>" in the UI language. */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation();
  const app = t('appName');
  useEffect(() => {
    document.title = page ? `${page} · ${app}` : t('documentTitle');
  }, [page, app, t]);
}
