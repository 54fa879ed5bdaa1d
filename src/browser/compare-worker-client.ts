/**
 * The page's side of the compare worker: `compareInWorker` for comparisons (the reader's own meetings, on
 * the list and on their pages, and pasted pairs) and `ingestFileInWorker` / `ingestTextInWorker` for turning
 * input into clean text. One worker, created on first use; cancelling a request terminates it (a long
 * comparison cannot be interrupted any other way) and the next request starts a fresh one.
 * Without Worker support (jsdom tests) the same tasks run on this thread. Ingestion sends extraction's data
 * (issuer rules, gazetteer) once per worker, loaded on the first ingestion; should that chunk fail to load,
 * files and texts are still read as before, without the page's readout or the meeting's metadata.
 * The lexicon comes from the page (`provideWorkerLexicon`: src/browser does not reach the corpus itself),
 * loaded on the first comparison and sent once per worker.
 */

import { AlignLimitError } from '../core/compare/align-band';
import type { CompareInput, Comparison } from '../core/compare/types';
import {
  fromIngestErrorData,
  IngestError,
  isIngestError,
  toIngestErrorData,
} from '../core/ingest/ingest-errors';
import type { IngestedText, SourceKind } from '../core/ingest/ingest-text';
import { MAX_FILE_BYTES } from '../core/ingest/limits';
import type { LexiconData } from '../core/lexicon/lexicon-data';
import type { Side } from '../core/model';
import type { ExtractData, WorkerRequest, WorkerResponse } from './compare-worker-protocol';
import { type ComparisonPart, joinComparison } from './comparison-parts';

export interface RequestOptions {
  signal?: AbortSignal;
}

type Pending = {
  resolve: (r: WorkerResponse) => void;
  reject: (e: unknown) => void;
  parts: ComparisonPart[];
};

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
let extractData: Promise<ExtractData | null> | null = null;
let extractSentTo: Worker | null = null;
let lexiconSource: (() => Promise<LexiconData>) | null = null;
let lexiconSentTo: Worker | null = null;

/**
 * Where comparisons get their lexicon: the page's corpus hands it over (src/ui/app/corpus-source.ts does,
 * before anything compares). Loaded on the first comparison, not before.
 */
export function provideWorkerLexicon(load: () => Promise<LexiconData>): void {
  lexiconSource = load;
}

function workerLexicon(): Promise<LexiconData> {
  if (!lexiconSource)
    return Promise.reject(
      new Error('The comparison worker has no lexicon (provideWorkerLexicon was not called)'),
    );
  return lexiconSource();
}

/** The build's extraction data, from a chunk of its own; null when it cannot be loaded. */
function loadExtractData(): Promise<ExtractData | null> {
  extractData ??= import('./compare-worker-extract-data').then(
    (m) => m.extractData,
    () => null,
  );
  return extractData;
}

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (worker) return worker;
  worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const response = event.data;
    const entry = pending.get(response.id);
    if (!entry) return;
    if (response.ok && response.type === 'part') {
      entry.parts.push(response.part);
      return;
    }
    pending.delete(response.id);
    entry.resolve(
      response.ok && response.type === 'compare'
        ? { ...response, result: joinComparison(response.result, entry.parts) }
        : response,
    );
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'The comparison worker failed to start'));
  };
  return worker;
}

function failAll(error: Error): void {
  worker?.terminate();
  worker = null;
  for (const entry of pending.values()) entry.reject(error);
  pending.clear();
}

function abortError(): DOMException {
  return new DOMException('The comparison was cancelled', 'AbortError');
}

type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** What a request needs in the worker before it: extraction's data, or the lexicon (for a comparison). */
interface Prerequisites {
  extract?: ExtractData | null;
  lexicon?: LexiconData;
}

function send(
  body: RequestBody,
  options: RequestOptions,
  transfer: Transferable[] = [],
  { extract = null, lexicon }: Prerequisites = {},
): Promise<WorkerResponse> {
  const w = getWorker();
  if (!w) return runHere(body, extract, lexicon);
  if (options.signal?.aborted) return Promise.reject(abortError());
  // Messages are handled in order: every later request finds the data in place.
  if (lexicon && lexiconSentTo !== w) {
    w.postMessage({ id: 0, type: 'init', lexicon } satisfies WorkerRequest);
    lexiconSentTo = w;
  }
  if (extract && extractSentTo !== w) {
    w.postMessage({ id: 0, type: 'extract-data', data: extract } satisfies WorkerRequest);
    extractSentTo = w;
  }
  const id = nextId++;
  return new Promise<WorkerResponse>((resolve, reject) => {
    pending.set(id, { resolve, reject, parts: [] });
    options.signal?.addEventListener(
      'abort',
      () => {
        if (!pending.has(id)) return;
        pending.delete(id);
        reject(abortError());
        // Other requests die with the worker; they reject and their callers may retry.
        failAll(new Error('The worker was restarted after a cancellation'));
      },
      { once: true },
    );
    w.postMessage({ ...body, id } as WorkerRequest, transfer);
  });
}

