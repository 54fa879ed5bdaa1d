import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../../../src/core/corpus/load-corpus';
import { parseMeetingFile, parseReadoutFile } from '../../../../src/core/corpus/parse-files';
import type { CorpusFiles } from '../../../../src/core/extract/corpus/corpus-index';
import { ExtractError } from '../../../../src/core/extract/extract-error';
import { EXPECTED_PAGES } from '../../../fixtures/pages/expected';
import { plan, realCorpus } from './helpers';

const expected = (page: string) => {
  const found = EXPECTED_PAGES.find((e) => e.page === page);
  if (!found) throw new Error(page);
  return found;
};

function valid(files: CorpusFiles): void {
  expect(checkCorpus(files, { root: '.' }).errors.map((e) => e.message)).toEqual([]);
}

describe('planning readouts:add: a new meeting, then pairing', () => {
  it('a first readout makes a meeting with the guesses, the other side missing, and full provenance', () => {
    const first = plan({}, 'mfa-zh.html');
    expect(first).toMatchObject({ status: 'added', meeting: 'new', meetingId: '2024-04-02-xi-biden' });
    expect(first.readoutFile).toBe('2024-04-02-xi-biden/cn-mfa-zh.md');
    expect(Object.keys(first.writes).sort()).toEqual([
      '2024-04-02-xi-biden/cn-mfa-zh.md',
      '2024-04-02-xi-biden/meeting.yaml',
    ]);
    valid(first.writes);

    const meetingYaml = first.writes['2024-04-02-xi-biden/meeting.yaml'] ?? '';
    expect(meetingYaml).toMatch(
      /^# Written by npm run readouts:add on 2025-06-01 from https:\/\/www\.fmprc\.gov\.cn\//,
    );
    expect(meetingYaml).toContain('# Guessed from the readout text (check them)');
    const meeting = parseMeetingFile('m', meetingYaml).value;
    expect(meeting).toMatchObject({
      id: '2024-04-02-xi-biden',
      date: '2024-04-02',
      format: 'phone',
      title: { en: 'Xi Jinping – Joe Biden phone call', zh: '习近平同拜登通电话' },
      participants: [
        { side: 'cn', name: { en: 'Xi Jinping', zh: '习近平' }, title: { zh: '国家主席' } },
        { side: 'us', name: { en: 'Joe Biden' }, title: { en: 'President of the United States' } },
      ],
      missing: [{ side: 'us', issuer: { en: 'The White House', zh: '白宫' } }],
    });

    const readout = parseReadoutFile('r', first.writes[first.readoutFile] ?? '').value;
    expect(readout?.text).toBe(expected('mfa-zh.html').body);
    expect(readout?.frontMatter).toEqual({
      id: 'cn-mfa-zh',
      side: 'cn',
      lang: 'zh',
      kind: 'original',
      issuer: { en: 'Ministry of Foreign Affairs of the PRC', zh: '中华人民共和国外交部' },
      completeness: 'full',
      source: {
        title: '习近平同美国总统拜登通电话',
        url: expected('mfa-zh.html').officialUrl,
        date: '2024-04-02',
      },
      quotedIn: [],
      note: {
        en: 'Full text of the official release, retrieved from its official page on 2025-06-01 with npm run readouts:add.',
        zh: '官方发布全文，2025-06-01从官方网页获取（npm run readouts:add）。',
      },
    });
  });

  it('the other side’s readout joins that meeting and takes the place of its `missing` entry', () => {
    const first = plan({}, 'mfa-zh.html');
    const second = plan(first.writes, 'wh.html');
    expect(second).toMatchObject({ status: 'added', meeting: 'paired', meetingId: '2024-04-02-xi-biden' });
    expect(second.readoutFile).toBe('2024-04-02-xi-biden/us-wh-en.md');
    const files = { ...first.writes, ...second.writes };
    valid(files);
    expect(parseMeetingFile('m', files['2024-04-02-xi-biden/meeting.yaml'] ?? '').value?.missing).toEqual([]);
    expect(files['2024-04-02-xi-biden/meeting.yaml']).toContain('# Written by npm run readouts:add');
  });

  it('pairs across a day (Washington and Beijing dates) and keeps two meetings of different people apart', () => {
    const cn = plan({}, 'mnd.html');
    const us = plan(cn.writes, 'dod.html');
    expect(us.meeting).toBe('paired');
    expect(us.meetingId).toBe(cn.meetingId);
    const xinhua = plan({}, 'xinhua.html');
    const mfaEn = plan(xinhua.writes, 'mfa-en.html');
    expect(mfaEn.meeting).toBe('new');
    expect([xinhua.meetingId, mfaEn.meetingId]).toEqual([
      '2024-04-26-xi-blinken',
      '2024-04-26-wang-yi-blinken',
    ]);
  });

  it('pairs with meetings of the real corpus (same date, or within its endDate), adding beside the excerpts', () => {
    const corpus = realCorpus();
    const cases = [
      ['state.html', '2023-06-14-qin-blinken', 'us-state-en'],
      ['treasury.html', '2024-01-18-financial-working-group', 'us-treasury-en'],
      ['mofcom.html', '2024-01-10-wang-wentao-raimondo', 'cn-mofcom-zh'],
      ['commerce.html', '2024-01-10-wang-wentao-raimondo', 'us-doc-en'],
    ] as const;
    for (const [page, meetingId, id] of cases) {
      const result = plan(corpus, page);
      expect(result, page).toMatchObject({
        meeting: 'paired',
        meetingId,
        readoutFile: `${meetingId}/${id}.md`,
      });
      const meetingFile = `${meetingId}/meeting.yaml`;
      const written = result.writes[meetingFile];
      if (page === 'mofcom.html') {
        // Its page says 应约 and the record does not say who asked: only that line is added, marked a guess.
        const added = (written ?? '').split('\n').filter((line) => !corpus[meetingFile]?.includes(line));
        expect(added).toEqual(['requestedBy: us # guessed from "应约" in a readout text: check']);
      } else {
        // A meeting that lists no side as missing keeps its meeting.yaml untouched.
        expect(written, page).toBeUndefined();
      }
      expect(Object.keys(result.writes).filter((f) => f !== meetingFile)).toEqual([`${meetingId}/${id}.md`]);
      valid({ ...corpus, ...result.writes });
    }
  });

  it('re-adding the same page, or the same text from another address, plans nothing', () => {
    const first = plan({}, 'pboc.html');
    expect(plan(first.writes, 'pboc.html')).toEqual({
      status: 'unchanged',
      readoutFile: first.readoutFile,
      meetingId: first.meetingId,
      meeting: 'existing',
      writes: {},
    });
    expect(plan(first.writes, 'pboc.html', { url: 'https://mirror.example.org/x.html' }).status).toBe(
      'unchanged',
    );
  });

  it('--meeting adds to the meeting named, or makes it; a bad id is refused', () => {
    const corpus = realCorpus();
    const into = plan(corpus, 'idcpc.html', { meetingId: '2024-01-10-liu-finer' });
    expect(into).toMatchObject({ meeting: 'given', readoutFile: '2024-01-10-liu-finer/cn-idcpc-zh-2.md' });
    valid({ ...corpus, ...into.writes });
    const made = plan({}, 'idcpc.html', { meetingId: '2024-06-05-liu-campbell-beijing' });
    expect(made).toMatchObject({ meeting: 'given', meetingId: '2024-06-05-liu-campbell-beijing' });
    valid(made.writes);
    expect(() => plan({}, 'idcpc.html', { meetingId: 'liu-campbell' })).toThrow(
      expect.objectContaining({ code: 'bad-meeting-id' }),
    );
  });

  it('refuses, naming the fix, when the issuer or the participants cannot be told', () => {
    const text = new TextEncoder().encode('2024年5月9日，双方举行视频通话，就共同关心的问题交换了意见。');
    expect(() => plan({}, 'notes.txt', { bytes: text, kind: 'text', url: null })).toThrow(
      expect.objectContaining({ code: 'unknown-issuer' }),
    );
    const unknown = new TextEncoder().encode(
      '---\nissuer: mfa\n---\n2024年5月9日，外交部副部长某某同美国副国务卿某某通电话，双方交换了意见。',
    );
    expect(() => plan({}, 'notes.md', { bytes: unknown, kind: 'markdown', url: null })).toThrow(ExtractError);
    expect(() => plan({}, 'notes.md', { bytes: unknown, kind: 'markdown', url: null })).toThrow(
      /could not recognise a participant of each side .*officials\.yaml/,
    );
    const titled = new TextEncoder().encode(
      '---\nissuer: mfa\ndate: 2031-03-05\n---\n外交部长李明同美国国务卿约翰·史密斯通电话，双方交换了意见。',
    );
    expect(() => plan({}, 'notes.md', { bytes: titled, kind: 'markdown', url: null })).toThrow(
      'not in the gazetteer: Minister of Foreign Affairs 李明 (cn), Secretary of State 约翰·史密斯 (us)',
    );
  });
});
