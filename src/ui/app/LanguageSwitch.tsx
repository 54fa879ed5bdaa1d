import { useTranslation } from 'react-i18next';
import { useUiLang } from './use-ui-lang';

/** The UI language: a labelled select; i18next remembers the choice and the html lang follows it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = useUiLang();
  return (
    <div className="lang-switch">
      <label htmlFor="ui-language">{t('language.label')}</label>
      <select
        id="ui-language"
        value={lang}
        onChange={(event) => void i18n.changeLanguage(event.target.value)}
      >
        <option value="zh" lang="zh-CN">
          {t('language.zh')}
        </option>
        <option value="en" lang="en">
          {t('language.en')}
        </option>
      </select>
    </div>
  );
}