/** The fallback: the same tasks on this thread, answering in the worker's message shape. */
async function runHere(
  body: RequestBody,
  extract: ExtractData | null,
  lexicon: LexiconData | undefined,
): Promise<WorkerResponse> {
  const tasks = await import('./compare-tasks');
  try {
    switch (body.type) {
      case 'init':
        return { id: 0, ok: true, type: 'init' };
      case 'extract-data':
        return { id: 0, ok: true, type: 'extract-data' };
      case 'compare':
        if (!lexicon) throw new Error('A comparison needs the lexicon');
        return { id: 0, ok: true, type: 'compare', result: await tasks.runCompare(body.a, body.b, lexicon) };
      case 'ingest-file':
        return {
          id: 0,
          ok: true,
          type: 'ingest',
          result: await tasks.runIngestFile(new Uint8Array(body.bytes), body.name, body.side, extract),
        };
      case 'ingest-text':
        return {
          id: 0,
          ok: true,
          type: 'ingest',
          result: await tasks.runIngestText(body.text, body.label, body.side, body.kind, extract),
        };
    }
  } catch (error) {
    if (isIngestError(error)) return { id: 0, ok: false, ingestError: toIngestErrorData(error) };
    throw error;
  }
}

function unwrap(response: WorkerResponse): Comparison | IngestedText {
  if (
    response.ok &&
    (response.type === 'init' || response.type === 'extract-data' || response.type === 'part')
  )
    throw new Error('Unexpected reply');
  if (response.ok) return response.result;
  if ('ingestError' in response) throw fromIngestErrorData(response.ingestError);
  // Typed again, so the page can say how large the pair is (a class does not survive structured clone).
  if ('alignLimit' in response) {
    const { code, sentences, limit } = response.alignLimit;
    throw new AlignLimitError(code, sentences, limit);
  }
  throw new Error(response.message);
}

// Recent results, so the meeting page reuses the comparison the #/new page just computed. Looked up by
// comparing the inputs field by field: string equality is a native memory compare, far cheaper on the page's
// thread than hashing 200,000 characters in JavaScript.
const cache: { a: CompareInput; b: CompareInput; result: Comparison }[] = [];
const CACHE_SIZE = 4;

function sameInput(x: CompareInput, y: CompareInput): boolean {
  return (
    x.text === y.text &&
    x.lang === y.lang &&
    x.side === y.side &&
    x.completeness === y.completeness &&
    x.label === y.label
  );
}

/** Compares two readouts in the worker; the same inputs again resolve from a small cache. */
export async function compareInWorker(
  a: CompareInput,
  b: CompareInput,
  options: RequestOptions = {},
): Promise<Comparison> {
  const cached = cache.find((entry) => sameInput(entry.a, a) && sameInput(entry.b, b));
  if (cached) return cached.result;
  const lexicon = await workerLexicon();
  const result = unwrap(await send({ type: 'compare', a, b }, options, [], { lexicon })) as Comparison;
  cache.unshift({ a, b, result });
  cache.length = Math.min(cache.length, CACHE_SIZE);
  return result;
}

/** Decodes and cleans a dropped/opened file in the worker; rejects with an IngestError naming the file. */
export async function ingestFileInWorker(
  file: Blob & { name: string },
  side?: Side,
  options: RequestOptions = {},
): Promise<IngestedText> {
  // Refused before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_FILE_BYTES) {
    throw new IngestError('too-large', file.name, { limit: MAX_FILE_BYTES, actual: file.size });
  }
  const [bytes, extract] = await Promise.all([file.arrayBuffer(), loadExtractData()]);
  const body: RequestBody = side
    ? { type: 'ingest-file', name: file.name, bytes, side }
    : { type: 'ingest-file', name: file.name, bytes };
  return unwrap(await send(body, options, [bytes], { extract })) as IngestedText;
}

/** Cleans pasted text in the worker; `label` names it in error messages (e.g. "Chinese side (pasted)"). */
export async function ingestTextInWorker(
  text: string,
  label: string,
  side?: Side,
  kind?: SourceKind,
  options: RequestOptions = {},
): Promise<IngestedText> {
  const body: RequestBody = {
    type: 'ingest-text',
    text,
    label,
    ...(side ? { side } : {}),
    ...(kind ? { kind } : {}),
  };
  return unwrap(await send(body, options, [], { extract: await loadExtractData() })) as IngestedText;
}
