import { afterEach } from 'vitest';
import { NotesStore, type NotesStoreOptions } from '../../src/browser/notes-store';

export interface StoreNames {
  dbName: string;
  channelName: string;
}

/**
 * Fresh database and channel names per call (`prefix-1`, `prefix-2` …) and an `open` whose stores are all
 * closed after each test. `options` go to every open (e.g. a fixed clock).
 */
export function notesStoreHarness(prefix: string, options: NotesStoreOptions = {}) {
  let count = 0;
  const opened: NotesStore[] = [];
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
  });
  return {
    names(): StoreNames {
      count += 1;
      return { dbName: `${prefix}-${count}`, channelName: `${prefix}-channel-${count}` };
    },
    async open(names: StoreNames): Promise<NotesStore> {
      const store = await NotesStore.open({ ...options, ...names });
      opened.push(store);
      return store;
    },
  };
}
