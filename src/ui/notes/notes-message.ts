import type { NotesErrorCode } from '../../core/notes/notes-errors';

/** The panel's one message line: a status (translated from `notes:status.<key>`) or an error code. */
export type NotesMessage =
  | {
      kind: 'status';
      key: 'saving' | 'saved' | 'deleted' | 'restored' | 'correctionRemoved' | 'noLabelled';
    }
  | { kind: 'status'; key: 'labelled'; count: number }
  | { kind: 'error'; code: NotesErrorCode | 'conflict-delete' | 'deleted-while-editing' };
