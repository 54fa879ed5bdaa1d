import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffTexts } from '../../core/compare/diff';
import type { ReadoutText } from '../../core/model';
import { versionPieces } from '../../core/view/version-diff';

/** The word-by-word differences of two versions of one text, in one flow. */
export function VersionDiffFlow({ a, b }: { a: ReadoutText; b: ReadoutText }) {
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
