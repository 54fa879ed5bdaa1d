import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** "Skip to content": a button, because an in-page anchor would change the hash, which is the router's. */
export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="skip-link" onClick={() => target.current?.focus()}>
      {t('nav.skip')}
    </button>
  );
}
