import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadoutText } from '../../core/model';
import { otherVersions } from '../../core/view/version-diff';
import { useUiLang } from '../app/use-ui-lang';
import { textLabel } from './text-label';

// The differ (diff-match-patch) loads when a reader opens the versions, not with the page.
const DiffFlow = lazy(() => import('./VersionDiffFlow').then((m) => ({ default: m.VersionDiffFlow })));

/**
 * Two versions of one side's readout in one language (two outlets' renderings, or an edited release), diffed
 * word by word: the "what changed" view. Computed only when opened; `openRequest` opens it, brings it into view
 * and puts focus on it (the word-differences control offers it where no rows pair).
 */
export function VersionDiff({
  texts,
  text,
  openRequest,
}: {
  texts: readonly ReadoutText[];
  text: ReadoutText;
  openRequest?: number;
}) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const id = useId();
  const others = otherVersions(texts, text);
  const [open, setOpen] = useState(false);
  const [otherId, setOtherId] = useState<string | null>(null);
  const summary = useRef<HTMLElement>(null);
  const other = others.find((o) => o.id === otherId) ?? others[0];
  useEffect(() => {
    if (!openRequest) return;
    setOpen(true);
    // After the fold around it (on a phone) has opened too.
    const frame = window.requestAnimationFrame(() => {
      summary.current?.scrollIntoView?.({ block: 'start' });
      summary.current?.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [openRequest]);
  if (!other) return null;
  return (
    <details className="version-diff" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary ref={summary}>{t('versions.summary')}</summary>
      {others.length > 1 ? (
        <p>
          <label htmlFor={`${id}-other`}>{t('versions.compareWith')}</label>{' '}
          <select id={`${id}-other`} value={other.id} onChange={(e) => setOtherId(e.target.value)}>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {textLabel(o, t, lang, texts)}
              </option>
            ))}
          </select>
        </p>
      ) : null}
      <p className="hint">
        {t('versions.legend', { a: textLabel(text, t, lang, texts), b: textLabel(other, t, lang, texts) })}
      </p>
      {open ? (
        <Suspense fallback={<p className="status">{t('versions.loading')}</p>}>
          <DiffFlow a={text} b={other} />
        </Suspense>
      ) : null}
    </details>
  );
}
