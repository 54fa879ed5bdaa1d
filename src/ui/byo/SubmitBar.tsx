import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../app/StatusMessage';
import { TooLargeText } from '../app/TooLargeText';
import { storageErrorKey } from './storage-error-key';
import type { SubmitState } from './use-compare-and-save';

/** The Compare button, with progress (and Cancel) while a large pair is compared, and any failure. */
export function SubmitBar({
  state,
  editing,
  onCancel,
}: {
  state: SubmitState;
  editing: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation('byo');
  const busy = state.status === 'checking' || state.status === 'comparing' || state.status === 'saving';
  return (
    <div className="byo-submit">
      <button type="submit" className="button button-primary" disabled={busy} aria-disabled={busy}>
        {editing ? t('save') : t('compare')}
      </button>
      {state.status === 'comparing' ? (
        <>
          <StatusMessage
            tone="progress"
            inline
            icon={<span className="byo-spinner" aria-hidden="true" />}
            code="byo:comparing"
            values={{ count: state.chars }}
            className="status"
          />
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('cancel')}
          </button>
        </>
      ) : null}
      {state.status === 'saving' ? (
        <StatusMessage tone="progress" inline code="byo:saving" className="status" />
      ) : null}
      {state.status === 'missing-text' ? (
        <StatusMessage tone="error" className="error">
          {state.sides.map((side) => t('needText', { side: t(`side.${side}`) })).join(' ')}
        </StatusMessage>
      ) : null}
      {state.status === 'too-large' ? (
        <StatusMessage tone="error" className="error">
          <TooLargeText tooLarge={state.tooLarge} />
        </StatusMessage>
      ) : null}
      {state.status === 'compare-failed' ? (
        <StatusMessage
          tone="error"
          code="byo:errors.compare-failed"
          values={{ message: state.message }}
          className="error"
        />
      ) : null}
      {state.status === 'storage-failed' ? (
        <StatusMessage
          tone="error"
          code={`byo:errors.storage.${storageErrorKey(state.code)}`}
          className="error"
        />
      ) : null}
    </div>
  );
}
