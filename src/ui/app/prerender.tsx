import { renderToString } from 'react-dom/server';
import { i18n, type UiLang } from '../../i18n';
import { AppRoot } from './AppRoot';

/*
 * Build time, in Node (scripts/vite-plugin-prerender.ts): the meeting list (`#/`) as HTML, in one UI language,
 * exactly as the browser's first render of it, which then hydrates this markup. The list renders from the
 * build's index alone; nothing of the browser's (storage, IndexedDB) is read in that first render.
 */

/** React's marker for a Suspense boundary that gave up on the server and left its content to the client. */
const CLIENT_RENDERED = '<!--$!-->';

export function prerenderList(lang: UiLang): string {
  void i18n.changeLanguage(lang);
  if (i18n.resolvedLanguage !== lang) throw new Error(`prerender: the UI language did not switch to ${lang}`);
  const html = renderToString(<AppRoot />);
  if (html.includes(CLIENT_RENDERED))
    throw new Error(
      `prerender: part of the ${lang} list did not render at build time (a component suspended or threw)`,
    );
  if (!html.includes('class="meeting-list"'))
    throw new Error(`prerender: the ${lang} list has no meetings (class="meeting-list" is missing)`);
  return html;
}

// For the build: which languages to prerender, and where the early script finds the reader's choice.
export { LANG_STORAGE_KEY, UI_LANGS } from '../../i18n';
