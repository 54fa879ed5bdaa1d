import { describe, expect, it } from 'vitest';
import { CorpusValidationError } from '../../../src/core/corpus/corpus-error';
import { checkCorpus, loadCorpus } from '../../../src/core/corpus/load-corpus';
import type { Meeting } from '../../../src/core/model';
import { readCorpusFolder } from './read-corpus-folder';

const realFiles = readCorpusFolder('readouts');
const meetings = loadCorpus(realFiles);
const byId = (id: string): Meeting => {
  const meeting = meetings.find((m) => m.id === id);
  if (!meeting) throw new Error(`no meeting ${id}`);
  return meeting;
};

describe('loadCorpus on the real corpus', () => {
  it('loads every meeting folder, in date order', () => {
    expect(meetings.map((m) => m.id)).toEqual([
      '2023-06-14-qin-blinken',
      '2024-01-08-defense-policy-talks',
      '2024-01-10-liu-finer',
      '2024-01-10-wang-wentao-raimondo',
      '2024-01-10-wang-xiaohong-mayorkas',
      '2024-01-18-financial-working-group',
    ]);
    expect(meetings.every((m) => m.origin === 'corpus')).toBe(true);
  });

  it('gives the Finer meeting the IDCPC sentence and two outlets’ renderings of the White House readout', () => {
    const finer = byId('2024-01-10-liu-finer');
    const cn = finer.readouts.filter((r) => r.side === 'cn');
    const usZh = finer.readouts.filter((r) => r.side === 'us' && r.lang === 'zh');
    expect(cn.find((r) => r.kind === 'original')?.text).toBe(
      '双方认为，应继续共同努力，推动落实两国元首达成的重要共识和成果，并为此继续保持沟通交流合作',
    );
    expect(usZh.map((r) => (r.translator?.type === 'outlet' ? r.translator.outlet.en : ''))).toEqual([
      'Initium Media',
      'RFI (Radio France Internationale) Chinese',
    ]);
    expect(finer.missing).toEqual([]);
  });

  it('sets file and text, and keeps optional fields out when absent', () => {
    const rfi = byId('2024-01-10-liu-finer').readouts.find((r) => r.id === 'us-wh-zh-rfi');
    expect(rfi?.file).toBe('readouts/2024-01-10-liu-finer/us-wh-zh-rfi.md');
    expect(rfi?.text.split('\n\n')).toHaveLength(6);
    expect(rfi && 'translationOf' in rfi).toBe(false);
  });

  it('orders texts CN side first, each source followed by its translation', () => {
    expect(byId('2024-01-10-liu-finer').readouts.map((r) => r.id)).toEqual([
      'cn-idcpc-zh',
      'cn-idcpc-en',
      'us-wh-zh-initium',
      'us-wh-en-initium',
      'us-wh-zh-rfi',
      'us-wh-en-rfi',
    ]);
  });

  it('records the unquoted US side of the defense talks as missing, not invented', () => {
    const talks = byId('2024-01-08-defense-policy-talks');
    expect(talks.readouts.every((r) => r.side === 'cn')).toBe(true);
    expect(talks.missing).toMatchObject([{ side: 'us', issuer: { en: 'U.S. Department of Defense' } }]);
    expect(talks.endDate).toBe('2024-01-09');
  });

  it('pairs every Chinese text with a project English translation, labelled as such', () => {
    for (const meeting of meetings) {
      for (const zh of meeting.readouts.filter((r) => r.lang === 'zh')) {
        const en = meeting.readouts.find((r) => r.translationOf === zh.id);
        expect(en, `${zh.file} has no English translation`).toBeDefined();
        expect(en?.translator).toEqual({ type: 'project' });
        expect(en?.note?.en).toMatch(
          /project's (own unofficial English translation|English back-translation)/,
        );
      }
    }
  });

  it('says, for US texts known only in Chinese, that the English original exists at the issuer', () => {
    const usTexts = meetings.flatMap((m) => m.readouts.filter((r) => r.side === 'us'));
    expect(usTexts.length).toBeGreaterThan(0);
    for (const text of usTexts) {
      expect(text.kind).toBe('translation');
      const note = text.note?.en.toLowerCase() ?? '';
      expect(note, text.file).toContain('official english original');
      expect(note, text.file).toContain(text.issuer.en.toLowerCase());
    }
  });
});

