import { useTranslation } from 'react-i18next';
import type { MissingReadout, Side } from '../../core/model';
import { pick, readableUrl } from '../../core/view/format';
import { newFromHref } from '../../core/view/route';
import { useUiLang } from '../app/use-ui-lang';

/** A side whose readout the sources do not quote: say so, and invite the reader to paste it. */
export function MissingSide({
  meetingId,
  side,
  missing,
}: {
  meetingId: string;
  side: Side;
  missing: MissingReadout | null;
}) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  return (
    <div className="missing-side">
      <p className="missing-title">{t('missing.title', { side: t(`common:side.${side}`) })}</p>
      {missing ? (
        <p>
          {t('missing.issuer', { issuer: pick(missing.issuer, lang) })}
          {missing.source?.url ? (
            <>
              {' '}
              <a
                href={missing.source.url}
                data-print-url={readableUrl(missing.source.url)}
                rel="noopener noreferrer"
              >
                {missing.source.title ?? t('missing.officialLink')}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {missing?.note ? <p className="note">{pick(missing.note, lang)}</p> : null}
      <p>
        <a className="button button-primary" href={newFromHref(meetingId)}>
          {t('missing.paste')}
        </a>
      </p>
    </div>
  );
}
