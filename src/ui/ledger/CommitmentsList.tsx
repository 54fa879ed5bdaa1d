import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import { pick } from '../../core/view/format';
import type {
  CommitmentItemView,
  CommitmentListView,
  CommitmentSideView,
} from '../../core/view/ledger-commitments';
import { useUiLang } from '../app/use-ui-lang';
import { LedgerQuote } from './LedgerQuote';

const SIDE_KEYS = ['cn', 'us'] as const;

function SideStatus({ side, index, lang }: { side: CommitmentSideView; index: 0 | 1; lang: Lang }) {
  const { t } = useTranslation(['ledger', 'common']);
  const name = t(`common:side.${SIDE_KEYS[index]}`);
  const status =
    side.status === 'absent'
      ? t(side.absence ? `commitments.absent.${side.absence}` : 'commitments.absent.unknown', { side: name })
      : t(`commitments.${side.status}`, { side: name });
  return (
    <li className={`commitment-side side-${SIDE_KEYS[index]} status-${side.status}`}>
      <span className="commitment-status">{status}</span>
      {side.quote ? (
        <>
          {' '}
          <LedgerQuote quote={side.cue ?? side.quote} lang={lang} />
        </>
      ) : null}
    </li>
  );
}

function Item({ item, langs }: { item: CommitmentItemView; langs: readonly [Lang, Lang] }) {
  const lang = useUiLang();
  const negated = item.sides.some((s) => s.status === 'negated');
  return (
    <li className={`commitment-item${negated ? ' is-negated' : ''}`}>
      <span className="ledger-item">{pick(item.label, lang)}</span>
      <ul className="commitment-sides">
        <SideStatus side={item.sides[0]} index={0} lang={langs[0]} />
        <SideStatus side={item.sides[1]} index={1} lang={langs[1]} />
      </ul>
    </li>
  );
}

/**
 * The assurances tracked call after call (named lists, as data): per list, the items at least one readout has,
 * which side lists each and which leaves it out — and an assurance a readout says was not given, as such.
 */
export function CommitmentsList(props: {
  lists: readonly CommitmentListView[];
  langs: readonly [Lang, Lang];
}) {
  const { lists, langs } = props;
  const { t } = useTranslation(['ledger', 'common']);
  const lang = useUiLang();
  const id = useId();
  const shown = lists.filter((l) => l.items.length > 0);
  return (
    <section className="ledger-commitments" aria-labelledby={id}>
      <h3 id={id}>{t('commitments.heading')}</h3>
      {shown.length === 0 ? (
        <p className="empty">{t('commitments.empty', { count: lists.length })}</p>
      ) : (
        shown.map((list) => (
          <div key={list.id} className="commitment-list">
            <h4>
              {pick(list.label, lang)}{' '}
              <span className="commitment-by">
                {t('commitments.by', { side: t(`common:side.${list.by}`) })}
              </span>
            </h4>
            <p className="ledger-why">{pick(list.why, lang)}</p>
            <ul className="commitment-items">
              {list.items.map((item) => (
                <Item key={item.id} item={item} langs={langs} />
              ))}
            </ul>
            {list.neither > 0 ? (
              <p className="ledger-note">{t('commitments.neither', { count: list.neither })}</p>
            ) : null}
          </div>
        ))
      )}
    </section>
  );
}
