import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  corpusMeetingIds,
  fallbackFiles,
  hashRouteOf,
  REDIRECT_SCRIPT,
  redirectMiddleware,
  spaFallback,
} from '../../scripts/vite-plugin-spa-fallback';

/** Runs the redirect script as a browser would at `pathname?search`; returns where it sends the reader. */
function redirectFrom(pathname: string, search = ''): string | null {
  let target: string | null = null;
  const window = {
    location: { pathname, search, replace: (url: string) => (target = url) },
  } as Record<string, unknown>;
  runInNewContext(REDIRECT_SCRIPT, { window });
  return target;
}

describe('the redirect script', () => {
  it('sends a route path to its hash route, from the root or a folder, with or without a trailing slash', () => {
    expect(redirectFrom('/meeting/2024-01-10-liu-finer')).toBe('/#/meeting/2024-01-10-liu-finer');
    expect(redirectFrom('/meeting/2024-01-10-liu-finer/')).toBe('/#/meeting/2024-01-10-liu-finer');
    expect(redirectFrom('/app/meeting/x/index.html', '?topic=taiwan')).toBe('/app/#/meeting/x?topic=taiwan');
    expect(redirectFrom('/a/b/new', '?edit=user-1')).toBe('/a/b/#/new?edit=user-1');
    expect(redirectFrom('/meeting/user-%E4%B8%AD')).toBe('/#/meeting/user-%E4%B8%AD');
  });

  it('leaves other paths alone, and acts once however many copies load', () => {
    expect(redirectFrom('/')).toBeNull();
    expect(redirectFrom('/meeting/')).toBeNull();
    expect(redirectFrom('/meeting/a/b')).toBeNull();
    let calls = 0;
    const window = { location: { pathname: '/new', search: '', replace: () => (calls += 1) } };
    runInNewContext(REDIRECT_SCRIPT, { window });
    runInNewContext(REDIRECT_SCRIPT, { window });
    expect(calls).toBe(1);
  });

  it('agrees with the servers’ redirect', () => {
    expect(hashRouteOf('/app/meeting/x?topic=y')).toEqual({ root: '/app/', hash: '#/meeting/x?topic=y' });
    expect(hashRouteOf('/assets/index.js')).toBeNull();
  });
});

describe('the files a build gets', () => {
  const files = fallbackFiles(['2024-01-10-liu-finer']);

  it('puts a page at each corpus meeting and at /new, and a 404 page, each loading the script under the CSP', () => {
    expect([...files.keys()].sort()).toEqual([
      '404.html',
      'meeting/2024-01-10-liu-finer/index.html',
      'meeting/spa-fallback.js',
      'new/index.html',
      'new/spa-fallback.js',
      'spa-fallback.js',
    ]);
    for (const [name, html] of files) {
      if (!name.endsWith('.html')) continue;
      expect(html).toContain('http-equiv="Content-Security-Policy"');
      expect(html).toMatch(/<script src="[./]*spa-fallback\.js"><\/script>/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    }
    expect(files.get('meeting/2024-01-10-liu-finer/index.html')).toContain(
      'href="../../#/meeting/2024-01-10-liu-finer"',
    );
    // The 404 page may be served at any depth: it tries the script from the nearest folders up.
    expect(files.get('404.html')?.match(/<script /g)).toHaveLength(3);
  });

  it('finds the corpus meetings in the readouts folder', () => {
    const ids = corpusMeetingIds(resolve(import.meta.dirname, '../../readouts'));
    expect(ids).toContain('2024-01-10-liu-finer');
    expect(ids.every((id) => /^\d{4}-\d{2}-\d{2}-/.test(id))).toBe(true);
    expect(corpusMeetingIds('/nonexistent')).toEqual([]);
  });

  it('is a Vite plugin for the build and both servers', () => {
    const plugin = spaFallback();
    expect(plugin.name).toBe('readout-compare-spa-fallback');
    expect(plugin.generateBundle).toBeDefined();
    expect(plugin.configurePreviewServer).toBeDefined();
    expect(plugin.configureServer).toBeDefined();
  });
});

describe('the preview and dev servers', () => {
  function request(url: string, accept = 'text/html'): { status?: number; location?: string; next: boolean } {
    const out: { status?: number; location?: string; next: boolean } = { next: false };
    const res = {
      set statusCode(code: number) {
        out.status = code;
      },
      setHeader: (name: string, value: string) => {
        if (name === 'Location') out.location = value;
      },
      end: () => undefined,
    } as unknown as ServerResponse;
    redirectMiddleware()({ method: 'GET', url, headers: { accept } } as IncomingMessage, res, () => {
      out.next = true;
    });
    return out;
  }

  it('redirect a page asked for at a route path, and pass everything else on', () => {
    expect(request('/meeting/x?topic=taiwan')).toEqual({
      status: 302,
      location: '/#/meeting/x?topic=taiwan',
      next: false,
    });
    expect(request('/new')).toMatchObject({ status: 302, location: '/#/new' });
    expect(request('/')).toEqual({ next: true });
    expect(request('/assets/app.js', '*/*')).toEqual({ next: true });
    expect(request('/meeting/x', 'application/json')).toEqual({ next: true });
  });
});
