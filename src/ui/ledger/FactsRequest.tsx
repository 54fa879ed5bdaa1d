import { useTranslation } from 'react-i18next';
import type { Lang, Side } from '../../core/model';
import type { RequestView } from '../../core/view/ledger-facts';
import type { LedgerQuote as Quote } from '../../core/view/ledger-quote';
import { LedgerQuote } from './LedgerQuote';

type Langs = readonly [Lang, Lang];
const SIDE_KEYS = ['cn', 'us'] as const;
const quoteKey = (q: Quote) => `${q.side}:${q.sentence}:${q.words}`;

function useReadoutName() {
  const { t } = useTranslation('ledger');
  return (side: 0 | 1) => t(`readout.${SIDE_KEYS[side]}`);
}

/** Each text's words naming an asker, as "the Chinese-side readout says the US side asked: …". */
function Claims({ claims, langs }: { claims: { asker: Side; quote: Quote }[]; langs: Langs }) {
  const { t } = useTranslation('ledger');
  const readout = useReadoutName();
  return (
    <ul className="ledger-quotes">
      {claims.map((c) => (
        <li key={quoteKey(c.quote)}>
          {t('request.claim', { readout: readout(c.quote.side), asker: t(`partyIn.${c.asker}`) })}{' '}
          <LedgerQuote quote={c.quote} lang={langs[c.quote.side]} />
        </li>
      ))}
    </ul>
  );
}

/** The record's answer first (as for the format), then the texts' words that say so, then any that differ. */
function Recorded({
  request,
  langs,
}: {
  request: Extract<RequestView, { status: 'recorded' }>;
  langs: Langs;
}) {
  const { t } = useTranslation('ledger');
  const readout = useReadoutName();
  return (
    <>
      {t('request.recorded', { asker: t(`party.${request.asker}`) })}
      {request.side === null ? <span className="ledger-caveat">{t('request.neitherSide')}</span> : null}
      {request.quotes.map((q) => (
        <span key={quoteKey(q)} className="ledger-also">
          {t('request.says', { readout: readout(q.side) })} <LedgerQuote quote={q} lang={langs[q.side]} />
        </span>
      ))}
      {request.disputed.length > 0 ? (
        <>
          <span className="ledger-caveat">{t('request.recordDisputed')}</span>
          <Claims claims={request.disputed} langs={langs} />
        </>
      ) : null}
    </>
  );
}

/** Who asked for the call: from the meeting's record, or from the texts' words (stated, disputed, or not). */
export function Request({ request, langs }: { request: RequestView; langs: Langs }) {
  const { t } = useTranslation('ledger');
  const readout = useReadoutName();
  if (request.status === 'recorded') return <Recorded request={request} langs={langs} />;
  if (request.status === 'not-stated') return <>{t('request.notStated')}</>;
  if (request.status === 'disputed') {
    return (
      <>
        {t('request.disputed')}
        <Claims claims={request.claims} langs={langs} />
      </>
    );
  }
  return (
    <>
      {t('request.stated', { asker: t(`party.${request.asker}`), readout: readout(request.quote.side) })}{' '}
      <LedgerQuote quote={request.quote} lang={langs[request.quote.side]} />
      {request.side === null ? <span className="ledger-caveat">{t('request.neitherSide')}</span> : null}
      {request.also.map((q) => (
        <span key={quoteKey(q)} className="ledger-also">
          {t('request.also', { readout: readout(q.side) })} <LedgerQuote quote={q} lang={langs[q.side]} />
        </span>
      ))}
    </>
  );
}
