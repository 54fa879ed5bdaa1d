import { Fragment, type MouseEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import { localeTag, pick } from '../../core/view/format';
import type { PhraseMarkInfo } from '../../core/view/ledger-phrase-marks';
import { useUiLang } from '../app/use-ui-lang';
import { TipPanel, type Toggletip } from '../reader/TipPanel';
import { useToggletip } from '../reader/use-toggletip';
import { useLedgerState, useSentenceTarget } from './ledger-context';

const SIDE_KEYS = ['cn', 'us'] as const;

/** The words of a readout, in its language, quoted. */
function Words({ words, lang }: { words: readonly string[]; lang: Lang }) {
  return (
    <span lang={localeTag(lang)}>
      {words.map((w, i) => (
        <Fragment key={w}>
          {i > 0 ? (lang === 'zh' ? '、' : ', ') : ''}
          <q>{w}</q>
        </Fragment>
      ))}
    </span>
  );
}

function TipBody({ info }: { info: PhraseMarkInfo }) {
  const { t } = useTranslation(['ledger', 'common'], { useSuspense: false });
  const lang = useUiLang();
  const ledger = useLedgerState()?.ledger;
  const goTo = useSentenceTarget()?.goTo;
  const other: 0 | 1 = info.side === 0 ? 1 : 0;
  const langOf = (i: 0 | 1): Lang => ledger?.sides[i].lang ?? 'zh';
  const otherName = t(`common:side.${SIDE_KEYS[other]}`);
  const notes = [info.form, ...info.other.forms].filter(
    (f, i, all) => f.nonEquivalent && all.findIndex((g) => g.id === f.id) === i,
  );
  return (
    <>
      <span className="phrase-tip-title">{t('mark.title', { phrase: pick(info.label, lang) })}</span>
      <span className="phrase-tip-line">
        {t('mark.here', { side: t(`common:side.${SIDE_KEYS[info.side]}`) })}{' '}
        <Words words={[info.words]} lang={langOf(info.side)} /> ({pick(info.form.label, lang)})
        {info.rejected ? ` — ${t('mark.rejected')}` : ''}
      </span>
      <span className="phrase-tip-line">
        {info.other.words.length > 0 ? (
          <>
            {t('mark.other', { side: otherName })} <Words words={info.other.words} lang={langOf(other)} />
            {info.other.sentence !== null && goTo ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button-small"
                  onClick={() => goTo(other, info.other.sentence as number)}
                >
                  {t('mark.show', { side: otherName })}
                </button>
              </>
            ) : null}
          </>
        ) : (
          t(info.otherAbsence ? `mark.otherNone.${info.otherAbsence}` : 'mark.otherNone.unknown', {
            side: otherName,
          })
        )}
      </span>
      {notes.map((f) => (
        <span key={f.id} className="phrase-tip-line phrase-tip-note">
          <strong>{t('mark.notEquivalent', { form: pick(f.label, lang) })}</strong>{' '}
          {f.nonEquivalent ? pick(f.nonEquivalent, lang) : ''}
        </span>
      ))}
      <span className="phrase-tip-line phrase-tip-why">{pick(info.why, lang)}</span>
    </>
  );
}

/** The open panel of a set phrase's tip, named after the phrase (in the reader and in the glance). */
export function PhrasePanel(props: { tip: Toggletip; id: string; phrase: string; children: ReactNode }) {
  const { t } = useTranslation(['ledger', 'common'], { useSuspense: false });
  const title = t('mark.title', { phrase: props.phrase });
  return (
    <TipPanel
      tip={props.tip}
      id={props.id}
      className="evidence-panel phrase-panel"
      label={title}
      closeLabel={t('mark.close')}
    >
      {props.children}
    </TipPanel>
  );
}

/**
 * The toggletip of a set phrase in the reader: a small button right after the phrase's words (an element with
 * no text node, so a selection across it maps to the readout exactly as before) that opens a panel saying the
 * phrase, how the other side words it and why the wordings are not equivalent.
 */
export function PhraseTip({ info, tabbable = true }: { info: PhraseMarkInfo; tabbable?: boolean }) {
  const { t } = useTranslation(['ledger', 'common'], { useSuspense: false });
  const lang = useUiLang();
  const id = useId();
  const tip = useToggletip();
  // The sentence around it selects on a click (its tools open): the tip is not the sentence.
  const keep = (event: MouseEvent) => event.stopPropagation();
  const label = pick(info.label, lang);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only stops the click from reaching the sentence
    // biome-ignore lint/a11y/useKeyWithClickEvents: keys are the toggletip's own (see useToggletip)
    <span
      className={`phrase-tip${tip.open ? ' is-open' : ''}`}
      data-phrase-tip={info.phraseId}
      {...tip.wrapper}
      onClick={keep}
    >
      <button
        type="button"
        className={`phrase-toggle${info.form.nonEquivalent ? ' is-not-equivalent' : ''}`}
        aria-label={t('mark.button', { phrase: label })}
        aria-controls={tip.open ? id : undefined}
        // A Tab stop only in the sentence the keyboard is on (the text's one stop, arrows move it): Tab from
        // there reaches that sentence's phrases and then the note adder, not every phrase of the text.
        tabIndex={tabbable ? undefined : -1}
        {...tip.button}
      />
      {tip.open ? (
        <PhrasePanel tip={tip} id={id} phrase={label}>
          <TipBody info={info} />
        </PhrasePanel>
      ) : null}
    </span>
  );
}
