/**
 * Telling the app's other open tabs that a store changed (BroadcastChannel), so they read it again from
 * IndexedDB, which stays the only source of truth. Each store has its own channel name and message shape;
 * a message that does not have that shape (another version of the app, a stray post) is ignored. Without
 * BroadcastChannel the tab still works, alone.
 */

export interface ChangeChannel<M> {
  post: (message: M) => void;
  close: () => void;
}

/** Listens on `name` for messages `accept` recognises; this channel never hears its own posts. */
export function openChangeChannel<M>(
  name: string,
  accept: (data: unknown) => data is M,
  onMessage: (message: M) => void,
): ChangeChannel<M> {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => {
    if (accept(event.data)) onMessage(event.data);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
