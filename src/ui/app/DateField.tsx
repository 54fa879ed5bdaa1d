import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateFieldState } from '../../core/view/date-entry';

interface Props {
  /** The input's id: the caller renders the <label htmlFor={id}>. */
  id: string;
  /** YYYY-MM-DD or ''. */
  value: string;
  /** Called with a real date (YYYY-MM-DD) or '', never with half a date. */
  onChange: (date: string) => void;
  /** Other elements describing the field (e.g. a "check" tag). */
  describedBy?: string | undefined;
}

/**
 * A date typed as YYYY-MM-DD, the same in both languages: <input type="date"> shows the browser's locale
 * (mm/dd/yyyy in the Chinese UI). The text stays as typed while it is no date; the form only hears dates.
 */
export function DateField({ id, value, onChange, describedBy }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [told, setTold] = useState(value);
  const [left, setLeft] = useState(false);
  // The form changed the value itself (cleared, pre-filled): show it.
  if (value !== told) {
    setTold(value);
    setText(value);
    setLeft(false);
  }
  const { problem } = dateFieldState(text, left);
  const errorId = `${id}-error`;

  const type = (next: string) => {
    setText(next);
    setLeft(false);
    const { date } = dateFieldState(next, false);
    setTold(date);
    if (date !== value) onChange(date);
  };
  const leave = () => {
    setLeft(true);
    // 2024/1/8 reads back as 2024-01-08, the form the field asks for.
    const { date } = dateFieldState(text, true);
    if (date !== '') setText(date);
  };

  const described = [describedBy, problem ? errorId : undefined].filter(Boolean).join(' ');
  return (
    <span className="date-field">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('dateField.placeholder')}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(event) => type(event.target.value)}
        onBlur={leave}
      />
      <span id={errorId} className="date-field-error" aria-live="polite">
        {problem ? t(`dateField.${problem}`) : null}
      </span>
    </span>
  );
}
