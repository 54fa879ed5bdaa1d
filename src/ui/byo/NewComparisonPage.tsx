import './byo.css';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CHARS } from '../../core/ingest/limits';
import type { Meeting, Side } from '../../core/model';
import { pick } from '../../core/view/format';
import { useAppData } from '../app/app-data';
import { StatusMessage } from '../app/StatusMessage';
import { useDocumentTitle } from '../app/use-document-title';
import { useUiLang } from '../app/use-ui-lang';
import { useUserMeetings } from '../app/use-user-meetings';
import { detailsOfMeeting, type PageMode, pageModeOf, sideTextOf } from './initial-state';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { PairingChoice } from './PairingChoice';
import { SetAsideSlot } from './SetAsideSlot';
import { SideBox } from './SideBox';
import { SubmitBar } from './SubmitBar';
import { suggestDetails } from './suggest-details';
import { UserMeetingActions } from './UserMeetingActions';
import { keptText, useCompareAndSave } from './use-compare-and-save';
import { useMeetingDetails } from './use-meeting-details';
import { joinDetails, usePairing } from './use-pairing';
import { type SideEditor, useSideInput } from './use-side-input';

const OTHER: Record<Side, Side> = { cn: 'us', us: 'cn' };
const SIDES_KEPT: readonly Side[] = ['cn', 'us'];

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Fills the boxes and the form once from a stored meeting (edit) or a corpus meeting (its present sides). */
function usePrefill(
  source: Meeting | null,
  mode: PageMode,
  cn: SideEditor,
  us: SideEditor,
  reset: (m: Meeting) => void,
) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!source || done.current === source.id) return;
    done.current = source.id;
    for (const editor of [cn, us]) {
      const text = sideTextOf(source, editor.side);
      if (!text) continue;
      editor.load({ text: text.text, fileName: text.file ?? null, langOverride: text.lang });
    }
    if (mode.kind !== 'new') reset(source);
  }, [source, mode.kind, cn, us, reset]);
}

/**
 * `#/new`: the reader's own pair of readouts. Two boxes (Chinese side, US side) take paste, drop or a file;
 * the optional details are guessed from the texts; "Compare" saves the meeting in this browser and opens it.
 * `#/new?edit=<id>` edits one of the reader's meetings; `#/new?from=<id>` starts from a corpus meeting.
 */
export function NewComparisonPage() {
  const { t } = useTranslation('byo');
  const { t: tc } = useTranslation();
  const lang = useUiLang();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const mode = useMemo(() => pageModeOf(hash), [hash]);
  const user = useUserMeetings();
  const { meetings: corpus } = useAppData();
  const source =
    mode.kind === 'edit'
      ? (user.meetings.find((m) => m.id === mode.id) ?? null)
      : mode.kind === 'from'
        ? (corpus.find((m) => m.id === mode.id) ?? null)
        : null;
  const editing = mode.kind === 'edit' ? source : null;

  const cn = useSideInput('cn');
  const us = useSideInput('us');
  const suggestions = useMemo(() => suggestDetails(cn.result?.meta, us.result?.meta), [cn.result, us.result]);
  const known = useMemo(() => [...user.meetings, ...corpus], [user.meetings, corpus]);
  const pairing = usePairing(mode.kind === 'new', suggestions, known);
  const cnHasText = cn.text.trim() !== '';
  const usHasText = us.text.trim() !== '';
  const offered = useMemo(() => {
    if (!pairing.target) return suggestions;
    const sides: Side[] = [...(cnHasText ? ['cn' as const] : []), ...(usHasText ? ['us' as const] : [])];
    return joinDetails(pairing.target, suggestions, sides);
  }, [pairing.target, suggestions, cnHasText, usHasText]);
  const details = useMeetingDetails(offered.values, offered.origin);
  const [detailsOpen, setDetailsOpen] = useState(false);
  // A saved page's findings are shown at once, as guesses to check.
  const fromPage = cn.result?.meta.found?.from === 'page' || us.result?.meta.found?.from === 'page';
  const resetFrom = useMemo(
    () => (m: Meeting) => {
      details.reset(detailsOfMeeting(m));
      setDetailsOpen(true);
    },
    [details.reset],
  );
  usePrefill(source, mode, cn, us, resetFrom);
  // Starting from a corpus meeting joins it too: its texts are kept as they are, the reader's is added.
  const join = mode.kind === 'from' ? source : pairing.target;
  const action = useCompareAndSave(cn, us, details.values, editing, join);
  const keptSides = useMemo(
    () => SIDES_KEPT.filter((s) => keptText(s === 'cn' ? cn : us, join, editing)),
    [join, editing, cn, us],
  );

  const title = mode.kind === 'edit' ? t('editTitle') : t('title');
  useDocumentTitle(title);

  const openCn = cn.openFile;
  const openUs = us.openFile;
  const onFiles = useCallback(
    (side: Side, files: File[]) => {
      const [first, second] = files;
      const open = { cn: openCn, us: openUs };
      if (first) void open[side](first);
      // Two files dropped on one box: the second goes to the other side.
      if (second) void open[OTHER[side]](second);
    },
    [openCn, openUs],
  );

  const swap = () => {
    const a = { text: cn.text, fileName: cn.fileName, langOverride: cn.langOverride };
    cn.load({ text: us.text, fileName: us.fileName, langOverride: us.langOverride });
    us.load(a);
  };

  if (mode.kind === 'edit' && !source) {
    return (
      <section className="byo-page" aria-labelledby="byo-title">
        <h1 id="byo-title">{title}</h1>
        {user.loading ? (
          <StatusMessage tone="progress">{tc('status.loading')}</StatusMessage>
        ) : (
          <StatusMessage tone="error" code="byo:notFoundEdit" values={{ id: mode.id }} />
        )}
        <SetAsideSlot />
      </section>
    );
  }

  return (
    <section className="byo-page" aria-labelledby="byo-title">
      <h1 id="byo-title">{title}</h1>
      <p className="byo-intro">{t('intro')}</p>
      <SetAsideSlot />
      {editing ? <UserMeetingActions meeting={editing} showEdit={false} /> : null}
      {mode.kind === 'from' && source ? (
        <p className="byo-note">{t('fromCorpus', { title: pick(source.title, lang) })}</p>
      ) : null}
      <p className="byo-hint">{t('limit', { limit: MAX_CHARS })}</p>
      <form
        className="byo-form"
        onSubmit={(event) => {
          event.preventDefault();
          void action.submit();
        }}
      >
        <div className="byo-sides">
          <SideBox input={cn} onFiles={onFiles} />
          <SideBox input={us} onFiles={onFiles} />
        </div>
        <p className="byo-swap">
          <button
            type="button"
            className="button button-quiet"
            onClick={swap}
            disabled={!cn.text && !us.text}
          >
            ⇄ {t('swap')}
          </button>
        </p>
        {pairing.match ? (
          <PairingChoice pairing={pairing} match={pairing.match} hasText={{ cn: cnHasText, us: usHasText }} />
        ) : null}
        <MeetingDetailsForm
          details={details}
          open={detailsOpen || fromPage}
          requestedBy={suggestions.requestedBy}
          keptSides={keptSides}
          joined={join !== null}
        />
        <SubmitBar state={action.state} editing={editing !== null} onCancel={action.cancel} />
      </form>
    </section>
  );
}
