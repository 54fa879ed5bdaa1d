import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../core/model';
import { pick } from '../../core/view/format';
import { compareInputOf, findText } from '../../core/view/text-choice';
import { useAppData } from '../app/app-data';
import { NotFound } from '../app/NotFound';
import { useAllMeetings } from '../app/use-all-meetings';
import { useDocumentTitle } from '../app/use-document-title';
import { useUiLang } from '../app/use-ui-lang';
import { UserMeetingActions } from '../byo/UserMeetingActions';
import { NotesPanel, useNoteMarks } from '../notes/notes-integration';
import { useTopicCorrections } from '../notes/use-topic-corrections';
import { AtAGlance } from './AtAGlance';
import { ComparisonView } from './ComparisonView';
import { MeetingHeader } from './MeetingHeader';
import { ReadingControls } from './ReadingControls';
import { SidePanel } from './SidePanel';
import { useComparison } from './use-comparison';
import { useReadingState } from './use-reading-state';
import { useTopicLink } from './use-topic-link';
import { VerdictProvider } from './verdict-context';

function MeetingReader({ meeting, topic }: { meeting: Meeting; topic: string | undefined }) {
  const { t } = useTranslation(['reader', 'common']);
  const lang = useUiLang();
  const { lexicon } = useAppData();
  const state = useReadingState(meeting, topic);
  useTopicLink(meeting.id, topic, state.topic, state.selectTopic);
  const cnText = findText(meeting, state.choice.cn);
  const usText = findText(meeting, state.choice.us);
  const a = useMemo(() => compareInputOf(cnText, 'cn'), [cnText]);
  const b = useMemo(() => compareInputOf(usText, 'us'), [usText]);
  const comparison = useComparison(a, b, lexicon);
  const readoutIds = useMemo(
    () => [cnText?.id ?? null, usText?.id ?? null] as const,
    [cnText?.id, usText?.id],
  );
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

  return (
    <VerdictProvider actions={actions}>
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
        <div className="side-panels">
          <SidePanel meeting={meeting} side="cn" text={cnText} onPick={state.pickText} />
          <SidePanel meeting={meeting} side="us" text={usText} onPick={state.pickText} />
        </div>
        <ReadingControls meeting={meeting} state={state} />
        {comparison.status === 'pending' ? (
          <p className="status" role="status">
            {t('status.comparing')}
          </p>
        ) : null}
        {comparison.status === 'error' ? (
          <p className="error" role="alert">
            {t('errors.compare', { code: comparison.code })}
          </p>
        ) : null}
        {judged ? (
          <ComparisonView
            meetingId={meeting.id}
            comparison={judged}
            texts={[cnText, usText]}
            state={state}
            marks={marks}
          />
        ) : null}
        <NotesPanel meeting={meeting} comparison={judged} />
      </article>
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
