import { useCallback, useRef, useState } from 'react';
import { compareInWorker } from '../../browser/compare-worker-client';
import { saveUserMeeting, UserMeetingsError, updateUserMeeting } from '../../browser/user-meetings';
import type { MetaPrefill } from '../../core/ingest/prefill-meta';
import type { SideInput } from '../../core/ingest/user-meeting';
import type { Meeting, OfficialSource, ReadoutText, Side } from '../../core/model';
import { meetingHref } from '../../core/view/route';
import { compareInputOf, defaultTextOf } from '../../core/view/text-choice';
import { type TooLargeToAlign, tooLargeToAlign } from '../../core/view/too-large';
import { sideTextOf } from './initial-state';
import { meetingToSave } from './meeting-to-save';
import { type DetailsValues, toMeetingForm, toSideInput } from './use-meeting-details';
import type { SideEditor } from './use-side-input';

/**
 * Pairs at least this long are compared in the worker before saving: the page shows progress and stays
 * responsive, and the meeting page then takes the result from the worker client's cache. Shorter pairs
 * compare on the meeting page in the same frame, so comparing them here would only add a delay.
 */
const PRECOMPARE_CHARS = 20_000;

export type SubmitState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'comparing'; chars: number }
  | { status: 'saving' }
  | { status: 'missing-text'; sides: Side[] }
  | { status: 'refused' }
  | { status: 'too-large'; tooLarge: TooLargeToAlign }
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

/** What a text's own page states about itself, for the provenance. */
function pageSource(meta: MetaPrefill): OfficialSource {
  const source: OfficialSource = {};
  if (meta.sourceUrl) source.url = meta.sourceUrl;
  if (meta.sourceTitle) source.title = meta.sourceTitle;
  if (meta.sourceDate) source.date = meta.sourceDate;
  return source;
}

/** A text the builders cannot make again without losing what it says of itself (a corpus text's kind, note…). */
function carriesProvenance(text: ReadoutText): boolean {
  return text.kind !== 'original' || text.quotedIn.length > 0 || text.note !== undefined;
}

/**
 * The meeting text a side keeps as it is, never rebuilt nor relabelled: joining a meeting, when the side's box
 * is empty or still holds that meeting's text (starting from a corpus meeting puts its texts in the boxes);
 * editing, when the box still holds a text that carries its own provenance (one copied from the corpus).
 */
export function keptText(
  side: Pick<SideEditor, 'side' | 'text'>,
  join: Meeting | null,
  editing: Meeting | null = null,
): ReadoutText | null {
  const base = join ?? editing;
  const text = base ? sideTextOf(base, side.side) : null;
  if (!text) return null;
  if (join && side.text.trim() === '') return text;
  if (side.text !== text.text) return null;
  return join || carriesProvenance(text) ? text : null;
}

/** One side's input for the meeting builder: its checked text, or the joined meeting's; null when refused. */
async function sideInput(
  side: SideEditor,
  details: DetailsValues,
  join: Meeting | null,
  editing: Meeting | null,
): Promise<SideInput | null> {
  const kept = keptText(side, join, editing);
  if (kept) return toSideInput(details, side.side, kept.text, kept.lang, kept.file ?? null, kept.source);
  const checked = await side.ensureChecked();
  if (!checked) return null;
  const lang = side.lang ?? checked.lang;
  return toSideInput(details, side.side, checked.text, lang, side.fileName, pageSource(checked.meta));
}

export interface CompareAndSave {
  state: SubmitState;
  submit(): Promise<void>;
  cancel(): void;
}

/**
 * The "Compare" button: check both texts, build the meeting, compare large pairs in the worker, save, open.
 * `join` is the meeting the texts are added to (pairing): one of the reader's own is updated in place, a corpus
 * meeting gets the reader's own copy; a side left empty keeps that meeting's text.
 */
export function useCompareAndSave(
  cn: SideEditor,
  us: SideEditor,
  details: DetailsValues,
  editing: Meeting | null,
  join: Meeting | null = null,
  navigate: (hash: string) => void = (hash) => {
    window.location.hash = hash;
  },
): CompareAndSave {
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const submit = useCallback(async () => {
    const empty = [cn, us].filter((s) => s.text.trim() === '' && !keptText(s, join)).map((s) => s.side);
    const kept = [cn, us].filter((s) => keptText(s, join, editing)).map((s) => s.side);
    if (empty.length > 0) {
      setState({ status: 'missing-text', sides: empty });
      return;
    }
    setState({ status: 'checking' });
    const [sideA, sideB] = await Promise.all([
      sideInput(cn, details, join, editing),
      sideInput(us, details, join, editing),
    ]);
    if (!sideA || !sideB) {
      setState({ status: 'refused' });
      return;
    }
    const { meeting, update } = meetingToSave({
      cn: sideA,
      us: sideB,
      form: toMeetingForm(details),
      env: { today: localDate(new Date()), random: randomPart() },
      editing,
      join,
      kept,
    });

    const chars = sideA.text.length + sideB.text.length;
    if (chars >= PRECOMPARE_CHARS) {
      setState({ status: 'comparing', chars });
      const controller = new AbortController();
      abort.current = controller;
      performance.mark('byo-compare-start');
      try {
        const [a, b] = [defaultTextOf(meeting, 'cn'), defaultTextOf(meeting, 'us')];
        await compareInWorker(compareInputOf(a, 'cn'), compareInputOf(b, 'us'), {
          signal: controller.signal,
        });
      } catch (error) {
        const tooLarge = tooLargeToAlign(error, ['cn', 'us']);
        if (controller.signal.aborted) setState({ status: 'idle' });
        else if (tooLarge) setState({ status: 'too-large', tooLarge });
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
      await (update ? updateUserMeeting(meeting) : saveUserMeeting(meeting));
    } catch (error) {
      setState({
        status: 'storage-failed',
        code: error instanceof UserMeetingsError ? error.code : 'failed',
      });
      return;
    }
    setState({ status: 'idle' });
    navigate(meetingHref(meeting.id));
  }, [cn, us, details, editing, join, navigate]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, submit, cancel };
}
