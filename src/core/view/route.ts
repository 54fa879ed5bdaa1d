/*
 * Hash routes of the app: `#/` (meeting list), `#/meeting/<id>` (reader), `#/new` (bring your own).
 * Hash routing keeps deep links working from any static file server and from the file system.
 */

export type Route =
  | { name: 'list' }
  | { name: 'meeting'; id: string }
  | { name: 'new' }
  | { name: 'not-found'; path: string };

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Parses `location.hash` (with or without the leading `#`). */
export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const path = raw.split('?')[0] ?? '';
  if (path === '' || path === '/') return { name: 'list' };
  const parts = path.split('/').filter((p) => p !== '');
  if (parts.length === 1 && parts[0] === 'new') return { name: 'new' };
  if (parts.length === 2 && parts[0] === 'meeting' && parts[1] !== undefined) {
    const id = safeDecode(parts[1]);
    if (id !== null && id !== '') return { name: 'meeting', id };
  }
  return { name: 'not-found', path };
}

/** The `href` of a route. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'meeting':
      return `#/meeting/${encodeURIComponent(route.id)}`;
    case 'new':
      return '#/new';
    case 'not-found':
      return `#${route.path}`;
  }
}

export function meetingHref(id: string): string {
  return routeHref({ name: 'meeting', id });
}

/** `#/new` starting from a meeting, so the page keeps its known side and details and asks for the missing one. */
export function newFromHref(id: string): string {
  return `#/new?from=${encodeURIComponent(id)}`;
}
