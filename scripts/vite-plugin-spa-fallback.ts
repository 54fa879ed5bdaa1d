import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Connect, Plugin } from 'vite';
import { withContentSecurityPolicy } from './vite-plugin-csp';

/*
 * A link that lost its `#` (…/meeting/2024-01-10-liu-finer instead of …/#/meeting/…) opens the app instead of
 * a blank page. The app's routes live in the hash and its assets are relative (base './'), so index.html
 * served at such a path finds none of its scripts. Three things send the reader on to the hash route:
 *
 * - the build writes a small page at each route a static server can serve as a file: `meeting/<id>/index.html`
 *   for every corpus meeting and `new/index.html`, plus `404.html` for hosts that serve it for any missing path
 *   (GitHub Pages, Netlify, Cloudflare Pages…). Each loads `spa-fallback.js`, a plain file (the content
 *   security policy allows no inline script), which finds the app's folder in its own address and replaces
 *   the location with `<folder>#/meeting/<id>`. Copies of the script sit where those pages' relative `src`
 *   lands with and without a trailing slash, so it works from any folder;
 * - `vite preview` and the dev server redirect such paths at once.
 *
 * A reader's own meetings exist only in their browser: on a plain static server that serves no 404.html, a
 * `#`-less link to one still gets the server's "not found".
 */

/** Meeting folders as the corpus names them (their ids). */
const MEETING_DIR = /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An app route written as a path: `/meeting/<id>` or `/new`, at the end of the address (a trailing slash too). */
const ROUTE_PATH = /^(.*?\/)(meeting\/[^/]+|new)\/?(?:index\.html)?$/;

/**
 * The redirect, as the browser runs it. Guarded so that only the first copy that loads acts (the 404 page
 * tries several depths).
 */
export const REDIRECT_SCRIPT = `// Readout Compare: a link without "#" goes on to the app's hash route.
(function () {
  if (window.readoutCompareRedirect) return;
  window.readoutCompareRedirect = true;
  var match = ${ROUTE_PATH.toString()}.exec(window.location.pathname);
  if (!match) return;
  window.location.replace(match[1] + '#/' + match[2] + window.location.search);
})();
`;

/** The hash route a request path stands for (`/meeting/x?topic=y` → `#/meeting/x?topic=y`), or null. */
export function hashRouteOf(url: string): { root: string; hash: string } | null {
  const [path = '', query = ''] = url.split('?');
  const match = ROUTE_PATH.exec(path);
  if (!match?.[1] || !match[2]) return null;
  return { root: match[1], hash: `#/${match[2]}${query ? `?${query}` : ''}` };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A page that loads the redirect from `scripts` (relative paths) and links on for a browser without script. */
export function fallbackPage(scripts: readonly string[], appHref: string): string {
  const tags = scripts.map((src) => `    <script src="${escapeHtml(src)}"></script>`).join('\n');
  return withContentSecurityPolicy(`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
    <title>纪要对读 · Readout Compare</title>
${tags}
  </head>
  <body>
    <p><a href="${escapeHtml(appHref)}">纪要对读 · Readout Compare</a></p>
  </body>
</html>
`);
}

/** Every file the build adds, by path in the output folder. */
export function fallbackFiles(meetingIds: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set('spa-fallback.js', REDIRECT_SCRIPT);
  files.set('meeting/spa-fallback.js', REDIRECT_SCRIPT);
  files.set('new/spa-fallback.js', REDIRECT_SCRIPT);
  for (const id of meetingIds) {
    files.set(
      `meeting/${id}/index.html`,
      fallbackPage(['../spa-fallback.js'], `../../#/meeting/${encodeURIComponent(id)}`),
    );
  }
  files.set('new/index.html', fallbackPage(['spa-fallback.js'], '../#/new'));
  // Served for any missing path, at any depth: one of these finds the script.
  files.set(
    '404.html',
    fallbackPage(['spa-fallback.js', '../spa-fallback.js', '../../spa-fallback.js'], './'),
  );
  return files;
}

/** The corpus meetings' ids: the folders of the readouts directory. */
export function corpusMeetingIds(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (d) => d.isDirectory() && MEETING_DIR.test(d.name) && existsSync(join(dir, d.name, 'meeting.yaml')),
    )
    .map((d) => d.name)
    .sort();
}

/** Dev and preview servers: a route path (asked for as a page) is redirected to its hash route. */
export function redirectMiddleware(): Connect.NextHandleFunction {
  return (req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    const accept = req.headers.accept ?? '';
    const route = req.method === 'GET' || req.method === 'HEAD' ? hashRouteOf(req.url ?? '/') : null;
    if (!route || !(accept === '' || accept.includes('text/html') || accept.includes('*/*'))) {
      next();
      return;
    }
    res.statusCode = 302;
    res.setHeader('Location', `${route.root}${route.hash}`);
    res.end();
  };
}

export interface SpaFallbackOptions {
  /** The readouts directory (as for the corpus plugin; default ./readouts). */
  dir?: string;
}

export function spaFallback(options: SpaFallbackOptions = {}): Plugin {
  let root = process.cwd();
  return {
    name: 'readout-compare-spa-fallback',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(redirectMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(redirectMiddleware());
    },
    generateBundle() {
      const ids = corpusMeetingIds(resolve(root, options.dir ?? 'readouts'));
      for (const [fileName, source] of fallbackFiles(ids)) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
