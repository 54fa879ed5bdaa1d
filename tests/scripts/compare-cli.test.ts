import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompare } from '../../scripts/compare-cli';
import { liveMarkup, PAYLOADS } from '../core/text/markdown-payloads';

/* The command's work in-process (scripts/compare.test.ts runs the real command for the exit codes). */

const US = 'readouts/2024-01-10-liu-finer/us-wh-en-rfi.md';
const hostile = 'tests/fixtures/hostile/front-matter/';
const dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the command says of each hostile front matter: exit 2 and this reason, or exit 0. */
const VERDICTS: Record<string, RegExp | 0> = {
  'directive.md': 0,
  'local-tag.md': 0,
  'proto-key.md': 0,
  'side-as-mapping.md': /side must be cn or us, not \{"cn":"us"\}$/,
  'side-very-long.md': /side must be cn or us, not "c{58}…$/,
  'unknown-tag.md': /side must be cn or us, not "function \(\) \{ return 1 \}"$/,
  'nul-escape.md': /side must be cn or us, not "cn\\nus"$/,
};

describe('compare on hostile files', () => {
  it.each(readdirSync(hostile).sort())(
    '%s: exit 0, or exit 2 with one line naming the file',
    async (name) => {
      const run = await runCompare([`${hostile}${name}`, US, '--format', 'json']);
      const verdict = VERDICTS[name] ?? /broken front matter/;
      if (verdict === 0) {
        expect(run.status).toBe(0);
        expect(JSON.parse(run.stdout).sides[0].file).toBe(`${hostile}${name}`);
        return;
      }
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^compare: ${hostile}${name.replace('.', '\\.')}: `));
      expect(run.stderr).toMatch(/\n$/);
      expect(run.stderr.trimEnd()).not.toMatch(/\n/);
      expect(run.stderr.trimEnd()).toMatch(verdict);
    },
  );

  it('keeps a file name with a line break on one line', async () => {
    const run = await runCompare([join(dir, 'two\nlines.md'), US]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/two\\nlines\.md: file not found\n$/);
  });

  it('writes Markdown in which nothing from the files is live', async () => {
    const a = join(dir, 'payload-a.md');
    const b = join(dir, 'payload-b.md');
    // (Control characters make a file binary, refused before any Markdown: that payload is left out here.)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding the payload with control characters
    const textual = PAYLOADS.filter((p) => !/[\u0000-\u0008]/.test(p));
    const body = (lead: string) => textual.map((p) => `${lead} Taiwan and ${p} today.`).join('\n\n');
    const front = (p: string) =>
      `---\ntitle: ${JSON.stringify(p)}\nissuer: ${JSON.stringify(p)}\nsource: "javascript:alert(1)"\n---\n`;
    writeFileSync(a, `${front('<script>alert(1)</script>')}${body('China raised')}`);
    writeFileSync(b, `${front('[x](javascript:alert(1))')}${body('The United States raised')}`);
    const run = await runCompare([a, b]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(liveMarkup(run.stdout)).toEqual([]);
  });

  it('reads the front matter through the app’s own checks: UTF-16 with a byte-order mark, `...` closing', async () => {
    const utf16 = join(dir, 'u16.md');
    const text = '---\nside: cn\nlang: zh\n...\n双方讨论了台湾问题。\n';
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const run = await runCompare([utf16, US, '--format', 'json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).sides[0]).toMatchObject({ side: 'cn', lang: 'zh', sentences: 1 });
  });
});
