import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, Side } from '../../core/model';
import { pick } from '../../core/view/format';
import { compareInputOf, findText } from '../../core/view/text-choice';
import { useAppData } from '../app/app-data';
import { Deferred } from '../app/Deferred';
import { NotFound } from '../app/NotFound';
import { TooLargeText } from '../app/TooLargeText';
import { useAllMeetings } from '../app/use-all-meetings';
import { useDocumentTitle } from '../app/use-document-title';
import { useNarrow } from '../app/use-narrow';
import { useReaderComparison } from '../app/use-reader-comparison';
import { useUiLang } from '../app/use-ui-lang';
import { UserMeetingActions } from '../byo/UserMeetingActions';
import { LedgerPanelsSlot } from '../ledger/LedgerPanelsSlot';
import { LedgerScope } from '../ledger/ledger-context';
import { useNoteMarks } from '../notes/notes-integration';
import { useTopicCorrections } from '../notes/use-topic-corrections';
import { useHashRoute } from '../router/use-hash-route';
import { AtAGlance } from './AtAGlance';
import { ComparisonView } from './ComparisonView';
import { MeetingHeader } from './MeetingHeader';
import { TextsAndSources, type VersionsRequest } from './TextsAndSources';
import { textLabel } from './text-label';
import { useMeetingLink } from './use-meeting-link';
import { useReadingState } from './use-reading-state';
import { VerdictProvider } from './verdict-context';

// The notes panel (the note form and adder, imports and exports) loads once the texts are on screen: a page's
// first paint does not wait for its code.
const NotesPanel = lazy(() => import('../notes/NotesPanel').then((m) => ({ default: m.NotesPanelView })));

function MeetingReader({ meeting, topic }: { meeting: Meeting; topic: string | undefined }) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const { lexicon } = useAppData();
  // The texts a link names (the reader's choice, kept in the address so a reload shows the same texts).
  const route = useHashRoute();
  const linkTexts = route.name === 'meeting' && route.id === meeting.id ? route.texts : undefined;
  const state = useReadingState(meeting, lang, topic, linkTexts);
  useMeetingLink(meeting.id, { topic, texts: linkTexts }, state);
  const narrow = useNarrow();
  const [versions, setVersions] = useState<VersionsRequest | null>(null);
  const showVersions = useCallback(
    (side: Side) => setVersions((current) => ({ side, seq: (current?.seq ?? 0) + 1 })),
    [],
  );
  const cnText = findText(meeting, state.choice.cn);
  const usText = findText(meeting, state.choice.us);
  const a = useMemo(() => compareInputOf(cnText, 'cn'), [cnText]);
  const b = useMemo(() => compareInputOf(usText, 'us'), [usText]);
  const readoutIds = useMemo(
    () => [cnText?.id ?? null, usText?.id ?? null] as const,
    [cnText?.id, usText?.id],
  );
  // A corpus meeting's comparison comes from the build, never from the engine on this thread.
  const comparison = useReaderComparison(meeting.id, readoutIds, a, b, lexicon);
  // The whole page shows the comparison with the reader's corrections of the tagger applied.
  const { judged, setVerdict, clearVerdict } = useTopicCorrections(
    meeting,
    comparison.status === 'ready' ? comparison.comparison : null,
    readoutIds,
    lexicon,
  );
  const actions = useMemo(() => ({ setVerdict, clearVerdict }), [setVerdict, clearVerdict]);
  const marks = useNoteMarks(meeting);
  useDocumentTitle(pick(meeting.title, lang));
  const texts = useMemo(() => [cnText, usText] as const, [cnText, usText]);
  const labels = [
    cnText ? textLabel(cnText, t, lang, meeting.readouts) : null,
    usText ? textLabel(usText, t, lang, meeting.readouts) : null,
  ] as const;

  return (
    <VerdictProvider actions={actions}>
      <LedgerScope meeting={meeting} comparison={judged} texts={texts} lexicon={lexicon}>
        <article className="meeting-page" aria-labelledby="meeting-title">
          <MeetingHeader meeting={meeting} />
          <UserMeetingActions meeting={meeting} />
          {judged ? (
            <AtAGlance
              meetingId={meeting.id}
              comparison={judged}
              selected={state.topic?.id ?? null}
              onSelect={state.selectTopic}
            />
          ) : null}
          <TextsAndSources
            meeting={meeting}
            state={state}
            texts={texts}
            comparison={judged}
            narrow={narrow}
            versions={versions}
            onVersions={showVersions}
          />
          {comparison.status === 'pending' ? (
            <p className="status" role="status">
              {t('status.comparing')}
            </p>
          ) : null}
          {comparison.status === 'error' ? (
            <p className="error" role="alert">
              {comparison.tooLarge ? (
                <TooLargeText tooLarge={comparison.tooLarge} />
              ) : (
                t('errors.compare', { code: comparison.code })
              )}
            </p>
          ) : null}
          {judged ? (
            <ComparisonView
              meetingId={meeting.id}
              format={meeting.format}
              comparison={judged}
              texts={texts}
              labels={labels}
              state={state}
              marks={marks}
              narrow={narrow}
            />
          ) : null}
          {/* The texts first: the ledger and the notes panel render once the rows are on screen. */}
          <Deferred>
            <LedgerPanelsSlot meetingId={meeting.id} />
            <Suspense fallback={null}>
              <NotesPanel meeting={meeting} comparison={judged} onShowText={state.showText} />
            </Suspense>
          </Deferred>
        </article>
      </LedgerScope>
    </VerdictProvider>
  );
}

/**
 * `#/meeting/<id>[?topic=<id>]`: a corpus meeting or one of the reader's own, opened on a topic when the link
 * names one; a translated not-found for unknown ids.
 */
export function MeetingPage({ id, topic }: { id: string; topic?: string }) {
  const { t } = useTranslation();
  const { meetings, loading } = useAllMeetings();
  const meeting = meetings.find((m) => m.id === id);
  if (!meeting) {
    if (loading) {
      return (
        <p className="status" role="status">
          {t('status.loading')}
        </p>
      );
    }
    return <NotFound kind="meeting" path={id} />;
  }
  // A new meeting starts with fresh choices (texts, topic, diff).
  return <MeetingReader key={meeting.id} meeting={meeting} topic={topic} />;
}
