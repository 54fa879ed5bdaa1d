import './byo-actions.css';
import './set-aside.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  discardSetAsideMeetings,
  downloadSetAsideMeetings,
  type SetAsideEntry,
  UserMeetingsError,
} from '../../browser/user-meetings';
import { StatusMessage } from '../app/StatusMessage';
import { useUserMeetings } from '../app/use-user-meetings';
import { storageErrorKey } from './storage-error-key';

type NoticeState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'downloaded'; file: string }
  | { status: 'confirm-discard' }
  | { status: 'discarded' }
  | { status: 'failed'; message: string };

/**
 * Own meetings that could not be read back are set aside, never shown and never deleted behind the reader's
 * back: this says how many, downloads them as JSON and, only when the reader confirms, discards them.
 */
export function SetAsideNotice() {
  const { t } = useTranslation('byo');
  const { setAside = 0 } = useUserMeetings();
  const [state, setState] = useState<NoticeState>({ status: 'idle' });
  // Discard what the reader downloaded (or was shown), not a record set aside since then.
  const downloaded = useRef<SetAsideEntry[] | null>(null);
  const headingId = useId();

  const fail = (error: unknown) => {
    const message =
      error instanceof UserMeetingsError
        ? t(`errors.storage.${storageErrorKey(error.code)}`)
        : error instanceof Error
          ? error.message
          : String(error);
    setState({ status: 'failed', message });
  };

  const download = async () => {
    setState({ status: 'busy' });
    try {
      const result = await downloadSetAsideMeetings();
      downloaded.current = result?.entries ?? null;
      setState(result ? { status: 'downloaded', file: result.fileName } : { status: 'idle' });
    } catch (error) {
      fail(error);
    }
  };

  const discard = async () => {
    setState({ status: 'busy' });
    try {
      await discardSetAsideMeetings(downloaded.current ?? undefined);
      downloaded.current = null;
      setState({ status: 'discarded' });
    } catch (error) {
      fail(error);
    }
  };

  if (setAside === 0) {
    return state.status === 'discarded' ? (
      <StatusMessage tone="success" code="byo:setAside.discarded" className="status" />
    ) : null;
  }

  const busy = state.status === 'busy';
  return (
    <section className="byo-set-aside" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('setAside.heading')}</h2>
      <p>{t('setAside.message', { count: setAside })}</p>
      <p className="byo-hint">{t('setAside.hint')}</p>
      <div className="byo-action-buttons">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {t('setAside.download')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => setState({ status: 'confirm-discard' })}
        >
          {t('setAside.discard')}
        </button>
      </div>
      {state.status === 'confirm-discard' ? (
        <div className="byo-confirm" role="alertdialog" aria-label={t('setAside.discard')}>
          <p>{t('setAside.confirmDiscard', { count: setAside })}</p>
          <button type="button" className="button button-danger" onClick={() => void discard()}>
            {t('setAside.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setState({ status: 'idle' })}>
            {t('setAside.keep')}
          </button>
        </div>
      ) : null}
      {state.status === 'downloaded' ? (
        <StatusMessage
          tone="success"
          code="byo:setAside.downloaded"
          values={{ file: state.file }}
          className="status"
        />
      ) : null}
      {state.status === 'failed' ? (
        <StatusMessage
          tone="error"
          code="byo:setAside.failed"
          values={{ message: state.message }}
          className="error"
        />
      ) : null}
    </section>
  );
}
