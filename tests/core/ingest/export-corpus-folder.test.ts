import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../src/core/corpus';
import {
  CONTRIBUTED_NOTE,
  corpusFolderName,
  ExportError,
  exportCorpusFolder,
  exportProblems,
} from '../../../src/core/ingest/export-corpus-folder';
import { buildUserMeeting } from '../../../src/core/ingest/user-meeting';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

// Test data written for these tests: readout-like, not official texts.
const CN_TEXT = `2031年3月5日，外交部长李明在日内瓦同美国国务卿约翰·史密斯举行测试会谈。

李明表示，双方应当加强沟通，妥善管控分歧。台湾问题是中美关系中最重要、最敏感的问题。`;
const US_TEXT = `Secretary of State John Smith met with Foreign Minister Li Ming in Geneva on March 5, 2031.

The Secretary underscored the importance of maintaining open lines of communication: "We will keep talking."`;

function meeting() {
  return buildUserMeeting(
    {
      text: CN_TEXT,
      lang: 'zh',
      issuer: { en: 'Ministry of Foreign Affairs of the PRC', zh: '中华人民共和国外交部' },
      sourceUrl: 'https://example.org/cn-test',
    },
    { text: US_TEXT, lang: 'en', issuer: 'Test Office / 测试办公室', completeness: 'excerpt' },
    {
      date: '2031-03-05',
      format: 'meeting',
      title: 'Li Ming – John Smith test meeting',
      place: 'Geneva / 日内瓦',
      participants: {
        cn: 'Li Ming / 李明, Foreign Minister / 外交部长',
        us: 'John Smith (Secretary of State)',
      },
    },
    { today: '2031-03-05', random: 'q1w2e3' },
  );
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('exportCorpusFolder', () => {
  it('names the folder YYYY-MM-DD-slug without the user- prefix or the random part', () => {
    const m = meeting();
    expect(m.id).toBe('user-2031-03-05-li-ming-john-smith-test-meeting-q1w2e3');
    expect(corpusFolderName(m)).toBe('2031-03-05-li-ming-john-smith-test-meeting');
  });

  it('writes meeting.yaml and one .md per readout, with text ids from the issuer', () => {
    const { folder, files } = exportCorpusFolder(meeting());
    expect(Object.keys(files).sort()).toEqual([
      `${folder}/cn-mfa-zh.md`,
      `${folder}/meeting.yaml`,
      `${folder}/us-test-office-en.md`,
    ]);
    const cn = files[`${folder}/cn-mfa-zh.md`] ?? '';
    expect(cn.startsWith('---\nid: cn-mfa-zh\nside: cn\nlang: zh\nkind: original\n')).toBe(true);
    expect(cn.endsWith(`---\n${CN_TEXT}\n`)).toBe(true);
    expect(cn).toContain(CONTRIBUTED_NOTE.en);
  });

  it('passes the corpus loader with the same texts and metadata', () => {
    const { folder, files } = exportCorpusFolder(meeting());
    const prefixed = Object.fromEntries(Object.entries(files).map(([p, c]) => [`readouts/${p}`, c]));
    const { meetings, errors } = checkCorpus(prefixed);
    expect(errors.map(String)).toEqual([]);
    const loaded = meetings[0];
    expect(loaded?.id).toBe(folder);
    expect(loaded?.place).toEqual({ en: 'Geneva', zh: '日内瓦' });
    expect(loaded?.readouts.map((r) => [r.id, r.text, r.completeness])).toEqual([
      ['cn-mfa-zh', CN_TEXT, 'full'],
      ['us-test-office-en', US_TEXT, 'excerpt'],
    ]);
    expect(loaded?.readouts[0]?.source).toEqual({ url: 'https://example.org/cn-test' });
  });

  it('passes `npm run readouts:check` once unzipped into a copy of readouts/ (exit 0)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'byo-export-'));
    temps.push(dir);
    const corpus = join(dir, 'readouts');
    // What a contributor does: the project's corpus (and its topics.yaml) plus the exported folder.
    cpSync(resolve(ROOT, 'readouts'), corpus, { recursive: true });
    for (const [path, content] of Object.entries(exportCorpusFolder(meeting()).files)) {
      mkdirSync(dirname(join(corpus, path)), { recursive: true });
      writeFileSync(join(corpus, path), content);
    }
    const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
    const result = await run(tsx, [resolve(ROOT, 'scripts/check-readouts.ts'), corpus], { cwd: ROOT });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^ok: \d+ meetings?,/);
    expect(readFileSync(join(corpus, corpusFolderName(meeting()), 'meeting.yaml'), 'utf8')).toContain(
      'format: meeting',
    );
  });

  it('refuses, with the reasons, a meeting lacking a participant with a title on each side', () => {
    const [first] = meeting().participants;
    if (!first) throw new Error('fixture has participants');
    const m = { ...meeting(), participants: [{ ...first, title: { en: '', zh: '' } }] };
    expect(exportProblems(m)).toEqual([
      { code: 'no-participant', side: 'us' },
      { code: 'participant-title', name: 'Li Ming' },
    ]);
    expect(() => exportCorpusFolder(m)).toThrow(ExportError);
  });

  it('asks for the issuer while a text has only the placeholder "Chinese side" / "US side"', () => {
    const m = meeting();
    const readouts = m.readouts.map((r) =>
      r.side === 'cn' ? { ...r, issuer: { en: 'Chinese side', zh: '中方' } } : r,
    );
    const placeholder = { ...m, readouts };
    expect(exportProblems(placeholder)).toEqual([{ code: 'no-issuer', side: 'cn' }]);
  });
});
