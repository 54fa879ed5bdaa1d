import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactElement } from 'react';
import { resetUserMeetingsForTests } from '../../../src/browser/user-meetings';
import { closeMeetingsDb } from '../../../src/browser/user-meetings-db';
import { i18n } from '../../../src/i18n';
import { AppDataProvider } from '../../../src/ui/app/app-data';
import { corpusData } from '../../../src/ui/app/corpus';

// Readout-like test texts written for these tests; not official texts and not from the corpus.
export const CN_TEXT = `测试外交部发布王毅同布林肯测试通电话
2031年3月5日，外交部长李明应约同美国国务卿约翰·史密斯通电话。
李明表示，双方应当加强沟通，妥善管控分歧。台湾问题是中美关系中最重要、最敏感的问题。`;

export const US_TEXT = `Readout of Secretary Smith's Test Call with Foreign Minister Li Ming
March 5, 2031
Secretary of State John Smith spoke by phone with Foreign Minister Li Ming. The Secretary underscored the importance of maintaining open lines of communication and raised concerns about the South China Sea.`;

// The fictional pair the end-to-end tests paste (tests/e2e/byo.test.ts): names the gazetteer cannot know.
export const PAIR_CN = `李明同约翰·史密斯举行会谈（测试数据）
2031年3月5日，外交部长李明在日内瓦同美国国务卿约翰·史密斯举行会谈。
李明表示，双方应当加强沟通，妥善管控分歧，推动两国关系稳定发展。
李明强调，台湾问题是中美关系中最重要、最敏感的问题。双方同意继续保持沟通。`;
export const PAIR_US = `Secretary Smith's Meeting with Foreign Minister Li Ming (test data)
March 5, 2031
Secretary of State John Smith met with Foreign Minister Li Ming in Geneva. The Secretary underscored the importance of maintaining open lines of communication.
The Secretary raised concerns about the South China Sea and stressed the importance of peace and stability across the Taiwan Strait. The two sides agreed to continue talks.`;

/** Fresh storage (optionally seeded), a known hash and UI language, then the element inside the app's data provider. */
export async function renderPage(
  element: ReactElement,
  options: { hash?: string; lang?: 'en' | 'zh'; seed?: () => Promise<void> } = {},
) {
  await closeMeetingsDb();
  resetUserMeetingsForTests();
  globalThis.indexedDB = new IDBFactory();
  // Storage as an earlier visit (or an older version) left it, before the page first reads it.
  if (options.seed) {
    await options.seed();
    await closeMeetingsDb();
    resetUserMeetingsForTests();
  }
  window.location.hash = options.hash ?? '#/new';
  await i18n.changeLanguage(options.lang ?? 'en');
  // Page namespaces load on demand in the app (under its Suspense); tests load `byo` up front.
  await i18n.loadNamespaces('byo');
  return render(<AppDataProvider data={corpusData()}>{element}</AppDataProvider>);
}
