import { useTranslation } from 'react-i18next';
import type { Side } from '../../core/model';
import { newFromHref } from '../../core/view/route';

/** In a reading view: this side has no text; link to the page where the reader can paste it. */
export function MissingNote({ meetingId, side }: { meetingId: string; side: Side }) {
  const { t } = useTranslation(['reader', 'common']);
  return (
    <p className="missing-note">
      {t('missing.title', { side: t(`common:side.${side}`) })}{' '}
      <a href={newFromHref(meetingId)}>{t('missing.paste')}</a>
    </p>
  );
}
