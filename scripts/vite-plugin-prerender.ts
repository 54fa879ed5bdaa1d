import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, type ResolvedConfig, type Rolldown, runnerImport, transformWithOxc } from 'vite';
import type { UiLang } from '../src/i18n';
import type { EarlyPreloads } from '../src/ui/app/early-ui-lang';
import { MEETING_PREFIX, readoutsCorpus } from './vite-plugin-readouts';

/*
 * Build only: the meeting list (`#/`) rendered with React's static rendering into index.html, once per UI
 * language, so the first paint shows the list before any JavaScript has run; main.tsx hydrates it.
 *
 * - The app is rendered in Node through Vite's module runner (src/ui/app/prerender.tsx), with the same corpus
 *   plugin as the bundle, so the markup is made from the very data the page hydrates with.
 * - `#root` gets one child per language (`data-prerender="zh"`, `"en"`); the stylesheet shows only the one that
 *   <html data-ui-lang> names. That attribute comes from the page's first script, a classic `<script src>` in
 *   <head> built from src/ui/app/early-ui-lang.ts (the content security policy allows no inline script): it
 *   runs before the body is parsed, so a reader never sees the other language first. It also marks a deep link
 *   (`data-route="other"`), whose page the app renders itself, and on a meeting's deep link asks at once for the
 *   meeting page's chunks (listed here from the bundle: the reader, its strings and that meeting's own chunk),
 *   which the app would otherwise request only once its own script had run.
 */

const ROOT_ELEMENT = /<div id="root"><\/div>/;
/**
 * The early script goes last in <head>: it still runs before the body is parsed, and the stylesheet and the
 * app's script, which the first paint and the app need first, are asked for before the files it preloads.
 */
const HEAD_END = /\s*<\/head>/i;
const EARLY_SOURCE = 'src/ui/app/early-ui-lang.ts';
const PRERENDER_ENTRY = 'src/ui/app/prerender.tsx';

/** src/ui/app/prerender.tsx, as the module runner loads it (with the app's own i18n module). */
interface PrerenderModule {
  prerenderList(lang: UiLang): string;
  UI_LANGS: readonly UiLang[];
  LANG_STORAGE_KEY: string;
}

export interface PrerenderOptions {
  /** The corpus folder, as given to the readouts plugin (READOUTS_DIR). */
  dir?: string;
}

const NO_PRELOADS: EarlyPreloads = { meeting: [], locales: {}, meetings: {} };

/** The early script: early-ui-lang.ts without its types and exports, run at once on the page's document. */
export async function earlyScript(
  root: string,
  storageKey: string,
  preloads: EarlyPreloads = NO_PRELOADS,
): Promise<string> {
  const file = path.join(root, EARLY_SOURCE);
  const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
  if (/^\s*import\b/m.test(code)) throw new Error(`${EARLY_SOURCE} must not import anything`);
  const body = code.replace(/^export\s+/gm, '');
  const run = [
    `var lang = earlyUiLang(document, ${JSON.stringify(storageKey)});`,
    `earlyPreload(document, lang, ${JSON.stringify(preloads)});`,
  ].join('\n');
  return `(function () {\n${body}\n${run}\n})();\n`;
}

/**
 * What a meeting page loads on demand, found in the bundle by the modules its dynamic imports name: the reader
 * (a corpus meeting's page needs neither the engine nor the lexicon's patterns: the build compared its texts).
 */
const MEETING_MODULES = ['src/ui/reader/MeetingPage.tsx'];
/** The module src/main.tsx imports right after its own (see there), preloaded with the entry. */
const SHELL_MODULE = 'src/ui/app/AppRoot.tsx';
const LOCALE_NAMESPACES = ['reader', 'notes', 'byo'];
const MEETING_MODULE = `\0${MEETING_PREFIX}`;

/** The files a meeting page needs beyond what the entry chunk already loads (all relative to `base`). */
export function meetingPreloads(
  bundle: Rolldown.OutputBundle,
  base: string,
  langs: readonly string[],
): EarlyPreloads {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  // The chunk a module is the entry of, else the chunk the bundler put it in.
  const byModule = (suffix: string) =>
    chunks.find((c) => c.facadeModuleId?.endsWith(suffix)) ??
    chunks.find((c) => c.moduleIds.some((id) => id.endsWith(suffix)));
  // A chunk, the chunks it imports statically, and their stylesheets.
  const closure = (chunk: Rolldown.OutputChunk | undefined, into = new Set<string>()): Set<string> => {
    if (!chunk || into.has(chunk.fileName)) return into;
    into.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) into.add(css);
    for (const file of chunk.imports)
      closure(
        chunks.find((c) => c.fileName === file),
        into,
      );
    return into;
  };
  // What index.html loads already: the entry's files and the shell it preloads.
  const loaded = closure(chunks.find((c) => c.isEntry));
  closure(byModule(SHELL_MODULE), loaded);
  const extra = (files: Set<string>) => [...files].filter((f) => !loaded.has(f)).map((f) => `${base}${f}`);
  const meeting = new Set<string>();
  for (const module of MEETING_MODULES) {
    const chunk = byModule(module);
    if (!chunk) throw new Error(`prerender: no chunk for ${module} (a meeting page's preloads)`);
    closure(chunk, meeting);
  }
  const locales: Record<string, string[]> = {};
  for (const lang of langs) {
    const files = new Set<string>();
    for (const ns of LOCALE_NAMESPACES) closure(byModule(`src/locales/${lang}/${ns}.json`), files);
    locales[lang] = extra(files);
  }
  const meetings: Record<string, string> = {};
  for (const chunk of chunks) {
    const id = chunk.facadeModuleId?.startsWith(MEETING_MODULE)
      ? chunk.facadeModuleId.slice(MEETING_MODULE.length)
      : null;
    if (id) meetings[id] = `${base}${chunk.fileName}`;
  }
  return { meeting: extra(meeting), locales, meetings };
}

