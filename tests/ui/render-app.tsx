import 'fake-indexeddb/auto';
import { lexicon as lexiconData, meetings } from 'virtual:readouts';
import { render } from '@testing-library/react';
import { compileLexicon } from '../../src/core/lexicon/compile-lexicon';
import type { Meeting } from '../../src/core/model';
import { i18n } from '../../src/i18n';
import { App } from '../../src/ui/App';
import { loadMeetingPage } from '../../src/ui/reader/load-meeting-page';

/** The real corpus and lexicon, as the app ships them. */
export const corpus = { meetings, lexicon: compileLexicon(lexiconData) };

export function corpusMeeting(id: string): Meeting {
  const found = meetings.find((m) => m.id === id);
  if (!found) throw new Error(`No corpus meeting ${id}`);
  return found;
}

/** Renders the whole app at a hash route in a UI language. */
export async function renderApp(
  hash: string,
  lang: 'en' | 'zh' = 'en',
  data: { meetings: readonly Meeting[] } = corpus,
) {
  // Transforming the reader chunk on first import is slow under vitest; load it before rendering.
  await loadMeetingPage();
  window.sessionStorage.clear();
  window.location.hash = hash;
  await i18n.changeLanguage(lang);
  return render(<App data={{ meetings: data.meetings, lexicon: corpus.lexicon }} />);
}
