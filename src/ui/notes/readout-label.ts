import type { TFunction } from 'i18next';
import type { Lang, ReadoutText } from '../../core/model';
import { textKind } from '../../core/view/text-kind';

/**
 * "US side · The White House · Chinese, translation by RFI", "Chinese side · MOFCOM · Chinese, paraphrase by
 * Shenzhen TV": which text a passage is in.
 */
export function readoutLabel(
  t: TFunction<'notes'>,
  readout: ReadoutText | undefined,
  lang: Lang,
  fallbackId: string,
): string {
  if (!readout) return fallbackId;
  const language = t(`readoutLang.${readout.lang}`);
  const { translator } = readout;
  const kind = textKind(readout);
  const version =
    readout.kind === 'original' || !translator
      ? language
      : translator.type === 'project'
        ? t('readoutProject', { lang: language })
        : t(kind === 'paraphrase' ? 'readoutParaphrase' : 'readoutVia', {
            lang: language,
            outlet: translator.outlet[lang],
          });
  return `${t(`side.${readout.side}`)} · ${readout.issuer[lang]} · ${version}`;
}
