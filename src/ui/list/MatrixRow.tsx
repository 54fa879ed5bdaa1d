import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompiledLexicon, TopicDefinition } from '../../core/lexicon/types';
import type { Side } from '../../core/model';
import { pick } from '../../core/view/format';
import type { MatrixCell, SideMark, TopicMatrix } from '../../core/view/meeting-grid';
import type { MeetingEntry } from '../../core/view/meeting-index';
import { type LinkTexts, meetingHref } from '../../core/view/route';
import { SIDES } from '../../core/view/text-choice';
import { useUiLang } from '../app/use-ui-lang';
import { CellEvidence } from './CellEvidence';
import type { ListVerdict } from './use-list-corrections';

/** What a side's mark shows and says: "中●" and "Chinese side: mentioned". */
interface MarkText {
  glyph: string;
  label: string;
}

export type MarkTexts = (side: Side, mark: SideMark) => MarkText;

/**
 * Every side's marks in words, translated once per language (a grid has hundreds of marks but ten kinds):
 * "Chinese side: mentioned", and the short form shown.
 */
export function useMarkTexts(symbols: Readonly<Record<SideMark, string>>): MarkTexts {
  const { t } = useTranslation();
  // `t` is a new function whenever the language changes: the texts are made again then.
  return useMemo(() => {
    const texts = new Map<string, MarkText>();
    return (side, mark) => {
      const key = `${side}:${mark}`;
      let text = texts.get(key);
      if (!text) {
        text = {
          glyph: `${t(`side.abbr.${side}`)}${symbols[mark]}`,
          label: t('matrix.cellLabel', { side: t(`side.${side}`), state: t(`mark.${mark}`) }),
        };
        texts.set(key, text);
      }
      return text;
    };
  }, [t, symbols]);
}

/** `linked`: the cell's link says it all to assistive technology, so the mark is not read twice. */
function Mark({ side, mark, text, linked }: { side: Side; mark: SideMark; text: MarkText; linked: boolean }) {
  return (
    <span className={`mark mark-${mark} side-${side}`} title={text.label} aria-hidden={linked || undefined}>
      <span aria-hidden="true">{text.glyph}</span>
      <span className="sr-only">{text.label}</span>
    </span>
  );
}

/**
 * The texts a meeting's column was computed on: each side's text closest to the official one (the build's
 * and the list's comparisons are made on these), which a cell's link opens, whatever the UI language.
 */
function columnTexts(entry: MeetingEntry): LinkTexts {
  const ids = entry.compared
    ? entry.compared.sides.map((side) => side.readoutId)
    : [entry.sides.cn.texts[0]?.id ?? null, entry.sides.us.texts[0]?.id ?? null];
  const texts: LinkTexts = {};
  if (ids[0]) texts.cn = ids[0];
  if (ids[1]) texts.us = ids[1];
  return texts;
}

/** A claim worth its evidence: one-sided, possibly both, or checked by the reader. */
const hasClaim = (cell: MatrixCell) => (cell.status !== null && cell.status !== 'both') || cell.checked;

interface RowProps {
  row: TopicMatrix['rows'][number];
  topic: TopicDefinition | undefined;
  /** Columns, oldest first. */
  entries: readonly MeetingEntry[];
  /** Each column's comparison, rebuilt from its skeleton (statuses, evidence). */
  comparisons: TopicMatrix['comparisons'];
  highlighted: boolean;
  lexicon: CompiledLexicon;
  markText: MarkTexts;
  onVerdict?: ListVerdict;
  onNeedTexts?: () => void;
}

/** One topic's row of the meetings × topics grid: each meeting's marks, link and evidence for the topic. */
export function MatrixRow(props: RowProps) {
  const { row, topic, entries, comparisons, highlighted, lexicon, markText, onVerdict, onNeedTexts } = props;
  const { t } = useTranslation();
  const lang = useUiLang();
  const label = topic ? pick(topic.label, lang) : row.topicId;
  return (
    <tr className={highlighted ? 'is-highlighted' : undefined}>
      <th scope="row">{label}</th>
      {row.cells.map((cell, i) => {
        const entry = entries[i];
        // A topic either side mentions links to that meeting opened on the topic.
        const mentioned = SIDES.some((side) => cell[side] === 'mentioned') && entry !== undefined;
        const marks = SIDES.map((side) => (
          <Mark
            key={side}
            side={side}
            mark={cell[side]}
            text={markText(side, cell[side])}
            linked={mentioned}
          />
        ));
        const comparison = comparisons[i];
        const skeleton = entry?.compared;
        const coverage = comparison?.topics.find((x) => x.id === row.topicId);
        return (
          <td key={entry?.meeting.id ?? i}>
            <div className="matrix-cell">
              {mentioned ? (
                // The marks are the link (its name says where it goes and what they say); the check and the
                // evidence button sit beside it, never over it, so each is a target of its own.
                <a
                  className="matrix-cell-link"
                  href={meetingHref(entry.meeting.id, row.topicId, columnTexts(entry))}
                >
                  {marks}
                  <span className="sr-only">
                    {t('matrix.cellLink', {
                      meeting: pick(entry.meeting.title, lang),
                      topic: label,
                      marks: SIDES.map((side) => markText(side, cell[side]).label).join(
                        lang === 'zh' ? '；' : '; ',
                      ),
                    })}
                  </span>
                </a>
              ) : (
                marks
              )}
              {cell.checked ? (
                <span className="cell-checked" title={t('evidence.checked')}>
                  <span aria-hidden="true">✓</span>
                  <span className="sr-only">{t('evidence.checked')}</span>
                </span>
              ) : null}
              {entry && comparison && skeleton && coverage && hasClaim(cell) ? (
                <CellEvidence
                  meetingId={entry.meeting.id}
                  topic={coverage}
                  label={label}
                  comparison={comparison}
                  skeleton={skeleton}
                  lexicon={lexicon}
                  onVerdict={onVerdict}
                  onNeedTexts={onNeedTexts}
                />
              ) : null}
            </div>
          </td>
        );
      })}
    </tr>
  );
}
