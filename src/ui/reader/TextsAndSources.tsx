import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import type { Meeting, ReadoutText, Side } from '../../core/model';
import { SIDES } from '../../core/view/text-choice';
import { useUiLang } from '../app/use-ui-lang';
import { Fold } from './Fold';
import { ReadingControls } from './ReadingControls';
import { SidePanel } from './SidePanel';
import { textLabel } from './text-label';
import type { ReadingState } from './use-reading-state';

/** A request to open one side's versions diff (`seq` changes on every request). */
export interface VersionsRequest {
  side: Side;
  seq: number;
}

interface Props {
  meeting: Meeting;
  state: ReadingState;
  texts: readonly [ReadoutText | null, ReadoutText | null];
  comparison: Comparison | null;
  /** A phone: fold all this under a line that names the texts shown. */
  narrow: boolean;
  versions: VersionsRequest | null;
  onVersions: (side: Side) => void;
}

/**
 * Which text each side shows, where it comes from, and the reading controls. On a phone they fold under one
 * line that still names each text shown (a project translation is always labelled as one), so the readouts
 * follow the title and the glance; on a wider screen they stay in view.
 */
export function TextsAndSources({ meeting, state, texts, comparison, narrow, versions, onVersions }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const summary = (
    <>
      <span className="fold-title">{t('texts.summary')}</span>
      {SIDES.map((side, i) => {
        const text = texts[i];
        return (
          <span key={side} className={`fold-line side-${side}`}>
            {t('texts.side', {
              side: t(`common:side.${side}`),
              text: text ? textLabel(text, t, lang, meeting.readouts) : t('texts.missing'),
            })}
          </span>
        );
      })}
    </>
  );
  return (
    <Fold folded={narrow} summary={summary} className="texts-fold" openRequest={versions?.seq}>
      <div className="side-panels">
        {SIDES.map((side, i) => (
          <SidePanel
            key={side}
            meeting={meeting}
            side={side}
            text={texts[i] ?? null}
            onPick={state.pickText}
            versionsRequest={versions?.side === side ? versions.seq : undefined}
          />
        ))}
      </div>
      <ReadingControls meeting={meeting} state={state} comparison={comparison} onVersions={onVersions} />
    </Fold>
  );
}
