import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../core/compare/types';
import type { Side } from '../../core/model';
import { atAGlance } from '../../core/view/at-a-glance';
import { pick } from '../../core/view/format';
import { newFromHref } from '../../core/view/route';
import { useAppData } from '../app/app-data';
import { useUiLang } from '../app/use-ui-lang';

const SIDES: readonly [Side, Side] = ['cn', 'us'];

interface Props {
  meetingId: string;
  comparison: Comparison;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** Topic buttons: selecting one marks its sentences and scrolls both readouts to it, like the topic grid. */
function TopicButtons({
  ids,
  selected,
  onSelect,
}: { ids: readonly string[] } & Pick<Props, 'selected' | 'onSelect'>) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const { lexicon } = useAppData();
  return (
    <span className="glance-topics">
      {ids.map((id) => {
        const topic = lexicon.topicById.get(id);
        const label = topic ? pick(topic.label, lang) : id;
        return (
          <button
            key={id}
            type="button"
            className="glance-topic"
            aria-pressed={selected === id}
            title={t('glance.select', { topic: label })}
            onClick={() => onSelect(selected === id ? null : id)}
          >
            {label}
          </button>
        );
      })}
    </span>
  );
}

/** The first answer on a meeting page: what only one side mentions, and who gives shared topics more room. */
export function AtAGlance({ meetingId, comparison, selected, onSelect }: Props) {
  const { t } = useTranslation(['reader', 'common']);
  const glance = useMemo(() => atAGlance(comparison), [comparison]);
  const sideName = (i: 0 | 1) => t(`common:side.${SIDES[i]}`);
  const buttons = { selected, onSelect };
  const nothing = glance.only[0].length + glance.only[1].length + glance.shared === 0;

  return (
    <section className="at-a-glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('glance.heading')}</h2>
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
                <TopicButtons ids={glance.only[i]} {...buttons} />
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
          {glance.shared > 0 ? (
            <li className="glance-shared">
              <span className="glance-lead">{t('glance.shared', { count: glance.shared })}</span>
              {([0, 1] as const).map((i) =>
                glance.heavier[i].length > 0 ? (
                  <span key={SIDES[i]} className={`glance-heavier side-${SIDES[i]}`}>
                    <span className="glance-lead">{t('glance.heavier', { side: sideName(i) })}</span>
                    <TopicButtons ids={glance.heavier[i]} {...buttons} />
                  </span>
                ) : null,
              )}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
