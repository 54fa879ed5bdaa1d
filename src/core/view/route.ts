/*
 * Hash routes of the app: `#/` (meeting list), `#/meeting/<id>` (reader; `?topic=<topic id>` opens it on a
 * topic, so a reader can share "what each side says about Taiwan in this call", and `&cn=<text id>&us=<text
 * id>` names the texts the reader chose, so a reload or a shared link shows the same texts; `&s=cn:3` opens it
 * on one sentence of a side, scrolled to and marked: the across-meetings ledger's cells link there), `#/new`
 * (bring your own), `#/ledger` (the ledger across meetings). Hash routing keeps deep links working from any static file server and from the file system.
 */

/** The texts a meeting link names, per side (either may be absent). */
export interface LinkTexts {
  cn?: string;
  us?: string;
}

/** One sentence of a meeting's text on one side: its index among that text's sentences. */
export interface SentenceTarget {
  side: 'cn' | 'us';
  index: number;
}

export type Route =
  | { name: 'list' }
  | { name: 'meeting'; id: string; topic?: string; texts?: LinkTexts; sentence?: SentenceTarget }
  | { name: 'new' }
  | { name: 'ledger' }
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

/** `cn:3` / `us:0`; anything else in a link is ignored. */
const SENTENCE = /^(cn|us):(\d{1,6})$/;

function sentenceOf(params: URLSearchParams): SentenceTarget | undefined {
  const m = SENTENCE.exec(params.get('s') ?? '');
  return m ? { side: m[1] as 'cn' | 'us', index: Number(m[2]) } : undefined;
}

/** Parses `location.hash` (with or without the leading `#`). */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [path = '', query = ''] = raw.split('?');
  if (path === '' || path === '/') return { name: 'list' };
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 1 && parts[0] === 'new') return { name: 'new' };
  if (parts.length === 1 && parts[0] === 'ledger') return { name: 'ledger' };
  if (parts.length === 2 && parts[0] === 'meeting' && parts[1] !== undefined) {
    const id = safeDecode(parts[1]);
    const params = new URLSearchParams(query);
    const topic = topicOf(params);
    const texts = textsOf(params);
    const sentence = sentenceOf(params);
    if (id !== null && id !== '')
      return {
        name: 'meeting',
        id,
        ...(topic ? { topic } : {}),
        ...(texts ? { texts } : {}),
        ...(sentence ? { sentence } : {}),
      };
  }
  return { name: 'not-found', path };
}

/** The `href` of a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'meeting':
      return meetingHref(route.id, route.topic, route.texts, route.sentence);
    case 'new':
      return '#/new';
    case 'ledger':
      return LEDGER_HREF;
    case 'not-found':
      return `#${route.path}`;
  }
}

/** The ledger across meetings. */
export const LEDGER_HREF = '#/ledger';

/** A meeting's link, opened on a topic, on the reader's texts and on one sentence when they are given. */
export function meetingHref(
  id: string,
  topic?: string | null,
  texts?: LinkTexts | null,
  sentence?: SentenceTarget | null,
): string {
  const base = `#/meeting/${encodeURIComponent(id)}`;
  const params: string[] = [];
  if (topic) params.push(`topic=${encodeURIComponent(topic)}`);
  for (const side of ['cn', 'us'] as const) {
    const text = texts?.[side];
    if (text) params.push(`${side}=${encodeURIComponent(text)}`);
  }
  if (sentence) params.push(`s=${sentence.side}:${sentence.index}`);
  return params.length > 0 ? `${base}?${params.join('&')}` : base;
}

/**
 * A meeting link that opens on a topic (`topic=`) or a sentence (`s=`): its page scrolls there itself, so a
 * navigation to it keeps away from the top of the page and from a remembered position.
 */
export function opensOnTarget(route: Route): boolean {
  return route.name === 'meeting' && (route.topic !== undefined || route.sentence !== undefined);
}

/** `#/new` starting from a meeting, so the page keeps its known side and details and asks for the missing one. */
export function newFromHref(id: string): string {
  return `#/new?from=${encodeURIComponent(id)}`;
}

/** `#/new` editing one of the reader's own meetings. */
export function editMeetingHref(id: string): string {
  return `#/new?edit=${encodeURIComponent(id)}`;
}
