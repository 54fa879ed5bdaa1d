/**
 * Messages between the page and `compare.worker.ts`. Plain data only: errors cross as codes
 * (an IngestError's class does not survive structured clone).
 */
import type { AlignLimitCode } from '../core/compare/align-band';
import type { CompareInput, Comparison } from '../core/compare/types';
import type { ExtractData } from '../core/extract/ingest-page';
import type { IngestErrorData } from '../core/ingest/ingest-errors';
import type { IngestedText, SourceKind } from '../core/ingest/ingest-text';
import type { LexiconData } from '../core/lexicon/lexicon-data';
import type { Side } from '../core/model';
import type { ComparisonPart } from './comparison-parts';

/**
 * What extraction needs (issue 11): the issuer rules and the gazetteer as validated JSON (virtual:extract-data).
 * The page loads it on the first ingestion and sends it once per worker, as it sends the lexicon.
 */

/** An AlignLimitError as plain data. */
export interface AlignLimitData {
  code: AlignLimitCode;
  sentences: [number, number];
  limit: number;
}

export type WorkerRequest =
  /** Sent once, first: the corpus lexicon the page already holds (the worker bundle has no corpus of its own). */
  | { id: number; type: 'init'; lexicon: LexiconData }
  /** Sent before the first ingestion: saved pages are then read as readouts, texts get the meeting's metadata. */
  | { id: number; type: 'extract-data'; data: ExtractData }
  | { id: number; type: 'compare'; a: CompareInput; b: CompareInput }
  | { id: number; type: 'ingest-file'; name: string; bytes: ArrayBuffer; side?: Side }
  | { id: number; type: 'ingest-text'; text: string; label: string; side?: Side; kind?: SourceKind };

export type WorkerResponse =
  | { id: number; ok: true; type: 'init' }
  | { id: number; ok: true; type: 'extract-data' }
  /** A slice of a comparison's long arrays; the final `compare` reply carries the rest (comparison-parts.ts). */
  | { id: number; ok: true; type: 'part'; part: ComparisonPart }
  | { id: number; ok: true; type: 'compare'; result: Comparison }
  | { id: number; ok: true; type: 'ingest'; result: IngestedText }
  | { id: number; ok: false; ingestError: IngestErrorData }
  /** The engine refused the pair as too large to align (an AlignLimitError's fields). */
  | { id: number; ok: false; alignLimit: AlignLimitData }
  | { id: number; ok: false; message: string };

export type { ExtractData };
