import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage, screenshot } from './harness';

/*
 * The reader (issue 4) in Chromium on the production bundle: one-sided topics on the Qin–Blinken call told
 * apart from an excerpt's silence, topic selection by keyboard and by mouse bringing both sides' sentences into
 * view, chart labels following the UI language, word differences between two Chinese texts, axe, screenshots.
 */

const QIN = '#/meeting/2023-06-14-qin-blinken';
const FINER = '#/meeting/2024-01-10-liu-finer';
/** The same meetings on their Chinese texts (an English reader lands on the English ones, where they exist). */
const QIN_ZH = `${QIN}?cn=cn-mfa-zh-rfi&us=us-state-zh-rfi`;
const FINER_ZH = `${FINER}?cn=cn-idcpc-zh&us=us-wh-zh-rfi`;
/** Wide enough for the topic grid to sit beside the aligned rows (as on a desktop screen). */
const WIDE = { width: 1440, height: 900 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openMeeting(hash: string, locale: string, size: { width?: number; height?: number } = {}) {
  const opened = await openPage(browser, hash, { locale, ...size });
  await opened.page.locator('.aligned-rows [data-readout-id]').first().waitFor();
  return opened;
}

function topicGrid(page: Page): Locator {
  return page.getByRole('table', { name: /Topics of the two readouts|两份纪要的议题/ });
}

function topicRow(page: Page, label: string): Locator {
  return topicGrid(page).locator('tr', { has: page.getByRole('button', { name: label, exact: true }) });
}

/** Where each side's sentences on the selected topic are, and whether they are inside the viewport. */
async function hitsInView(page: Page): Promise<{ cn: boolean[]; us: boolean[] }> {
  return page.evaluate(() => {
    const inView = (el: Element) => {
      const r = el.getBoundingClientRect();
      const sticky = document.querySelector('.aligned-sticky')?.getBoundingClientRect().bottom ?? 0;
      // Below the sticky column heads and status line, above the bottom edge.
      return r.top >= Math.max(0, sticky) - 1 && r.bottom <= window.innerHeight + 1;
    };
    const side = (s: string) =>
      [...document.querySelectorAll(`.aligned-rows .cell.side-${s} .sentence.is-topic-hit`)].map(inView);
    return { cn: side('cn'), us: side('us') };
  });
}

const allTrue = (xs: boolean[]) => xs.length > 0 && xs.every(Boolean);

describe('the Qin–Blinken call', () => {
  it('marks Taiwan and internal affairs as only on the Chinese side, the US side as not in the quoted excerpt', async () => {
    const { context, page, errors } = await openMeeting(QIN_ZH, 'en-US');
    for (const label of ['Taiwan', 'Sovereignty and internal affairs']) {
      const row = topicRow(page, label);
      await expect.poll(() => row.textContent()).toContain('Only the Chinese side');
      const text = await row.textContent();
      expect(text).toContain('US side: not in the quoted excerpt (the full readout may mention it)');
      expect(text).not.toMatch(/not mentioned|left out|omit/i);
      // The chart says it too: its label, and the text beside the empty US side. Both texts are excerpts, so it
      // counts sentences instead of setting shares against each other.
      await expect
        .poll(() => row.getByRole('img').getAttribute('aria-label'))
        .toMatch(/^Chinese side: \d+ sentences?; US side: not in the quoted excerpt/);
      expect(await row.locator('.bar-us text').textContent()).toBe('not in excerpt');
    }
    // In the aligned rows, the Taiwan sentence stands alone with the same caveat, never as a US omission.
    const taiwanRow = page.locator('.aligned-row', { has: page.locator('mark[data-topics~="taiwan"]') });
    expect(await taiwanRow.locator('.cell.side-cn').textContent()).toContain('台湾');
    expect(await taiwanRow.locator('.cell.side-us').textContent()).toContain(
      'The US-side text is only an excerpt: the full readout may cover this.',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says at the top what only one side mentions, and a topic picked there scrolls the readouts to it', async () => {
    const { context, page, errors } = await openMeeting(QIN, 'en-US');
    const glance = page.getByRole('region', { name: 'At a glance' });
    // Above the provenance panels, within the first screen.
    const box = await glance.boundingBox();
    expect(box && box.y + box.height < 900).toBe(true);
    const cnOnly = glance.getByRole('listitem').filter({ hasText: 'Only the Chinese side mentions' });
    expect(await cnOnly.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining(['Taiwan', 'Sovereignty and internal affairs']),
    );
    expect(await cnOnly.textContent()).toContain("the US side's text is only an excerpt");
    await cnOnly.getByRole('button', { name: 'Taiwan', exact: true }).click();
    await expect.poll(async () => allTrue((await hitsInView(page)).cn), { timeout: 5000 }).toBe(true);
    expect(
      await topicGrid(page).getByRole('button', { name: 'Taiwan', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a shared link on its topic, scrolled to it, and keeps the topic the reader picks across a reload', async () => {
    const { context, page, errors } = await openMeeting(`${QIN}?topic=taiwan`, 'en-US');
    const taiwan = topicGrid(page).getByRole('button', { name: 'Taiwan', exact: true });
    expect(await taiwan.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => allTrue((await hitsInView(page)).cn), { timeout: 5000 }).toBe(true);

    await topicGrid(page).getByRole('button', { name: 'Lines of communication', exact: true }).click();
    await expect
      .poll(() => page.url())
      .toMatch(/#\/meeting\/2023-06-14-qin-blinken\?topic=communication-channels$/);
    await page.reload();
    await page.locator('.aligned-rows [data-readout-id]').first().waitFor();
    expect(
      await topicGrid(page)
        .getByRole('button', { name: 'Lines of communication', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await expect.poll(async () => allTrue((await hitsInView(page)).us), { timeout: 5000 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selecting Taiwan with the keyboard brings its sentence and the US side’s caveat into view', async () => {
    const { context, page } = await openMeeting(QIN, 'en-US');
    const button = topicGrid(page).getByRole('button', { name: 'Taiwan', exact: true });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => allTrue((await hitsInView(page)).cn)).toBe(true);
    const row = page.locator('.aligned-row', { has: page.locator('.sentence.is-topic-hit') });
    expect(await row.locator('.cell.side-us .only-caveat').isVisible()).toBe(true);
    expect(await page.locator('mark.topic-selected').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('switches the chart labels with the UI language', async () => {
    const { context, page } = await openMeeting(QIN, 'en-US');
    const axis = topicGrid(page).locator('svg.mirror-axis');
    expect(await axis.locator('text').allTextContents()).toEqual(['◀ Chinese side', 'US side ▶']);
    expect(await axis.locator('title').textContent()).toMatch(/the Chinese side on the left/);
    const taiwanBar = () => topicRow(page, 'Taiwan').getByRole('img');
    expect(await taiwanBar().getAttribute('aria-label')).toMatch(/^Chinese side: /);

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await expect.poll(() => axis.locator('text').allTextContents()).toEqual(['◀ 中方', '美方 ▶']);
    expect(await axis.locator('title').textContent()).toBe('提到各议题的句数：中方在左，美方在右');
    const zhBar = topicRow(page, '台湾问题').getByRole('img');
    expect(await zhBar.getAttribute('aria-label')).toMatch(/^中方：\d+ 句.*美方：引述节选中未见/);
    expect(await topicRow(page, '台湾问题').locator('.bar-us text').textContent()).toBe('节选未见');
    expect(await topicRow(page, '台湾问题').textContent()).toContain('仅中方');
    await context.close();
  });
});

describe('topic selection on the Finer meeting (a topic both sides mention)', () => {
  it('scrolls both sides to the topic, by keyboard and by mouse', async () => {
    const { context, page } = await openMeeting(FINER, 'en-US');
    expect((await hitsInView(page)).cn).toEqual([]);

    const keyboardTopic = topicGrid(page).getByRole('button', {
      name: 'Lines of communication',
      exact: true,
    });
    await keyboardTopic.focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => hitsInView(page)).toEqual({ cn: [true], us: [true] });

    await page.evaluate(() => window.scrollTo(0, 0));
    const mouseTopic = topicGrid(page).getByRole('button', {
      name: "Implementing leaders' consensus",
      exact: true,
    });
    await mouseTopic.click();
    expect(await mouseTopic.getAttribute('aria-pressed')).toBe('true');
    expect(await keyboardTopic.getAttribute('aria-pressed')).toBe('false');
    await expect
      .poll(async () => {
        const hits = await hitsInView(page);
        return allTrue(hits.cn) && allTrue(hits.us);
      })
      .toBe(true);
    await context.close();
  });
});

describe('screenshots and accessibility of the reader', () => {
  it('has no serious or critical axe violations with a topic selected, in either language', async () => {
    for (const [locale, label, name] of [
      ['en-US', 'Lines of communication', 'reader-topic-en'],
      ['zh-CN', '沟通渠道', 'reader-topic-zh'],
    ] as const) {
      const { context, page } = await openMeeting(FINER_ZH, locale, WIDE);
      await topicGrid(page).getByRole('button', { name: label, exact: true }).click();
      await expect.poll(async () => allTrue((await hitsInView(page)).us)).toBe(true);
      await screenshot(page, name);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('shows word differences between two Chinese texts, passes axe, and keeps a screenshot', async () => {
    const { context, page } = await openMeeting(FINER, 'zh-CN', WIDE);
    await page.getByRole('radio', { name: '两方均用中文' }).check();
    const diff = page.getByRole('checkbox', { name: '显示字词差异' });
    expect(await diff.isEnabled()).toBe(true);
    await diff.check();
    const rows = page.locator('.aligned-rows');
    await rows.locator('ins.diff-insert').first().waitFor();
    expect(await rows.locator('ins.diff-insert').count()).toBeGreaterThan(0);
    expect(await rows.locator('del.diff-delete').count()).toBeGreaterThan(0);
    // Each mark keeps the notes contract: one text node, the raw slice of its own readout.
    const marks = await rows
      .locator('ins.diff-insert, del.diff-delete')
      .evaluateAll((els) =>
        els.map((el) => ({ id: el.getAttribute('data-readout-id'), nodes: el.childNodes.length })),
      );
    expect(marks.every((m) => m.id && m.nodes === 1)).toBe(true);
    // The legend explains the two new marks.
    expect(await page.getByRole('list', { name: '标记说明' }).textContent()).toContain('仅见于美方文本');
    await rows.scrollIntoViewIfNeeded();
    await page.locator('.aligned-row', { has: page.locator('ins.diff-insert') }).scrollIntoViewIfNeeded();
    await screenshot(page, 'reader-diff-zh');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
