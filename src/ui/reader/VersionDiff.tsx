import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { diffTexts } from '../../core/compare/diff';
import type { ReadoutText } from '../../core/model';
import { otherVersions, versionPieces } from '../../core/view/version-diff';
import { useUiLang } from '../app/use-ui-lang';
import { textLabel } from './text-label';

function DiffFlow({ a, b }: { a: ReadoutText; b: ReadoutText }) {
  const { t } = useTranslation(['reader', 'common']);
  const pieces = useMemo(() => versionPieces(diffTexts(a.text, b.text, a.lang), a, b), [a, b]);
  if (!pieces) return <p className="error">{t('versions.failed')}</p>;
  if (pieces.every((p) => p.op === 'equal')) return <p className="empty">{t('versions.identical')}</p>;
  return (
    <p className="version-flow" lang={a.lang === 'zh' ? 'zh-CN' : 'en'}>
      {pieces.map((piece) => {
        const key = `${piece.readoutId}-${piece.start}-${piece.op}`;
        const data = { 'data-readout-id': piece.readoutId, 'data-offset': piece.start };
        if (piece.op === 'delete') {
          return (
            <del key={key} {...data} className="diff-delete">
              {piece.text}
            </del>
          );
        }
        if (piece.op === 'insert') {
          return (
            <ins key={key} {...data} className="diff-insert">
              {piece.text}
            </ins>
          );
        }
        return (
          <span key={key} {...data}>
            {piece.text}
          </span>
        );
      })}
    </p>
  );
}

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
      {open ? <DiffFlow a={text} b={other} /> : null}
    </details>
  );
}
