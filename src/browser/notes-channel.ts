/**
 * The notes' change announcements between tabs (./store/change-channel): which meetings' notes changed, so the
 * other tabs re-read them from IndexedDB.
 */
import { type ChangeChannel, openChangeChannel } from './store/change-channel';

export const NOTES_CHANNEL_NAME = 'readout-compare-notes';

interface NotesChangeMessage {
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
  const channel: ChangeChannel<NotesChangeMessage> = openChangeChannel(name, isChangeMessage, (message) => {
    if (message.from !== from) onRemoteChange(message.meetingIds);
  });
  return {
    post: (meetingIds) => channel.post({ type: 'changed', meetingIds, from }),
    close: channel.close,
  };
}
