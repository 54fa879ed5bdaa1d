// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MEETINGS_DB_NAME, MEETINGS_DB_VERSION } from '../../../src/browser/user-meetings-db';
import { listSetAside } from '../../../src/browser/user-meetings-set-aside';
import { buildUserMeeting } from '../../../src/core/ingest/user-meeting';
import { SetAsideSlot } from '../../../src/ui/byo/SetAsideSlot';
import { CN_TEXT, renderPage, US_TEXT } from './byo-harness';

// jsdom has no object URLs; the download test puts in its own.
const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = revokeObjectURL;
});

/** Renders the slot over storage that already holds `records` (as an older version could leave them). */
function renderWith(records: object[], lang: 'en' | 'zh' = 'en') {
  const seed = async () => {
    const raw = await openDB(MEETINGS_DB_NAME, MEETINGS_DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('meetings', { keyPath: 'id' });
        database.createObjectStore('set-aside', { autoIncrement: true });
      },
    });
    for (const record of records) await raw.put('meetings', record);
    raw.close();
  };
  return renderPage(<SetAsideSlot />, { lang, seed });
}

function scriptUrlRecord(random: string): object {
  const m = buildUserMeeting(
    { text: CN_TEXT, lang: 'zh', sourceUrl: 'https://example.org/cn' },
    { text: US_TEXT, lang: 'en' },
    { date: '2031-03-05' },
    { today: '2031-03-05', random },
  );
  const [first, second] = m.readouts;
  if (!first || !second) throw new Error('two readouts expected');
  const meeting = { ...m, readouts: [{ ...first, source: { url: 'javascript:alert(1)' } }, second] };
  return { id: m.id, meeting, createdAt: 1, updatedAt: 1, schema: 1 };
}

describe('SetAsideNotice', () => {
  it('says nothing when every stored meeting is readable', async () => {
    const { container } = await renderWith([]);
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(container).toBeEmptyDOMElement();
  });

  it('says how many were set aside, downloads them as JSON and keeps them', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderWith([scriptUrlRecord('sa0001'), { id: 'user-broken', meeting: 'not a meeting' }]);

    const notice = await screen.findByRole('region', { name: 'Own meetings set aside' });
    expect(notice).toHaveTextContent('2 of your own meetings stored in this browser could not be read.');
    await user.click(screen.getByRole('button', { name: 'Download the set-aside meetings (JSON)' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      /^Downloaded readout-compare-set-aside-meetings-\d{4}-\d{2}-\d{2}\.json\./,
    );
    expect(click).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file.records.map((r: { key: string; reason: string }) => [r.key, r.reason]).sort()).toEqual([
      ['user-2031-03-05-readouts-sa0001', 'meeting readouts[0].source.url'],
      ['user-broken', 'meeting not an object'],
    ]);
    expect(await listSetAside()).toHaveLength(2);
  });

  it('discards them only after confirmation', async () => {
    const user = userEvent.setup();
    await renderWith([scriptUrlRecord('sa0002')]);
    await screen.findByText(/One of your own meetings stored in this browser could not be read/);
    await user.click(screen.getByRole('button', { name: 'Discard the set-aside meetings' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('This cannot be undone');
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await listSetAside()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Discard the set-aside meetings' }));
    await user.click(screen.getByRole('button', { name: 'Discard for good' }));
    expect(await screen.findByRole('status')).toHaveTextContent('The set-aside meetings were discarded.');
    expect(screen.queryByRole('region')).toBeNull();
    expect(await listSetAside()).toEqual([]);
  });

  it('speaks Chinese when the UI is in Chinese', async () => {
    await renderWith([scriptUrlRecord('sa0003')], 'zh');
    const notice = await screen.findByRole('region', { name: '被搁置的会晤' });
    expect(notice).toHaveTextContent('此浏览器中保存的 1 个你自己的会晤无法读取。');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '下载被搁置的会晤（JSON）' })).toBeEnabled(),
    );
  });
});
