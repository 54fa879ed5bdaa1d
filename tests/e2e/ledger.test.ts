import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appUrl, axeViolations, launchBrowser, openPage, SCREENSHOTS } from './harness';

/*
 * The analyst's ledger (issue 12) in Chromium on the production bundle: the event facts panel on a corpus
 * meeting, set phrases marked in the texts (the notes DOM contract intact), the ledger across meetings with a
 * cell opening its sentence, and the copy-ready ledger pasted into a plain textarea as a Markdown table; axe in
 * both languages. Screenshots go where the harness puts them (test-results/, or the README's with
 * `npm run screenshots`).
 */

const QIN_ZH = '#/meeting/2023-06-14-qin-blinken?cn=cn-mfa-zh-rfi&us=us-state-zh-rfi';
const FINER_ZH = '#/meeting/2024-01-10-liu-finer?cn=cn-idcpc-zh&us=us-wh-zh-rfi';
const SHOTS = SCREENSHOTS;
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function openMeeting(hash: string, locale = 'en-US', size = WIDE) {
  const opened = await openPage(browser, hash, { locale, ...size });
  await opened.page.locator('.aligned-rows [data-readout-id]').first().waitFor();
  await opened.page.locator('.ledger-facts').waitFor();
  return opened;
}

/** The target sentence: marked, focused, and inside the viewport below the sticky heads. */
async function targetInView(
  page: Page,
): Promise<{ side: string; index: string; inView: boolean; focused: boolean }> {
  await page.locator('.sentence.is-ledger-target').waitFor();
  await page.waitForFunction(() => {
    const el = document.querySelector('.sentence.is-ledger-target');
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  // Smooth scrolling: wait until the sentence has stopped moving.
  let last = Number.NaN;
  await expect
    .poll(async () => {
      const top = await page.evaluate(
        () => document.querySelector('.sentence.is-ledger-target')?.getBoundingClientRect().top ?? 0,
      );
      const still = top === last;
      last = top;
      return still;
    })
    .toBe(true);
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.sentence.is-ledger-target');
    const r = el?.getBoundingClientRect();
    const sticky = document.querySelector('.aligned-sticky')?.getBoundingClientRect().bottom ?? 0;
    return {
      side: el?.dataset.side ?? '',
      index: el?.dataset.sentence ?? '',
      inView: !!r && r.top >= Math.max(0, sticky) - 1 && r.bottom <= window.innerHeight + 1,
      focused: document.activeElement === el,
    };
  });
}

const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `ledger-${name}.png`) });

