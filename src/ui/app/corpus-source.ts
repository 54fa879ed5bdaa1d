import type { Meeting } from '../../core/model';
import type { AppData, AppSource } from './app-data';
import { loadBuiltComparisons, loadedCorpusMeeting } from './built-comparisons';
import { corpusWorker } from './compare-texts';
import { corpusIndex, corpusLexicon, importCorpusTexts, isCorpusMeeting } from './corpus';

/*
 * The shipped corpus as the app's pages get it (see corpus.ts for its chunks): the list's light index at once;
 * every meeting's texts when a page needs them all (a search in the texts, bring-your-own); and, for a meeting
 * page, that meeting alone. The lexicon is the corpus's, topics at once, its patterns only where the engine runs.
 */

let full: AppData | null = null;
let loading: Promise<AppData> | null = null;

/** Every corpus meeting with its texts; one load per page, shared by everything that asks. */
export function loadCorpus(): Promise<AppData> {
  loading ??= Promise.all([
    importCorpusTexts(),
    // Bring-your-own compares in the worker once it has these meetings: the worker then finds its lexicon.
    corpusWorker(),
  ]).then(
    ([meetings]) => {
      full = { meetings, lexicon: corpusLexicon() };
      return full;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const NO_MEETINGS: AppData = { meetings: [], lexicon: corpusLexicon() };

/** One meeting's data, made once per meeting, so a page gets the same object on every render. */
const byMeeting = new Map<string, AppData>();

function dataOf(meeting: Meeting): AppData {
  let data = byMeeting.get(meeting.id);
  if (data?.meetings[0] !== meeting) {
    data = { meetings: [meeting], lexicon: corpusLexicon() };
    byMeeting.set(meeting.id, data);
  }
  return data;
}

/** The meeting from its own chunk, else (its chunk failed to load) from every text. */
function peekMeeting(id: string): AppData | null {
  const own = loadedCorpusMeeting(id);
  if (own) return dataOf(own);
  const found = full?.meetings.find((m) => m.id === id);
  return found ? dataOf(found) : null;
}

const meetingLoads = new Map<string, Promise<AppData>>();

function loadMeeting(id: string): Promise<AppData> {
  let load = meetingLoads.get(id);
  if (!load) {
    load = loadBuiltComparisons(id)
      .catch(() => loadCorpus())
      .then(() => peekMeeting(id) ?? NO_MEETINGS);
    meetingLoads.set(id, load);
    load.catch(() => meetingLoads.delete(id));
  }
  return load;
}

/**
 * A meeting page's source: a corpus meeting's own data (its chunk, which the page waited for; see
 * built-comparisons.ts), or no corpus meeting at all for any other id (the reader's own come from storage).
 */
function meetingSource(id: string): AppSource {
  if (!isCorpusMeeting(id)) {
    const none = Promise.resolve(NO_MEETINGS);
    return { index: corpusIndex(), peek: () => NO_MEETINGS, load: () => none };
  }
  return {
    index: corpusIndex(),
    peek: () => peekMeeting(id),
    load: () => loadMeeting(id),
  };
}

const meetingSources = new Map<string, AppSource>();

const source: AppSource = {
  index: corpusIndex(),
  peek: () => full,
  load: loadCorpus,
  forMeeting(id) {
    let found = meetingSources.get(id);
    if (!found) {
      found = meetingSource(id);
      meetingSources.set(id, found);
    }
    return found;
  },
};

export function corpusSource(): AppSource {
  return source;
}
