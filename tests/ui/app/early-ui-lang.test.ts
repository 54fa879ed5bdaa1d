// @vitest-environment jsdom
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyScript } from '../../../scripts/vite-plugin-prerender';
import { detectUiLang, LANG_STORAGE_KEY } from '../../../src/i18n';
import { type EarlyPreloads, earlyPreload, earlyUiLang } from '../../../src/ui/app/early-ui-lang';

/*
 * The page's first script picks the prerendered list to show before the app runs; the app then hydrates the
 * list of the language i18next starts in. The two must agree for every reader, or the page would hydrate a
 * list it never showed.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');

const CASES: { stored: string | null; languages: string[] }[] = [
  { stored: null, languages: ['en-US', 'en'] },
  { stored: null, languages: ['zh-CN', 'zh'] },
  { stored: null, languages: ['zh-TW'] },
  { stored: null, languages: ['fr-FR', 'de'] },
  { stored: null, languages: ['fr-FR', 'zh-HK', 'en'] },
  { stored: null, languages: [] },
  { stored: 'zh', languages: ['en-US'] },
  { stored: 'en', languages: ['zh-CN'] },
  { stored: 'zh-CN', languages: ['en-US'] },
  { stored: 'xx', languages: ['zh-CN'] },
  { stored: '', languages: ['en-GB'] },
];

function setReader(stored: string | null, languages: string[]): void {
  window.localStorage.clear();
  if (stored !== null) window.localStorage.setItem(LANG_STORAGE_KEY, stored);
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
  window.location.hash = '';
});

describe('earlyUiLang', () => {
  it.each(CASES)(
    'agrees with i18n’s detectUiLang (stored $stored, browser $languages)',
    ({ stored, languages }) => {
      setReader(stored, languages);
      const early = earlyUiLang(document, LANG_STORAGE_KEY);
      expect(early).toBe(detectUiLang());
      expect(document.documentElement.getAttribute('data-ui-lang')).toBe(early);
      expect(document.documentElement.lang).toBe(early === 'zh' ? 'zh-CN' : 'en');
    },
  );

  it('tells the list from a deep link', () => {
    for (const [hash, route] of [
      ['', 'list'],
      ['#/', 'list'],
      ['#/?x=1', 'list'],
      ['#/meeting/2024-01-10-liu-finer', 'other'],
      ['#/new', 'other'],
      ['#/nowhere', 'other'],
    ] as const) {
      window.location.hash = hash;
      earlyUiLang(document, LANG_STORAGE_KEY);
      expect(document.documentElement.getAttribute('data-route'), hash).toBe(route);
    }
  });

  it('falls back to the browser’s languages when storage throws', () => {
    setReader(null, ['zh-CN']);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(earlyUiLang(document, LANG_STORAGE_KEY)).toBe('zh');
  });
});

describe('earlyPreload', () => {
  const preloads: EarlyPreloads = {
    meeting: ['./assets/MeetingPage-a.js', './assets/MeetingPage-a.css'],
    locales: { zh: ['./assets/reader-zh.js'], en: ['./assets/reader-en.js'] },
    meetings: { 'm-1': './assets/m-1-c.js', 'm-2': './assets/m-2-c.js' },
  };
  const links = () =>
    [...document.head.querySelectorAll('link')].map((l) => `${l.rel}:${l.getAttribute('href')}`);

  /** Frames, in this test DOM: a frame's callbacks run on the next task. */
  const frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  });
  /** The first frame is painted: its callbacks run, then the tasks they queued. */
  const paint = () => {
    for (const callback of frames.splice(0)) callback(0);
    vi.runAllTimers();
  };

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    for (const link of document.head.querySelectorAll('link')) link.remove();
  });

  it('asks for a meeting page’s files on its deep link, after the first paint: that meeting’s texts and comparisons, the reader, its strings', () => {
    window.location.hash = '#/meeting/m-1?topic=taiwan';
    earlyPreload(document, 'zh', preloads);
    // Nothing competes with the stylesheet for the first paint.
    expect(links()).toEqual([]);
    paint();
    expect(links()).toEqual([
      'modulepreload:./assets/m-1-c.js',
      'modulepreload:./assets/MeetingPage-a.js',
      'preload:./assets/MeetingPage-a.css',
      'modulepreload:./assets/reader-zh.js',
    ]);
  });

  it('asks for nothing on the list or another page, and no meeting chunk for a meeting the build has none of', () => {
    for (const hash of ['', '#/', '#/new']) {
      window.location.hash = hash;
      earlyPreload(document, 'en', preloads);
      paint();
      expect(links(), hash).toEqual([]);
    }
    window.location.hash = '#/meeting/user-1';
    earlyPreload(document, 'en', preloads);
    paint();
    expect(links()).not.toContain('modulepreload:./assets/m-1-c.js');
    expect(links()).toContain('modulepreload:./assets/reader-en.js');
  });
});

describe('the early script the build writes', () => {
  it('is the same function, run on the page’s document with the app’s storage key', async () => {
    const code = await earlyScript(ROOT, LANG_STORAGE_KEY);
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    for (const { stored, languages } of CASES) {
      setReader(stored, languages);
      document.documentElement.removeAttribute('data-ui-lang');
      new Function(code)();
      expect(document.documentElement.getAttribute('data-ui-lang')).toBe(detectUiLang());
    }
  });
});
