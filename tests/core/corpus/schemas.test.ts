import { describe, expect, it } from 'vitest';
import { parseMeetingFile, parseReadoutFile } from '../../../src/core/corpus/parse-files';
import { isCalendarDate, MEETING_ID } from '../../../src/core/corpus/schemas';
import { readCorpusFolder } from './read-corpus-folder';

const FINER = 'readouts/2024-01-10-liu-finer';
const real = readCorpusFolder(FINER);
const realFile = (name: string): string => {
  const content = real[`${FINER}/${name}`];
  if (content === undefined) throw new Error(`missing corpus file ${name}`);
  return content;
};
const messages = (errors: { message: string }[]) => errors.map((e) => e.message);

describe('isCalendarDate', () => {
  it('accepts real dates and rejects impossible or badly written ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-5')).toBe(false);
  });
});

describe('MEETING_ID', () => {
  it('is a date followed by a kebab-case slug', () => {
    expect(MEETING_ID.test('2024-01-10-liu-finer')).toBe(true);
    expect(MEETING_ID.test('2024-01-10')).toBe(false);
    expect(MEETING_ID.test('2024-01-10-Liu_Finer')).toBe(false);
  });
});

describe('parseReadoutFile', () => {
  it('reads a real corpus file: front matter and text', () => {
    const parsed = parseReadoutFile(`${FINER}/us-wh-zh-rfi.md`, realFile('us-wh-zh-rfi.md'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.value?.frontMatter).toMatchObject({
      id: 'us-wh-zh-rfi',
      side: 'us',
      lang: 'zh',
      kind: 'translation',
      translator: { type: 'outlet', outlet: { zh: '法国国际广播电台中文网' } },
      source: { date: '2024-01-10' },
    });
    expect(parsed.value?.text.startsWith('此次会晤是双方为保持开放的沟通渠道')).toBe(true);
    expect(parsed.value?.text.endsWith('继续开展高层外交和互动。')).toBe(true);
  });

  it('names file, field, the expected values and the wrong value', () => {
    const file = `${FINER}/us-wh-zh-rfi.md`;
    const parsed = parseReadoutFile(file, realFile('us-wh-zh-rfi.md').replace('side: us', 'side: usa'));
    expect(messages(parsed.errors)).toEqual([`${file}: field "side": expected "cn" or "us", got "usa"`]);
    expect(parsed.errors[0]).toMatchObject({ code: 'CORPUS_SCHEMA', file, field: 'side' });
  });

  it('reports every problem of a file, with nested field paths', () => {
    const broken = realFile('us-wh-zh-rfi.md')
      .replace('lang: zh', 'lang: fr')
      .replace('    date: 2024-01-11', '    date: 11/01/2024')
      .replace('url: https://www.rfi.fr', 'url: www.rfi.fr')
      .replace('completeness: excerpt\n', '');
    const fields = parseReadoutFile('f.md', broken).errors.map((e) => e.field);
    expect(fields).toEqual(['lang', 'completeness', 'quotedIn[0].url', 'quotedIn[0].date']);
  });

  it('reports a missing front-matter block and YAML syntax errors at file lines', () => {
    expect(messages(parseReadoutFile('f.md', '双方认为。').errors)).toEqual([
      'f.md: must start with a YAML front-matter block between two "---" lines',
    ]);
    const bad = parseReadoutFile('f.md', '---\nid: a\nside: [cn\n---\n双方认为。');
    expect(bad.errors[0]?.code).toBe('CORPUS_YAML');
    expect(bad.errors[0]?.message).toMatch(/^f\.md: invalid YAML at line \d+, column \d+: /);
  });

  it('rejects a duplicated key instead of keeping the last one', () => {
    const doubled = realFile('cn-idcpc-zh.md').replace('side: cn', 'side: cn\nside: us');
    expect(parseReadoutFile('f.md', doubled).errors[0]?.code).toBe('CORPUS_YAML');
  });
});

describe('parseMeetingFile', () => {
  it('reads a real meeting.yaml', () => {
    const parsed = parseMeetingFile(`${FINER}/meeting.yaml`, realFile('meeting.yaml'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.value).toMatchObject({ id: '2024-01-10-liu-finer', date: '2024-01-10', format: 'meeting' });
    expect(parsed.value?.participants.map((p) => p.name.en)).toEqual(['Liu Jianchao', 'Jon Finer']);
  });

  it('names the field of a bad format, a bad participant and an unknown key', () => {
    const broken = realFile('meeting.yaml')
      .replace('format: meeting', 'format: summit')
      .replace('  - side: us', '  - side: US')
      .replace('missing: []', 'missng: []');
    expect(messages(parseMeetingFile('m.yaml', broken).errors)).toEqual([
      'm.yaml: field "format": expected one of "meeting", "phone", "video", "talks", got "summit"',
      'm.yaml: field "participants[1].side": expected "cn" or "us", got "US"',
      'm.yaml: field "missng": unknown field (misspelt, or not part of the schema)',
    ]);
  });

  it('reads who asked for the call (optional) and names file and field of a wrong value', () => {
    const withField = (value: string) =>
      realFile('meeting.yaml').replace('format: meeting', `format: meeting\nrequestedBy: ${value}`);
    expect(parseMeetingFile('m.yaml', realFile('meeting.yaml')).value?.requestedBy).toBeUndefined();
    expect(parseMeetingFile('m.yaml', withField('us')).value?.requestedBy).toBe('us');
    const wrong = parseMeetingFile('m.yaml', withField('both'));
    expect(messages(wrong.errors)).toEqual([
      'm.yaml: field "requestedBy": expected "cn" or "us", got "both"',
    ]);
    expect(wrong.errors[0]).toMatchObject({ code: 'CORPUS_SCHEMA', file: 'm.yaml', field: 'requestedBy' });
  });

  it('rejects a file that is not a mapping', () => {
    expect(messages(parseMeetingFile('m.yaml', '- a\n- b\n').errors)).toEqual([
      'm.yaml: expected a mapping of fields (key: value)',
    ]);
  });
});
