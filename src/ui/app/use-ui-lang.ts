import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';

/** The current UI language, re-rendering the caller when it changes. */
export function useUiLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
}