describe('checkCorpus on the broken fixtures', () => {
  const root = 'tests/fixtures/corpus-broken';
  const { meetings: valid, errors } = checkCorpus(readCorpusFolder(root), { root });
  const at = (folder: string, file: string) => `${root}/${folder}/${file}`;
  const find = (file: string, field: string) => errors.filter((e) => e.file === file && e.field === field);

  it.each([
    ['2024-01-10-wrong-side', 'us-wh-zh-initium.md', 'side', 'expected "cn" or "us", got "usa"'],
    ['2024-01-11-missing-field', 'meeting.yaml', 'title', 'is required but missing'],
    ['2024-01-11-missing-field', 'cn-idcpc-zh.md', 'completeness', 'is required but missing'],
    [
      '2024-01-12-bad-date',
      'meeting.yaml',
      'date',
      'expected a real date written YYYY-MM-DD, got "2024-02-30"',
    ],
    ['2024-01-12-bad-date', 'cn-idcpc-zh.md', 'quotedIn[0].date', 'got "2024-1-5"'],
    [
      '2024-01-14-duplicate-ids',
      'cn-idcpc-zh.md',
      'id',
      'duplicate id "cn-idcpc-zh" (also in cn-idcpc-zh-copy.md)',
    ],
    ['2024-01-14-duplicate-ids', 'cn-idcpc-zh-copy.md', 'id', 'the file must be named cn-idcpc-zh.md'],
    ['2024-01-15-dangling-translation', 'cn-idcpc-en.md', 'translationOf', 'no text with id "cn-idcpc-xx"'],
    ['2024-01-15-dangling-translation', 'us-wh-en-initium.md', 'translationOf', 'is on side "cn"'],
    [
      '2024-01-16-no-us-side',
      'meeting.yaml',
      'missing',
      'side "us" has no readout text and no "missing" entry',
    ],
    ['2024-01-17-text-problems', 'cn-idcpc-zh.md', 'translator', 'an original has no translator'],
    ['2024-01-17-text-problems', 'cn-idcpc-zh.md', 'lang', 'contains no Chinese characters'],
    ['2024-01-17-text-problems', 'us-wh-en-initium.md', 'text', 'is empty'],
    ['2024-01-18-unknown-field', 'us-wh-zh-initium.md', 'sied', 'unknown field'],
    ['2024-01-18-unknown-field', 'us-wh-zh-initium.md', 'side', 'is required but missing'],
    [
      '2024-01-18-unknown-field',
      'us-wh-zh-initium.md',
      'translator.type',
      'expected "project" or "outlet", got "agency"',
    ],
    ['2024-01-20-id-mismatch', 'meeting.yaml', 'id', 'must equal the folder name "2024-01-20-id-mismatch"'],
  ])('%s/%s: field "%s"', (folder, file, field, detail) => {
    const found = find(at(folder, file), field);
    expect(found.map((e) => e.detail).join('\n')).toContain(detail);
    expect(found[0]?.message.startsWith(`${at(folder, file)}: field "${field}": `)).toBe(true);
  });

  it('reports bad YAML, a missing meeting.yaml and a bad folder name for the whole file', () => {
    const wholeFile = errors.filter((e) => e.field === '').map((e) => e.message);
    expect(wholeFile).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /2024-01-13-bad-yaml\/us-wh-zh-initium\.md: invalid YAML at line 7, column \d+: /,
        ),
        `${at('2024-01-19-no-meeting-file', 'meeting.yaml')}: is missing: every meeting folder needs one`,
        expect.stringMatching(/corpus-broken\/Liu_Finer: folder name must be YYYY-MM-DD-short-slug/),
      ]),
    );
  });

  it('collects the problems of every folder and loads none of the broken ones', () => {
    const folders = new Set(errors.map((e) => e.file.split('/')[3]));
    expect(folders.size).toBe(12);
    expect(valid).toEqual([]);
  });

  it('does not pile follow-up errors onto a file that failed to parse', () => {
    // The wrong-side file is unreadable, so its side is unknown: no coverage error for the meeting.
    expect(errors.filter((e) => e.file.includes('2024-01-10-wrong-side'))).toHaveLength(1);
  });

  it('throws them all from loadCorpus as one CorpusValidationError', () => {
    expect(() => loadCorpus(readCorpusFolder(root), { root })).toThrow(CorpusValidationError);
    try {
      loadCorpus(readCorpusFolder(root), { root });
    } catch (error) {
      expect(error).toBeInstanceOf(CorpusValidationError);
      expect((error as CorpusValidationError).errors).toHaveLength(errors.length);
      expect((error as CorpusValidationError).message).toContain(`${errors.length} problems`);
    }
  });
});

