/**
 * Renders the notes panel next to a minimal reader that follows the DOM contract (leaves with
 * data-readout-id / data-offset holding one text node), over a fresh fake IndexedDB, in English.
 */
import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import i18next, { type i18n as I18n } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { NotesSession } from '../../../src/browser/notes-session';
import { NotesStore } from '../../../src/browser/notes-store';
import type { Meeting } from '../../../src/core/model';
import en from '../../../src/locales/en/notes.json';
import zh from '../../../src/locales/zh/notes.json';
import type { NotesPanelProps } from '../../../src/ui/notes/NotesPanel';
import { NotesPanelView as NotesPanel } from '../../../src/ui/notes/NotesPanel';
import { useNoteMarks } from '../../../src/ui/notes/notes-integration';
import { NotesSessionProvider } from '../../../src/ui/notes/notes-session-context';
import { topicLabels } from '../../core/notes/notes-fixture';

let counter = 0;
const stores: NotesStore[] = [];

async function makeI18n(lang: 'en' | 'zh' = 'en'): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    resources: { en: { notes: en }, zh: { notes: zh } },
    ns: ['notes'],
    defaultNS: 'notes',
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** A page's session over a fresh database, or over `shared` (another "tab" of the same browser). */
export function makeSession(shared?: string): { session: NotesSession; dbName: string } {
  counter += 1;
  const dbName = shared ?? `ui-notes-${counter}-${Math.random().toString(36).slice(2)}`;
  const session = new NotesSession(async () => {
    const store = await NotesStore.open({ dbName, channelName: `${dbName}-channel` });
    stores.push(store);
    return store;
  });
  return { session, dbName };
}

export function closeStores(): void {
  for (const s of stores.splice(0)) s.close();
}

/** One leaf per sentence (split after 。 or . ), offsets into the readout text. */
function Readout({ meeting, readoutId }: { meeting: Meeting; readoutId: string }) {
  const r = meeting.readouts.find((x) => x.id === readoutId);
  if (!r) return null;
  const pieces = r.text.match(/[^。.]+[。.]?/g) ?? [];
  let offset = 0;
  return (
    <div className={`reader-col reader-${r.side}`}>
      {pieces.map((piece) => {
        const at = offset;
        offset += piece.length;
        // Like the reader: a focusable sentence (keyboard reading) holding one leaf.
        return (
          <span key={at} data-sentence tabIndex={-1}>
            <span data-readout-id={r.id} data-offset={at}>
              {piece}
            </span>
          </span>
        );
      })}
    </div>
  );
}

function Marks({ meeting }: { meeting: Meeting }) {
  const marks = useNoteMarks(meeting);
  return (
    <ul aria-label="marks">
      {marks.map((m) => (
        <li key={`${m.noteId}-${m.readoutId}`}>{`${m.readoutId} ${m.start}-${m.end}`}</li>
      ))}
    </ul>
  );
}

export const FIXED_NOW = new Date('2024-03-01T08:00:00.000Z');

/**
 * The panel over the readouts it is given; `showReadouts` shows other readouts (the reader switched a text).
 * With `panelLater`, the readouts come first and `showPanel` adds the panel (as the reader loads it).
 */
export async function renderPanel(
  meeting: Meeting,
  readoutIds: string[],
  session: NotesSession,
  lang: 'en' | 'zh' = 'en',
  props: Pick<NotesPanelProps, 'comparison' | 'topics' | 'onShowText'> = {},
  { panelLater = false }: { panelLater?: boolean } = {},
) {
  const i18n = await makeI18n(lang);
  let shown = { ids: readoutIds as readonly string[], panel: !panelLater };
  const page = ({ ids, panel }: typeof shown) => (
    <I18nextProvider i18n={i18n}>
      <NotesSessionProvider session={session}>
        <main>
          {ids.map((id) => (
            <Readout key={id} meeting={meeting} readoutId={id} />
          ))}
          {/* Like the reader: the adder's place, after the texts. */}
          <div data-note-adder-slot="" />
        </main>
        <Marks meeting={meeting} />
        {panel ? (
          <NotesPanel meeting={meeting} topics={topicLabels} now={() => FIXED_NOW} {...props} />
        ) : null}
      </NotesSessionProvider>
    </I18nextProvider>
  );
  const result = render(page(shown));
  const show = (next: Partial<typeof shown>) => {
    shown = { ...shown, ...next };
    result.rerender(page(shown));
  };
  return {
    ...result,
    showReadouts: (ids: readonly string[]) => show({ ids }),
    showPanel: () => show({ panel: true }),
  };
}

/** Selects `quote` (which may run across leaves of one readout) like a mouse drag would. */
export function selectText(
  container: HTMLElement,
  readoutId: string,
  quote: string,
  endReadout?: { readoutId: string; quote: string },
): void {
  const point = (id: string, q: string, edge: 'start' | 'end'): [Node, number] => {
    const leaves = [...container.querySelectorAll<HTMLElement>(`[data-readout-id="${id}"]`)];
    const full = leaves.map((l) => l.textContent ?? '').join('');
    const at = full.indexOf(q);
    if (at < 0) throw new Error(`not on the page: ${q}`);
    const target = edge === 'start' ? at : at + q.length;
    let base = 0;
    for (const leaf of leaves) {
      const len = leaf.textContent?.length ?? 0;
      if (target < base + len || (edge === 'end' && target === base + len)) {
        return [leaf.firstChild as Node, target - base];
      }
      base += len;
    }
    throw new Error('no leaf');
  };
  const range = document.createRange();
  range.setStart(...point(readoutId, quote, 'start'));
  if (endReadout) range.setEnd(...point(endReadout.readoutId, endReadout.quote, 'end'));
  else range.setEnd(...point(readoutId, quote, 'end'));
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

/** Captures files the panel downloads (Blob URL + a clicked link), by name. */
export function captureDownloads(spyOn: typeof import('vitest').vi.spyOn): { name: string; blob: Blob }[] {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return files;
}
