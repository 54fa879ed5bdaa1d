import { existsSync } from 'node:fs';
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
  // E2E_BUILT=1: a second run beside the first (npm test) serves the bundle the first one built.
  if (process.env.E2E_BUILT !== '1') await buildProductionBundle(outDir);
  else if (!existsSync(resolve(outDir, 'index.html')))
    throw new Error(`E2E_BUILT=1, but ${outDir} holds no built bundle`);
  const served = await serveStatic(outDir);
  server = served.server;
  project.provide('baseUrl', served.url);
  return async () => {
    await new Promise<void>((ok) => server?.close(() => ok()) ?? ok());
  };
}
