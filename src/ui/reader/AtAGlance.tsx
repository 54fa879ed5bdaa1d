import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, Verdict } from '../../core/compare/types';
import type { Side } from '../../core/model';
import type { NotesErrorCode } from '../../core/notes/notes-errors';
import { atAGlance } from '../../core/view/at-a-glance';
import { type Incomparable, MIN_COMPARABLE_SENTENCES } from '../../core/view/comparability';
import { newFromHref } from '../../core/view/route';
import { useAppData } from '../app/app-data';
import { PhraseGlance } from '../ledger/PhraseGlance';
import { TopicEvidenceTip } from './TopicEvidenceTip';
import { useTopicLabel } from './use-claims';
import { useVerdictActions } from './verdict-context';

const SIDES: readonly [Side, Side] = ['cn', 'us'];

interface Props {
  meetingId: string;
  comparison: Comparison;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

type OnVerdict = (
  side: 0 | 1,
  sentence: number,
  topicId: string,
  verdict: Verdict,
) => Promise<NotesErrorCode | null>;

/**
 * Topic buttons (selecting one marks its sentences and scrolls both readouts to it, like the topic grid), each
 * with its claim's evidence beside it when `withEvidence`.
 */
function TopicButtons(
  props: {
    ids: readonly string[];
    comparison: Comparison;
    withEvidence: boolean;
    onVerdict: OnVerdict | null;
  } & Pick<Props, 'selected' | 'onSelect'>,
) {
  const { ids, comparison, withEvidence, onVerdict, selected, onSelect } = props;
  const { t } = useTranslation(['reader', 'common']);
  const { lexicon } = useAppData();
  const labelOf = useTopicLabel(lexicon);
  return (
    <span className="glance-topics">
      {ids.map((id) => {
        const label = labelOf(id);
        const topic = comparison.topics.find((x) => x.id === id);
        return (
          <span key={id} className="glance-item">
            <button
              type="button"
              className="glance-topic"
              aria-pressed={selected === id}
              title={t('glance.select', { topic: label })}
              onClick={() => onSelect(selected === id ? null : id)}
            >
              {label}
            </button>
            {withEvidence && topic ? (
              <TopicEvidenceTip topic={topic} label={label} comparison={comparison} onVerdict={onVerdict} />
            ) : null}
            {topic?.checked ? <span className="checked-note">{t('common:evidence.checked')}</span> : null}
          </span>
        );
      })}
    </span>
  );
}

/** Why "more room" is not said, in a few words. */
function NoRoom({ why }: { why: Incomparable }) {
  const { t } = useTranslation(['reader', 'common']);
  if (why.reason === 'missing') return null;
  const which = why.sides.length === 2 ? 'both' : SIDES[why.sides[0] ?? 0];
  return (
    <span className="glance-caveat">
      {t(`glance.noRoom.${why.reason}.${which}`, { count: MIN_COMPARABLE_SENTENCES })}
    </span>
  );
}

/**
 * The first answer on a meeting page: what only one side mentions (each claim with its evidence), what both
 * possibly mention (for the reader to check), and, only between comparable texts, who gives shared topics more
 * room.
 */
export function AtAGlance({ meetingId, comparison, selected, onSelect }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const glance = useMemo(() => atAGlance(comparison), [comparison]);
  const actions = useVerdictActions();
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  const sideName = (i: 0 | 1) => t(`common:side.${SIDES[i]}`);
  const nothing =
    glance.only[0].length + glance.only[1].length + glance.possibly.length + glance.shared === 0;

  // An answer moves the topic to another line (its tip goes away): keep focus in the glance, and say so.
  const onVerdict: OnVerdict | null = useCallback(
    async (side: 0 | 1, sentence: number, topicId: string, verdict: Verdict) => {
      if (!actions) return null;
      const code = await actions.setVerdict(side, sentence, topicId, verdict);
      if (code === null) setSaid(t('glance.saved'));
      window.requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body) heading.current?.focus();
      });
      return code;
    },
    [actions, t],
  );
  const buttons = { selected, onSelect, comparison, onVerdict: actions ? onVerdict : null };

  return (
    <section className="at-a-glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading" ref={heading} tabIndex={-1}>
        {t('glance.heading')}
      </h2>
      {nothing ? (
        <p className="empty">{t('glance.empty')}</p>
      ) : (
        <ul aria-label={t('glance.label')}>
          {([0, 1] as const).map((i) => {
            const silence = glance.silence[i];
            const other = sideName(i === 0 ? 1 : 0);
            // With no readout of the other side there is nothing to compare: say what this one mentions.
            const lead = silence === 'readout-missing' ? 'glance.alone' : 'glance.only';
            return glance.only[i].length > 0 ? (
              <li key={SIDES[i]} className={`glance-only side-${SIDES[i]}`}>
                <span className="glance-lead">{t(lead, { side: sideName(i) })}</span>
                <TopicButtons ids={glance.only[i]} withEvidence {...buttons} />
                {silence ? (
                  <span className="glance-caveat">
                    {t(`glance.silence.${silence}`, { other })}
                    {silence === 'readout-missing' ? (
                      <>
                        {' '}
                        <a href={newFromHref(meetingId)}>{t('glance.paste')}</a>
                      </>
                    ) : null}
                  </span>
                ) : null}
              </li>
            ) : null;
          })}
          {glance.possibly.length > 0 ? (
            <li className="glance-possibly">
              <span className="glance-lead">{t('glance.possibly')}</span>
              <TopicButtons ids={glance.possibly.map((p) => p.id)} withEvidence {...buttons} />
            </li>
          ) : null}
          {glance.shared > 0 ? (
            <li className="glance-shared">
              <span className="glance-lead">{t('glance.shared', { count: glance.shared })}</span>
              {glance.incomparable ? <NoRoom why={glance.incomparable} /> : null}
              {([0, 1] as const).map((i) =>
                glance.heavier[i].length > 0 ? (
                  <span key={SIDES[i]} className={`glance-heavier side-${SIDES[i]}`}>
                    <span className="glance-lead">{t('glance.heavier', { side: sideName(i) })}</span>
                    <TopicButtons ids={glance.heavier[i]} withEvidence={false} {...buttons} />
                  </span>
                ) : null,
              )}
            </li>
          ) : null}
        </ul>
      )}
      {/* The set phrases the two sides word differently (from the ledger, once the rows are on screen). */}
      <PhraseGlance />
      <p className="sr-only" role="status">
        {said}
      </p>
    </section>
  );
}
