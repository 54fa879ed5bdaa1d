import { useTranslation } from 'react-i18next';
import type { MeetingEntry } from '../../core/view/meeting-index';
import type { TextSummary } from '../../core/view/side-summary';
import { SIDES } from '../../core/view/text-choice';

function TextChip({ text }: { text: TextSummary }) {
  const { t } = useTranslation();
  const language = t(`langName.${text.lang}`);
  const label =
    text.kind === 'original'
      ? t('textKind.originalIn', { language })
      : text.textKind === 'paraphrase'
        ? t('textKind.paraphraseIn', { language })
        : t('textKind.translationInto', { language });
  return (
    <li className={`chip chip-${text.kind}`}>
      {label}
      {text.completeness === 'excerpt' ? <span className="chip-note">{t('textKind.excerpt')}</span> : null}
    </li>
  );
}

/** Which texts each side has (original, translations, excerpt) or that its readout is missing. */
export function SidesPresent({ entry }: { entry: MeetingEntry }) {
  const { t } = useTranslation();
  return (
    <dl className="sides-present">
      {SIDES.map((side) => {
        const { texts } = entry.sides[side];
        return (
          <div key={side} className={`side-present side-${side}`}>
            <dt>{t(`side.${side}`)}</dt>
            <dd>
              {texts.length > 0 ? (
                <ul className="chips">
                  {texts.map((text) => (
                    <TextChip key={text.id} text={text} />
                  ))}
                </ul>
              ) : (
                <span className="chip chip-missing">{t('textKind.missing')}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
