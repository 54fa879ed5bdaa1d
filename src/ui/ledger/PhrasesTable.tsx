import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import { localeTag, pick } from '../../core/view/format';
import type { PhraseRowView, PhraseWordsView } from '../../core/view/ledger-phrase-table';
import { useUiLang } from '../app/use-ui-lang';
import { useSentenceTarget } from './ledger-context';

const SIDE_KEYS = ['cn', 'us'] as const;

/** A form's label that only repeats the words (an English text, an English UI) is left out. */
const sameWords = (label: string, words: string) => label.toLowerCase() === words.toLowerCase();

function Words({ side, list, lang }: { side: 0 | 1; list: readonly PhraseWordsView[]; lang: Lang }) {
  const { t } = useTranslation('ledger');
  const ui = useUiLang();
  const goTo = useSentenceTarget()?.goTo;
  if (list.length === 0) return <span className="ledger-none">{t('phrases.none')}</span>;
  return (
    <ul className="ledger-words-list">
      {list.map((w) => {
        const notes = [
          ...(w.nonEquivalent ? [t('phrases.notEquivalent')] : []),
          ...(w.rejected ? [t('phrases.rejected')] : []),
        ];
        const sentence = w.sentence;
        const words = <q lang={localeTag(lang)}>{w.words}</q>;
        return (
          <li key={`${w.words}:${w.rejected}`} className={w.nonEquivalent ? 'is-not-equivalent' : undefined}>
            {goTo && sentence !== null ? (
              <button
                type="button"
                className="ledger-link-button"
                title={t('quote.show')}
                onClick={() => goTo(side, sentence)}
              >
                {words}
              </button>
            ) : (
              words
            )}{' '}
            {sameWords(pick(w.form, ui), w.words) ? null : (
              <span className="ledger-form">{pick(w.form, ui)}</span>
            )}
            {notes.length > 0 ? <span className="ledger-flag">{notes.join(' · ')}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Every set phrase found in either text: the words each side uses, their form, and what is not equivalent. */
export function PhrasesTable({
  rows,
  langs,
}: {
  rows: readonly PhraseRowView[];
  langs: readonly [Lang, Lang];
}) {
  const { t } = useTranslation(['ledger', 'common']);
  const lang = useUiLang();
  const id = useId();
  return (
    <section className="ledger-phrases" aria-labelledby={id}>
      <h3 id={id}>{t('phrases.heading')}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t('phrases.empty')}</p>
      ) : (
        <div className="ledger-table-wrap">
          <table className="ledger-table">
            <thead>
              <tr>
                <th scope="col">{t('phrases.phrase')}</th>
                {SIDE_KEYS.map((k) => (
                  <th key={k} scope="col" className={`side-${k}`}>
                    {t(`common:side.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <span className="ledger-item">{pick(row.label, lang)}</span>
                    <span className="ledger-why">{pick(row.why, lang)}</span>
                  </th>
                  {([0, 1] as const).map((i) => (
                    <td key={i}>
                      <Words side={i} list={row.sides[i]} lang={langs[i]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
