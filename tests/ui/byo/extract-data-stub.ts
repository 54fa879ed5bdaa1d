/**
 * Stands in for src/browser/compare-worker-extract-data.ts in component tests: the same data the build serves
 * as `virtual:extract-data` (the unit-test config has no plugin for it), read and validated from readouts/.
 * Use: vi.mock('../../../src/browser/compare-worker-extract-data', () => import('./extract-data-stub')).
 */
import path from 'node:path';
import { loadExtractData } from '../../../scripts/vite-plugin-extract-data';
import type { ExtractData } from '../../../src/browser/compare-worker-protocol';

const { issuers, officials } = loadExtractData(path.resolve(import.meta.dirname, '../../../readouts'));

export const extractData: ExtractData = { issuers, officials };
