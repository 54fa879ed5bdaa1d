import { useTranslation } from 'react-i18next';

/** A live line under the reading view: the focused sentence's speaker, wording and topics. */
export function SentenceInfo({ info }: { info: string | null }) {
  const { t } = useTranslation(['reader', 'common']);
  return (
    <p className={`sentence-info${info === null ? ' is-idle' : ''}`} role="status">
      {info === null ? t('sentence.keysHint') : info || t('sentence.nothingMarked')}
    </p>
  );
}
