import type { CommitmentsData } from '../ledger/commitment-data';
import type { CompiledCommitments, CompiledPhrases } from '../ledger/compile-data';
import type { LedgerRow } from '../ledger/ledger-rows';
import type { PhrasesData } from '../ledger/phrase-data';
import type { RegexSource } from '../lexicon/compile-lexicon';
import type { Lang } from '../model';

/*
 * The ledger's two data files as the build hands them to the browser: the parsed data and every compiled regex
 * as `[source, flags]`. The build compiles (and so validates) once; the browser only calls `new RegExp`, with
 * neither `yaml`, `zod` nor the pattern syntax in its bundle.
 */

type LangSources = Record<Lang, RegexSource[]>;

export interface LedgerDataSources {
  phrases: PhrasesData;
  commitments: CommitmentsData;
  /** `phraseForms[phrase][form]`, same order as `phrases.phrases`. */
  phraseForms: { id: string; nonEquivalent: boolean; regexes: LangSources }[][];
  /** `commitmentItems[list][item]`. */
  commitmentItems: LangSources[][];
}

export interface CompiledLedgerData {
  phrases: CompiledPhrases;
  commitments: CompiledCommitments;
}

const toSources = (regexes: Record<Lang, RegExp[]>): LangSources => ({
  zh: regexes.zh.map((r) => [r.source, r.flags]),
  en: regexes.en.map((r) => [r.source, r.flags]),
});

const toRegexes = (sources: LangSources): Record<Lang, RegExp[]> => ({
  zh: sources.zh.map(([source, flags]) => new RegExp(source, flags)),
  en: sources.en.map(([source, flags]) => new RegExp(source, flags)),
});

/** The compiled data as plain JSON (for the build). */
export function ledgerDataSources(data: CompiledLedgerData): LedgerDataSources {
  return {
    phrases: data.phrases.data,
    commitments: data.commitments.data,
    phraseForms: data.phrases.forms.map((forms) =>
      forms.map((f) => ({ id: f.id, nonEquivalent: f.nonEquivalent, regexes: toSources(f.regexes) })),
    ),
    commitmentItems: data.commitments.items.map((items) => items.map(toSources)),
  };
}

/** The compiled data again, matching exactly as `compilePhrases` / `compileCommitments` of the same files. */
export function ledgerDataFromSources(sources: LedgerDataSources): CompiledLedgerData {
  return {
    phrases: {
      data: sources.phrases,
      forms: sources.phraseForms.map((forms) =>
        forms.map((f) => ({ id: f.id, nonEquivalent: f.nonEquivalent, regexes: toRegexes(f.regexes) })),
      ),
    },
    commitments: {
      data: sources.commitments,
      items: sources.commitmentItems.map((items) => items.map(toRegexes)),
    },
  };
}

/** One corpus meeting's rows of the across-meetings table, computed by the build on its default texts. */
export interface CorpusLedgerRows {
  meetingId: string;
  /** The texts the rows were computed on (a cell's link opens these), per side. */
  texts: { cn: string | null; us: string | null };
  rows: Record<Lang, LedgerRow[]>;
}
