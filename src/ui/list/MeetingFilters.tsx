import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TopicDefinition } from '../../core/lexicon/types';
import { pick } from '../../core/view/format';
import {
  EMPTY_FILTER,
  isFilterEmpty,
  type MeetingFilter,
  participantOptions,
} from '../../core/view/meeting-filter';
import { type MeetingEntry, mentions } from '../../core/view/meeting-index';
import { DateRangeFields } from '../app/DateRangeFields';
import { useUiLang } from '../app/use-ui-lang';

interface Props {
  filter: MeetingFilter;
  onChange: (next: MeetingFilter) => void;
  entries: readonly MeetingEntry[];
  topics: readonly TopicDefinition[];
  /** A search is typed but the readout texts have not loaded yet (it looks at everything else meanwhile). */
  textsPending: boolean;
}

/** Search, topic, participant and date filters of the meeting list. */
export function MeetingFilters({ filter, onChange, entries, topics, textsPending }: Props) {
  const { t } = useTranslation();
  const lang = useUiLang();
  const id = useId();
  // Clearing also empties a date field that holds text which is no date (the filter never had it).
  const [clears, setClears] = useState(0);
  const people = useMemo(
    () =>
      participantOptions(
        entries.map((e) => e.meeting),
        lang,
      ),
    [entries, lang],
  );
  const topicOptions = useMemo(
    () => topics.filter((topic) => topic.id === filter.topic || entries.some((e) => mentions(e, topic.id))),
    [entries, topics, filter.topic],
  );
  const set = (patch: Partial<MeetingFilter>) => onChange({ ...filter, ...patch });

  return (
    <search className="filters" aria-label={t('filters.label')}>
      <div className="field field-wide">
        <label htmlFor={`${id}-q`}>{t('filters.search')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.query}
          placeholder={t('filters.searchPlaceholder')}
          aria-describedby={`${id}-q-hint`}
          onChange={(e) => set({ query: e.target.value })}
        />
        <p id={`${id}-q-hint`} className="hint" aria-live="polite">
          {textsPending ? t('filters.searchTextsLoading') : t('filters.searchHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-topic`}>{t('filters.topic')}</label>
        <select
          id={`${id}-topic`}
          value={filter.topic ?? ''}
          onChange={(e) => set({ topic: e.target.value || null })}
        >
          <option value="">{t('filters.anyTopic')}</option>
          {topicOptions.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {pick(topic.label, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('filters.participant')}</label>
        <select
          id={`${id}-who`}
          value={filter.participant ?? ''}
          onChange={(e) => set({ participant: e.target.value || null })}
        >
          <option value="">{t('filters.anyone')}</option>
          {people.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <DateRangeFields
        id={id}
        labels={{ from: t('filters.from'), to: t('filters.to') }}
        value={{ from: filter.from ?? '', to: filter.to ?? '' }}
        onChange={({ from, to }) => set({ from: from || null, to: to || null })}
        resetKey={clears}
      />
      <div className="field field-action">
        <button
          type="button"
          className="button"
          disabled={isFilterEmpty(filter)}
          onClick={() => {
            setClears((n) => n + 1);
            onChange(EMPTY_FILTER);
          }}
        >
          {t('filters.reset')}
        </button>
      </div>
    </search>
  );
}
