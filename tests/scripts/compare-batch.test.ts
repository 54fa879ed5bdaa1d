import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCompare } from '../../scripts/compare-cli';
import { loadCorpus } from '../../src/core/corpus/index';
import { parseCommitments } from '../../src/core/ledger/parse-commitments';
import { parsePhrases } from '../../src/core/ledger/parse-phrases';
import { parseLexicon } from '../../src/core/lexicon/parse-lexicon';

/* `compare --corpus DIR [--format csv|json]` on the small fixture corpus (tests/fixtures/batch/, test data). */

// Counts how often the data files are parsed: once per run, however many meetings.
vi.mock('../../src/core/lexicon/parse-lexicon', async (original) => {
  const mod = await original<typeof import('../../src/core/lexicon/parse-lexicon')>();
  return { ...mod, parseLexicon: vi.fn(mod.parseLexicon) };
});
vi.mock('../../src/core/ledger/parse-phrases', async (original) => {
  const mod = await original<typeof import('../../src/core/ledger/parse-phrases')>();
  return { ...mod, parsePhrases: vi.fn(mod.parsePhrases) };
});
vi.mock('../../src/core/ledger/parse-commitments', async (original) => {
  const mod = await original<typeof import('../../src/core/ledger/parse-commitments')>();
  return { ...mod, parseCommitments: vi.fn(mod.parseCommitments) };
});

const CORPUS = 'tests/fixtures/batch/corpus';
const tmp = mkdtempSync(join(tmpdir(), 'compare-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The corpus as the project's loader reads it (the texts every offset must point into). */
function fixtureMeetings() {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files[path] = readFileSync(path, 'utf8');
    }
  };
  walk(CORPUS);
  return loadCorpus(files, { root: CORPUS });
}

