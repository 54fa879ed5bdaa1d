/*
 * The page's first script: a classic script in <head> (served as a file: the content security policy allows no
 * inline script), run before the body is parsed. index.html holds the meeting list prerendered in both UI
 * languages; this names on <html> the language the app will start in, so the stylesheet shows that one from
 * the first paint (a Chinese reader never sees English first), and says when the address is not the list (a
 * deep link), whose page the app renders itself; on a meeting's deep link it also starts loading that page's
 * files. The build turns this file into that script (see
 * scripts/vite-plugin-prerender.ts): it must stay self-contained, without imports.
 * Its choice must equal src/i18n.ts's `detectUiLang` (a test compares them); `main.tsx` hydrates the list of
 * the language i18next starts in.
 */

/** What the early script sets on <html>. */
export const EARLY_LANG_ATTRIBUTE = 'data-ui-lang';
export const EARLY_ROUTE_ATTRIBUTE = 'data-route';

export function earlyUiLang(doc: Document, storageKey: string): 'zh' | 'en' {
  const win = doc.defaultView;
  const supported = (tag: string | null | undefined): 'zh' | 'en' | null => {
    const lower = (tag ?? '').toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
    return null;
  };
  let lang: 'zh' | 'en' | null = null;
  try {
    lang = supported(win?.localStorage.getItem(storageKey));
  } catch {
    // Storage disabled: the browser's languages decide.
  }
  if (!lang) {
    const nav = win?.navigator;
    const tags = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
    for (const tag of tags) {
      lang = supported(tag);
      if (lang) break;
    }
  }
  const chosen = lang ?? 'en';
  const root = doc.documentElement;
  root.setAttribute(EARLY_LANG_ATTRIBUTE, chosen);
  root.lang = chosen === 'zh' ? 'zh-CN' : 'en';
  // `#/`, `#` or no hash is the list (see core/view/route.ts); anything else renders on the client.
  const path = (win?.location.hash ?? '').replace(/^#/, '').split('?')[0];
  root.setAttribute(EARLY_ROUTE_ATTRIBUTE, path === '' || path === '/' ? 'list' : 'other');
  return chosen;
}

/** The files a meeting page needs beyond the first page's, as the build names them (see the prerender plugin). */
export interface EarlyPreloads {
  /** The reader's chunks with their stylesheets (neither the engine nor any corpus text). */
  meeting: string[];
  /** The reader's locale chunks, by UI language. */
  locales: Record<string, string[]>;
  /** Each corpus meeting's own chunk (its texts and the build's comparisons), by meeting id. */
  meetings: Record<string, string>;
}

/**
 * On a meeting's deep link, asks the browser for the meeting page's files alongside the app's own script,
 * instead of after it has run (the app then finds them loaded or on their way): right after the first paint,
 * so on a slow network they do not hold up the stylesheet and the page's first paint.
 */
export function earlyPreload(doc: Document, lang: string, preloads: EarlyPreloads): void {
  const path = (doc.defaultView?.location.hash ?? '').replace(/^#/, '').split('?')[0] ?? '';
  const match = /^\/meeting\/([^/]+)$/.exec(path);
  if (!match) return;
  let id = '';
  try {
    id = decodeURIComponent(match[1] ?? '');
  } catch {
    // A malformed id: the page says "not found"; the reader's files are still worth having.
  }
  const own = Object.hasOwn(preloads.meetings, id) ? [preloads.meetings[id] ?? ''] : [];
  const add = () => {
    // One insertion into <head> for all of them: each insertion has the browser look at the page's styles again.
    const links = doc.createDocumentFragment();
    for (const href of [...own, ...preloads.meeting, ...(preloads.locales[lang] ?? [])]) {
      if (!href) continue;
      const link = doc.createElement('link');
      const css = href.endsWith('.css');
      link.rel = css ? 'preload' : 'modulepreload';
      if (css) link.as = 'style';
      link.crossOrigin = '';
      link.href = href;
      links.appendChild(link);
    }
    doc.head.appendChild(links);
  };
  // The first frame's callback runs before that frame is painted; a task queued from it, after.
  const win = doc.defaultView;
  if (win && typeof win.requestAnimationFrame === 'function')
    win.requestAnimationFrame(() => win.setTimeout(add, 0));
  else add();
}
