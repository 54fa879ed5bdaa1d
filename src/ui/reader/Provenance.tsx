import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { webUrl } from '../../core/ingest/user-meeting';
import type { ReadoutText } from '../../core/model';
import { formatDate, pick, readableUrl } from '../../core/view/format';
import { textKind } from '../../core/view/text-kind';
import { useUiLang } from '../app/use-ui-lang';

function KindLine({ text }: { text: ReadoutText }) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const language = t(`common:langName.${text.lang}`);
  const outlet = text.translator?.type === 'outlet' ? pick(text.translator.outlet, lang) : '';
  switch (textKind(text)) {
    case 'original':
      return <>{t('provenance.kindOriginal', { language })}</>;
    case 'paraphrase':
      return <>{t('provenance.kindParaphrase', { language, outlet })}</>;
    case 'outlet-translation':
      return <>{t('provenance.kindOutlet', { language, outlet })}</>;
    case 'project-translation':
      return <>{t('provenance.kindProject', { language })}</>;
    case 'translation':
      return <>{t('provenance.kindTranslation', { language })}</>;
  }
}

/** A link only for an http(s) address (stored meetings are checked on load too: this is the second line). */
function WebLink({ url, children }: { url: string; children: ReactNode }) {
  if (webUrl(url) === undefined) return <>{children}</>;
  return (
    <a href={url} data-print-url={readableUrl(url)} rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * Where a text comes from: issuer, kind, completeness, official source, quoting articles (by outlet and date:
 * the project's internal seed file names mean nothing to a reader).
 */
export function Provenance({ text }: { text: ReadoutText }) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const { source } = text;
  return (
    <dl className="provenance">
      <div>
        <dt>{t('provenance.issuer')}</dt>
        <dd>{pick(text.issuer, lang)}</dd>
      </div>
      <div>
        <dt>{t('provenance.kind')}</dt>
        <dd>
          <KindLine text={text} />
          <span className={`completeness completeness-${text.completeness}`}>
            {t(`provenance.completeness.${text.completeness}`)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('provenance.source')}</dt>
        <dd>
          {source.url ? (
            <WebLink url={source.url}>{source.title ?? source.url}</WebLink>
          ) : (
            (source.title ?? t('provenance.sourceUnknown'))
          )}
          {source.date ? (
            <>
              {' · '}
              <time dateTime={source.date}>{formatDate(source.date, lang)}</time>
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('provenance.quotedIn')}</dt>
        <dd>
          {text.quotedIn.length === 0 ? (
            t('provenance.quotedInNone')
          ) : (
            <ul className="quoted-in">
              {text.quotedIn.map((q) => (
                <li key={`${q.seed}-${q.url ?? ''}`}>
                  {q.url ? <WebLink url={q.url}>{pick(q.outlet, lang)}</WebLink> : pick(q.outlet, lang)}
                  {q.date ? (
                    <>
                      {' · '}
                      <time dateTime={q.date}>{formatDate(q.date, lang)}</time>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {text.note ? (
        <div>
          <dt>{t('provenance.note')}</dt>
          <dd className="note">{pick(text.note, lang)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
