/** Building plans from the test pages, against an in-memory corpus (relative path → content). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CorpusFiles } from '../../../../src/core/extract/corpus/corpus-index';
import { type AddPlan, planAdd } from '../../../../src/core/extract/corpus/plan-add';
import { extractPage, type PageKind } from '../../../../src/core/extract/extract-page';
import { findMeetingMeta } from '../../../../src/core/extract/meta/find-meeting-meta';
import { EXPECTED_PAGES } from '../../../fixtures/pages/expected';
import { issuerRules, officials, pageBytes, ROOT } from '../data';

/** The project's real corpus, as readouts:add reads it. */
export function realCorpus(): CorpusFiles {
  const dir = path.join(ROOT, 'readouts');
  const files: CorpusFiles = {};
  for (const folder of readdirSync(dir)) {
    if (!statSync(path.join(dir, folder)).isDirectory()) continue;
    for (const name of readdirSync(path.join(dir, folder))) {
      files[`${folder}/${name}`] = readFileSync(path.join(dir, folder, name), 'utf8');
    }
  }
  return files;
}

export interface PlanOptions {
  url?: string | null;
  meetingId?: string;
  bytes?: Uint8Array;
  kind?: PageKind;
}

/** Plan adding a test page (by default fetched from its official address) to `files`. */
export function plan(files: CorpusFiles, page: string, options: PlanOptions = {}): AddPlan {
  const official = EXPECTED_PAGES.find((e) => e.page === page)?.officialUrl;
  const url = options.url === null ? undefined : (options.url ?? official);
  const extracted = extractPage(
    { bytes: options.bytes ?? pageBytes(page), kind: options.kind ?? 'html', ...(url ? { url } : {}) },
    issuerRules(),
  );
  return planAdd(files, {
    page: extracted,
    meta: findMeetingMeta(extracted, officials()),
    rules: issuerRules(),
    gazetteer: officials(),
    retrieved: '2025-06-01',
    origin: url ?? page,
    ...(options.meetingId ? { meetingId: options.meetingId } : {}),
  });
}
