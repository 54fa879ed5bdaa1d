import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: Server | undefined;

/** Builds the real production bundle once and serves it for every end-to-end test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, 'node_modules/.e2e-dist');
  // vitest sets NODE_ENV=test, which would give a development React bundle.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: resolve(root, 'vite.config.ts'),
      // The runner loads the config's extensionless TypeScript imports as they are (no bundling, no warning).
      configLoader: 'runner',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = previous;
  }
  const served = await serveStatic(outDir);
  server = served.server;
  project.provide('baseUrl', served.url);
  return async () => {
    await new Promise<void>((ok) => server?.close(() => ok()) ?? ok());
  };
}
