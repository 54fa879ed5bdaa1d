import { useCallback, useRef, useState } from 'react';
import { compareInWorker } from '../../browser/compare-worker-client';
import { saveUserMeeting, UserMeetingsError, updateUserMeeting } from '../../browser/user-meetings';
import { buildUserMeeting, rebuildUserMeeting } from '../../core/ingest/user-meeting';
import type { Meeting, Side } from '../../core/model';
import { meetingHref } from '../../core/view/route';
import { compareInputOf } from '../../core/view/text-choice';
import { type DetailsValues, toMeetingForm, toSideInput } from './use-meeting-details';
import type { SideEditor } from './use-side-input';

/**
 * Pairs at least this long are compared in the worker before saving: the page shows progress and stays
 * responsive, and the meeting page then takes the result from the worker client's cache. Shorter pairs
 * compare on the meeting page in the same frame, so comparing them here would only add a delay.
 */
export const PRECOMPARE_CHARS = 20_000;

export type SubmitState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'comparing'; chars: number }
  | { status: 'saving' }
  | { status: 'missing-text'; sides: Side[] }
  | { status: 'refused' }
  | { status: 'compare-failed'; message: string }
  | { status: 'storage-failed'; code: string };

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function randomPart(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export interface CompareAndSave {
  state: SubmitState;
  submit(): Promise<void>;
  cancel(): void;
}

/** The "Compare" button: check both texts, build the meeting, compare large pairs in the worker, save, open. */
export function useCompareAndSave(
  cn: SideEditor,
  us: SideEditor,
  details: DetailsValues,
  editing: Meeting | null,
  navigate: (hash: string) => void = (hash) => {
    window.location.hash = hash;
  },
): CompareAndSave {
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const submit = useCallback(async () => {
    const empty = [cn, us].filter((s) => s.text.trim() === '').map((s) => s.side);
    if (empty.length > 0) {
      setState({ status: 'missing-text', sides: empty });
      return;
    }
    setState({ status: 'checking' });
    const [a, b] = await Promise.all([cn.ensureChecked(), us.ensureChecked()]);
    if (!a || !b) {
      setState({ status: 'refused' });
      return;
    }
    const sideA = toSideInput(details, 'cn', a.text, cn.lang ?? a.lang, cn.fileName);
    const sideB = toSideInput(details, 'us', b.text, us.lang ?? b.lang, us.fileName);
    const form = toMeetingForm(details);
    const env = { today: localDate(new Date()), random: randomPart() };
    const meeting = editing
      ? rebuildUserMeeting(editing, sideA, sideB, form, env)
      : buildUserMeeting(sideA, sideB, form, env);

    const chars = a.text.length + b.text.length;
    if (chars >= PRECOMPARE_CHARS) {
      setState({ status: 'comparing', chars });
      const controller = new AbortController();
      abort.current = controller;
      const [cnText, usText] = meeting.readouts;
      performance.mark('byo-compare-start');
      try {
        await compareInWorker(compareInputOf(cnText ?? null, 'cn'), compareInputOf(usText ?? null, 'us'), {
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) setState({ status: 'idle' });
        else
          setState({
            status: 'compare-failed',
            message: error instanceof Error ? error.message : String(error),
          });
        return;
      } finally {
        performance.mark('byo-compare-end');
        abort.current = null;
      }
    }

    setState({ status: 'saving' });
    try {
      await (editing ? updateUserMeeting(meeting) : saveUserMeeting(meeting));
    } catch (error) {
      setState({
        status: 'storage-failed',
        code: error instanceof UserMeetingsError ? error.code : 'failed',
      });
      return;
    }
    setState({ status: 'idle' });
    navigate(meetingHref(meeting.id));
  }, [cn, us, details, editing, navigate]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, submit, cancel };
}
