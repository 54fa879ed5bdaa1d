import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../scripts/compare-cli';

const CN = 'readouts/2024-01-10-liu-finer/cn-idcpc-zh.md';
const US = 'readouts/2024-01-10-liu-finer/us-wh-en-rfi.md';

/**
 * What `npm run compare` prints and exits with: the command's runCompare, in this process (the bundled command
 * prints the same, exit codes included: tests/scripts/compare-fast.test.ts).
 */
function run(...args: string[]) {
  return runCompare(args);
}

const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('compare CLI', { timeout: 60_000 }, () => {
  it('prints one JSON document with the contract fields', async () => {
    const { status, stdout, stderr } = await run(CN, US, '--format', 'json');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(doc.sides).toEqual([
      expect.objectContaining({ file: CN, side: 'cn', lang: 'zh', chars: 45, sentences: 1 }),
      expect.objectContaining({ file: US, side: 'us', lang: 'en', sentences: 6 }),
    ]);
    const taiwan = doc.topics.find((t: { id: string }) => t.id === 'taiwan');
    expect(taiwan).toMatchObject({ counts: [0, 2], status: 'only-b' });
    expect(taiwan.shares[0]).toBe(0);
    expect(taiwan.shares[1]).toBeGreaterThan(0);
    expect(taiwan.shares[1]).toBeLessThan(1);
    for (const t of doc.topics) expect(t.counts[0] + t.counts[1]).toBeGreaterThan(0);
  });

  it('prints Markdown notes by default, on files outside the corpus, detecting the language', async () => {
    const plain = file('plain.txt', '双方讨论了台湾问题和南海问题。\n');
    const { status, stdout } = await run(plain, US);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Readout comparison: /);
    expect(stdout).toContain('| Language | zh | en |');
    expect(stdout).toContain('## Topics only one side mentions');
  });

  it('honours --lang-a over the front matter', async () => {
    const { stdout } = await run(CN, US, '--format=json', '--lang-a', 'en');
    expect(JSON.parse(stdout).sides[0].lang).toBe('en');
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'nope.md'), /nope\.md: file not found/],
    ['an empty text', () => file('empty.md', '---\nside: cn\n---\n  \n'), /empty\.md: the text is empty/],
    [
      'undecodable bytes',
      () => file('latin1.md', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])),
      /latin1\.md: bytes that are not valid UTF-8/,
    ],
    [
      'a YAML alias bomb',
      () =>
        file(
          'bomb.md',
          readFileSync(
            new URL('../fixtures/hostile/front-matter/alias-bomb-billion-laughs.md', import.meta.url),
          ),
        ),
      /bomb\.md: broken front matter at line 3: aliases \(\*name\) are not allowed/,
    ],
    [
      'zero-width-only text',
      () => file('zw.txt', '\u200b\u200d\u2060\n'),
      /zw\.txt: the text has no letters/,
    ],
    [
      'Chinese UTF-16 without a byte-order mark',
      () => file('u16.txt', Buffer.from('中美双方讨论了台湾问题。\n', 'utf16le')),
      /u16\.txt: binary file/,
    ],
    [
      'broken front matter',
      () => file('broken.md', '---\nside: [cn\n---\ntext'),
      /broken\.md: broken front matter/,
    ],
    [
      'an unclosed front matter',
      () => file('open.md', '---\nside: cn\ntext'),
      /open\.md: broken front matter/,
    ],
    [
      'a bad side value',
      () => file('side.md', '---\nside: china\n---\ntext'),
      /side\.md: broken front matter: side must be cn or us/,
    ],
    [
      'a file over the size limit',
      () => file('big.md', Buffer.alloc(2 * 1024 * 1024 + 1, 0x61)),
      /big\.md: .*over the 2 MB size limit/,
    ],
  ];
  it.each(bad)('exits 2 with one line naming the file for %s', async (_name, make, message) => {
    const path = make();
    const { status, stdout, stderr } = await run(path, US, '--format', 'json');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it('refuses a pair of 150,000-line files with exit 2 and one line, before any analysis', async () => {
    const lines = (seed: number) =>
      Array.from(
        { length: 150_000 },
        (_, k) => ['台湾', '贸易', '气候', '合作', '双方'][(k * seed) % 5],
      ).join('\n');
    const { status, stdout, stderr } = await run(file('many-a.txt', lines(7)), file('many-b.txt', lines(11)));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^compare: .*many-a\.txt: too many sentences to compare \(150000; the limit is 50000\)\n$/,
    );
  });

  it('names the second file when that one is bad', async () => {
    const { status, stderr } = await run(CN, join(dir, 'missing-b.md'));
    expect(status).toBe(2);
    expect(stderr).toContain('missing-b.md');
  });

  it('exits 2 on a usage error', async () => {
    const { status, stderr } = await run(CN, '--format', 'xml', US);
    expect(status).toBe(2);
    expect(stderr).toContain('--format must be json or md');
  });
});