describe('the event facts panel', () => {
  it('says who asked for the call, with the words marked; a click shows the sentence in the text', async () => {
    const { context, page, errors } = await openMeeting(QIN_ZH);
    const facts = page.getByRole('region', { name: 'Event facts' });
    const asked = facts
      .locator('dt', { hasText: 'Who asked for it' })
      .locator('xpath=following-sibling::dd[1]');
    await expect.poll(() => asked.textContent()).toContain('The US side asked for it');
    expect(await asked.locator('mark').first().textContent()).toBe('应约同美国国务卿布林肯');
    await facts.scrollIntoViewIfNeeded();
    await asked.getByRole('button').first().click();
    expect(await targetInView(page)).toEqual({ side: '0', index: '0', inView: true, focused: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('set phrases in the reader', () => {
  it('marks them apart from topics, with a toggletip; a selection across the tip reads the readout alone', async () => {
    const { context, page, errors } = await openMeeting(FINER_ZH);
    await page.locator('.reading mark.phrase-mark').first().waitFor();
    // The notes DOM contract: every leaf one text node, at its offset in the text.
    const contract = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reading [data-readout-id][data-offset]')].every(
        (leaf) => leaf.childNodes.length === 1 && leaf.firstChild?.nodeType === Node.TEXT_NODE,
      ),
    );
    expect(contract).toBe(true);
    const toggle = page
      .locator('.reading')
      .getByRole('button', { name: 'Set phrase: Important consensus' })
      .last();
    await toggle.click();
    const panel = page.getByRole('group', { name: 'Set phrase: Important consensus' });
    await expect.poll(() => panel.textContent()).toContain('is not equivalent');
    expect(await panel.textContent()).toContain('The Chinese side says');
    await page.keyboard.press('Escape');
    // Select from the start of the sentence holding the tip to its end: the text is the readout's, exactly.
    const selected = await page.evaluate(() => {
      const tip = document.querySelectorAll('.reading .phrase-tip')[0];
      const sentence = tip?.closest<HTMLElement>('.sentence');
      const leaves = sentence ? [...sentence.querySelectorAll<HTMLElement>('[data-readout-id]')] : [];
      const first = leaves[0];
      const last = leaves.at(-1);
      if (!first?.firstChild || !last?.firstChild) return null;
      const range = document.createRange();
      range.setStart(first.firstChild, 0);
      range.setEnd(last.firstChild, last.firstChild.textContent?.length ?? 0);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return { text: selection?.toString(), leaves: leaves.map((l) => l.textContent).join('') };
    });
    expect(selected?.text).toBe(selected?.leaves);
    await shot(page, 'phrase-marks-1440-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the ledger across meetings', () => {
  it('opens from the header; a cell opens its sentence, scrolled into view and marked', async () => {
    const { context, page, errors } = await openPage(browser, '#/', { locale: 'en-US', ...WIDE });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Ledger' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    await page.getByRole('searchbox', { name: 'Words' }).fill('Woodside');
    const row = table.locator('tr', {
      has: page.getByRole('rowheader', { name: 'San Francisco / Woodside' }),
    });
    const link = row.getByRole('link', { name: /^US \(US side\): .*Open the sentence$/ }).first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#\/meeting\/2024-01-10-liu-finer\?cn=cn-idcpc-zh&us=us-wh-zh-rfi&s=us:(\d+)$/);
    const index = /s=us:(\d+)$/.exec(href)?.[1];
    await link.click();
    await page.locator('.aligned-rows [data-readout-id]').first().waitFor();
    expect(await targetInView(page)).toEqual({ side: '1', index, inView: true, focused: true });
    // The sentence holds the phrase's words.
    expect(await page.locator('.sentence.is-ledger-target').textContent()).toContain('伍德赛德');
    // The address keeps the texts (a reload shows the same ones).
    expect(page.url()).toContain('cn=cn-idcpc-zh&us=us-wh-zh-rfi');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the filtered table as CSV and Markdown', async () => {
    const { context, page } = await openPage(browser, '#/ledger', { locale: 'en-US', ...WIDE });
    await page.getByRole('table').waitFor();
    await page.getByRole('checkbox', { name: 'Topics' }).uncheck();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^readout-ledger-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await csv.createReadStream().then(
      (stream) =>
        new Promise<string>((ok) => {
          let out = '';
          stream.on('data', (d) => {
            out += String(d);
          });
          stream.on('end', () => ok(out));
        }),
    );
    expect(
      text.startsWith('\uFEFFdate,meeting,title,kind,item,label,side a,side b,evidence a,evidence b\r\n'),
    ).toBe(true);
    expect(text).not.toMatch(/\r\n[^,]*,[^,]*,[^,]*,topic,/);
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/^readout-ledger-\d{4}-\d{2}-\d{2}\.md$/);
    await context.close();
  });
});

describe('the copy-ready ledger', () => {
  it('pasted into a plain textarea, reads as a proper Markdown table; the rich text is an HTML table', async () => {
    const { context, page, errors } = await openMeeting(QIN_ZH);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl()).origin,
    });
    await page.getByRole('button', { name: 'Copy ledger' }).click();
    await expect.poll(() => page.locator('.ledger-copy-status').textContent()).toMatch(/^Copied/);
    // A plain textarea, as a newsletter's editor in plain-text mode.
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'paste-here';
      area.setAttribute('aria-label', 'Paste here');
      document.body.append(area);
      area.focus();
    });
    await page.keyboard.press('Control+V');
    const pasted = await page.locator('#paste-here').inputValue();
    expect(pasted.startsWith('## Ledger: Qin Gang – Antony Blinken phone call (2023-06-14)')).toBe(true);
    // Each table: a header row, a |---| row, then rows with as many cells (unescaped pipes) as the header.
    const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    const lines = pasted.split('\n');
    const tables: string[][] = [];
    for (const line of lines) {
      if (!line.startsWith('|')) continue;
      const prev = lines[lines.indexOf(line) - 1] ?? '';
      if (!prev.startsWith('|')) tables.push([]);
      tables.at(-1)?.push(line);
    }
    expect(tables.length).toBe(3);
    for (const t of tables) {
      expect(t[1]).toMatch(/^\|(---\|)+$/);
      for (const line of t) expect(cells(line)).toBe(cells(t[0] ?? ''));
    }
    expect(tables[0]?.[0]).toBe('| Fact | Chinese side | US side |');
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((i) => i.types.includes('text/html'));
      return item ? (await item.getType('text/html')).text() : '';
    });
    const counts = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'text/html');
      return { tables: doc.querySelectorAll('table').length, scripts: doc.querySelectorAll('script').length };
    }, html);
    expect(counts).toEqual({ tables: 3, scripts: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('accessibility and screenshots', () => {
  for (const [locale, lang] of [
    ['en-US', 'en'],
    ['zh-CN', 'zh'],
  ] as const) {
    it(`has no serious or critical axe violations with the ledger shown (${lang})`, async () => {
      const { context, page } = await openMeeting(FINER_ZH, locale);
      await page.locator('.reading .phrase-toggle').first().click();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.goto(appUrl('#/ledger'));
      await page.getByRole('table').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    it(`screenshots the facts panel, phrase marks and the across page at ${WIDE.width} and ${PHONE.width} px (${lang})`, async () => {
      // One context for both sizes: at each, the meeting is loaded afresh (a reload) at that size.
      const { context, page } = await openMeeting(QIN_ZH, locale, WIDE);
      for (const size of [WIDE, PHONE]) {
        await page.setViewportSize(size);
        await page.goto(appUrl(QIN_ZH));
        await page.reload();
        await page.locator('.aligned-rows [data-readout-id]').first().waitFor();
        await page.locator('.ledger-facts').waitFor();
        await page.locator('.ledger-facts').scrollIntoViewIfNeeded();
        await shot(page, `facts-${size.width}-${lang}`);
        await page.goto(appUrl(FINER_ZH));
        await page.locator('.reading mark.phrase-mark').first().waitFor();
        await page.locator('.reading mark.phrase-mark').first().scrollIntoViewIfNeeded();
        await shot(page, `phrases-${size.width}-${lang}`);
        await page.goto(appUrl('#/ledger'));
        await page.getByRole('table').waitFor();
        await shot(page, `across-${size.width}-${lang}`);
        const sideways = await page.evaluate(
          () => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth,
        );
        expect(sideways, `${size.width} px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
});

describe('dates typed the same in both languages', () => {
  it('filters the across page by dates written 年-月-日 in the Chinese UI, and flags a day that does not exist', async () => {
    const { context, page, errors } = await openPage(browser, '#/ledger', { locale: 'zh-CN', ...WIDE });
    const table = page.getByRole('table');
    await table.waitFor();
    const meetings = () => table.locator('.across-date').count();
    const all = await meetings();
    const from = page.getByRole('textbox', { name: '起', exact: true });
    const to = page.getByRole('textbox', { name: '止', exact: true });
    expect(await from.getAttribute('placeholder')).toBe('年-月-日');
    await from.fill('2024年1月10日');
    await to.fill('2024-01-10');
    await expect.poll(meetings).toBeLessThan(all);
    const oneDay = await meetings();
    expect(oneDay).toBeGreaterThan(0);
    await from.blur();
    expect(await from.inputValue()).toBe('2024-01-10');
    // A day that does not exist is flagged and filters nothing.
    await to.fill('2024-02-30');
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('没有这一天：请检查月份和日期。').waitFor();
    await expect.poll(meetings).toBeGreaterThanOrEqual(oneDay);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a sentence link on a phone', () => {
  it('lands on the sentence, not at the top of the page, when followed from the across page', async () => {
    const { context, page, errors } = await openPage(browser, '#/ledger', { locale: 'en-US', ...PHONE });
    const table = page.getByRole('table');
    await table.waitFor();
    // The link (without a topic) to the sentence furthest into its text, so the page has to scroll to it.
    const hrefs = await table
      .getByRole('link', { name: /Open the sentence$/ })
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const index = (h: string) => Number(/&s=(?:cn|us):(\d+)$/.exec(h)?.[1] ?? -1);
    const href = hrefs
      .filter((h) => !h.includes('topic='))
      .reduce((best, h) => (index(h) > index(best) ? h : best), '');
    expect(index(href)).toBeGreaterThan(2);
    await table.locator(`a[href="${href}"]`).first().click();
    await page.locator('.aligned-rows [data-readout-id]').first().waitFor();
    const target = await targetInView(page);
    expect(target).toMatchObject({ inView: true, focused: true });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
