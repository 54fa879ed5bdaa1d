import { meetings as allMeetings } from 'virtual:readouts';
import { meetings as indexMeetings, topics as indexTopics } from 'virtual:readouts-index';
import { builtComparisonKey, meetingLoaders } from 'virtual:readouts-meetings';
import type { Comparison } from '../../core/compare/types';
import type { LexiconData } from '../../core/lexicon/lexicon-data';
import type { CompiledLexicon } from '../../core/lexicon/types';
import type { Meeting } from '../../core/model';
import type { MeetingIndex } from '../../core/view/meeting-index';
import type { AppData, AppSource } from './app-data';

/*
 * The one way the app reaches the shipped corpus (a Biome rule forbids `virtual:readouts*` imports anywhere
 * else in src/ui and src/browser). The build validates it and splits it so each page loads only what it shows
 * (scripts/vite-plugin-readouts.ts):
 * - the list's light index and the topics' ids and labels: here at once, in the first page's bundle;
 * - one corpus meeting with its texts and the build's comparisons of its texts: one chunk per meeting;
 * - every meeting's texts: one chunk (a search in the texts, bring-your-own);
 * - the lexicon's patterns: only where the engine runs, as regex sources on the page's thread or as the
 *   validated data the page hands to the compare worker. A corpus meeting never needs them (its comparisons
 *   come from the build).
 */

export { builtComparisonKey };

/** A corpus meeting with the build's comparison of every pair of its texts (see `builtComparisonKey`). */
export interface CorpusMeeting {
  meeting: Meeting;
  comparisons: Readonly<Record<string, Comparison>>;
}

const index: MeetingIndex = { meetings: indexMeetings, topics: indexTopics };

/** The meeting list's index: every corpus meeting without its texts, and the topics (ids, labels, parents). */
export function corpusIndex(): MeetingIndex {
  return index;
}

/** Whether a meeting id is one of the corpus's (never one of the reader's own). */
export function isCorpusMeeting(id: string): boolean {
  return Object.hasOwn(meetingLoaders, id);
}

/** Loads a corpus meeting's chunk (rejects for other ids). Callers keep the result: see built-comparisons.ts. */
export function importCorpusMeeting(id: string): Promise<CorpusMeeting> {
  const load = isCorpusMeeting(id) ? meetingLoaders[id] : undefined;
  return load ? load() : Promise.reject(new Error(`No corpus meeting ${id}`));
}

/** Every corpus meeting with its texts, in corpus order. */
export function importCorpusTexts(): Promise<readonly Meeting[]> {
  return import('virtual:readouts-texts').then((m) => m.meetings);
}

let lexiconData: Promise<LexiconData> | null = null;

/** The lexicon as validated, for the compare worker (it compiles its own copy). One load per page. */
export function loadLexiconData(): Promise<LexiconData> {
  lexiconData ??= import('virtual:readouts-lexicon-data').then(
    (m) => m.lexicon,
    (error: unknown) => {
      lexiconData = null;
      throw error;
    },
  );
  return lexiconData;
}

// The patterns, compiled when first loaded (regex sources from the build: only `new RegExp` left to do).
let patterns: CompiledLexicon | null = null;
let loadingPatterns: Promise<CompiledLexicon> | null = null;

function loadPatterns(): Promise<CompiledLexicon> {
  loadingPatterns ??= Promise.all([
    import('virtual:readouts-lexicon'),
    import('../../core/lexicon/compile-lexicon'),
  ]).then(
    ([data, compile]) => {
      patterns = compile.lexiconFromSources(data.lexiconSources);
      return patterns;
    },
    (error: unknown) => {
      loadingPatterns = null;
      throw error;
    },
  );
  return loadingPatterns;
}

/** Thrown by the corpus lexicon's matchers before its patterns have loaded (see `whenLexiconReady`). */
export class LexiconNotLoadedError extends Error {
  readonly code = 'lexicon-not-loaded';
  constructor() {
    super('The lexicon’s patterns have not loaded yet: await whenLexiconReady(lexicon) before tagging');
  }
}

function matcher(): CompiledLexicon {
  if (!patterns) throw new LexiconNotLoadedError();
  return patterns;
}

const topics = [...indexTopics];
const lexicon: CompiledLexicon = {
  topics,
  topicById: new Map(topics.map((t) => [t.id, t])),
  matchTopics: (text, lang) => matcher().matchTopics(text, lang),
  matchRelated: (text, lang) => matcher().matchRelated(text, lang),
};

/**
 * The corpus lexicon: its topics at once (labels, for every page); its matchers once `whenLexiconReady` has
 * resolved, which only a page that runs the engine on its own thread needs.
 */
export function corpusLexicon(): CompiledLexicon {
  return lexicon;
}

/** Resolves once `lexicon` can tag text: at once for any lexicon but the corpus's until its patterns load. */
export function whenLexiconReady(given: CompiledLexicon): Promise<void> {
  return given === lexicon && !patterns ? loadPatterns().then(() => undefined) : Promise.resolve();
}

/**
 * The whole shipped corpus at once, both as data (every meeting with its texts, and the corpus lexicon, whose
 * patterns load with `whenLexiconReady`) and as a source (the build's index), for tests and tools that render
 * pages over it. The app never calls it (its pages load the corpus in chunks), so the bundler leaves it and
 * the module it reads out of every chunk.
 */
export function corpusData(): AppData & AppSource {
  // (The compare worker's lexicon is provided by the tests' setup, tests/setup-app.ts, as the app's pages do.)
  const data: AppData = { meetings: allMeetings, lexicon };
  const loaded = Promise.resolve(data);
  return { ...data, index, peek: () => data, load: () => loaded };
}
