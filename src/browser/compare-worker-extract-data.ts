/**
 * The extraction data as the build validated it (virtual:extract-data): in a module of its own, loaded on the
 * first ingestion only, so neither the first page nor the worker client carries it.
 */
import { issuers, officials } from 'virtual:extract-data';
import type { ExtractData } from './compare-worker-protocol';

export const extractData: ExtractData = { issuers, officials };
