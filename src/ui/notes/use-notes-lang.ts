import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';

/** The UI language as the core's `Lang` (labels, exports). */
export function useNotesLang(): Lang {
  const { i18n } = useTranslation('notes');
  return (i18n.resolvedLanguage ?? i18n.language) === 'zh' ? 'zh' : 'en';
}
