/*
 * After each file of a project whose files share a worker (vitest.config.ts): what one file may leave behind that
 * the next would not have met in a worker of its own. A file starts as it would in a fresh worker: no rendered
 * tree, empty storage and databases, real timers and globals, the app's i18n in English for react-i18next.
 */
import { afterAll, vi } from 'vitest';

afterAll(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  // A file's own databases are gone with it, and a file may have taken IndexedDB away to test its absence.
  if ('indexedDB' in globalThis) {
    const { IDBFactory } = await import('fake-indexeddb');
    globalThis.indexedDB = new IDBFactory();
  }
  if (typeof window === 'undefined') return;
  const [{ cleanup }, { setI18n }, { i18n, detectUiLang }] = await Promise.all([
    import('@testing-library/react'),
    import('react-i18next'),
    import('../src/i18n'),
  ]);
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.location.hash = '';
  // A file may have made its own i18next instance react-i18next's (i18n.use(initReactI18next).init()).
  setI18n(i18n);
  await i18n.changeLanguage(detectUiLang());
});
