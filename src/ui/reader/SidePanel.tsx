import { useTranslation } from 'react-i18next';
import type { Meeting, ReadoutText, Side } from '../../core/model';
import { pick } from '../../core/view/format';
import { missingOfSide, textsOfSide } from '../../core/view/text-choice';
import { useUiLang } from '../app/use-ui-lang';
import { MissingSide } from './MissingSide';
import { Provenance } from './Provenance';
import { textLabel } from './text-label';
import { VersionDiff } from './VersionDiff';

interface Props {
  meeting: Meeting;
  side: Side;
  text: ReadoutText | null;
  onPick: (side: Side, id: string) => void;
  /** Opens this side's versions diff each time it changes. */
  versionsRequest?: number;
}

/** One side's header: which text is shown (switchable) and its provenance, or the invitation to paste it. */
export function SidePanel({ meeting, side, text, onPick, versionsRequest }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const texts = textsOfSide(meeting, side);
  const headingId = `side-${side}-heading`;
  return (
    <section className={`side-panel side-${side}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t(`side.${side}Readout`)}
        {text ? <span className="side-issuer">{pick(text.issuer, lang)}</span> : null}
      </h2>
      {texts.length > 1 && text ? (
        <fieldset className="text-switch">
          <legend>{t('text.switchLegend')}</legend>
          {texts.map((option) => (
            <label key={option.id} className="radio">
              <input
                type="radio"
                name={`text-${side}`}
                value={option.id}
                checked={option.id === text.id}
                onChange={() => onPick(side, option.id)}
              />
              <span>{textLabel(option, t, lang, meeting.readouts)}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {text ? (
        <Provenance text={text} />
      ) : (
        <MissingSide meetingId={meeting.id} side={side} missing={missingOfSide(meeting, side)} />
      )}
      {text ? <VersionDiff texts={texts} text={text} openRequest={versionsRequest} /> : null}
    </section>
  );
}
