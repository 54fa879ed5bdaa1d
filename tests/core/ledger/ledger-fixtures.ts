/**
 * Shared by the ledger tests: the shipped data files (parsed and compiled once), real corpus readouts as
 * engine input, and a one-call ledger for a pair of texts (corpus or self-written).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareReadouts } from '../../../src/core/compare/compare-readouts';
import type { CompareInput, Comparison } from '../../../src/core/compare/types';
import {
  type CompiledCommitments,
  type CompiledPhrases,
  compileCommitments,
  compilePhrases,
} from '../../../src/core/ledger/compile-data';
import { type LedgerInput, type MeetingLedger, meetingLedger } from '../../../src/core/ledger/meeting-ledger';
import { parseCommitments } from '../../../src/core/ledger/parse-commitments';
import { parsePhrases } from '../../../src/core/ledger/parse-phrases';
import { type TextContext, textContext } from '../../../src/core/ledger/text-context';
import type { Lang, Meeting } from '../../../src/core/model';
import { readoutInput, realLexicon } from '../compare/corpus-texts';
import { loadMeeting } from '../notes/corpus-fixture';

export const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The shipped data files, beside the meetings. */
export const dataPath = (name: 'phrases.yaml' | 'commitments.yaml') => `readouts/${name}`;

export const readData = (name: 'phrases.yaml' | 'commitments.yaml') =>
  readFileSync(path.join(ROOT, dataPath(name)), 'utf8');

let phrases: CompiledPhrases | undefined;
let commitments: CompiledCommitments | undefined;

export function shippedPhrases(): CompiledPhrases {
  phrases ??= compilePhrases(parsePhrases(readData('phrases.yaml'), dataPath('phrases.yaml')));
  return phrases;
}

export function shippedCommitments(): CompiledCommitments {
  commitments ??= compileCommitments(
    parseCommitments(readData('commitments.yaml'), dataPath('commitments.yaml')),
  );
  return commitments;
}

/** A corpus readout by meeting and text id, as engine input. */
export const corpusText = (meeting: string, text: string): CompareInput =>
  readoutInput(`readouts/${meeting}/${text}.md`);

export interface Built {
  ledger: MeetingLedger;
  comparison: Comparison;
  texts: [string, string];
}

/** The ledger of two texts, with the shipped data and lexicon. */
export function ledgerOf(a: CompareInput, b: CompareInput, extra: Partial<LedgerInput> = {}): Built {
  const comparison = compareReadouts(a, b, realLexicon());
  const texts: [string, string] = [a.text, b.text];
  const ledger = meetingLedger({
    comparison,
    texts,
    phrases: shippedPhrases(),
    commitments: shippedCommitments(),
    lexicon: realLexicon(),
    ...extra,
  });
  return { ledger, comparison, texts };
}

/** The ledger of two texts of a corpus meeting, with its record. */
export function corpusLedger(meetingId: string, a: string, b: string): Built & { meeting: Meeting } {
  const meeting = loadMeeting(meetingId);
  const built = ledgerOf(corpusText(meetingId, a), corpusText(meetingId, b), { meeting, readoutIds: [a, b] });
  return { ...built, meeting };
}

export const ctx = (text: string, lang: Lang): TextContext => textContext(text, lang);

/** The words at a span. */
export const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);
