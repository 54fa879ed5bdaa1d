import type { CompareInput, Comparison } from '../compare/types';
import { ledgerRows } from '../ledger/ledger-rows';
import type { meetingLedger } from '../ledger/meeting-ledger';
import type { CompiledLexicon } from '../lexicon/types';
import type { Meeting } from '../model';
import type { TextConverter } from '../text/normalize';
import type { CompiledLedgerData, CorpusLedgerRows } from './ledger-data';
import { compareInputOf, defaultChoice, findText } from './text-choice';

export interface MeetingRowsDeps {
  data: CompiledLedgerData;
  lexicon: CompiledLexicon;
  /** How the texts are compared here (the build on its thread, the page in its worker). */
  compare: (
    a: CompareInput,
    b: CompareInput,
  ) => Promise<{ comparison: Comparison; toSimplified?: TextConverter }>;
  /** The ledger maker, passed in so a page can load it on demand. */
  ledgerOf: typeof meetingLedger;
}

/**
 * One meeting's rows of the across-meetings table on its default texts (the ones closest to the official
 * texts), in both UI languages: the same for a corpus meeting at build time and a reader's own in the page.
 */
export async function meetingRows(meeting: Meeting, deps: MeetingRowsDeps): Promise<CorpusLedgerRows> {
  const choice = defaultChoice(meeting);
  const cn = findText(meeting, choice.cn);
  const us = findText(meeting, choice.us);
  const a = compareInputOf(cn, 'cn');
  const b = compareInputOf(us, 'us');
  const { comparison, toSimplified } = await deps.compare(a, b);
  const texts = [a.text, b.text] as const;
  const ledger = deps.ledgerOf({
    comparison,
    texts,
    phrases: deps.data.phrases,
    commitments: deps.data.commitments,
    meeting,
    readoutIds: [cn?.id ?? null, us?.id ?? null],
    lexicon: deps.lexicon,
    ...(toSimplified ? { toSimplified } : {}),
  });
  return {
    meetingId: meeting.id,
    texts: { cn: cn?.id ?? null, us: us?.id ?? null },
    rows: { en: ledgerRows({ ledger, texts }, 'en'), zh: ledgerRows({ ledger, texts }, 'zh') },
  };
}
