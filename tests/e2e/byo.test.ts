import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dragSelect } from './drag-select';
import { axeViolations, launchBrowser, openPage, screenshot } from './harness';

/*
 * Bring your own readouts, end to end in Chromium: paste two texts, compare, annotate, reload; open and drop
 * saved pages that carry scripts; download the "contribute back" zip and validate it with the corpus checker.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

// TEST DATA written for this test: a fictional meeting (names and date invented), not from the corpus and
// not an official text.
const CN_TEXT = `李明同约翰·史密斯举行会谈（测试数据）
2031年3月5日，外交部长李明在日内瓦同美国国务卿约翰·史密斯举行会谈。
李明表示，双方应当加强沟通，妥善管控分歧，推动两国关系稳定发展。
李明强调，台湾问题是中美关系中最重要、最敏感的问题。双方同意继续保持沟通。`;
const US_TEXT = `Secretary Smith's Meeting with Foreign Minister Li Ming (test data)
March 5, 2031
Secretary of State John Smith met with Foreign Minister Li Ming in Geneva. The Secretary underscored the importance of maintaining open lines of communication.
The Secretary raised concerns about the South China Sea and stressed the importance of peace and stability across the Taiwan Strait. The two sides agreed to continue talks.`;

const PAGE_WITH_SCRIPT = (body: string) => `<!doctype html><html><head><title>Test readout page</title>
<script>window.__byoPwned = 'head script'; alert('head')</script></head>
<body onload="window.__byoPwned = 'onload'"><nav><a href="/">Home</a></nav>
<main>${body
  .split('\n')
  .map((p) => `<p onclick="alert('p')">${p}</p>`)
  .join('\n')}
<img src="x" onerror="window.__byoPwned = 'img onerror'; alert('img')"><a href="javascript:alert('link')">more</a></main>
<footer>Footer text</footer></body></html>`;

let browser: Browser;
const temps: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Waits until both texts were checked in the worker (the language pickers appear). */
async function waitChecked(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.byo-side').getByLabel('Language').count(), { timeout: 15000 })
    .toBe(2);
}

/** Drags the mouse over `phrase` in the readout's leaves (the reader's DOM contract for notes). */
async function markedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-note-id][data-readout-id]')]
      .map((e) => e.textContent)
      .join(''),
  );
}

async function validateZip(bytes: Uint8Array): Promise<{ files: string[]; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'byo-e2e-'));
  temps.push(dir);
  const corpus = join(dir, 'readouts');
  cpSync(resolve(ROOT, 'readouts'), corpus, { recursive: true });
  const entries = unzipSync(bytes);
  for (const [path, content] of Object.entries(entries)) {
    mkdirSync(dirname(join(corpus, path)), { recursive: true });
    writeFileSync(join(corpus, path), strFromU8(content));
  }
  const tsx = resolve(ROOT, 'node_modules/.bin/tsx');
  const { stdout } = await run(tsx, [resolve(ROOT, 'scripts/check-readouts.ts'), corpus], { cwd: ROOT });
  return { files: Object.keys(entries).sort(), stdout };
}

