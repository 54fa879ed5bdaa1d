import type { TFunction } from 'i18next';
import type { Lang, ReadoutText } from '../../core/model';

/** "US side · The White House · Chinese, translation by RFI": which text a passage is in. */
export function readoutLabel(
  t: TFunction<'notes'>,
  readout: ReadoutText | undefined,
  lang: Lang,
  fallbackId: string,
): string {
  if (!readout) return fallbackId;
  const language = t(`readoutLang.${readout.lang}`);
  const { translator } = readout;
  const version =
    readout.kind === 'original' || !translator
      ? language
      : translator.type === 'project'
        ? t('readoutProject', { lang: language })
        : t('readoutVia', { lang: language, outlet: translator.outlet[lang] });
  return `${t(`side.${readout.side}`)} · ${readout.issuer[lang]} · ${version}`;
}
