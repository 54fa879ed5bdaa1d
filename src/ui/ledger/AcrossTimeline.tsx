import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Side } from '../../core/model';
import { formatDate } from '../../core/view/format';
import {
  type AcrossRow,
  type CellState,
  cellHref,
  cellState,
  type Timeline,
} from '../../core/view/ledger-across';
import { meetingHref } from '../../core/view/route';

const SYMBOL: Record<string, string> = {
  mentioned: '●',
  uses: '●',
  listed: '●',
  possibly: '◐',
  'not-equivalent': '≠',
  rejected: '⊘',
  negated: '⊘',
  omitted: '○',
  'not-in-excerpt': '◌',
  'readout-missing': '×',
  none: '·',
};

const symbolOf = (state: CellState) =>
  SYMBOL[state.kind === 'present' ? state.mark : (state.reason ?? 'none')] ?? '·';

const markClass = (state: CellState) =>
  state.kind === 'present' ? `across-${state.mark}` : `across-absent across-${state.reason ?? 'none'}`;

/** One side of a cell: its symbol and side, a link to the sentence when there is one. */
function CellSide({ row, i, lang }: { row: AcrossRow; i: 0 | 1; lang: Lang }) {
  const { t } = useTranslation(['ledger', 'common']);
  const party: Side | null = row.parties[i];
  const abbr = party ? t(`common:side.abbr.${party}`) : t(`cell.text.${i === 0 ? 'a' : 'b'}`);
  const name = party ? t(`common:side.${party}`) : abbr;
  const state = cellState(row, i, lang);
  const said = row.cells[i] || t(row.kind === 'phrase' ? 'cell.notUsed' : 'cell.nothing');
  const href = cellHref(row, i);
  // The visible abbreviation starts the accessible name (WCAG 2.5.3): "CN (Chinese side): mentioned (1)…".
  const content = (detail: string) => (
    <>
      <span className="across-symbol" aria-hidden="true">
        {symbolOf(state)}
      </span>
      <span className="across-abbr">{abbr}</span> <span className="sr-only">{detail}</span>
    </>
  );
  return (
    <li className={`across-side ${party ? `side-${party}` : ''} ${markClass(state)}`}>
      {href ? (
        <a href={href} title={row.evidence[i] || said}>
          {content(t('cell.open', { side: name, said }))}
        </a>
      ) : (
        <span className="across-off" title={said}>
          {content(t('cell.side', { side: name, said }))}
        </span>
      )}
    </li>
  );
}

/**
 * The timeline: meetings in date order across, topics / phrases / commitments down; each cell says what each
 * side has, and links to the sentence that shows it.
 */
export function AcrossTimeline({ timeline, lang }: { timeline: Timeline; lang: Lang }) {
  const { t } = useTranslation('ledger');
  const id = useId();
  const items = timeline.groups.reduce((n, g) => n + g.items.length, 0);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={id} tabIndex={0}>
      <table className="across-table">
        <caption id={id}>{t('timeline.caption', { items, meetings: timeline.meetings.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="across-corner">
              {t('timeline.item')}
            </th>
            {timeline.meetings.map((m) => (
              <th key={m.id} scope="col" className="across-meeting">
                <a href={meetingHref(m.id)}>
                  <span className="across-date">{formatDate(m.date, lang, 'medium')}</span>
                  <span className="across-title">{m.title}</span>
                </a>
                {m.origin === 'user' ? <span className="across-own">{t('timeline.own')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        {timeline.groups.map((group) => (
          <tbody key={group.kind}>
            <tr className="across-group">
              <th scope="colgroup" colSpan={timeline.meetings.length + 1}>
                {t(`kinds.${group.kind}`)}
              </th>
            </tr>
            {group.items.map((item) => (
              <tr key={item.item}>
                <th scope="row" className="across-item">
                  {item.label}
                </th>
                {timeline.meetings.map((m) => {
                  const row = item.cells.get(m.id);
                  return (
                    <td key={m.id}>
                      {row ? (
                        <ul className="across-cell">
                          <CellSide row={row} i={0} lang={lang} />
                          <CellSide row={row} i={1} lang={lang} />
                        </ul>
                      ) : (
                        <span className="across-empty">
                          <span aria-hidden="true">–</span>
                          <span className="sr-only">{t('cell.neither')}</span>
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </section>
  );
}

/** What the symbols mean. */
export function AcrossLegend() {
  const { t } = useTranslation('ledger');
  const entries = [
    'mentioned',
    'possibly',
    'not-equivalent',
    'negated',
    'omitted',
    'not-in-excerpt',
    'readout-missing',
  ] as const;
  return (
    <ul className="across-legend" aria-label={t('legend.label')}>
      {entries.map((k) => (
        <li key={k}>
          <span className="across-symbol" aria-hidden="true">
            {SYMBOL[k]}
          </span>{' '}
          {t(`legend.${k}`)}
        </li>
      ))}
    </ul>
  );
}
