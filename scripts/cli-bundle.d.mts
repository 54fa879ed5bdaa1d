/** Types of cli-bundle.mjs (plain JavaScript: it runs before any bundle exists). */

export declare const COMMANDS: Record<string, string>;

export interface BundleManifest {
  version: number;
  root: string;
  entries: Record<string, string>;
  buildId: string;
  dir: string;
  inputs: [file: string, size: number, mtimeMs: number][];
}

export declare function defaultCacheDir(root: string): string;
export declare function readManifest(cacheDir: string): BundleManifest | null;
export declare function isFresh(
  root: string,
  cacheDir: string,
  manifest: BundleManifest | null,
  entries?: Record<string, string>,
): boolean;
export declare function buildBundle(
  root: string,
  cacheDir: string,
  entries?: Record<string, string>,
): Promise<BundleManifest>;
export declare function ensureBundle(
  root: string,
  cacheDir?: string,
  entries?: Record<string, string>,
): Promise<{ dir: string; buildId: string; cacheDir: string }>;
