import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, openPage } from './harness';

/*
 * Trustworthy claims (issue 9) in Chromium on the production bundle: a one-sided claim shows its evidence at the
 * claim; the reader takes a topic off a sentence and the glance, the topic grid, a reload, a second tab and the
 * meeting list all follow. (The real lexicon has no looser wording yet, so no corpus meeting has a
 * "possibly both" topic: the component tests cover that case with a test lexicon.)
 */

// The texts the claims below were checked on (an English UI would otherwise open the English translations).
const QIN = '#/meeting/2023-06-14-qin-blinken?cn=cn-mfa-zh-rfi&us=us-state-zh-rfi';
const WIDE = { width: 1440, height: 900 };
const CHANNELS = 'Lines of communication';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page): Promise<void> {
  await page.locator('.aligned-rows [data-readout-id]').first().waitFor();
}

function topicGrid(page: Page): Locator {
  return page.getByRole('table', { name: /Topics of the two readouts|两份纪要的议题/ });
}

function glanceLine(page: Page, lead: string): Locator {
  return page.getByRole('region', { name: 'At a glance' }).getByRole('listitem').filter({ hasText: lead });
}

/** How many topic-grid rows and US-only glance buttons name the topic. */
async function shown(page: Page, label: string): Promise<{ grid: number; glance: number }> {
  return {
    grid: await topicGrid(page).getByRole('button', { name: label, exact: true }).count(),
    glance: await glanceLine(page, 'Only the US side mentions')
      .getByRole('button', { name: label, exact: true })
      .count(),
  };
}

/** The Qin–Blinken column's cell (the oldest meeting: first column) in a topic's row of the list's grid. */
function qinCell(page: Page, label: string): Locator {
  const grid = page.getByRole('table', { name: /Topics mentioned by the Chinese side and the US side/ });
  return grid
    .locator('tr', { has: page.getByRole('rowheader', { name: label, exact: true }) })
    .locator('td')
    .first();
}

describe('evidence at the claim', () => {
  it('shows the sentence behind a one-sided claim and the silent side’s search beside the claim', async () => {
    const { context, page, errors } = await openPage(browser, QIN, { locale: 'en-US', ...WIDE });
    await ready(page);
    const cnOnly = glanceLine(page, 'Only the Chinese side mentions');
    const toggle = cnOnly.getByRole('button', { name: 'Evidence for “Taiwan”' });
    await toggle.click();
    const panel = page.getByRole('group', { name: 'Evidence: Taiwan' });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Only the Chinese side mentions “Taiwan”.');
    expect(await panel.locator('mark.evidence-topic').allTextContents()).toContain('台湾问题');
    expect(await panel.textContent()).toContain(
      'No mention in the quoted excerpt, and the looser search found nothing either; the full readout may mention it.',
    );
    // At the claim: just below (or above) its button, inside the viewport.
    const [button, box] = [await toggle.boundingBox(), await panel.boundingBox()];
    if (!button || !box) throw new Error('not laid out');
    expect(box.y >= button.y + button.height - 1 || box.y + box.height <= button.y + 1).toBe(true);
    expect(
      Math.min(Math.abs(box.y - (button.y + button.height)), Math.abs(button.y - (box.y + box.height))),
    ).toBeLessThan(20);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDE.width);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a topic-grid claim’s evidence by keyboard, inside a 390 px screen', async () => {
    const { context, page } = await openPage(browser, QIN, { locale: 'zh-CN', width: 390, height: 844 });
    await ready(page);
    // On a phone the topic table is folded under its disclosure, after the readouts.
    await page.getByText(/^议题，以及双方如何描述这次通话$/).click();
    const toggle = topicGrid(page).getByRole('button', { name: '“台湾问题”的依据' });
    await toggle.focus();
    const panel = page.getByRole('group', { name: '依据：台湾问题' });
    await panel.waitFor();
    const box = await panel.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    expect(await panel.textContent()).toContain('仅中方提到“台湾问题”。');
    await context.close();
  });
});

describe('the reader corrects the tagger', () => {
  it('takes a topic off a sentence: glance, grid, reload, a second tab and the meeting list follow', async () => {
    const { context, page, errors } = await openPage(browser, QIN, { locale: 'en-US', ...WIDE });
    const second = await context.newPage();
    await second.goto(page.url());
    await ready(page);
    await ready(second);
    expect(await shown(page, CHANNELS)).toEqual({ grid: 1, glance: 1 });

    // The US sentence on lines of communication, selected by click: its topics show under the status line.
    await page.bringToFront();
    const sentence = page.locator('.aligned-rows [data-side="1"][data-sentence="0"]');
    expect(await sentence.textContent()).toContain('沟通渠道');
    await sentence.click();
    const tools = page.getByRole('group', { name: /Topics of the selected sentence/ });
    await tools.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await tools.getByRole('button', { name: `Remove topic ${CHANNELS} from this sentence` }).click();

    // The whole page follows at once: no side mentions the topic any more.
    await expect.poll(() => shown(page, CHANNELS)).toEqual({ grid: 0, glance: 0 });
    await tools
      .getByRole('button', { name: `Undo your change to topic ${CHANNELS} on this sentence` })
      .waitFor();
    // The other tab follows without a reload (BroadcastChannel).
    await expect.poll(() => shown(second, CHANNELS), { timeout: 5000 }).toEqual({ grid: 0, glance: 0 });

    // It survives a reload.
    await page.reload();
    await ready(page);
    await expect.poll(() => shown(page, CHANNELS)).toEqual({ grid: 0, glance: 0 });

    // The meeting list's grid follows: the Qin–Blinken cell no longer says the US side mentions it.
    await page.goto(page.url().replace(/#.*$/, '#/'));
    const cell = qinCell(page, CHANNELS);
    await expect
      .poll(() => cell.locator('.sr-only').allTextContents(), { timeout: 10000 })
      .toEqual(expect.arrayContaining(['US side: not in the quoted excerpt', 'checked by you']));
    expect(await cell.locator('.sr-only').allTextContents()).not.toContain('US side: mentioned');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the list’s corrected cell in a tab opened after the change', async () => {
    const { context, page } = await openPage(browser, QIN, { locale: 'en-US', ...WIDE });
    await ready(page);
    await page.locator('.aligned-rows [data-side="1"][data-sentence="0"]').click();
    const tools = page.getByRole('group', { name: /Topics of the selected sentence/ });
    await tools
      .getByRole('button', { name: 'Remove topic Avoiding miscalculation from this sentence' })
      .click();
    await expect.poll(() => shown(page, 'Avoiding miscalculation')).toEqual({ grid: 0, glance: 0 });

    const list = await context.newPage();
    await list.goto(page.url().replace(/#.*$/, '#/'));
    // Another meeting still mentions it on the US side; the Qin–Blinken cell is the reader's now.
    const cell = qinCell(list, 'Avoiding miscalculation');
    await expect
      .poll(() => cell.locator('.sr-only').allTextContents(), { timeout: 10000 })
      .toContain('checked by you');
    await context.close();
  });
});
