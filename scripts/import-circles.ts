/**
 * Import circles among the app's modules, as `madge --circular --extensions ts,tsx src` finds them: every
 * relative import counts, type-only ones and dynamic `import()` too (a circle through a type still ties the
 * modules' designs together). Parsed with Vite's own parser (oxc), so no extra package is needed.
 *
 * `npx tsx scripts/import-circles.ts [folder]` prints each circle and exits 1 when there is one;
 * tests/import-circles.test.ts runs it on src/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';

const EXTENSIONS = ['.ts', '.tsx'];
const IMPORTING = new Set([
  'ImportDeclaration',
  'ExportNamedDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
  'TSImportType',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return EXTENSIONS.includes(path.extname(name)) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The module a relative specifier names (with or without its extension, or a folder's index), if any. */
function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => base + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find((c) => EXTENSIONS.includes(path.extname(c)) && existsSync(c)) ?? null;
}

/** Every specifier the module imports or re-exports, statically or not. */
function specifiers(file: string): string[] {
  const { program, errors } = parseSync(file, readFileSync(file, 'utf8'));
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message ?? 'parse error'}`);
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: unknown; source?: { type?: unknown; value?: unknown } | null };
    if (typeof n.type === 'string' && IMPORTING.has(n.type) && typeof n.source?.value === 'string')
      found.push(n.source.value);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  walk(program);
  return found;
}

/** file → the files it imports (relative imports that resolve to a module under the folder). */
export function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(dir)) {
    const targets = specifiers(file)
      .map((s) => resolve(file, s))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * One circle per strongly connected group of modules (Tarjan), each as the files along it, relative to
 * `dir`, starting from the first in sort order. Empty when the imports form no circle.
 */
export function importCircles(dir: string): string[][] {
  const graph = importGraph(dir);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string | undefined;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group);
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return groups.map((group) => circleThrough(graph, new Set(group)).map((f) => path.relative(dir, f)));
}

/** A concrete circle inside a group: from its first file, a shortest path back to it. */
function circleThrough(graph: Map<string, string[]>, group: Set<string>): string[] {
  const start = [...group].sort()[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift() as string;
    for (const w of graph.get(v) ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const route = [v];
        for (let p = previous.get(v); p !== undefined; p = previous.get(p)) route.unshift(p);
        return route;
      }
      if (!previous.has(w) && w !== start) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = path.resolve(process.argv[2] ?? 'src');
  const circles = importCircles(dir);
  for (const [i, circle] of circles.entries()) console.log(`${i + 1}) ${circle.join(' > ')}`);
  console.log(circles.length === 0 ? 'No import circle.' : `${circles.length} import circle(s).`);
  process.exitCode = circles.length === 0 ? 0 : 1;
}
