import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildProductionBundle, ROOT } from './production-browser';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: Server | undefined;

/** Builds the real production bundle once and serves it for every end-to-end test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST lets two runs on one machine (e.g. two engineers' checks) build into their own folders.
  const outDir = process.env.E2E_DIST ?? resolve(ROOT, 'node_modules/.e2e-dist');
  await buildProductionBundle(outDir);
  const served = await serveStatic(outDir);
  server = served.server;
  project.provide('baseUrl', served.url);
  return async () => {
    await new Promise<void>((ok) => server?.close(() => ok()) ?? ok());
  };
}
