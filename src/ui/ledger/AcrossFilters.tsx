import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerRowKind } from '../../core/ledger/ledger-rows';
import { type AcrossFilter, KINDS, NO_FILTER, type SideFilter } from '../../core/view/ledger-across';
import { DateRangeFields } from '../app/DateRangeFields';

const SIDES: readonly SideFilter[] = ['any', 'cn', 'us', 'both', 'one-sided'];

interface Props {
  value: AcrossFilter;
  onChange: (next: AcrossFilter) => void;
}

/** What the across-meetings table shows: kinds of row, which side has them, words, a date range. */
export function AcrossFilters({ value, onChange }: Props) {
  const { t } = useTranslation('ledger');
  const id = useId();
  // Clearing also empties a date field that holds text which is no date (the filter never had it).
  const [clears, setClears] = useState(0);
  const set = (patch: Partial<AcrossFilter>) => onChange({ ...value, ...patch });
  const toggleKind = (kind: LedgerRowKind, on: boolean) =>
    set({ kinds: KINDS.filter((k) => (k === kind ? on : value.kinds.includes(k))) });
  return (
    <form
      className="filters across-filters"
      aria-label={t('filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <fieldset className="across-kinds">
        <legend>{t('filters.kinds')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={value.kinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
            />
            {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-side`}>{t('filters.side')}</label>
        <select
          id={`${id}-side`}
          value={value.side}
          onChange={(e) => set({ side: e.currentTarget.value as SideFilter })}
        >
          {SIDES.map((side) => (
            <option key={side} value={side}>
              {t(`filters.sides.${side}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-q`}>{t('filters.query')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={value.query}
          placeholder={t('filters.queryHint')}
          onChange={(e) => set({ query: e.currentTarget.value })}
        />
      </div>
      <DateRangeFields
        id={id}
        labels={{ from: t('filters.from'), to: t('filters.to') }}
        value={value}
        onChange={({ from, to }) => set({ from, to })}
        resetKey={clears}
      />
      <button
        type="button"
        className="button button-small across-clear"
        onClick={() => {
          setClears((n) => n + 1);
          onChange(NO_FILTER);
        }}
      >
        {t('filters.clear')}
      </button>
    </form>
  );
}
