import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReadoutsAdd } from '../../scripts/readouts-add-run';
import { parseMeetingFile, parseReadoutFile } from '../../src/core/corpus/parse-files';
import { EXPECTED_PAGES } from '../fixtures/pages/expected';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUN_CLI = path.join(ROOT, 'scripts/run-cli.mjs');
const PAGES = path.join(ROOT, 'tests/fixtures/pages');
const FIVE_MB = 5 * 1024 * 1024;
const ISSUER_NAMES: Record<string, string> = {
  wh: 'The White House',
  state: 'U.S. Department of State',
  dod: 'U.S. Department of Defense',
  treasury: 'U.S. Department of the Treasury',
  doc: 'U.S. Department of Commerce',
  ustr: 'Office of the United States Trade Representative',
  mfa: 'Ministry of Foreign Affairs of the PRC',
  xinhua: 'Xinhua News Agency',
  mnd: 'Ministry of National Defense of the PRC',
  mofcom: 'Ministry of Commerce of the PRC',
  idcpc: 'International Department of the CPC Central Committee',
  pboc: "People's Bank of China",
};

let server: Server;
let base = '';
/** A port nothing listens on (taken, then let go). */
let closedPort = 0;
const held: ServerResponse[] = [];
const tmp = mkdtempSync(path.join(tmpdir(), 'readouts-add-'));

