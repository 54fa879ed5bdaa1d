import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import { atmosphericsRows } from '../../core/view/atmospherics-rows';
import { formatList } from '../../core/view/format';
import { useUiLang } from '../app/use-ui-lang';

const KNOWN_IDS = [
  'candid',
  'frank',
  'constructive',
  'in-depth',
  'pragmatic',
  'substantive',
  'productive',
  'friendly',
  'positive',
  'professional',
  'comprehensive',
  'useful',
] as const;
type KnownId = (typeof KNOWN_IDS)[number];

function isKnownId(id: string): id is KnownId {
  return (KNOWN_IDS as readonly string[]).includes(id);
}

/** How each side characterises the meeting (`noun`: "call", 通话 …), word against word. */
export function Atmospherics({ comparison, noun }: { comparison: Comparison; noun: string }) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const rows = useMemo(() => atmosphericsRows(comparison.sides[0], comparison.sides[1]), [comparison]);
  const cell = (index: 0 | 1, words: string[]) => {
    const side = comparison.sides[index];
    if (words.length > 0)
      return <span lang={side.lang === 'zh' ? 'zh-CN' : 'en'}>{formatList(words, lang)}</span>;
    if (side.completeness === 'missing') return <span className="absent">{t('atmospherics.missing')}</span>;
    if (side.completeness === 'excerpt')
      return <span className="absent">{t('atmospherics.notInExcerpt')}</span>;
    return <span className="absent">{t('atmospherics.none')}</span>;
  };
  if (rows.length === 0) return <p className="empty">{t('atmospherics.empty', { noun })}</p>;
  return (
    <table className="atmospherics">
      <caption className="sr-only">{t('atmospherics.caption', { noun })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('atmospherics.quality')}</th>
          <th scope="col">{t('side.cnReadout')}</th>
          <th scope="col">{t('side.usReadout')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{isKnownId(row.id) ? t(`atmospherics.ids.${row.id}`) : row.id}</th>
            <td>{cell(0, row.words[0])}</td>
            <td>{cell(1, row.words[1])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
