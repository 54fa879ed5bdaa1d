import { type ComponentType, type ReactNode, useMemo } from 'react';
import type { UserMeetings } from '../../browser/user-meetings';
import { type AppSource, AppSourceProvider, useSource } from './app-data';
import { isCorpusMeeting } from './corpus';
import { PageUserMeetings } from './use-all-meetings';
import { useUserMeetings } from './use-user-meetings';

interface PageProps {
  id: string;
}

/** What a corpus meeting's page knows of the reader's own meetings: nothing it needs (it shows the corpus's). */
const NOT_NEEDED: UserMeetings = { meetings: [], loading: false, error: null };

function CorpusMeetingData({ source, children }: { source: AppSource; children: ReactNode }) {
  return (
    <AppSourceProvider value={source}>
      <PageUserMeetings.Provider value={NOT_NEEDED}>{children}</PageUserMeetings.Provider>
    </AppSourceProvider>
  );
}

function OwnMeetingData({ source, children }: { source: AppSource; children: ReactNode }) {
  const user = useUserMeetings();
  return (
    <AppSourceProvider value={source}>
      <PageUserMeetings.Provider value={user}>{children}</PageUserMeetings.Provider>
    </AppSourceProvider>
  );
}

/**
 * A meeting page over its meeting's data: `useAppData` below it gives that meeting (and the lexicon) without
 * loading any other meeting's texts. A corpus meeting's page does not follow the reader's own meetings, so the
 * store loading from IndexedDB after the page opened does not render it again (in one synchronous task).
 */
export function withMeetingData<P extends PageProps>(Page: ComponentType<P>): ComponentType<P> {
  function WithMeetingData(props: P) {
    const source = useSource();
    const scoped = useMemo(() => source.forMeeting?.(props.id) ?? source, [source, props.id]);
    const Data = source.forMeeting && isCorpusMeeting(props.id) ? CorpusMeetingData : OwnMeetingData;
    return (
      <Data source={scoped}>
        <Page {...props} />
      </Data>
    );
  }
  return WithMeetingData;
}
