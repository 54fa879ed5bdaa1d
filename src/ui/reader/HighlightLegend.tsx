import { useTranslation } from 'react-i18next';

/** What the marks in the text mean; each sample uses the same classes as the text itself. */
export function HighlightLegend({ diff }: { diff: boolean }) {
  const { t } = useTranslation(['reader', 'common']);
  return (
    <ul className="highlight-legend" aria-label={t('legend.label')}>
      <li>
        <mark className="topic">{t('legend.topicSample')}</mark> {t('legend.topic')}
      </li>
      <li>
        <mark className="topic topic-one-sided">{t('legend.topicSample')}</mark> {t('legend.oneSided')}
      </li>
      <li>
        <span className="w-strong">{t('legend.strongSample')}</span> {t('legend.strong')}
      </li>
      <li>
        <span className="cue">{t('legend.cueSample')}</span> {t('legend.cue')}
      </li>
      {/* Samples of the set phrases' marks and toggles, classed apart from them (styles/ledger.css). */}
      <li>
        <span className="phrase-legend-mark">{t('legend.phraseSample')}</span>
        <span className="phrase-legend-toggle" aria-hidden="true" /> {t('legend.phrase')}
      </li>
      <li>
        <span className="phrase-legend-mark phrase-not-equivalent">{t('legend.phraseSample')}</span>
        <span className="phrase-legend-toggle is-not-equivalent" aria-hidden="true" />{' '}
        {t('legend.notEquivalent')}
      </li>
      {diff ? (
        <>
          <li>
            <del className="diff-delete">{t('legend.diffSample')}</del> {t('legend.deleted')}
          </li>
          <li>
            <ins className="diff-insert">{t('legend.diffSample')}</ins> {t('legend.inserted')}
          </li>
        </>
      ) : null}
    </ul>
  );
}
