import path from 'node:path';

/*
 * A chunk per module graph a page needs at once (the entry's imports, the app's shell, a meeting page, its notes
 * panel: see vite.config.ts). Left to itself the bundler puts each module that a page shares with another into a
 * small chunk of its own: fourteen files before the list could run and twelve more before a meeting page could,
 * each a request of its own on a slow network (a round trip each, six at a time over HTTP/1.1). A page loaded
 * later that shares a module with the meeting page loads the meeting page's chunk (the bundler keeps a captured
 * module's dependencies with it).
 */

/** What the bundler's `name` function is given to look at the module graph. */
interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** `from` and every module it imports statically, directly or not. */
function staticGraph(graph: Graph, from: string): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const next of graph.getModuleInfo(id)?.importedIds ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * A code-splitting group that puts `module` and every module it imports statically into a chunk named `name`,
 * except those of the `after` modules' static graphs (loaded before it, e.g. the entry's for a page). With
 * `importsOnly`, `module` itself stays in its own chunk: an entry that awaits at top level must not share a chunk
 * with modules that a chunk it awaits imports (each would wait for the other).
 */
export function staticGraphGroup(
  root: string,
  module: string,
  name: string,
  after: readonly string[] = [],
  importsOnly = false,
) {
  const id = path.resolve(root, module);
  let captured: Set<string> | null = null;
  const capture = (graph: Graph): Set<string> => {
    const own = staticGraph(graph, id);
    for (const other of after)
      for (const done of staticGraph(graph, path.resolve(root, other))) own.delete(done);
    if (importsOnly) own.delete(id);
    return own;
  };
  return {
    debugName: name,
    name: (moduleId: string, graph: Graph): string | null => {
      captured ??= capture(graph);
      return captured.has(moduleId) ? name : null;
    },
  };
}

/** One chunk per UI language for the locale files `namespaces` (a meeting page asks for all of them at once). */
export function localeGroup(namespaces: readonly string[], name: string) {
  const file = new RegExp(
    `[\\\\/]src[\\\\/]locales[\\\\/]([a-z]+)[\\\\/](?:${namespaces.join('|')})\\.json$`,
  );
  return {
    debugName: name,
    name: (moduleId: string): string | null => {
      const lang = file.exec(moduleId)?.[1];
      return lang ? `${name}-${lang}` : null;
    },
  };
}
