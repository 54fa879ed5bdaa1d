import './byo-actions.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteUserMeeting, UserMeetingsError } from '../../browser/user-meetings';
import type { Meeting } from '../../core/model';
import { StatusMessage } from '../app/StatusMessage';
import { editHref } from './initial-state';
import { storageErrorKey } from './storage-error-key';

type ActionState =
  | { status: 'idle' }
  | { status: 'confirm-delete' }
  | { status: 'busy'; what: 'delete' | 'zip' }
  | { status: 'downloaded'; file: string }
  | { status: 'problems'; messages: string[] }
  | { status: 'check-failed'; messages: string[] }
  | { status: 'failed'; message: string };

/**
 * Edit, delete and "download as files for the shared corpus" (a zip) for one of the reader's own meetings; renders nothing for corpus
 * meetings. The meeting page mounts it (e.g. under the header). The zip code loads only on click.
 */
export function UserMeetingActions({
  meeting,
  showEdit = true,
  navigate = (hash) => {
    window.location.hash = hash;
  },
}: {
  meeting: Meeting;
  /** False on the edit page itself. */
  showEdit?: boolean;
  navigate?: (hash: string) => void;
}) {
  const { t } = useTranslation('byo');
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const hintId = useId();
  if (meeting.origin !== 'user') return null;
  const busy = state.status === 'busy';

  const remove = async () => {
    setState({ status: 'busy', what: 'delete' });
    try {
      await deleteUserMeeting(meeting.id);
      navigate('#/');
    } catch (error) {
      const message =
        error instanceof UserMeetingsError
          ? t(`errors.storage.${storageErrorKey(error.code)}`)
          : String(error);
      setState({ status: 'failed', message });
    }
  };

  const contribute = async () => {
    setState({ status: 'busy', what: 'zip' });
    try {
      const { downloadContributionZip } = await import('../../browser/download-zip');
      const result = await downloadContributionZip(meeting);
      if (result.ok) setState({ status: 'downloaded', file: result.fileName });
      else if (result.problems.length > 0) {
        const messages = result.problems.map((p) => {
          if (p.code === 'no-participant')
            return t('actions.needsParticipant', { side: t(`side.${p.side}`) });
          if (p.code === 'no-issuer') return t('actions.needsIssuer', { side: t(`side.${p.side}`) });
          return t('actions.needsTitle', { name: p.name });
        });
        setState({ status: 'problems', messages });
      } else setState({ status: 'check-failed', messages: result.checkErrors });
    } catch (error) {
      setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="byo-actions" aria-label={t('actions.label')}>
      <p className="byo-hint">{t('actions.yours')}</p>
      <div className="byo-action-buttons">
        {showEdit ? (
          <a className="button" href={editHref(meeting.id)}>
            {t('actions.edit')}
          </a>
        ) : null}
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => setState({ status: 'confirm-delete' })}
        >
          {t('actions.delete')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-describedby={hintId}
          onClick={() => void contribute()}
        >
          {t('actions.contribute')}
        </button>
      </div>
      <p id={hintId} className="byo-hint">
        {t('actions.contributeHint')}
      </p>
      {state.status === 'confirm-delete' ? (
        <div className="byo-confirm" role="alertdialog" aria-label={t('actions.delete')}>
          <p>{t('actions.confirmDelete')}</p>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('actions.confirm')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setState({ status: 'idle' })}>
            {t('actions.keep')}
          </button>
        </div>
      ) : null}
      {state.status === 'busy' && state.what === 'zip' ? (
        <StatusMessage tone="progress" code="byo:actions.preparing" className="status" />
      ) : null}
      {state.status === 'downloaded' ? (
        <StatusMessage
          tone="success"
          code="byo:actions.downloaded"
          values={{ file: state.file }}
          className="status"
        />
      ) : null}
      {state.status === 'problems' || state.status === 'check-failed' ? (
        <StatusMessage
          tone="error"
          code={state.status === 'check-failed' ? 'byo:actions.checkFailed' : undefined}
          className="error"
        >
          <ul>
            {state.messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </StatusMessage>
      ) : null}
      {state.status === 'failed' ? (
        <StatusMessage
          tone="error"
          code="byo:actions.failed"
          values={{ message: state.message }}
          className="error"
        />
      ) : null}
    </section>
  );
}
