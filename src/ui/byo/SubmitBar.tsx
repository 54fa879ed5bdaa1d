import { useTranslation } from 'react-i18next';
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
          <span className="status" role="status">
            <span className="byo-spinner" aria-hidden="true" /> {t('comparing', { count: state.chars })}
          </span>
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('cancel')}
          </button>
        </>
      ) : null}
      {state.status === 'saving' ? (
        <span className="status" role="status">
          {t('saving')}
        </span>
      ) : null}
      {state.status === 'missing-text' ? (
        <p className="error" role="alert">
          {state.sides.map((side) => t('needText', { side: t(`side.${side}`) })).join(' ')}
        </p>
      ) : null}
      {state.status === 'compare-failed' ? (
        <p className="error" role="alert">
          {t('errors.compare-failed', { message: state.message })}
        </p>
      ) : null}
      {state.status === 'storage-failed' ? (
        <p className="error" role="alert">
          {t(`errors.storage.${storageErrorKey(state.code)}`)}
        </p>
      ) : null}
    </div>
  );
}
