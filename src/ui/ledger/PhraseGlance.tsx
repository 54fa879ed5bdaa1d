import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import { localeTag, pick } from '../../core/view/format';
import type { DifferentPhrase, OneSidedPhrase } from '../../core/view/ledger-phrase-glance';
import { useNarrow } from '../app/use-narrow';
import { useUiLang } from '../app/use-ui-lang';
import { Fold } from '../reader/Fold';
import { QuestionTip } from '../reader/TipPanel';
import { useToggletip } from '../reader/use-toggletip';
import { useLedgerState, useSentenceTarget } from './ledger-context';
import { PhrasePanel } from './PhraseTip';
import '../../styles/ledger.css';

const SIDE_KEYS = ['cn', 'us'] as const;

/** Why a phrase pair matters and why its wordings differ, with a way to each side's sentence. */
function DifferentTip({ item }: { item: DifferentPhrase }) {
  const { t } = useTranslation(['ledger', 'common'], { useSuspense: false });
  const lang = useUiLang();
  const goTo = useSentenceTarget()?.goTo;
  const tip = useToggletip();
  const id = useId();
  const label = pick(item.label, lang);
  return (
    <QuestionTip
      tip={tip}
      id={id}
      buttonLabel={t('glance.why', { phrase: label })}
      panel={
        tip.open ? (
          <PhrasePanel tip={tip} id={id} phrase={label}>
            <span className="phrase-tip-title">{t('mark.title', { phrase: label })}</span>
            {item.notes.map((n) => (
              <span key={n.form.en} className="phrase-tip-line phrase-tip-note">
                <strong>{t('mark.notEquivalent', { form: pick(n.form, lang) })}</strong> {pick(n.note, lang)}
              </span>
            ))}
            <span className="phrase-tip-line phrase-tip-why">{pick(item.why, lang)}</span>
            {goTo ? (
              <span className="phrase-tip-line">
                {([0, 1] as const).map((side) => {
                  const sentence = item.sentences[side];
                  return sentence === null ? null : (
                    <button
                      key={side}
                      type="button"
                      className="button-small"
                      onClick={() => goTo(side, sentence)}
                    >
                      {t('mark.show', { side: t(`common:side.${SIDE_KEYS[side]}`) })}
                    </button>
                  );
                })}
              </span>
            ) : null}
          </PhrasePanel>
        ) : null
      }
    />
  );
}

/** The phrases only one side uses, as buttons that show the sentence. */
function OnlyLine(props: {
  side: 0 | 1;
  items: readonly OneSidedPhrase[];
  lang: Lang;
  caveat: string | null;
}) {
  const { side, items, lang, caveat } = props;
  const { t } = useTranslation(['ledger', 'common'], { useSuspense: false });
  const ui = useUiLang();
  const goTo = useSentenceTarget()?.goTo;
  return (
    <li className={`glance-phrase-only side-${SIDE_KEYS[side]}`}>
      <span className="glance-lead">{t('glance.only', { side: t(`common:side.${SIDE_KEYS[side]}`) })}</span>
      <span className="glance-topics">
        {items.map((p) => (
          <button
            key={p.id}
            type="button"
            className="glance-topic glance-phrase"
            lang={localeTag(lang)}
            title={t('glance.show', { phrase: pick(p.label, ui) })}
            disabled={p.sentence === null || !goTo}
            onClick={() => (p.sentence === null ? undefined : goTo?.(side, p.sentence))}
          >
            {p.words.join(lang === 'zh' ? '、' : ', ')}
            {p.rejected ? <span className="glance-rejected">{t('glance.rejected')}</span> : null}
          </button>
        ))}
      </span>
      {caveat ? <span className="glance-caveat">{caveat}</span> : null}
    </li>
  );
}

/**
 * The set phrases' section of the glance: the phrases both sides use but word differently, in a sentence each
 * ("The Chinese side says “重要共识”; the US side, “主要成果” (not equivalent)."), then the phrases one side alone
 * uses. Until the ledger is computed (after the rows) it holds one line's room, so the texts do not move down;
 * on a phone it folds to that line.
 */
export function PhraseGlance() {
  const state = useLedgerState();
  const { t, ready } = useTranslation(['ledger', 'common'], { useSuspense: false });
  const lang = useUiLang();
  const narrow = useNarrow();
  if (!state || state.status === 'failed') return null;
  const view = state.glance?.[lang];
  if (!view || !ready || !state.ledger)
    return <div className="glance-phrases is-pending" aria-hidden="true" />;
  const langs = [state.ledger.sides[0].lang, state.ledger.sides[1].lang] as const;
  const count = view.different.length + view.only[0].length + view.only[1].length;
  const body =
    count === 0 ? (
      <p className="glance-phrases-none">{t(view.found > 0 ? 'glance.same' : 'glance.none')}</p>
    ) : (
      <ul aria-label={t('glance.label')}>
        {view.different.map((item) => (
          <li
            key={item.id}
            className={`glance-phrase-different${item.nonEquivalent ? ' is-not-equivalent' : ''}`}
          >
            <span>{item.text}</span>
            <DifferentTip item={item} />
          </li>
        ))}
        {([0, 1] as const).map((side) => {
          const reason = view.silence[side];
          const other = t(`common:side.${SIDE_KEYS[side === 0 ? 1 : 0]}`);
          return view.only[side].length > 0 ? (
            <OnlyLine
              key={side}
              side={side}
              items={view.only[side]}
              lang={langs[side]}
              caveat={reason ? t(`glance.silence.${reason}`, { side: other }) : null}
            />
          ) : null;
        })}
      </ul>
    );
  return (
    <div className="glance-phrases">
      <Fold folded={narrow} summary={<span className="fold-title">{t('glance.fold', { count })}</span>}>
        <h3 className="glance-phrases-heading">{t('glance.heading')}</h3>
        {body}
      </Fold>
    </div>
  );
}
