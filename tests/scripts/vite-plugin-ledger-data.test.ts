import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ledgerData } from '../../scripts/vite-plugin-ledger-data';
import { parseCommitments } from '../../src/core/ledger/parse-commitments';
import { parsePhrases } from '../../src/core/ledger/parse-phrases';
import {
  type CorpusLedgerRows,
  type LedgerDataSources,
  ledgerDataFromSources,
} from '../../src/core/view/ledger-data';
import { pluginHooks, ROOT } from './plugin-hooks';

const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A corpus folder of one meeting and the lexicon, plus `files`. */
function corpus(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-data-'));
  temps.push(dir);
  cpSync(path.join(ROOT, 'readouts/2024-01-10-liu-finer'), path.join(dir, '2024-01-10-liu-finer'), {
    recursive: true,
  });
  cpSync(path.join(ROOT, 'readouts/topics.yaml'), path.join(dir, 'topics.yaml'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The plugin's modules as the app imports them, and the files it watched. */
function runPlugin(dir: string | undefined) {
  const hooks = pluginHooks(ledgerData({ dir }));
  const load = async (name: string) => exportsOf((await hooks.load(hooks.resolve(name))) as string);
  return { load, watched: hooks.watched, other: hooks.resolve('virtual:readouts') };
}

async function exportsOf(source: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript,${encodeURIComponent(source)}`);
}

const readData = (name: string) => readFileSync(path.join(ROOT, 'readouts', name), 'utf8');

describe('virtual:ledger-data', () => {
  it('serves both data files as validated JSON with their compiled regexes', async () => {
    const run = runPlugin(undefined);
    expect(run.other).toBeUndefined();
    const { sources } = (await run.load('virtual:ledger-data')) as { sources: LedgerDataSources };
    expect(sources.phrases).toEqual(parsePhrases(readData('phrases.yaml'), 'readouts/phrases.yaml'));
    expect(sources.commitments).toEqual(
      parseCommitments(readData('commitments.yaml'), 'readouts/commitments.yaml'),
    );
    const compiled = ledgerDataFromSources(sources);
    expect(compiled.phrases.forms.length).toBe(sources.phrases.phrases.length);
    expect(run.watched.map((f) => path.relative(ROOT, f))).toEqual([
      'readouts/phrases.yaml',
      'readouts/commitments.yaml',
    ]);
  });

  it('reads a private corpus’s own files, else the project’s (READOUTS_DIR)', async () => {
    const own =
      'version: 1\nphrases:\n  - id: only-one\n    label: { en: One, zh: 一 }\n    why: { en: Why, zh: 为何 }\n    forms:\n      - id: one\n        label: { en: one, zh: 一 }\n        zh: [唯一表述]\n        en: [the one phrase]\n';
    const dir = corpus({ 'phrases.yaml': own });
    const run = runPlugin(dir);
    const { sources } = (await run.load('virtual:ledger-data')) as { sources: LedgerDataSources };
    expect(sources.phrases.phrases.map((p) => p.id)).toEqual(['only-one']);
    expect(sources.commitments.lists.length).toBeGreaterThan(0);
    expect(run.watched.map((f) => path.relative(ROOT, f))[1]).toBe('readouts/commitments.yaml');
  });

  it('fails the build on a bad file, naming the file and the field', async () => {
    const bad = readData('phrases.yaml').replace('id: one-china', 'id: One China');
    const run = runPlugin(corpus({ 'phrases.yaml': bad }));
    await expect(run.load('virtual:ledger-data')).rejects.toThrow(
      /ledger data is invalid: .*phrases\.yaml: phrases\[0\]\.id: must be kebab-case/,
    );
  });
});

describe('virtual:ledger-corpus', () => {
  it('serves each corpus meeting’s rows on its default texts, in both languages', async () => {
    const run = runPlugin(corpus());
    const { corpusRows } = (await run.load('virtual:ledger-corpus')) as { corpusRows: CorpusLedgerRows[] };
    expect(corpusRows.map((m) => [m.meetingId, m.texts])).toEqual([
      ['2024-01-10-liu-finer', { cn: 'cn-idcpc-zh', us: 'us-wh-zh-rfi' }],
    ]);
    const [finer] = corpusRows;
    expect(finer?.rows.en.length).toBe(finer?.rows.zh.length);
    const consensus = finer?.rows.en.find((r) => r.kind === 'phrase' && r.item === 'important-consensus');
    expect(consensus?.cells[0]).toBe('“重要共识”');
    expect(finer?.rows.zh.find((r) => r.kind === 'topic')?.meeting).toBe('刘建超会见芬纳');
  }, 30_000);
});