/** The files of the app's shell that the entry chunk does not already load (relative to `base`). */
export function shellPreloads(bundle: Rolldown.OutputBundle, base: string): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  const byFile = (file: string) => chunks.find((c) => c.fileName === file);
  const closure = (chunk: Rolldown.OutputChunk | undefined, into = new Set<string>()): Set<string> => {
    if (!chunk || into.has(chunk.fileName)) return into;
    into.add(chunk.fileName);
    for (const file of chunk.imports) closure(byFile(file), into);
    return into;
  };
  const loaded = closure(chunks.find((c) => c.isEntry));
  // The chunk the entry's import() names (a facade, when the module's code sits in a group's chunk), else the
  // chunk holding the module.
  const shell =
    chunks.find((c) => c.facadeModuleId?.endsWith(SHELL_MODULE)) ??
    chunks.find((c) => c.moduleIds.some((id) => id.endsWith(SHELL_MODULE)));
  if (!shell) throw new Error(`prerender: no chunk holds ${SHELL_MODULE}`);
  return [...closure(shell)].filter((f) => !loaded.has(f)).map((f) => `${base}${f}`);
}

/** `html` with the prerendered lists in #root and the early script in <head> (at `scriptSrc`). */
export function withPrerenderedList(
  html: string,
  lists: Readonly<Partial<Record<UiLang, string>>>,
  scriptSrc: string,
  modulePreloads: readonly string[] = [],
): string {
  if (!ROOT_ELEMENT.test(html))
    throw new Error('index.html has no empty <div id="root"></div> to prerender into');
  if (!HEAD_END.test(html)) throw new Error('index.html has no </head> for the early script');
  const children = Object.entries(lists)
    .map(([lang, markup]) => `<div data-prerender="${lang}">${markup}</div>`)
    .join('');
  const preloads = modulePreloads.map(
    (href) => `\n    <link rel="modulepreload" crossorigin href="${href}">`,
  );
  return html
    .replace(HEAD_END, (end) => `${preloads.join('')}\n    <script src="${scriptSrc}"></script>${end}`)
    .replace(ROOT_ELEMENT, () => `<div id="root">${children}</div>`);
}

/** The app's server-side entry, loaded through Vite with the same corpus plugin as the bundle. */
async function loadPrerender(config: ResolvedConfig, options: PrerenderOptions): Promise<PrerenderModule> {
  const { module } = await runnerImport<PrerenderModule>(path.join(config.root, PRERENDER_ENTRY), {
    root: config.root,
    logLevel: 'error',
    plugins: [readoutsCorpus({ dir: options.dir })],
  });
  return module;
}

export function prerenderList(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig;
  let app: PrerenderModule | null = null;
  let scriptFile: string | null = null;
  return {
    name: 'readout-compare-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      app = await loadPrerender(config, options);
    },
    generateBundle: {
      // Before Vite writes index.html (its own generateBundle), which then names this file.
      order: 'pre',
      async handler(_output, bundle) {
        if (!app) throw new Error('prerender: buildStart did not run');
        const preloads = meetingPreloads(bundle, config.base, app.UI_LANGS);
        const source = await earlyScript(config.root, app.LANG_STORAGE_KEY, preloads);
        const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
        scriptFile = path.posix.join(config.build.assetsDir, `ui-lang-${hash}.js`);
        this.emitFile({ type: 'asset', fileName: scriptFile, source });
      },
    },
    transformIndexHtml: {
      // After Vite has added the bundle's tags; the CSP plugin then checks the page (no inline script here).
      order: 'post',
      handler(html, context) {
        const prerender = app;
        if (!prerender || !scriptFile) throw new Error('prerender: the early script was not built');
        const lists = Object.fromEntries(
          prerender.UI_LANGS.map((lang) => [lang, prerender.prerenderList(lang)]),
        );
        if (!context.bundle) throw new Error('prerender: index.html was transformed without the bundle');
        return withPrerenderedList(
          html,
          lists,
          `${config.base}${scriptFile}`,
          shellPreloads(context.bundle, config.base),
        );
      },
    },
  };
}
