import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './ledger-fixtures';

/*
 * `npm run readouts:check` validates the ledger's data files too (scripts/check-readouts.ts): a broken file is
 * reported by file and field like every other corpus problem.
 */

/** `npm run readouts:check`, as npm runs it (the bundled command: no TypeScript compiled at each start). */
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/run-cli.mjs', 'readouts-check', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, READOUTS_DIR: '' },
  });

const tmp = mkdtempSync(path.join(tmpdir(), 'ledger-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readouts:check and the ledger data files', () => {
  it('passes with the shipped phrases and commitments', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('names the file and the field of a broken phrases.yaml and commitments.yaml', () => {
    const copy = path.join(tmp, 'corpus');
    cpSync(path.join(ROOT, 'readouts'), copy, { recursive: true });
    writeFileSync(path.join(copy, 'phrases.yaml'), 'phrases:\n  - id: Not Kebab\n');
    writeFileSync(path.join(copy, 'commitments.yaml'), 'lists:\n  - id: x\n    by: usa\n');
    const run = check(copy);
    const rel = path.relative(ROOT, copy);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${rel}/phrases.yaml: phrases[0].id: must be kebab-case`);
    expect(run.stderr).toContain(`${rel}/commitments.yaml: lists[0].by: must be "cn" or "us"`);
  });
});
