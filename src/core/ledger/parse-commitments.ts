import { z } from 'zod';
import type { Lang } from '../model';
import type { CommitmentListData, CommitmentsData } from './commitment-data';
import { bilingual, checkPatternList, checkUniqueIds, kebab, parseDataFile, patterns } from './data-file';
import { LedgerDataError } from './ledger-error';

/* Parses and validates commitments.yaml (or a user's copy); every problem names the file and the field. */

const itemSchema = z.strictObject({ id: kebab, label: bilingual, zh: patterns, en: patterns });

const listSchema = z.strictObject({
  id: kebab,
  by: z.enum(['cn', 'us'], { error: 'must be "cn" or "us" (the side that gives these assurances)' }),
  label: bilingual,
  why: bilingual,
  items: z.array(itemSchema).min(1, 'must list at least one item'),
});

const fileSchema = z.strictObject({
  version: z.literal(1).optional(),
  lists: z.array(listSchema).min(1, 'must list at least one list'),
});

/** Parse and validate a commitments file; throws LedgerDataError naming `file` and the field path. */
export function parseCommitments(yamlText: string, file: string): CommitmentsData {
  const parsed = parseDataFile(yamlText, file, fileSchema);
  checkUniqueIds(
    file,
    parsed.lists.map((l) => l.id),
    (i) => `lists[${i}].id`,
  );
  parsed.lists.forEach((list, l) => {
    checkUniqueIds(
      file,
      list.items.map((item) => item.id),
      (i) => `lists[${l}].items[${i}].id`,
    );
    list.items.forEach((item, i) => {
      const where = `lists[${l}].items[${i}]`;
      for (const lang of ['zh', 'en'] as Lang[]) {
        // An item missing in one language would read as "absent" from every readout in that language.
        if (item[lang].length === 0) {
          throw new LedgerDataError('LEDGER_PATTERN', file, `${where}.${lang}`, 'needs at least one pattern');
        }
        checkPatternList(file, where, lang, item[lang]);
      }
    });
  });
  return {
    file,
    lists: parsed.lists.map(
      (list): CommitmentListData => ({
        id: list.id,
        by: list.by,
        label: { en: list.label.en, zh: list.label.zh },
        why: { en: list.why.en, zh: list.why.zh },
        items: list.items.map((item) => ({
          id: item.id,
          label: { en: item.label.en, zh: item.label.zh },
          zh: item.zh,
          en: item.en,
        })),
      }),
    ),
  };
}
