import { z } from 'zod';
import type { Lang } from '../model';
import { bilingual, checkPatternList, checkUniqueIds, kebab, parseDataFile, patterns } from './data-file';
import { LedgerDataError } from './ledger-error';
import type { PhraseData, PhrasesData } from './phrase-data';

/* Parses and validates phrases.yaml (or a user's copy); every problem names the file and the field. */

const formSchema = z.strictObject({
  id: kebab,
  label: bilingual,
  zh: patterns,
  en: patterns,
  nonEquivalent: bilingual.optional(),
});

const phraseSchema = z.strictObject({
  id: kebab,
  label: bilingual,
  why: bilingual,
  forms: z.array(formSchema).min(1, 'must list at least one form'),
});

const fileSchema = z.strictObject({
  version: z.literal(1).optional(),
  phrases: z.array(phraseSchema).min(1, 'must list at least one phrase'),
});

type ParsedPhrase = z.infer<typeof phraseSchema>;

function checkPhrase(file: string, phrase: ParsedPhrase, p: number): void {
  const where = `phrases[${p}]`;
  checkUniqueIds(
    file,
    phrase.forms.map((f) => f.id),
    (i) => `${where}.forms[${i}].id`,
  );
  if (phrase.forms[0]?.nonEquivalent) {
    const detail = 'the first form is the reference: list a non-equivalent form after it';
    throw new LedgerDataError('LEDGER_REFS', file, `${where}.forms[0].nonEquivalent`, detail);
  }
  phrase.forms.forEach((form, f) => {
    if (form.zh.length + form.en.length === 0) {
      throw new LedgerDataError(
        'LEDGER_PATTERN',
        file,
        `${where}.forms[${f}]`,
        'needs at least one pattern (zh or en)',
      );
    }
    for (const lang of ['zh', 'en'] as Lang[])
      checkPatternList(file, `${where}.forms[${f}]`, lang, form[lang]);
  });
  for (const lang of ['zh', 'en'] as Lang[]) {
    if (phrase.forms.every((form) => form[lang].length === 0)) {
      const detail = `needs at least one ${lang} pattern in one of its forms (a phrase is tracked in both languages)`;
      throw new LedgerDataError('LEDGER_PATTERN', file, `${where}.forms`, detail);
    }
  }
}

/** The same pattern in two places would match the same words twice. */
function checkDuplicatePatterns(file: string, phrases: readonly ParsedPhrase[]): void {
  const seen = new Map<string, string>();
  phrases.forEach((phrase, p) => {
    phrase.forms.forEach((form, f) => {
      for (const lang of ['zh', 'en'] as Lang[]) {
        form[lang].forEach((pattern, i) => {
          const key = `${lang}:${pattern.trim().toLowerCase()}`;
          const here = `phrases[${p}].forms[${f}].${lang}[${i}]`;
          const first = seen.get(key);
          if (first) {
            throw new LedgerDataError(
              'LEDGER_REFS',
              file,
              here,
              `duplicate pattern "${pattern}" (also ${first})`,
            );
          }
          seen.set(key, here);
        });
      }
    });
  });
}

/** Parse and validate a set phrases file; throws LedgerDataError naming `file` and the field path. */
export function parsePhrases(yamlText: string, file: string): PhrasesData {
  const parsed = parseDataFile(yamlText, file, fileSchema);
  checkUniqueIds(
    file,
    parsed.phrases.map((p) => p.id),
    (i) => `phrases[${i}].id`,
  );
  parsed.phrases.forEach((phrase, p) => {
    checkPhrase(file, phrase, p);
  });
  checkDuplicatePatterns(file, parsed.phrases);
  return {
    file,
    phrases: parsed.phrases.map(
      (phrase): PhraseData => ({
        id: phrase.id,
        label: { en: phrase.label.en, zh: phrase.label.zh },
        why: { en: phrase.why.en, zh: phrase.why.zh },
        forms: phrase.forms.map((form) => {
          const out: PhraseData['forms'][number] = {
            id: form.id,
            label: { en: form.label.en, zh: form.label.zh },
            zh: form.zh,
            en: form.en,
          };
          if (form.nonEquivalent)
            out.nonEquivalent = { en: form.nonEquivalent.en, zh: form.nonEquivalent.zh };
          return out;
        }),
      }),
    ),
  };
}
