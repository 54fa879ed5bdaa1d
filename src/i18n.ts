import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type enByo from './locales/en/byo.json';
import enCommon from './locales/en/common.json';
import type enNotes from './locales/en/notes.json';
import type enReader from './locales/en/reader.json';
import zhCommon from './locales/zh/common.json';

/*
 * i18next with every locale file bundled into the build (no HTTP backend, no locale server: the app works
 * offline from any folder). `common` (the shell and the list) is in the first-page bundle in both languages, so
 * the first paint and a language switch never wait. The page namespaces (`reader`, `notes`, `byo`) are bundled
 * as small chunks that load with their page and only in the language in use, which keeps the first visit
 * within its JavaScript budget. Language: remembered choice first, then the browser's; kept in step with
 * <html lang>.
 */

export type UiLang = 'zh' | 'en';
export const UI_LANGS: readonly UiLang[] = ['zh', 'en'];
export const LANG_STORAGE_KEY = 'readout-compare.lang';

export const NAMESPACES = ['common', 'reader', 'notes', 'byo'] as const;

/** The English files define the keys; the locale test keeps the Chinese files in step. */
export interface Resources {
  common: typeof enCommon;
  reader: typeof enReader;
  notes: typeof enNotes;
  byo: typeof enByo;
}

// Typed keys: `t()` accepts only keys that exist in the English files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

const pageNamespaces = import.meta.glob<{ default: Record<string, unknown> }>([
  './locales/*/reader.json',
  './locales/*/notes.json',
  './locales/*/byo.json',
]);

/** Serves the page namespaces from their bundled chunks. */
const bundledBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = pageNamespaces[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No locale file for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (mod) => callback(null, mod.default),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

/** Maps any BCP 47 tag the browser reports to a UI language, or leaves it for the fallback. */
export function toUiLang(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) return 'zh';
  if (lower.startsWith('en')) return 'en';
  return lower;
}

/** The `lang` attribute for a UI language. */
export function htmlLangOf(lang: string): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** The current UI language as one of the two supported values. */
export function currentUiLang(): UiLang {
  return i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
}

function syncDocument(lang: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = htmlLangOf(lang);
  document.title = i18n.t('common:documentTitle');
}

i18n.on('languageChanged', syncDocument);

void i18n
  .use(LanguageDetector)
  .use(bundledBackend)
  .use(initReactI18next)
  .init({
    resources: { en: { common: enCommon }, zh: { common: zhCommon } },
    partialBundledLanguages: true,
    supportedLngs: [...UI_LANGS],
    fallbackLng: 'en',
    load: 'languageOnly',
    ns: ['common'],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANG_STORAGE_KEY,
      caches: ['localStorage'],
      convertDetectedLanguage: toUiLang,
    },
  });

export { i18n };
