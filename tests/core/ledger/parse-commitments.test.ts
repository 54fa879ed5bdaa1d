import { describe, expect, it } from 'vitest';
import { LedgerDataError } from '../../../src/core/ledger/ledger-error';
import { parseCommitments } from '../../../src/core/ledger/parse-commitments';
import { dataPath, readData } from './ledger-fixtures';

const FILE = 'readouts/commitments.yaml';

function errorOf(yaml: string): LedgerDataError {
  try {
    parseCommitments(yaml, FILE);
  } catch (error) {
    if (error instanceof LedgerDataError) return error;
    throw error;
  }
  throw new Error('expected a LedgerDataError');
}

const ITEM =
  '      - id: no-war\n        label: { en: no war, zh: 不打仗 }\n        zh: [不打仗]\n        en: [no war]\n';
const list = (head: string, items: string) =>
  `lists:\n  - id: noes\n${head}    label: { en: Noes, zh: 不 }\n    why: { en: Why, zh: 为何 }\n    items:\n${items}`;

describe('parseCommitments on the shipped file', () => {
  const data = parseCommitments(readData('commitments.yaml'), dataPath('commitments.yaml'));

  it('holds the "four noes and one no intention" with wordings in both languages, and China\'s own assurances', () => {
    const noes = data.lists.find((l) => l.id === 'us-four-noes');
    expect(noes?.by).toBe('us');
    expect(noes?.items.map((i) => i.id)).toEqual([
      'no-new-cold-war',
      'no-system-change',
      'no-alliances-against-china',
      'no-taiwan-independence',
      'no-conflict',
    ]);
    expect(data.lists.some((l) => l.by === 'cn')).toBe(true);
    for (const l of data.lists)
      for (const item of l.items) expect(item.zh.length * item.en.length).toBeGreaterThan(0);
  });
});

describe('parseCommitments errors name the file and the field', () => {
  it('a side that is not cn or us', () => {
    const error = errorOf(list('    by: usa\n', ITEM));
    expect(error.code).toBe('LEDGER_SCHEMA');
    expect(error.message).toBe(
      `${FILE}: lists[0].by: must be "cn" or "us" (the side that gives these assurances)`,
    );
  });

  it('an item without wordings in one language', () => {
    const error = errorOf(
      list(
        '    by: us\n',
        '      - id: no-war\n        label: { en: no war, zh: 不打仗 }\n        en: [no war]\n',
      ),
    );
    expect(error.message).toBe(`${FILE}: lists[0].items[0].zh: needs at least one pattern`);
  });

  it('a duplicate item id', () => {
    const error = errorOf(list('    by: us\n', ITEM + ITEM));
    expect(error.message).toBe(
      `${FILE}: lists[0].items[1].id: duplicate id "no-war" (also lists[0].items[0].id)`,
    );
  });

  it('a malformed pattern', () => {
    const error = errorOf(list('    by: cn\n', ITEM.replace('[no war]', '["/no (war/"]')));
    expect(error.code).toBe('LEDGER_PATTERN');
    expect(error.path).toBe('lists[0].items[0].en[0]');
  });

  it('an unknown field', () => {
    expect(errorOf(list('    by: cn\n    owner: me\n', ITEM)).message).toMatch(
      /^readouts\/commitments\.yaml: lists\[0\]: .*owner/,
    );
  });
});
