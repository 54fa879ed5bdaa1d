import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  parseGazetteer,
  parseGazetteerData,
  titleOn,
} from '../../../src/core/extract/officials';
import { DATA_DIR, officials } from './data';

const official = (id: string) => {
  const found = officials().officials.find((o) => o.id === id);
  if (!found) throw new Error(`no official ${id}`);
  return found;
};

describe('the gazetteer of officials (data/officials.yaml)', () => {
  it('holds the 2021–2025 principals of both sides', () => {
    const ids = new Set(officials().officials.map((o) => o.id));
    const principals = [
      ['joe-biden', 'donald-trump', 'kamala-harris', 'jd-vance', 'antony-blinken', 'marco-rubio'],
      ['lloyd-austin', 'pete-hegseth', 'janet-yellen', 'scott-bessent', 'gina-raimondo', 'howard-lutnick'],
      ['katherine-tai', 'jamieson-greer', 'jake-sullivan', 'mike-waltz', 'wendy-sherman', 'kurt-campbell'],
      [
        'xi-jinping',
        'li-qiang',
        'li-keqiang',
        'han-zheng',
        'wang-qishan',
        'wang-yi',
        'qin-gang',
        'yang-jiechi',
      ],
      [
        'wei-fenghe',
        'li-shangfu',
        'dong-jun',
        'wang-wentao',
        'liu-he',
        'he-lifeng',
        'yi-gang',
        'pan-gongsheng',
      ],
      ['liu-jianchao', 'ma-zhaoxu', 'xie-feng', 'li-chenggang'],
    ].flat();
    expect(principals.filter((id) => !ids.has(id))).toEqual([]);
    for (const o of officials().officials) expect(['cn', 'us']).toContain(o.side);
  });

  it('gives the title held on the meeting’s date, in both languages', () => {
    expect(titleOn(official('wang-yi'), '2021-06-01').en).toBe(
      'State Councilor and Minister of Foreign Affairs',
    );
    expect(titleOn(official('wang-yi'), '2023-03-01').zh).toBe('中央外事工作委员会办公室主任');
    expect(titleOn(official('wang-yi'), '2024-04-26').zh).toBe('中央外办主任、外交部长');
    expect(titleOn(official('kurt-campbell'), '2023-01-01').en).toMatch(/Coordinator for Indo-Pacific/);
    expect(titleOn(official('kurt-campbell'), '2024-06-05').en).toBe('Deputy Secretary of State');
    expect(titleOn(official('pete-hegseth'), '2025-03-01').en).toBe('Secretary of Defense');
    expect(titleOn(official('pete-hegseth'), '2025-09-09')).toEqual({
      en: 'Secretary of War',
      zh: '战争部长',
    });
    expect(titleOn(official('han-zheng'), undefined).en).toBe(
      "Vice President of the People's Republic of China",
    );
  });

  it('derives meeting-id slugs (family name) unless the data gives one', () => {
    expect(official('antony-blinken').slug).toBe('blinken');
    expect(official('qin-gang').slug).toBe('qin');
    expect(official('wang-yi').slug).toBe('wang-yi');
  });

  it('names file and field of bad data: an unknown field, a date that is not one, until before from', () => {
    const head = 'version: 1\nofficials:\n  - id: a\n    side: us\n    name: { en: A B, zh: 甲 }\n';
    expect(() =>
      parseGazetteer(`${head}    titles: [{ en: X, zh: 某, from: 2024-02-30 }]\n`, 'o.yaml'),
    ).toThrow(/^o\.yaml: officials\[0\]\.titles\[0\]\.from: expected a real date/);
    expect(() =>
      parseGazetteer(
        `${head}    titles: [{ en: X, zh: 某, from: 2024-02-01, until: 2024-01-01 }]\n`,
        'o.yaml',
      ),
    ).toThrow(/titles\[0\]\.until: must be after from/);
    expect(() => parseGazetteer(`${head}    titles: [{ en: X, zh: 某 }]\n    rank: 1\n`, 'o.yaml')).toThrow(
      /^o\.yaml: officials\[0\]/,
    );
  });

  it('survives a trip through JSON (built once, used in the browser) unchanged', () => {
    const yaml = readFileSync(path.join(DATA_DIR, 'officials.yaml'), 'utf8');
    const data = JSON.parse(JSON.stringify(parseGazetteerData(yaml, 'officials.yaml')));
    expect(buildGazetteer(data, 'officials.yaml')).toEqual(officials());
  });
});