describe('bring your own readouts', () => {
  it('pastes two readouts, compares, annotates, survives a reload, and exports a valid corpus folder', async () => {
    const { context, page, errors } = await openPage(browser, '#/new', { locale: 'en-US' });
    await page.getByLabel('Chinese-side readout text').fill(CN_TEXT);
    await page.getByLabel('US-side readout text').fill(US_TEXT);
    await waitChecked(page);
    await page.getByText('Meeting details (optional)').click();
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toBe('2031-03-05');
    // Found in the two texts (issue 11): officials the gazetteer does not list, joined across the languages.
    const found = async (label: string) => page.getByLabel(label, { exact: true }).inputValue();
    expect(await found('Title')).toBe('Li Ming meets John Smith / 李明会见约翰·史密斯');
    expect(await found('Format')).toBe('meeting');
    expect(await found('Place')).toBe('Geneva / 日内瓦');
    expect(await found('Chinese-side participants')).toBe(
      'Li Ming / 李明, Minister of Foreign Affairs / 外交部长',
    );
    expect(await found('US-side participants')).toBe('John Smith / 约翰·史密斯, Secretary of State / 国务卿');
    await page.getByLabel('Chinese-side participants').fill('Li Ming / 李明, Foreign Minister / 外交部长');
    await page
      .getByLabel('US-side participants')
      .fill('John Smith / 约翰·史密斯, Secretary of State / 国务卿');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();

    await page.waitForURL(/#\/meeting\/user-2031-03-05-/);
    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/meeting/', ''));
    await page.locator('[data-readout-id="us-en"][data-offset]').first().waitFor();
    await page.locator('[data-readout-id="cn-zh"][data-offset]').first().waitFor();
    const shown = await page.locator('[data-readout-id="us-en"][data-offset]').allTextContents();
    expect(shown.join('')).toContain('raised concerns about the South China Sea');
    await screenshot(page, 'byo-meeting-en');

    // Annotate, when the notes panel is on the page.
    const phrase = 'raised concerns about the South China Sea';
    const notes = page.locator('.notes-panel');
    await notes.waitFor();
    await dragSelect(page, 'us-en', phrase);
    await expect.poll(() => notes.locator('.notes-selection q').first().textContent()).toBe(phrase);
    await notes.getByRole('button', { name: 'Add a note on this passage' }).click();
    const form = notes.getByRole('form', { name: 'New note' });
    await form.getByLabel('Your note').fill('Only the US side names the South China Sea (test note).');
    await form.getByRole('button', { name: 'Save note' }).click();
    await notes.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await markedText(page)).toBe(phrase);

    await page.reload();
    await page.locator('[data-readout-id="us-en"][data-offset]').first().waitFor();
    await expect.poll(() => markedText(page)).toBe(phrase);
    await page.goto(new URL('#/', page.url()).href);
    const listed = page.getByRole('link', { name: 'Li Ming meets John Smith', exact: true });
    await listed.first().waitFor();
    expect(await listed.first().getAttribute('href')).toBe(`#/meeting/${id}`);

    // Contribute back: the zip passes the corpus checker unchanged.
    await page.goto(new URL(`#/new?edit=${encodeURIComponent(id)}`, page.url()).href);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as files for the shared corpus (.zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${id.replace(/^user-/, '').replace(/-[a-z0-9]+$/, '')}.zip`);
    const { files, stdout } = await validateZip(new Uint8Array(readFileSync(await download.path())));
    expect(files.map((f) => f.split('/')[1])).toEqual(['cn-mfa-zh.md', 'meeting.yaml', 'us-state-en.md']);
    expect(stdout).toMatch(/^ok: \d+ meetings?,/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens and drops saved pages with scripts and keeps only their text; no script runs', async () => {
    const { context, page, errors } = await openPage(browser, '#/new', { locale: 'en-US' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.getByLabel('Open a file for the US side').setInputFiles({
      name: 'us-readout.html',
      mimeType: 'text/html',
      buffer: Buffer.from(PAGE_WITH_SCRIPT(US_TEXT)),
    });
    const dropped = await page.evaluateHandle((html) => {
      const data = new DataTransfer();
      data.items.add(new File([html], 'cn-readout.htm', { type: 'text/html' }));
      return data;
    }, PAGE_WITH_SCRIPT(CN_TEXT));
    await page.getByLabel('Chinese-side readout text').dispatchEvent('drop', { dataTransfer: dropped });

    const paragraphs = (text: string) => `${text.split('\n').join('\n\n')}\n\nmore`;
    await expect.poll(() => page.getByLabel('US-side readout text').inputValue()).toBe(paragraphs(US_TEXT));
    await expect
      .poll(() => page.getByLabel('Chinese-side readout text').inputValue())
      .toBe(paragraphs(CN_TEXT));
    await page.getByText('From us-readout.html').waitFor();
    await page.getByText('From cn-readout.htm').waitFor();

    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/#\/meeting\/user-/);
    await page.locator('[data-readout-id="us-en"][data-offset]').first().waitFor();
    const pageText = (await page.locator('main').textContent()) ?? '';
    expect(pageText).not.toMatch(/__byoPwned|Footer text|alert\(/);
    expect(await page.evaluate(() => (window as { __byoPwned?: string }).__byoPwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('names a refused file in the message, in both languages (screenshots, accessibility)', async () => {
    for (const [locale, lang, label, message] of [
      [
        'en-US',
        'en',
        'Open a file for the Chinese side',
        'scan.pdf is a .pdf file, which the app cannot read.',
      ],
      ['zh-CN', 'zh', '为中方打开文件', 'scan.pdf 是 .pdf 文件，本应用无法读取。'],
    ] as const) {
      const { context, page, errors } = await openPage(browser, '#/new', { locale });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByLabel(lang === 'en' ? 'US-side readout text' : '美方纪要文本').fill(US_TEXT);
      await page.getByLabel(label).setInputFiles({
        name: 'scan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n'),
      });
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      // The US text has been checked: its language picker and the guessed details are in place.
      await page.locator('.byo-side.side-us select').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `byo-new-${lang}`);
      await page.locator('details.byo-details summary').click();
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

describe('a pair too large to compare', () => {
  it('is refused in the worker with how large it is and what to do, in both languages', async () => {
    // TEST DATA: one short invented sentence, repeated past the aligner's 50,000 sentences per text (420,000
    // characters, within the 500,000 a side may hold).
    const huge = '中方表示同意。'.repeat(60_000);
    for (const [locale, cnLabel, usLabel, compare, message] of [
      [
        'en-US',
        'Chinese-side readout text',
        'US-side readout text',
        'Compare',
        "These texts are too long to compare: the Chinese side's text has 60,000 sentences",
      ],
      ['zh-CN', '中方纪要文本', '美方纪要文本', '对读', '文本过长，无法对读：中方文本有 60,000 句'],
    ] as const) {
      const { context, page, errors } = await openPage(browser, '#/new', { locale });
      await page.getByLabel(cnLabel).fill(huge);
      await page.getByLabel(usLabel).fill(US_TEXT);
      // Compare checks both texts first (420,000 characters take a while on a loaded machine).
      await page.getByRole('button', { name: compare, exact: true }).click();
      const alert = page.getByRole('alert').filter({ hasText: message });
      await alert.waitFor({ timeout: 90_000 });
      expect(await alert.textContent()).toMatch(/compare excerpts|只对读节选/);
      expect(page.url()).toMatch(/#\/new$/);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 240_000);
});
