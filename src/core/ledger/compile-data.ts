import type { Lang } from '../model';
import type { CommitmentsData } from './commitment-data';
import { LedgerDataError } from './ledger-error';
import { compilePatterns } from './pattern-set';
import type { PhrasesData } from './phrase-data';

/*
 * The two data files compiled to regexes once, then reused for every text. Pure (no `yaml`, no `zod`): this runs
 * in the browser on the JSON the build hands over.
 */

export interface CompiledForm {
  id: string;
  nonEquivalent: boolean;
  regexes: Record<Lang, RegExp[]>;
}

export interface CompiledPhrases {
  data: PhrasesData;
  /** Same order as `data.phrases`. */
  forms: CompiledForm[][];
}

export interface CompiledCommitments {
  data: CommitmentsData;
  /** `items[list][item]`: the regexes of each item, per language. */
  items: Record<Lang, RegExp[]>[][];
}

function compileBoth(
  file: string,
  where: string,
  patterns: Record<Lang, readonly string[]>,
): Record<Lang, RegExp[]> {
  const out = { zh: [] as RegExp[], en: [] as RegExp[] };
  for (const lang of ['zh', 'en'] as Lang[]) {
    try {
      out[lang] = compilePatterns(patterns[lang], lang);
    } catch (error) {
      // Data that skipped the parser (hand-made JSON): still a typed error that names the field.
      const detail = error instanceof Error ? error.message : String(error);
      throw new LedgerDataError('LEDGER_PATTERN', file, `${where}.${lang}`, detail);
    }
  }
  return out;
}

export function compilePhrases(data: PhrasesData): CompiledPhrases {
  return {
    data,
    forms: data.phrases.map((phrase, p) =>
      phrase.forms.map((form, f) => ({
        id: form.id,
        nonEquivalent: form.nonEquivalent !== undefined,
        regexes: compileBoth(data.file, `phrases[${p}].forms[${f}]`, form),
      })),
    ),
  };
}

export function compileCommitments(data: CommitmentsData): CompiledCommitments {
  return {
    data,
    items: data.lists.map((list, l) =>
      list.items.map((item, i) => compileBoth(data.file, `lists[${l}].items[${i}]`, item)),
    ),
  };
}
