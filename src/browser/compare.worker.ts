/**
 * The Web Worker that compares readouts and ingests files off the page's thread, so a 200,000-character
 * pair or a large saved page never freezes the page. One request at a time per message; replies carry the
 * request id.
 */
import { isAlignLimitError } from '../core/compare/align-band';
import { isIngestError, toIngestErrorData } from '../core/ingest/ingest-errors';
import type { LexiconData } from '../core/lexicon/lexicon-data';
import { runCompare, runIngestFile, runIngestText } from './compare-tasks';
import type { ExtractData, WorkerRequest, WorkerResponse } from './compare-worker-protocol';
import { splitComparison } from './comparison-parts';

// The app's lib is DOM, not WebWorker (the two conflict); this is the little of the worker scope we use.
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}
const scope = self as unknown as WorkerScope;

let lexicon: LexiconData | null = null;
let extract: ExtractData | null = null;

async function handle(request: WorkerRequest): Promise<WorkerResponse> {
  switch (request.type) {
    case 'init':
      lexicon = request.lexicon;
      return { id: request.id, ok: true, type: 'init' };
    case 'extract-data':
      extract = request.data;
      return { id: request.id, ok: true, type: 'extract-data' };
    case 'compare': {
      if (!lexicon) throw new Error('The comparison worker has no lexicon (init was not sent)');
      const { parts, skeleton } = splitComparison(await runCompare(request.a, request.b, lexicon));
      for (const part of parts) scope.postMessage({ id: request.id, ok: true, type: 'part', part });
      return { id: request.id, ok: true, type: 'compare', result: skeleton };
    }
    case 'ingest-file':
      return {
        id: request.id,
        ok: true,
        type: 'ingest',
        result: await runIngestFile(new Uint8Array(request.bytes), request.name, request.side, extract),
      };
    case 'ingest-text':
      return {
        id: request.id,
        ok: true,
        type: 'ingest',
        result: await runIngestText(request.text, request.label, request.side, request.kind, extract),
      };
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => {
      const { id } = request;
      const response: WorkerResponse = isIngestError(error)
        ? { id, ok: false, ingestError: toIngestErrorData(error) }
        : isAlignLimitError(error)
          ? {
              id,
              ok: false,
              alignLimit: { code: error.code, sentences: error.sentences, limit: error.limit },
            }
          : { id, ok: false, message: error instanceof Error ? error.message : String(error) };
      scope.postMessage(response);
    },
  );
};
