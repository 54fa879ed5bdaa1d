/*
 * Hash routes of the app: `#/` (meeting list), `#/meeting/<id>` (reader; `?topic=<topic id>` opens it on a
 * topic, so a reader can share "what each side says about Taiwan in this call", and `&cn=<text id>&us=<text
 * id>` names the texts the reader chose, so a reload or a shared link shows the same texts), `#/new` (bring
 * your own). Hash routing keeps deep links working from any static file server and from the file system.
 */

/** The texts a meeting link names, per side (either may be absent). */
export interface LinkTexts {
  cn?: string;
  us?: string;
}

export type Route =
  | { name: 'list' }
  | { name: 'meeting'; id: string; topic?: string; texts?: LinkTexts }
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

function topicOf(params: URLSearchParams): string | undefined {
  const topic = params.get('topic');
  return topic !== null && TOPIC_ID.test(topic) ? topic : undefined;
}

/** A readout text id as the corpus and the reader's own meetings write them; anything else is ignored. */
const TEXT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$/;

function textsOf(params: URLSearchParams): LinkTexts | undefined {
  const texts: LinkTexts = {};
  for (const side of ['cn', 'us'] as const) {
    const id = params.get(side);
    if (id !== null && TEXT_ID.test(id)) texts[side] = id;
  }
  return texts.cn !== undefined || texts.us !== undefined ? texts : undefined;
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
    const params = new URLSearchParams(query);
    const topic = topicOf(params);
    const texts = textsOf(params);
    if (id !== null && id !== '')
      return { name: 'meeting', id, ...(topic ? { topic } : {}), ...(texts ? { texts } : {}) };
  }
  return { name: 'not-found', path };
}

/** The `href` of a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'meeting':
      return meetingHref(route.id, route.topic, route.texts);
    case 'new':
      return '#/new';
    case 'not-found':
      return `#${route.path}`;
  }
}

/** A meeting's link, opened on a topic and on the reader's texts when they are given. */
export function meetingHref(id: string, topic?: string | null, texts?: LinkTexts | null): string {
  const base = `#/meeting/${encodeURIComponent(id)}`;
  const params: string[] = [];
  if (topic) params.push(`topic=${encodeURIComponent(topic)}`);
  for (const side of ['cn', 'us'] as const) {
    const text = texts?.[side];
    if (text) params.push(`${side}=${encodeURIComponent(text)}`);
  }
  return params.length > 0 ? `${base}?${params.join('&')}` : base;
}

/** `#/new` starting from a meeting, so the page keeps its known side and details and asks for the missing one. */
export function newFromHref(id: string): string {
  return `#/new?from=${encodeURIComponent(id)}`;
}

/** `#/new` editing one of the reader's own meetings. */
export function editMeetingHref(id: string): string {
  return `#/new?edit=${encodeURIComponent(id)}`;
}
