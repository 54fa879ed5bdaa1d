import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type enByo from './locales/en/byo.json';
import enCommon from './locales/en/common.json';
import type enLedger from './locales/en/ledger.json';
import type enNotes from './locales/en/notes.json';
import type enReader from './locales/en/reader.json';
import zhCommon from './locales/zh/common.json';

/*
 * i18next with every locale file bundled into the build (no HTTP backend, no locale server: the app works
 * offline from any folder). `common` (the shell and the list) is in the first-page bundle in both languages, so
 * the first paint and a language switch never wait. The page namespaces (`reader`, `notes`, `byo`, `ledger`)
 * are bundled as small chunks that load with their page and only in the language in use, which keeps the first
 * visit within its JavaScript budget. Language: remembered choice first, then the browser's; kept in step with
 * <html lang>. (A few lines here instead of i18next-browser-languagedetector, which weighs 2 KB gzipped on the
 * first page for the same two lookups.)
 */

export type UiLang = 'zh' | 'en';
export const UI_LANGS: readonly UiLang[] = ['zh', 'en'];
export const LANG_STORAGE_KEY = 'readout-compare.lang';

export const NAMESPACES = ['common', 'reader', 'notes', 'byo', 'ledger'] as const;

/** The English files define the keys; the locale test keeps the Chinese files in step. */
export interface Resources {
  common: typeof enCommon;
  reader: typeof enReader;
  notes: typeof enNotes;
  byo: typeof enByo;
  ledger: typeof enLedger;
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
  './locales/*/ledger.json',
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

function isUiLang(lang: string): lang is UiLang {
  return (UI_LANGS as readonly string[]).includes(lang);
}

/** The remembered choice, else the first of the browser's languages the UI has, else English. */
export function detectUiLang(): UiLang {
  try {
    const stored = toUiLang(window.localStorage.getItem(LANG_STORAGE_KEY) ?? '');
    if (isUiLang(stored)) return stored;
  } catch {
    // No window (Node) or storage disabled: fall through to the browser's languages.
  }
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  const tags = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
  return tags.map(toUiLang).find(isUiLang) ?? 'en';
}

function remember(lang: string): void {
  try {
    const storage = window.localStorage;
    if (isUiLang(lang) && storage.getItem(LANG_STORAGE_KEY) !== lang) storage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled; the choice then lasts as long as the page.
  }
}

function syncDocument(lang: string): void {
  remember(lang);
  if (typeof document === 'undefined') return;
  // Only on a change: setting `lang`, even to the value the early script gave it, re-matches every `:lang()` rule
  // on every element of the prerendered page.
  const root = document.documentElement;
  const htmlLang = htmlLangOf(lang);
  if (root.lang !== htmlLang) root.lang = htmlLang;
  const title = i18n.t('common:documentTitle');
  if (document.title !== title) document.title = title;
}

i18n.on('languageChanged', syncDocument);

void i18n
  .use(bundledBackend)
  .use(initReactI18next)
  .init({
    resources: { en: { common: enCommon }, zh: { common: zhCommon } },
    lng: detectUiLang(),
    partialBundledLanguages: true,
    supportedLngs: [...UI_LANGS],
    fallbackLng: 'en',
    load: 'languageOnly',
    ns: ['common'],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });

export { i18n };
