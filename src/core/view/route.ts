/*
 * Hash routes of the app: `#/` (meeting list), `#/meeting/<id>` (reader; `?topic=<topic id>` opens it on a
 * topic, so a reader can share "what each side says about Taiwan in this call"), `#/new` (bring your own).
 * Hash routing keeps deep links working from any static file server and from the file system.
 */

export type Route =
  | { name: 'list' }
  | { name: 'meeting'; id: string; topic?: string }
  | { name: 'new' }
  | { name: 'not-found'; path: string };

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** A topic id as the lexicon writes them (kebab-case); anything else in a link is ignored. */
const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function topicOf(query: string): string | undefined {
  const topic = new URLSearchParams(query).get('topic');
  return topic !== null && TOPIC_ID.test(topic) ? topic : undefined;
}

/** Parses `location.hash` (with or without the leading `#`). */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path = '', query = ''] = raw.split('?');
  if (path === '' || path === '/') return { name: 'list' };
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 1 && parts[0] === 'new') return { name: 'new' };
  if (parts.length === 2 && parts[0] === 'meeting' && parts[1] !== undefined) {
    const id = safeDecode(parts[1]);
    const topic = topicOf(query);
    if (id !== null && id !== '') return topic ? { name: 'meeting', id, topic } : { name: 'meeting', id };
  }
  return { name: 'not-found', path };
}

/** The `href` of a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'meeting':
      return meetingHref(route.id, route.topic);
    case 'new':
      return '#/new';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** A meeting's link, opened on a topic when one is given. */
export function meetingHref(id: string, topic?: string | null): string {
  const base = `#/meeting/${encodeURIComponent(id)}`;
  return topic ? `${base}?topic=${encodeURIComponent(topic)}` : base;
}

/** `#/new` starting from a meeting, so the page keeps its known side and details and asks for the missing one. */
export function newFromHref(id: string): string {
  return `#/new?from=${encodeURIComponent(id)}`;
}
