import type { TFunction } from 'i18next';
import type { Lang, ReadoutText } from '../../core/model';
import { pick } from '../../core/view/format';

/**
 * "Chinese · original", "Chinese · as rendered by RFI", "English · project's translation (of RFI's
 * rendering)". `all` is the meeting's texts: a project translation of an outlet's rendering names that outlet,
 * so two such translations on one side are never labelled alike.
 */
export function textLabel(
  text: ReadoutText,
  t: TFunction<['reader', 'common']>,
  lang: Lang,
  all: readonly ReadoutText[] = [],
): string {
  const language = t(`common:langName.${text.lang}`);
  if (text.kind === 'original') return t('text.optionOriginal', { language });
  if (text.translator?.type === 'outlet') {
    return t('text.optionOutlet', { language, outlet: pick(text.translator.outlet, lang) });
  }
  const source = all.find((other) => other.id === text.translationOf);
  if (source?.translator?.type === 'outlet') {
    return t('text.optionProjectOf', { language, outlet: pick(source.translator.outlet, lang) });
  }
  return t('text.optionProject', { language });
}
