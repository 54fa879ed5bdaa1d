/**
 * Telling the app's other open tabs that notes changed (BroadcastChannel), so they re-read them from
 * IndexedDB, which stays the only source of truth. Without BroadcastChannel the tab still works alone.
 */

export const NOTES_CHANNEL_NAME = 'readout-compare-notes';

export interface NotesChangeMessage {
  type: 'changed';
  meetingIds: string[];
  /** The sending store instance, so a store ignores its own echo. */
  from: string;
}

function isChangeMessage(value: unknown): value is NotesChangeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<NotesChangeMessage>;
  return v.type === 'changed' && Array.isArray(v.meetingIds) && typeof v.from === 'string';
}

export interface NotesChannel {
  post(meetingIds: string[]): void;
  close(): void;
}

export function openNotesChannel(
  name: string,
  from: string,
  onRemoteChange: (meetingIds: string[]) => void,
): NotesChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => {
    if (isChangeMessage(event.data) && event.data.from !== from) onRemoteChange(event.data.meetingIds);
  };
  return {
    post: (meetingIds) =>
      channel.postMessage({ type: 'changed', meetingIds, from } satisfies NotesChangeMessage),
    close: () => channel.close(),
  };
}
