import path from 'node:path';
import type { Plugin } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A Vite plugin's hooks called the way Vite calls them (plain or `{ handler }` hooks), with a minimal context
 * that throws its errors and records the files it watches; `configResolved` already called on the project.
 */
export function pluginHooks(plugin: Plugin) {
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string): never => {
      throw new Error(message);
    },
  };
  const call = (hook: unknown, ...args: unknown[]): unknown => {
    const fn =
      typeof hook === 'function' ? hook : (hook as { handler: (...a: unknown[]) => unknown }).handler;
    return fn.call(context, ...args);
  };
  call(plugin.configResolved, { root: ROOT });
  return {
    watched,
    resolve: (id: string) => call(plugin.resolveId, id),
    load: (id: unknown) => call(plugin.load, id),
  };
}
