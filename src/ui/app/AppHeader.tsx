import { useTranslation } from 'react-i18next';
import { LEDGER_HREF, type Route } from '../../core/view/route';
// The ledger link's label alone (its page's strings load with the page): the header is on the first page.
import { nav as ledgerNavEn } from '../../locales/en/ledger-nav.json';
import { nav as ledgerNavZh } from '../../locales/zh/ledger-nav.json';
import { LanguageSwitch } from './LanguageSwitch';
import { useUiLang } from './use-ui-lang';

export function AppHeader({ route }: { route: Route }) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  return (
    <header className="app-header">
      <a className="brand" href="#/">
        <span className="brand-name">{t('appName')}</span>
        <span className="brand-alt" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
          {t('appNameAlt')}
        </span>
      </a>
      <nav aria-label={t('nav.label')} className="app-nav">
        <ul>
          <li>
            <a href="#/" aria-current={current('list')}>
              {t('nav.meetings')}
            </a>
          </li>
          <li>
            <a href="#/new" aria-current={current('new')}>
              {t('nav.new')}
            </a>
          </li>
          <li>
            <a href={LEDGER_HREF} aria-current={current('ledger')}>
              {lang === 'zh' ? ledgerNavZh : ledgerNavEn}
            </a>
          </li>
        </ul>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
