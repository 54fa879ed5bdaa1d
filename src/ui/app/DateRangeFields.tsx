import { DateField } from './DateField';

export interface DateRange {
  /** YYYY-MM-DD or ''. */
  from: string;
  to: string;
}

interface Props {
  /** The fields' ids start with it. */
  id: string;
  labels: { from: string; to: string };
  value: DateRange;
  onChange: (next: DateRange) => void;
  /** A new value empties fields that hold text which is no date (the filter never had it): bump it on clear. */
  resetKey: number;
}

/** The "from" and "to" date fields of a filter. */
export function DateRangeFields({ id, labels, value, onChange, resetKey }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-from`}>{labels.from}</label>
        <DateField
          key={`from-${resetKey}`}
          id={`${id}-from`}
          value={value.from}
          onChange={(from) => onChange({ ...value, from })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{labels.to}</label>
        <DateField
          key={`to-${resetKey}`}
          id={`${id}-to`}
          value={value.to}
          onChange={(to) => onChange({ ...value, to })}
        />
      </div>
    </>
  );
}
