import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Run `npm run readouts:check [dir]` the way npm does, as a child process in the project root. */
function check(...args: string[]) {
  return checkWith({}, ...args);
}

function checkWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/run-cli.mjs', 'readouts-check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'readouts-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run readouts:check', () => {
  it('passes on the real corpus and counts meetings and texts', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ok: [1-9]\d* meetings, [1-9]\d* texts\n$/);
    expect(run.status).toBe(0);
  });

  it('checks the folder READOUTS_DIR names (a private corpus), in the singular for one meeting', () => {
    const own = path.join(tmp, 'private');
    cpSync(path.join(ROOT, 'readouts/topics.yaml'), path.join(own, 'topics.yaml'));
    cpSync(path.join(ROOT, 'readouts/2024-01-10-liu-finer'), path.join(own, '2024-01-10-liu-finer'), {
      recursive: true,
    });
    const run = checkWith({ READOUTS_DIR: own });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ok: 1 meeting, [1-9]\d* texts\n$/);
  });

  it('fails on the broken copies, naming file and field of every problem on stderr', () => {
    const run = check('tests/fixtures/corpus-broken');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'tests/fixtures/corpus-broken/2024-01-10-wrong-side/us-wh-zh-initium.md: field "side": expected "cn" or "us", got "usa"',
        'tests/fixtures/corpus-broken/2024-01-11-missing-field/meeting.yaml: field "title": is required but missing',
        'tests/fixtures/corpus-broken/2024-01-15-dangling-translation/cn-idcpc-en.md: field "translationOf": no text with id "cn-idcpc-xx" in this meeting',
        'tests/fixtures/corpus-broken/topics.yaml: is missing: the topic lexicon belongs beside the meeting folders',
      ]),
    );
    expect(lines.at(-1)).toMatch(/^readouts:check: \d+ problems in tests\/fixtures\/corpus-broken$/);
  });

  it('fails on a copy of the corpus whose lexicon is broken, naming topics.yaml', () => {
    const copy = path.join(tmp, 'bad-lexicon');
    cpSync(path.join(ROOT, 'readouts'), copy, { recursive: true });
    writeFileSync(path.join(copy, 'topics.yaml'), 'topics:\n  - id: Not Kebab\n');
    const run = check(copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${path.relative(ROOT, copy)}/topics.yaml: topics[0]`);
  });

  it('fails on a copy with one gutted readout, naming each missing field', () => {
    const copy = path.join(tmp, 'bad-readout');
    cpSync(path.join(ROOT, 'readouts'), copy, { recursive: true });
    const file = path.join(copy, '2024-01-10-liu-finer/cn-idcpc-zh.md');
    writeFileSync(file, '---\nid: cn-idcpc-zh\nside: cn\n---\n');
    const run = check(copy);
    expect(run.status).toBe(1);
    const rel = path.relative(ROOT, file);
    expect(run.stderr).toContain(`${rel}: field "lang": is required but missing`);
    expect(run.stderr).toContain(`${rel}: field "issuer": is required but missing`);
  });

  it('fails when the folder does not exist', () => {
    const run = check('no-such-folder');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no-such-folder: corpus folder not found');
  });
});