/** RFC 4180: fields in double quotes may hold commas, quotes (doubled) and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  return rows;
}

interface Span {
  start: number;
  end: number;
}
interface BatchDoc {
  corpus: string;
  meetings: {
    id: string;
    date: string;
    sides: { side: string; textId: string | null; lang: string; text: string; sentences: Span[] }[];
    topics: {
      id: string;
      status: string;
      counts: [number, number];
      absence: (string | null)[];
      evidence: { sentences: number[][]; candidates: number[][] };
    }[];
    facts: { requestedBy: string | null; requestedEvidence: (Span & { side: 0 | 1 }) | null };
    phrases: { id: string; matches: (Span & { sentence?: number })[][] }[];
    commitments: { id: string; items: { id: string; status: string[] }[] }[];
  }[];
}

let csv = '';
let doc: BatchDoc;
beforeAll(async () => {
  const [c, j] = [
    await runCompare(['--corpus', CORPUS]),
    await runCompare(['--corpus', CORPUS, '--format', 'json']),
  ];
  for (const run of [c, j]) {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }
  csv = c.stdout;
  doc = JSON.parse(j.stdout) as BatchDoc;
});

describe('compare --corpus: JSON', () => {
  it('every meeting in date order, each side with the text compared (the corpus loader’s text)', () => {
    const meetings = fixtureMeetings();
    expect(doc.corpus).toBe(CORPUS);
    expect(doc.meetings.map((m) => m.id)).toEqual([
      '2024-03-01-test-call',
      '2024-04-02-test-talks',
      '2024-05-03-test-trad',
    ]);
    for (const m of doc.meetings) {
      const record = meetings.find((x) => x.id === m.id);
      m.sides.forEach((side, i) => {
        const text = record?.readouts.find((r) => r.id === side.textId)?.text ?? '';
        expect(side.side).toBe(i === 0 ? 'cn' : 'us');
        expect(side.text).toBe(text);
        for (const s of side.sentences) expect(s.end).toBeGreaterThan(s.start);
      });
    }
    // A side without a readout: no text, and its silences are "no readout", not omissions.
    const talks = doc.meetings[1];
    expect(talks?.sides[1]).toMatchObject({ textId: null, text: '', sentences: [] });
    expect(talks?.topics.find((t) => t.id === 'trade-commercial')).toMatchObject({
      status: 'only-a',
      absence: [null, 'readout-missing'],
    });
  });

  it('topics with status and evidence sentences that mention them; facts and phrases with offsets', () => {
    const call = doc.meetings[0];
    const text = (i: 0 | 1) => call?.sides[i]?.text ?? '';
    const sentence = (i: 0 | 1, k: number) => {
      const s = call?.sides[i]?.sentences[k];
      return s ? text(i).slice(s.start, s.end) : '';
    };
    const taiwan = call?.topics.find((t) => t.id === 'taiwan');
    expect(taiwan?.status).toBe('both');
    expect(taiwan?.evidence.sentences.map((list, i) => list.map((k) => sentence(i as 0 | 1, k)))).toEqual([
      ['中方部长强调，台湾问题是中美关系中最重要、最敏感的问题，美方应恪守一个中国原则。'],
      ['The Secretary reiterated that the United States remains committed to our one China policy.'],
    ]);
    expect(call?.topics.find((t) => t.id === 'counternarcotics')).toMatchObject({
      status: 'only-b',
      absence: ['omitted', null],
    });
    expect(call?.facts.requestedBy).toBe('b');
    const ev = call?.facts.requestedEvidence as Span & { side: 0 | 1 };
    expect(text(ev.side).slice(ev.start, ev.end)).toBe('应美方请求');
    const oneChina = call?.phrases.find((p) => p.id === 'one-china');
    expect(
      oneChina?.matches.map((list, i) => list.map((m) => text(i as 0 | 1).slice(m.start, m.end))),
    ).toEqual([['一个中国原则'], ['our one China policy']]);
    expect(oneChina?.matches[0]?.[0]?.sentence).toBe(1);
  });

  it('Traditional Chinese: offsets into the text as written; commitments item by item', () => {
    const trad = doc.meetings[2];
    const text = trad?.sides[0]?.text ?? '';
    const ev = trad?.facts.requestedEvidence as Span;
    expect(text.slice(ev.start, ev.end)).toBe('應約同美國國務卿');
    const m = trad?.phrases.find((p) => p.id === 'one-china')?.matches[0]?.[0] as Span;
    expect(text.slice(m.start, m.end)).toBe('一個中國原則');
    const asks = trad?.commitments.find((l) => l.id === 'cn-taiwan-asks');
    expect(asks?.items.find((i) => i.id === 'abide-one-china')?.status).toEqual(['listed', 'absent']);
  });

  it('parses and compiles the lexicon, the set phrases and the commitments once per run', () => {
    expect(doc.meetings.length).toBeGreaterThan(1);
    expect(vi.mocked(parseLexicon)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(parsePhrases)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(parseCommitments)).toHaveBeenCalledTimes(1);
  });
});

describe('compare --corpus: CSV', () => {
  it('RFC 4180 with CRLF, the ledger table’s columns and four more, rows per meeting', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/); // no bare LF outside quotes
    const [head, ...rows] = parseCsv(csv);
    expect(head).toEqual([
      'date',
      'meeting',
      'title',
      'kind',
      'item',
      'label',
      'side a',
      'side b',
      'evidence a',
      'evidence b',
      'sentences a',
      'sentences b',
      'text a',
      'text b',
    ]);
    for (const row of rows) expect(row).toHaveLength(head?.length ?? 0);
    const find = (meeting: string, kind: string, item: string) =>
      rows.find((r) => r[1] === meeting && r[3] === kind && r[4] === item);
    expect(find('2024-03-01-test-call', 'fact', 'requested-by')?.slice(6, 12)).toEqual([
      'US side asked',
      'US side asked',
      '“应美方请求”',
      '“at the request of the United States”',
      '0',
      '0',
    ]);
    expect(find('2024-03-01-test-call', 'topic', 'taiwan')?.slice(6, 14)).toEqual([
      'mentioned (1)',
      'mentioned (1)',
      '中方部长强调，台湾问题是中美关系中最重要、最敏感的问题，美方应恪守一个中国原则。',
      'The Secretary reiterated that the United States remains committed to our one China policy.',
      '1',
      '1',
      'cn-test-zh',
      'us-test-en',
    ]);
    expect(find('2024-03-01-test-call', 'phrase', 'one-china')?.slice(6, 8)).toEqual([
      '“一个中国原则”',
      '“our one China policy” (not equivalent)',
    ]);
    expect(find('2024-04-02-test-talks', 'topic', 'trade-commercial')?.slice(6, 8)).toEqual([
      'mentioned (1)',
      'no readout',
    ]);
    expect(find('2024-04-02-test-talks', 'fact', 'length')?.[13]).toBe('');
  });

  it('a cell that would run as a spreadsheet formula starts with an apostrophe', () => {
    const rows = parseCsv(csv);
    const narcotics = rows.find((r) => r[4] === 'counternarcotics');
    expect(narcotics?.[9]).toBe(
      '\'=HYPERLINK("http://example.invalid") The Secretary raised cooperation on counternarcotics and fentanyl.',
    );
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('compare --corpus: bad input', () => {
  const bad = async (...argv: string[]) => {
    const run = await runCompare(argv);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^compare: [^\n]+\n$/);
    return run.stderr;
  };

  it('a broken corpus: one line naming the file and the field, exit 2', async () => {
    expect(await bad('--corpus', 'tests/fixtures/batch/broken')).toBe(
      'compare: tests/fixtures/batch/broken/2024-06-01-bad-date/meeting.yaml: field "date": expected a real date written YYYY-MM-DD, got "2024-02-30"\n',
    );
  });

  it('several problems: the first, and how many more', async () => {
    const dir = join(tmp, 'two-problems');
    cpSync('tests/fixtures/batch/broken', dir, { recursive: true });
    writeFileSync(join(dir, 'stray.txt'), 'not a meeting');
    expect(await bad('--corpus', dir)).toMatch(/ \(and 1 more problem in .*two-problems\)\n$/);
  });

  it('a missing folder, undecodable bytes, a wrong format, files with --corpus', async () => {
    expect(await bad('--corpus', join(tmp, 'nope'))).toMatch(/nope: corpus folder not found/);
    const dir = join(tmp, 'latin1');
    cpSync(CORPUS, dir, { recursive: true });
    writeFileSync(join(dir, '2024-03-01-test-call', 'us-test-en.md'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(await bad('--corpus', dir)).toMatch(
      /latin1\/2024-03-01-test-call\/us-test-en\.md: bytes that are not valid UTF-8/,
    );
    expect(await bad('--corpus', CORPUS, '--format', 'md')).toMatch(
      /--format must be csv or json with --corpus/,
    );
    expect(await bad('--corpus', CORPUS, 'a.md')).toMatch(/no readout files with it/);
    expect(await bad('--corpus')).toMatch(/--corpus needs a value; usage: compare --corpus DIR/);
  });

  it('a corpus folder’s own data file that is broken is bad input too (exit 2, naming it)', async () => {
    const dir = join(tmp, 'own-data');
    cpSync(CORPUS, dir, { recursive: true });
    writeFileSync(join(dir, 'phrases.yaml'), 'version: 1\nphrases: []\n');
    expect(await bad('--corpus', dir)).toMatch(/own-data\/phrases\.yaml: phrases: /);
  });
});

describe('compare --corpus: the command as npm runs it', { timeout: 120_000 }, () => {
  it('prints the same CSV from the bundled command, exit 0', () => {
    const cache = mkdtempSync(join(tmp, 'cache-'));
    const r = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'compare', '--corpus', CORPUS], {
      encoding: 'utf8',
      env: { ...process.env, READOUT_CLI_CACHE: cache },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(csv);
  });
});
