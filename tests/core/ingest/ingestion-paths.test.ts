import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExtractData } from '../../../scripts/vite-plugin-extract-data';
import type { ExtractData } from '../../../src/browser/compare-worker-protocol';
import { type Outcome, viaApp, viaCli, viaCorpus, viaPaste, writeCorpus } from './ingestion-runners';
import { SAMPLES, type Sample } from './ingestion-samples';

/*
 * Issue 13, "one ingestion path": the same file gets the same verdict from the `compare` command, the app's
 * drop/open (and a paste of its text) and the corpus loader — accepted with the same text, language, side and
 * completeness, or refused with the same error code or the same wrong front-matter field.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'ingestion-paths-'));
const filesDir = path.join(tmp, 'files');
const corpusDir = path.join(tmp, 'corpus');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let extract: ExtractData;
let corpusOutcome: (name: string, meetingId: string) => Outcome;
let meetingOf: Map<Sample, string>;

beforeAll(() => {
  mkdirSync(filesDir);
  for (const sample of SAMPLES) writeFileSync(path.join(filesDir, sample.name), sample.bytes);
  meetingOf = writeCorpus(corpusDir, SAMPLES);
  corpusOutcome = viaCorpus(corpusDir, ROOT);
  const { issuers, officials } = loadExtractData('readouts', ROOT);
  extract = { issuers, officials };
});

describe('one verdict for a file, wherever it is read', () => {
  it('has at least 20 tricky samples, with unique names', () => {
    expect(SAMPLES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SAMPLES.map((s) => s.name)).size).toBe(SAMPLES.length);
  });

  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s', async (_, sample) => {
    const cli = viaCli(path.join(filesDir, sample.name));
    const app = await viaApp(sample, extract);
    const pasted = await viaPaste(sample, extract);
    const corpus = corpusOutcome(sample.name, meetingOf.get(sample) ?? '');
    expect(cli, 'compare command').toMatchObject(sample.expected);
    expect(app, 'app (drop, open)').toMatchObject(sample.expected);
    if (pasted) expect(pasted, 'app (paste)').toMatchObject(sample.expected);
    expect(corpus, `corpus loader${sample.corpus ? ` (${sample.corpus.why})` : ''}`).toMatchObject(
      sample.corpus?.expected ?? sample.expected,
    );
    // The text every offset points into is the same string, whoever accepted it.
    const texts = [cli, app, pasted, corpus].flatMap((o) => (o && 'text' in o ? [o.text] : []));
    expect(new Set(texts).size).toBeLessThanOrEqual(1);
  });
});

describe('the compare command as npm runs it (the bundle, a real process)', { timeout: 120_000 }, () => {
  // The bundle is built into a cache of this test's own (tests write only under test-results/).
  const env = { ...process.env, READOUT_CLI_CACHE: path.join(tmp, 'cli-cache') };
  const compare = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/run-cli.mjs', 'compare', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env,
    });
  const file = (name: string) => path.join(filesDir, name);
  const cliText = (name: string) => {
    const outcome = viaCli(file(name));
    return 'text' in outcome ? outcome.text : outcome;
  };

  it('compares two samples in the languages, sides and texts of the table', () => {
    const pair = ['us-cr-only.md', 'cn-gb18030-page.html'] as const;
    const run = compare(file(pair[0]), file(pair[1]), '--format', 'json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sides = (JSON.parse(run.stdout) as { sides: { lang: string; side: string; text: string }[] }).sides;
    expect(sides[0]).toMatchObject({ lang: 'en', side: 'us', text: cliText(pair[0]) });
    expect(sides[1]).toMatchObject({ lang: 'zh', text: cliText(pair[1]) });
  });

  it('refuses a sample with a wrong front-matter value: exit 2, one line naming the file and the key', () => {
    const run = compare(file('cn-javascript-url.md'), file('cn-utf8.md'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^compare: .*cn-javascript-url\.md: broken front matter: source\.url must be an http\(s\) address, not "javascript:alert\(1\)"\n$/,
    );
  });
});
