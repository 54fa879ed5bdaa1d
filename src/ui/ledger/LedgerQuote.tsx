import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/model';
import { localeTag } from '../../core/view/format';
import type { LedgerQuote as Quote } from '../../core/view/ledger-quote';
import { useSentenceTarget } from './ledger-context';

/**
 * A ledger fact's evidence: the sentence with the words that say it marked. A button when the sentence can be
 * shown: a click scrolls the reader to it and marks it there.
 */
export function LedgerQuote({ quote, lang }: { quote: Quote; lang: Lang }) {
  const { t } = useTranslation('ledger', { useSuspense: false });
  const goTo = useSentenceTarget()?.goTo;
  const body = (
    <q className="ledger-quote-text" lang={localeTag(lang)}>
      {quote.before}
      {quote.words ? <mark className="ledger-words">{quote.words}</mark> : null}
      {quote.after}
    </q>
  );
  const sentence = quote.sentence;
  if (!goTo || sentence === null) return <span className="ledger-quote">{body}</span>;
  return (
    <button type="button" className="ledger-quote" onClick={() => goTo(quote.side, sentence)}>
      {body}
      <span className="ledger-quote-go">{t('quote.show')}</span>
    </button>
  );
}