describe('checkCorpus layout rules', () => {
  const finer = Object.fromEntries(
    Object.entries(realFiles).filter(([path]) => path.startsWith('readouts/2024-01-10-liu-finer/')),
  );

  it('skips topics.yaml and README files at the corpus root, and ignores dot-files', () => {
    const files: Record<string, string> = {
      ...finer,
      'readouts/topics.yaml': 'not: [checked here',
      'readouts/README.md': '# x',
      'readouts/2024-01-10-liu-finer/.DS_Store': '\0',
    };
    expect(checkCorpus(files).errors).toEqual([]);
  });

  it('rejects stray files, nested folders and paths outside the root', () => {
    const files = {
      ...finer,
      'readouts/notes.txt': 'x',
      'readouts/2024-01-10-liu-finer/draft.txt': 'x',
      'readouts/2024-01-10-liu-finer/old/cn-idcpc-zh.md': 'x',
      'elsewhere/a.md': 'x',
    };
    expect(checkCorpus(files).errors.map((e) => [e.code, e.file])).toEqual([
      ['CORPUS_LAYOUT', 'elsewhere/a.md'],
      ['CORPUS_LAYOUT', 'readouts/2024-01-10-liu-finer/draft.txt'],
      ['CORPUS_LAYOUT', 'readouts/2024-01-10-liu-finer/old/cn-idcpc-zh.md'],
      ['CORPUS_LAYOUT', 'readouts/notes.txt'],
    ]);
  });

  it('rejects an empty corpus', () => {
    expect(checkCorpus({}).errors.map((e) => e.message)).toEqual(['readouts: holds no meeting folder']);
  });

  it('gives the meeting who asked for the call when meeting.yaml says', () => {
    const meetingPath = 'readouts/2024-01-10-liu-finer/meeting.yaml';
    const meeting = (finer[meetingPath] ?? '').replace('format: meeting', 'format: meeting\nrequestedBy: us');
    const checked = checkCorpus({ ...finer, [meetingPath]: meeting });
    expect(checked.errors).toEqual([]);
    expect(checked.meetings[0]?.requestedBy).toBe('us');
    expect(checkCorpus(finer).meetings[0]).not.toHaveProperty('requestedBy');
  });

  it('rejects an endDate that is not after the date, and a side both present and missing', () => {
    const meetingPath = 'readouts/2024-01-10-liu-finer/meeting.yaml';
    const meeting = (finer[meetingPath] ?? '')
      .replace('date: 2024-01-10', 'date: 2024-01-10\nendDate: 2024-01-10')
      .replace('missing: []', 'missing:\n  - side: us\n    issuer: { en: The White House, zh: 白宫 }');
    const errors = checkCorpus({ ...finer, [meetingPath]: meeting }).errors;
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['endDate', 'CORPUS_SCHEMA'],
      ['missing[0]', 'CORPUS_COVERAGE'],
    ]);
  });
});
