import type { TFunction } from 'i18next';
import type { Lang, ReadoutText } from '../../core/model';
import { pick } from '../../core/view/format';
import { textKind } from '../../core/view/text-kind';

/**
 * "Chinese · original", "Chinese · paraphrased by RFI", "Chinese · as translated by RFI", "English · project's
 * translation (of RFI's paraphrase)". `all` is the meeting's texts: a project translation of an outlet's
 * rendering names that outlet, so two such translations on one side are never labelled alike.
 */
export function textLabel(
  text: ReadoutText,
  t: TFunction<['reader', 'common']>,
  lang: Lang,
  all: readonly ReadoutText[] = [],
): string {
  const language = t(`common:langName.${text.lang}`);
  const kind = textKind(text);
  const outletOf = (x: ReadoutText) =>
    x.translator?.type === 'outlet' ? pick(x.translator.outlet, lang) : '';
  switch (kind) {
    case 'original':
      return t('text.optionOriginal', { language });
    case 'paraphrase':
      return t('text.optionParaphrase', { language, outlet: outletOf(text) });
    case 'outlet-translation':
      return t('text.optionOutlet', { language, outlet: outletOf(text) });
    case 'translation':
      return t('text.optionTranslation', { language });
    case 'project-translation': {
      const source = all.find((other) => other.id === text.translationOf);
      if (source && textKind(source) === 'paraphrase')
        return t('text.optionProjectOfParaphrase', { language, outlet: outletOf(source) });
      if (source?.translator?.type === 'outlet')
        return t('text.optionProjectOf', { language, outlet: outletOf(source) });
      return t('text.optionProject', { language });
    }
  }
}
