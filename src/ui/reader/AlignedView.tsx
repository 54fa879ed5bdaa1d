import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentRow, Comparison, RowDiff } from '../../core/compare/types';
import { diffDecorations } from '../../core/view/diff-spans';
import { rowForTopic, sentencesWithTopic } from '../../core/view/topic-rows';
import { SentenceInfo } from './SentenceInfo';
import { SentenceRun } from './SentenceRun';
import { scrollBehavior } from './scroll';
import { NO_DECORATIONS, NO_HITS, type SideView } from './side-view';
import { useProgressiveCount } from './use-progressive-count';
import type { TopicSelection } from './use-reading-state';
import { useSentenceKeys } from './use-sentence-keys';

interface Props {
  comparison: Comparison;
  sides: [SideView, SideView];
  oneSided: ReadonlySet<string>;
  topic: TopicSelection | null;
  showDiff: boolean;
  /** Which text each column shows ("English · project's translation"), or null for a missing side. */
  labels: readonly [string | null, string | null];
}

/** The sentence that holds the reading view's tab stop: the first one of the first row. */
interface TabStop {
  side: 0 | 1;
  index: number;
}

function firstTabStop(row: AlignmentRow | undefined): TabStop | null {
  if (!row) return null;
  const a = row.a[0];
  if (a !== undefined) return { side: 0, index: a };
  const b = row.b[0];
  return b !== undefined ? { side: 1, index: b } : null;
}

/**
 * The thin marker in the other column of an unpaired row: which readout alone has the sentence, and why the
 * other is silent — never "left out" when that side is an excerpt or missing.
 */
function OnlyNote({ row, sides }: { row: AlignmentRow; sides: [SideView, SideView] }) {
  const { t } = useTranslation(['reader', 'common']);
  const present = row.kind === 'only-a' ? sides[0] : sides[1];
  const absent = row.kind === 'only-a' ? sides[1] : sides[0];
  const completeness = absent.analysis.completeness;
  return (
    <p className="only-note">
      <span className="only-badge">{t(`aligned.only.${present.side}`)}</span>
      {completeness === 'excerpt' ? (
        <span className="only-caveat">{t(`aligned.caveat.excerpt.${absent.side}`)}</span>
      ) : null}
      {completeness === 'missing' ? (
        <span className="only-caveat">{t(`aligned.caveat.missing.${absent.side}`)}</span>
      ) : null}
    </p>
  );
}

const Row = memo(function Row(props: {
  index: number;
  row: AlignmentRow;
  sides: [SideView, SideView];
  diff: RowDiff | undefined;
  oneSided: ReadonlySet<string>;
  selected: string | null;
  hits: readonly [ReadonlySet<number>, ReadonlySet<number>];
  tabStop: TabStop | null;
}) {
  const { t } = useTranslation(['reader', 'common']);
  const { index, row, sides, diff, oneSided, selected, hits, tabStop } = props;
  const [a, b] = sides;
  const marks = useMemo(() => {
    if (!diff || !a.readout || !b.readout) return [NO_DECORATIONS, NO_DECORATIONS] as const;
    const spansOf = (view: SideView, indexes: readonly number[]) =>
      indexes.flatMap((i) => view.analysis.sentences[i] ?? []);
    return [
      diffDecorations(diff.ops, 'a', a.readout.text, spansOf(a, row.a)),
      diffDecorations(diff.ops, 'b', b.readout.text, spansOf(b, row.b)),
    ] as const;
  }, [diff, a, b, row]);
  const hit = (view: SideView, indexes: readonly number[]) => indexes.some((i) => hits[view.index].has(i));
  const cell = (view: SideView, indexes: readonly number[], decorations: (typeof marks)[number]) =>
    indexes.length > 0 ? (
      <div
        className={`cell side-${view.side}${hit(view, indexes) ? ' has-topic-hit' : ''}`}
        lang={view.analysis.lang === 'zh' ? 'zh-CN' : 'en'}
      >
        <span className="cell-side">{t(`side.${view.side}Short`)}</span>
        <SentenceRun
          view={view}
          indexes={indexes}
          diff={decorations}
          oneSided={oneSided}
          selectedTopic={selected}
          hits={hits[view.index]}
          tabbable={tabStop?.side === view.index ? tabStop.index : null}
        />
      </div>
    ) : (
      <div className={`cell cell-empty side-${view.side}`}>
        <OnlyNote row={row} sides={sides} />
      </div>
    );
  return (
    <li className={`aligned-row row-${row.kind}`} data-row={index}>
      {cell(a, row.a, marks[0])}
      {cell(b, row.b, marks[1])}
    </li>
  );
});

/** The engine's alignment as rows: paired sentences side by side, unpaired ones marked as such. */
export function AlignedView({ comparison, sides, oneSided, topic, showDiff, labels }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const ref = useRef<HTMLOListElement>(null);
  const { info, selected, bar, handlers } = useSentenceKeys((at) => sides[at.side].tipOf(at.index));
  const diffs = useMemo(
    () => new Map((showDiff ? (comparison.diffs ?? []) : []).map((d) => [d.row, d])),
    [comparison.diffs, showDiff],
  );
  const tabStop = firstTabStop(comparison.alignment[0]);
  const hits = useMemo(
    () => (topic ? sentencesWithTopic(comparison, topic.id) : ([NO_HITS, NO_HITS] as const)),
    [comparison, topic],
  );

  const rows = comparison.alignment;
  const [shown, reveal] = useProgressiveCount(rows.length);
  // The row a topic selection scrolls to, once it is rendered (a long readout renders its rows in steps).
  const [pendingRow, setPendingRow] = useState<number | null>(null);

  useEffect(() => {
    if (!topic) return;
    const row = rowForTopic(comparison, topic.id);
    if (row === null) return;
    setPendingRow(row);
    reveal(row + 1);
  }, [topic, comparison, reveal]);

  useEffect(() => {
    if (pendingRow === null || pendingRow >= shown) return;
    setPendingRow(null);
    ref.current
      ?.querySelector(`[data-row="${pendingRow}"]`)
      ?.scrollIntoView?.({ block: 'start', behavior: scrollBehavior() });
  }, [pendingRow, shown]);

  if (rows.length === 0) return <p className="empty">{t('aligned.empty')}</p>;
  return (
    <>
      <div className="aligned-sticky">
        <div className="aligned-head" aria-hidden="true">
          {(['cn', 'us'] as const).map((side, i) => (
            <span key={side} className={`side-${side}`}>
              {t(`side.${side}Readout`)}
              {labels[i] ? <span className="head-text">{labels[i]}</span> : null}
            </span>
          ))}
        </div>
        <SentenceInfo info={info} selected={selected} comparison={comparison} bar={bar} />
      </div>
      <ol className="aligned-rows" ref={ref} aria-label={t('aligned.label')} {...handlers}>
        {rows.slice(0, shown).map((row, i) => (
          <Row
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the engine's alignment
            key={i}
            index={i}
            row={row}
            sides={sides}
            diff={diffs.get(i)}
            oneSided={oneSided}
            selected={topic?.id ?? null}
            hits={hits}
            tabStop={i === 0 ? tabStop : null}
          />
        ))}
      </ol>
    </>
  );
}
