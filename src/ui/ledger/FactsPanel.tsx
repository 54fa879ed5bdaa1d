import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGER_LABELS } from '../../core/ledger/ledger-labels';
import type { Lang, Side } from '../../core/model';
import { formatNumber, formatPercent, pick } from '../../core/view/format';
import { type FactsView, type Party, type SideFactsView, shareParty } from '../../core/view/ledger-facts';
import { useUiLang } from '../app/use-ui-lang';
import { Request } from './FactsRequest';
import { LedgerQuote } from './LedgerQuote';

const SIDE_KEYS = ['cn', 'us'] as const;

function usePartyName() {
  const { t } = useTranslation(['ledger', 'common']);
  return (party: Party | null) => (party === null ? t('party.unknown') : t(`party.${party}`));
}

function Format({ facts, langs }: { facts: FactsView; langs: readonly [Lang, Lang] }) {
  const { t } = useTranslation(['ledger', 'common']);
  const lang = useUiLang();
  const f = facts.format;
  if (!f.value) return <>{t('format.notStated')}</>;
  return (
    <>
      {t(`common:format.${f.value}`)}
      {f.source === 'meeting' ? `${lang === 'zh' ? '' : ' '}${t('format.fromRecord')}` : ''}
      {f.quote ? (
        <>
          {' '}
          <span className="ledger-says">{t('format.textsSay')}</span>{' '}
          <LedgerQuote quote={f.quote} lang={langs[f.quote.side]} />
        </>
      ) : null}
      {f.textDiffers ? (
        <span className="ledger-caveat">
          {t('format.differs', { format: t(`common:formatNoun.${f.textDiffers}`) })}
        </span>
      ) : null}
    </>
  );
}

function Length({ facts }: { facts: FactsView }) {
  const { t } = useTranslation('ledger');
  const lang = useUiLang();
  const r = facts.ratio;
  const n = (v: number) => formatNumber(v, lang);
  const parts = [
    t('length.paragraphs', { count: r.paragraphs[0], a: n(r.paragraphs[0]), b: n(r.paragraphs[1]) }),
    t('length.sentences', { count: r.sentences[0], a: n(r.sentences[0]), b: n(r.sentences[1]) }),
    ...(r.sameLanguage ? [t('length.chars', { count: r.chars[0], a: n(r.chars[0]), b: n(r.chars[1]) })] : []),
  ];
  return (
    <>
      {t('length.line', { sides: t('length.sides'), figures: parts.join(' · ') })}
      {!r.sameLanguage ? <span className="ledger-caveat">{t('length.languages')}</span> : null}
      {!r.comparable ? <span className="ledger-caveat">{t('length.excerpt')}</span> : null}
    </>
  );
}

function Shares({ side }: { side: SideFactsView }) {
  const { t } = useTranslation('ledger');
  const party = usePartyName();
  const lang = useUiLang();
  const rows = [
    { key: 'self', name: party(shareParty(side.party, 'self')), share: side.shares.self },
    {
      key: 'counterpart',
      name: party(shareParty(side.party, 'counterpart')),
      share: side.shares.counterpart,
    },
    { key: 'both', name: t('shares.both'), share: side.shares.both },
    { key: 'unstated', name: t('shares.unstated'), share: side.shares.unstated },
  ];
  return (
    <>
      <span className="share-bar" aria-hidden="true">
        {rows.map((r) =>
          r.share > 0 ? (
            <span key={r.key} className={`share share-${r.key}`} style={{ width: `${r.share * 100}%` }} />
          ) : null,
        )}
      </span>
      <ul className="share-list">
        {rows.map((r) => (
          <li key={r.key} className={`share-item share-${r.key}`}>
            {t('shares.item', { who: r.name, percent: formatPercent(r.share, lang) })}
          </li>
        ))}
      </ul>
    </>
  );
}

function Channel({ side }: { side: SideFactsView }) {
  const { t } = useTranslation('ledger');
  const lang = useUiLang();
  const c = side.channel;
  if (!c) return <>{t('channel.unknown')}</>;
  if (c.missing) return <>{t('channel.missing', { issuer: c.issuer ? pick(c.issuer, lang) : '' })}</>;
  if (!c.issuer) return <>{t('channel.unknown')}</>;
  const via = c.via.map((v) => pick(v, lang));
  const issuer = pick(c.issuer, lang);
  if (via.length === 0) return <>{issuer}</>;
  return <>{t('channel.via', { issuer, outlets: via.join(lang === 'zh' ? '、' : ', ') })}</>;
}

function SideFacts({ side, index }: { side: SideFactsView; index: 0 | 1 }) {
  const { t } = useTranslation(['ledger', 'common']);
  const lang = useUiLang();
  const id = useId();
  const key: Side = SIDE_KEYS[index];
  const l = side.length;
  const first = side.firstSpeaker;
  return (
    <section className={`facts-side side-${key}`} aria-labelledby={id}>
      <h4 id={id}>{t(`facts.side.${key}`)}</h4>
      {side.present ? (
        <dl className="ledger-dl">
          <div>
            <dt>{t('facts.length')}</dt>
            <dd>
              {LEDGER_LABELS[lang].lengthCell(l.chars, l.words, l.sentences, l.paragraphs)}
              {side.excerpt ? <span className="ledger-caveat">{t('facts.excerpt')}</span> : null}
            </dd>
          </div>
          <div>
            <dt>{t('facts.first')}</dt>
            <dd>
              {first ? (
                <>
                  {t(`first.${first.party}`)} <LedgerQuote quote={first.quote} lang={side.lang} />
                </>
              ) : (
                t('first.none')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('facts.shares')}</dt>
            <dd>
              <Shares side={side} />
            </dd>
          </div>
          <div>
            <dt>{t('facts.channel')}</dt>
            <dd>
              <Channel side={side} />
            </dd>
          </div>
        </dl>
      ) : (
        <p className="empty">
          <Channel side={side} />
        </p>
      )}
    </section>
  );
}

/**
 * The event facts of a meeting: format, who asked for it, length against length, then for each readout its
 * length, who speaks first, whose words it reports and who published it. Every fact read from a text shows its
 * words, marked in their sentence, one click from the sentence in the reader.
 */
export function FactsPanel({ facts }: { facts: FactsView }) {
  const { t } = useTranslation('ledger');
  const id = useId();
  const langs = [facts.sides[0].lang, facts.sides[1].lang] as const;
  return (
    <section className="ledger-facts" aria-labelledby={id}>
      <h3 id={id}>{t('facts.heading')}</h3>
      <dl className="ledger-dl facts-summary">
        <div>
          <dt>{t('facts.format')}</dt>
          <dd>
            <Format facts={facts} langs={langs} />
          </dd>
        </div>
        <div>
          <dt>{t('facts.request')}</dt>
          <dd>
            <Request request={facts.request} langs={langs} />
          </dd>
        </div>
        <div>
          <dt>{t('facts.ratio')}</dt>
          <dd>
            <Length facts={facts} />
          </dd>
        </div>
      </dl>
      <div className="facts-sides">
        <SideFacts side={facts.sides[0]} index={0} />
        <SideFacts side={facts.sides[1]} index={1} />
      </div>
    </section>
  );
}
