/**
 * One comparison and its ledger, as the `compare` command makes them for a pair of files and for each meeting
 * of a corpus: the same engine call as the app (Traditional Chinese through the same converter), the ledger
 * made of that comparison and of the very texts it compared, so every offset points into `texts`.
 */
import { compareReadouts } from '../src/core/compare/compare-readouts';
import type { CompareInput, Comparison } from '../src/core/compare/types';
import { type MeetingLedger, meetingLedger } from '../src/core/ledger/meeting-ledger';
import type { Meeting } from '../src/core/model';
import { hasTraditional, loadSimplifier } from '../src/core/text/simplifier';
import type { CliData } from './cli-data';

export interface Compared {
  comparison: Comparison;
  ledger: MeetingLedger;
  texts: [string, string];
}

export interface MeetingRecord {
  meeting: Meeting;
  /** Ids of the compared texts in `meeting` (null for a side without one). */
  readoutIds: [string | null, string | null];
}

export async function compareWithLedger(
  a: CompareInput,
  b: CompareInput,
  data: CliData,
  record?: MeetingRecord,
): Promise<Compared> {
  // OpenCC's dictionary loads only for a text in Traditional script, once per process.
  const toSimplified = hasTraditional(a.text) || hasTraditional(b.text) ? await loadSimplifier() : undefined;
  const comparison = compareReadouts(a, b, data.lexicon, { toSimplified });
  const texts: [string, string] = [a.text, b.text];
  const ledger = meetingLedger({
    comparison,
    texts,
    phrases: data.phrases,
    commitments: data.commitments,
    lexicon: data.lexicon,
    toSimplified,
    ...(record ? { meeting: record.meeting, readoutIds: record.readoutIds } : {}),
  });
  return { comparison, ledger, texts };
}
