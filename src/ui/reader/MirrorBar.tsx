import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicCoverage } from '../../core/compare/types';
import { formatPercent } from '../../core/view/format';
import { useUiLang } from '../app/use-ui-lang';

const WIDTH = 260;
const HEIGHT = 24;
const MID = WIDTH / 2;
/** Room left on each side for the value label. */
const BAR_MAX = 84;

/**
 * The chart's column header: which side grows which way, in the UI language. `counts`: the column shows
 * sentence counts, not shares (the texts are not comparable).
 */
export function MirrorAxis({ counts = false }: { counts?: boolean }) {
  const { t } = useTranslation(['reader', 'common']);
  return (
    <svg className="mirror-axis" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img">
      <title>{counts ? t('chart.countsAxisLabel') : t('chart.axisLabel')}</title>
      <text x={MID - 6} y={16} textAnchor="end" className="axis-cn">
        {t('chart.cnAxis')}
      </text>
      <line x1={MID} x2={MID} y1={2} y2={HEIGHT - 2} className="axis-mid" />
      <text x={MID + 6} y={16} textAnchor="start" className="axis-us">
        {t('chart.usAxis')}
      </text>
    </svg>
  );
}

/** One row's chart: a named image with the middle line both sides grow from. */
function BarFrame({ className, label, children }: { className: string; label: string; children: ReactNode }) {
  return (
    <svg
      className={className}
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line x1={MID} x2={MID} y1={0} y2={HEIGHT} className="axis-mid" />
      {children}
    </svg>
  );
}

/** Both sides' share of text for one topic: the Chinese side grows left, the US side right. */
export function MirrorBar({ topic, scale, label }: { topic: TopicCoverage; scale: number; label: string }) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const bar = (i: 0 | 1) => {
    const share = topic.shares[i];
    const width = share > 0 ? Math.max(2, (share / scale) * BAR_MAX) : 0;
    const x = i === 0 ? MID - width : MID;
    const labelX = i === 0 ? MID - width - 4 : MID + width + 4;
    const anchor = i === 0 ? 'end' : 'start';
    const absence = topic.absence[i];
    const text = share > 0 || !absence ? formatPercent(share, lang) : t(`chart.absent.${absence}`);
    return (
      <g className={`bar bar-${i === 0 ? 'cn' : 'us'}${share > 0 ? '' : ' is-absent'}`}>
        {width > 0 ? <rect x={x} y={5} width={width} height={HEIGHT - 10} rx={2} /> : null}
        <text x={labelX} y={16} textAnchor={anchor}>
          {text}
        </text>
      </g>
    );
  };
  return (
    <BarFrame className="mirror-bar" label={label}>
      {bar(0)}
      {bar(1)}
    </BarFrame>
  );
}

/**
 * Presence instead of shares, for texts that are not comparable: on each side, a dot and the number of
 * sentences that mention the topic, or why there are none. No bar, so no length reads as a weight.
 */
export function PresenceBar(props: {
  topic: TopicCoverage;
  /** The words of each side's mark: "2 sentences", "not in excerpt", "possibly". */
  marks: [string, string];
  label: string;
}) {
  const { topic, marks, label } = props;
  const mark = (i: 0 | 1) => {
    const present = topic.counts[i] > 0;
    const dotX = i === 0 ? MID - 10 : MID + 10;
    const textX = i === 0 ? MID - 20 : MID + 20;
    return (
      <g className={`bar bar-${i === 0 ? 'cn' : 'us'}${present ? '' : ' is-absent'}`}>
        {present ? <circle cx={dotX} cy={HEIGHT / 2} r={5} /> : null}
        <text x={textX} y={16} textAnchor={i === 0 ? 'end' : 'start'}>
          {marks[i]}
        </text>
      </g>
    );
  };
  return (
    <BarFrame className="mirror-bar presence-bar" label={label}>
      {mark(0)}
      {mark(1)}
    </BarFrame>
  );
}