function route(url: string, res: ServerResponse): void {
  const page = /^\/pages\/([\w-]+\.html)$/.exec(url)?.[1];
  if (page && existsSync(path.join(PAGES, page))) {
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(readFileSync(path.join(PAGES, page)));
    return;
  }
  const redirects: Record<string, string> = {
    '/to-js': 'javascript:alert(1)',
    '/to-data': 'data:text/html,<p>hello</p>',
    '/to-file': 'file:///etc/passwd',
    '/to-wh': '/pages/wh.html',
  };
  const location = redirects[url];
  if (location) res.writeHead(302, { location }).end();
  else if (url === '/slow')
    held.push(res); // never answers
  else if (url === '/pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n');
  else if (url === '/big' || url === '/big-declared') {
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const size = FIVE_MB + 1;
    const headers = {
      'content-type': 'text/html',
      ...(url === '/big-declared' ? { 'content-length': String(size) } : {}),
    };
    res.writeHead(200, headers);
    res.write('<html><body><p>');
    let sent = 15;
    const more = () => {
      while (sent < size) {
        const piece = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += piece.length;
        if (!res.write(piece)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('error', () => {});
    more();
  } else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
}

beforeAll(async () => {
  server = createServer((req, res) => route(req.url ?? '/', res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  for (const res of held) res.destroy();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run --silent readouts:add -- …`: its runReadoutsAdd in this process (what the bundled command prints, exit
 * status included: checked below by `spawned`); `readouts:check` the way npm runs it.
 */
function run(
  args: string[],
  env: Record<string, string> = {},
  command: 'readouts-add' | 'readouts-check' = 'readouts-add',
): Promise<Run> {
  if (command === 'readouts-add') return runReadoutsAdd(args, { READOUTS_DIR: '', ...env });
  return spawned(command, args, env);
}

/** The bundled command, asynchronously (the test server must keep serving meanwhile). */
function spawned(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [RUN_CLI, command, ...args], {
      cwd: ROOT,
      env: { ...process.env, READOUTS_DIR: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Every file under `dir` with its content: "unchanged" means this is equal before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const full = path.join(dir, name);
    if (statSync(full).isFile()) out[name] = readFileSync(full, 'utf8');
  }
  return out;
}

const today = () => new Date().toISOString().slice(0, 10);
/** The project's meeting folders (root files such as topics.yaml are other engineers' to edit meanwhile). */
const meetingFolders = () =>
  Object.fromEntries(
    Object.entries(snapshot(path.join(ROOT, 'readouts'))).filter(([name]) => name.includes(path.sep)),
  );
const projectCorpus = meetingFolders();

describe('npm run readouts:add', () => {
  it('adds each issuer’s page from its URL: exactly its body, with title, date, issuer, side and provenance', async () => {
    const dir = path.join(tmp, 'all');
    const urls = EXPECTED_PAGES.map((e) => `${base}/pages/${e.page}`);
    const result = await run([...urls, '--dir', dir]);
    expect(result.stderr).not.toMatch(/: (HTTP|no readout|timed out)/);
    expect(result.status).toBe(0);
    const paths = result.stdout.trimEnd().split('\n');
    expect(paths).toHaveLength(EXPECTED_PAGES.length);
    EXPECTED_PAGES.forEach((expected, i) => {
      const file = paths[i] ?? '';
      expect(path.dirname(path.dirname(file))).toBe(dir);
      const parsed = parseReadoutFile(file, readFileSync(file, 'utf8'));
      expect(parsed.errors, expected.page).toEqual([]);
      expect(parsed.value?.text, expected.page).toBe(expected.body);
      expect(parsed.value?.frontMatter, expected.page).toMatchObject({
        id: `${expected.side}-${expected.issuer}-${expected.lang}`,
        side: expected.side,
        lang: expected.lang,
        kind: 'original',
        completeness: 'full',
        issuer: { en: ISSUER_NAMES[expected.issuer] },
        source: { url: urls[i], title: expected.title, date: expected.date },
      });
      expect(parsed.value?.frontMatter.note?.en).toContain(`retrieved from its official page on ${today()}`);
    });
    // Pairs found in one call: White House + MFA, War + MND, Commerce + MOFCOM.
    const check = await run([dir], {}, 'readouts-check');
    expect(check.stderr).toBe('');
    expect(check.stdout).toBe('ok: 10 meetings, 13 texts\n');
    const whMeeting = path.dirname(paths[0] ?? '');
    expect(readdirSync(whMeeting).sort()).toEqual(['cn-mfa-zh.md', 'meeting.yaml', 'us-wh-en.md']);
    const meeting = parseMeetingFile('m', readFileSync(path.join(whMeeting, 'meeting.yaml'), 'utf8')).value;
    // The White House page made the meeting; the MFA page paired with it says 应约: the US side asked.
    expect(meeting).toMatchObject({
      format: 'phone',
      requestedBy: 'us',
      missing: [],
      title: { zh: '习近平同拜登通电话' },
    });

    // Re-adding the same page changes nothing and prints the same path.
    const before = snapshot(dir);
    const again = await run([urls[0] ?? '', '--dir', dir]);
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`${paths[0]}\n`);
    expect(again.stderr).toContain('already in the corpus');
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('follows an http redirect and records the address it ended at', async () => {
    const dir = path.join(tmp, 'redirect');
    const result = await run([`${base}/to-wh`, '--dir', dir]);
    expect(result.status).toBe(0);
    const file = result.stdout.trim();
    expect(parseReadoutFile(file, readFileSync(file, 'utf8')).value?.frontMatter.source.url).toBe(
      `${base}/pages/wh.html`,
    );
  });

  it('adds a folder of saved pages (.html, .mhtml, .md) in one call, into $READOUTS_DIR', async () => {
    const saved = path.join(tmp, 'saved');
    mkdirSync(path.join(saved, 'mnd_files'), { recursive: true });
    cpSync(path.join(PAGES, 'wh.html'), path.join(saved, 'a-wh.html'));
    cpSync(path.join(PAGES, 'mfa-zh.html'), path.join(saved, 'b-mfa.html'));
    const html = readFileSync(path.join(PAGES, 'mnd.html')).toString('base64');
    const mhtml = `MIME-Version: 1.0\r\nSnapshot-Content-Location: http://www.mod.gov.cn/gfbw/qwfb/test.html\r\nContent-Type: multipart/related; type="text/html"; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${html}\r\n--b--\r\n`;
    writeFileSync(path.join(saved, 'c-mnd.mhtml'), mhtml);
    writeFileSync(
      path.join(saved, 'd-dod.md'),
      '---\nurl: https://www.war.gov/News/Releases/Release/Article/1/\ntitle: A readout kept as Markdown\ndate: 2025-09-09\n---\nSecretary of War Pete Hegseth held a video call today with Minister of National Defense Adm. Dong Jun.\n\nTest page: this wording is the project’s own.\n',
    );
    writeFileSync(path.join(saved, 'notes.json'), '{}');
    const dir = path.join(tmp, 'private');
    const result = await run([saved], { READOUTS_DIR: dir });
    expect(result.stderr).not.toContain(`readouts:add: ${saved}`);
    expect(result.status).toBe(0);
    const written = result.stdout
      .trimEnd()
      .split('\n')
      .map((p) => path.relative(dir, p));
    expect(written).toEqual([
      '2024-04-02-xi-biden/us-wh-en.md',
      '2024-04-02-xi-biden/cn-mfa-zh.md',
      '2025-09-10-dong-hegseth/cn-mnd-zh.md',
      '2025-09-10-dong-hegseth/us-dod-en.md',
    ]);
    const mfa = parseReadoutFile('x', readFileSync(path.join(dir, written[1] ?? ''), 'utf8')).value;
    expect(mfa?.frontMatter.source).toEqual({ title: '习近平同美国总统拜登通电话', date: '2024-04-02' });
    expect(mfa?.frontMatter.note?.en).toContain('taken from a saved copy of its page (b-mfa.html)');
    const mnd = parseReadoutFile('x', readFileSync(path.join(dir, written[2] ?? ''), 'utf8')).value;
    expect(mnd?.text).toBe(EXPECTED_PAGES.find((e) => e.page === 'mnd.html')?.body);
    // A new meeting from a page that says 应约 records who asked, said to be a guess in the file's comment.
    const mndMeeting = readFileSync(path.join(dir, '2025-09-10-dong-hegseth/meeting.yaml'), 'utf8');
    expect(parseMeetingFile('m', mndMeeting).value?.requestedBy).toBe('us');
    expect(mndMeeting).toContain('who asked for the call ("应约")');
    expect(existsSync(path.join(dir, 'topics.yaml'))).toBe(true);
    const check = await run([dir], {}, 'readouts-check');
    expect(check.stdout).toBe('ok: 2 meetings, 4 texts\n');
  }, 30_000);

  it('--meeting puts the readout into the meeting named', async () => {
    const dir = path.join(tmp, 'given');
    const result = await run([
      path.join(PAGES, 'idcpc.html'),
      '--meeting',
      '2024-06-05-liu-campbell',
      '--dir',
      dir,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${path.join(dir, '2024-06-05-liu-campbell/cn-idcpc-zh.md')}\n`);
  });
});

describe('npm run readouts:add refuses bad input: one line, exit 2, nothing written', () => {
  const corpus = path.join(tmp, 'guarded');

  beforeAll(() => {
    cpSync(path.join(ROOT, 'readouts/2024-01-10-liu-finer'), path.join(corpus, '2024-01-10-liu-finer'), {
      recursive: true,
    });
    cpSync(path.join(ROOT, 'readouts/topics.yaml'), path.join(corpus, 'topics.yaml'));
  });

  const cases: [string, () => string[], RegExp][] = [
    ['a 404', () => [`${base}/missing`], /: HTTP 404 Not Found$/],
    [
      'a refused connection',
      () => [`http://127.0.0.1:${closedPort}/x`],
      /: fetch failed: connect ECONNREFUSED/,
    ],
    ['a page that never answers', () => [`${base}/slow`, '--timeout', '0.5'], /: timed out after 0\.5 s$/],
    ['a page over 5 MB (streamed)', () => [`${base}/big`], /: the page is larger than 5 MB$/],
    ['a page over 5 MB (declared)', () => [`${base}/big-declared`], /: the page is larger than 5 MB$/],
    ['a PDF', () => [`${base}/pdf`], /: not an HTML page \(content type application\/pdf\)$/],
    ['a javascript: redirect', () => [`${base}/to-js`], /: refused a redirect to a javascript: address/],
    ['a data: redirect', () => [`${base}/to-data`], /: refused a redirect to a data: address/],
    ['a file: redirect', () => [`${base}/to-file`], /: refused a redirect to a file: address/],
    [
      'a page with no readout',
      () => [`${base}/pages/index-page.html`],
      /: no readout text found in the page/,
    ],
    ['a file: address', () => ['file:///etc/passwd'], /: only http\(s\) URLs and saved files can be added$/],
    ['a missing file', () => [path.join(tmp, 'nope.html')], /: no such file or folder$/],
    ['a good page with a bad one', () => [`${base}/pages/wh.html`, `${base}/missing`], /\/missing: HTTP 404/],
  ];

  it.each(cases)('%s', async (_name, args, message) => {
    const before = snapshot(corpus);
    const result = await run([...args(), '--dir', corpus]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^readouts:add: /);
    expect(lines[0]).toMatch(message);
    expect(snapshot(corpus)).toEqual(before);
  });

  it('usage errors: no source, an unknown option', async () => {
    for (const args of [[], ['--colour', 'x']]) {
      const result = await run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^readouts:add: .*\nusage: npm run --silent readouts:add -- SOURCE/);
    }
  });

  it('is the same run from the bundled command npm starts: output and exit status', async () => {
    const dir = path.join(tmp, 'bundled');
    const url = `${base}/pages/wh.html`;
    for (const args of [
      [url, '--dir', dir],
      ['--colour', 'x'],
    ]) {
      const expected = await run(args);
      if (args[0] === url) rmSync(dir, { recursive: true, force: true });
      expect(await spawned('readouts-add', args)).toEqual(expected);
    }
  });
});

describe('the project’s own corpus', () => {
  it('is never touched by these runs (they all write to --dir or $READOUTS_DIR)', () => {
    expect(meetingFolders()).toEqual(projectCorpus);
  });
});
