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
import { AtAGlance } from './AtAGlance';
import { ComparisonView } from './ComparisonView';
import { MeetingHeader } from './MeetingHeader';
import { ReadingControls } from './ReadingControls';
import { SidePanel } from './SidePanel';
import { useComparison } from './use-comparison';
import { useReadingState } from './use-reading-state';
import { useTopicLink } from './use-topic-link';

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
  const marks = useNoteMarks(meeting);
  useDocumentTitle(pick(meeting.title, lang));

  return (
    <article className="meeting-page" aria-labelledby="meeting-title">
      <MeetingHeader meeting={meeting} />
      <UserMeetingActions meeting={meeting} />
      {comparison.status === 'ready' ? (
        <AtAGlance
          meetingId={meeting.id}
          comparison={comparison.comparison}
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
      {comparison.status === 'ready' ? (
        <ComparisonView
          meetingId={meeting.id}
          comparison={comparison.comparison}
          texts={[cnText, usText]}
          state={state}
          marks={marks}
        />
      ) : null}
      <NotesPanel
        meeting={meeting}
        comparison={comparison.status === 'ready' ? comparison.comparison : null}
      />
    </article>
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
