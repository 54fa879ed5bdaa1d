import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { NOTES_DB_NAME } from '../../../src/browser/notes-db';
import { NotesSession } from '../../../src/browser/notes-session';
import { NotesStore } from '../../../src/browser/notes-store';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { CompiledLexicon } from '../../../src/core/lexicon/types';
import type { Meeting, ReadoutText } from '../../../src/core/model';
import { meetingIndex } from '../../../src/core/view/meeting-index';
import { i18n } from '../../../src/i18n';
import { App } from '../../../src/ui/App';
import type { AppData, AppSource } from '../../../src/ui/app/app-data';
import { NotesSessionProvider } from '../../../src/ui/notes/notes-session-context';
import { loadMeetingPage } from '../../../src/ui/reader/load-meeting-page';
import { fakeLexicon } from '../../core/compare/fake-lexicon';
import { CN_TEXT, US_TEXT } from '../../core/view/trust-fixtures';
import { corpus } from '../render-app';

/*
 * A meeting page and a meeting list over a small meeting whose claims need the reader's trust: a topic the US
 * side possibly mentions too (the looser search's "two presidents"), one-sided topics, shared ones with strong
 * against neutral wording. The real lexicon has no looser wording yet, so the test lexicon (with the real
 * topics' labels) supplies it.
 */

const fake = fakeLexicon();
const topics = fake.topics.map((t) => ({
  ...t,
  label: corpus.lexicon.topicById.get(t.id)?.label ?? t.label,
}));

export const trustLexicon: CompiledLexicon = {
  ...fake,
  topics,
  topicById: new Map(topics.map((t) => [t.id, t])),
};

function text(over: Partial<ReadoutText> & Pick<ReadoutText, 'id' | 'side' | 'lang' | 'text'>): ReadoutText {
  return {
    kind: 'original',
    issuer: { en: 'Issuer', zh: '发布方' },
    completeness: 'full',
    source: {},
    quotedIn: [],
    ...over,
  };
}

export function trustMeeting(id = '2024-02-01-trust', usCompleteness: 'full' | 'excerpt' = 'full'): Meeting {
  return {
    id,
    date: '2024-02-01',
    format: 'meeting',
    title: { en: `Trust meeting ${id}`, zh: `信任会谈 ${id}` },
    participants: [],
    readouts: [
      text({ id: 'cn-zh', side: 'cn', lang: 'zh', text: CN_TEXT }),
      text({ id: 'us-en', side: 'us', lang: 'en', text: US_TEXT, completeness: usCompleteness }),
    ],
    missing: [],
    origin: 'corpus',
  };
}

const stores: NotesStore[] = [];

/**
 * A page's notes session over the browser's notes database (the default one, which the list looks for before
 * it loads the corrections). `closeTrustStores` deletes it after each test.
 */
export function trustSession(): NotesSession {
  return new NotesSession(async () => {
    const store = await NotesStore.open();
    stores.push(store);
    return store;
  });
}

export async function closeTrustStores(): Promise<void> {
  for (const s of stores.splice(0)) s.close();
  await new Promise<void>((done) => {
    const request = indexedDB.deleteDatabase(NOTES_DB_NAME);
    request.onsuccess = () => done();
    request.onerror = () => done();
    request.onblocked = () => done();
  });
}

/** The app over these meetings, with the list's index built as the build does (with the engine). */
export function trustSource(meetings: readonly Meeting[]): AppSource {
  const data: AppData = { meetings, lexicon: trustLexicon };
  return {
    index: meetingIndex(meetings, trustLexicon, compareReadouts),
    peek: () => data,
    load: () => Promise.resolve(data),
  };
}

export async function renderTrust(
  hash: string,
  options: { lang?: 'en' | 'zh'; meetings?: readonly Meeting[]; session?: NotesSession } = {},
) {
  await loadMeetingPage();
  window.sessionStorage.clear();
  window.location.hash = hash;
  await i18n.changeLanguage(options.lang ?? 'en');
  const session = options.session ?? trustSession();
  const source = trustSource(options.meetings ?? [trustMeeting()]);
  const view = render(
    <NotesSessionProvider session={session}>
      <App data={source} />
    </NotesSessionProvider>,
  );
  return { ...view, session };
}
