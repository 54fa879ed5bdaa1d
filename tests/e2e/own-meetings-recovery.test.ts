import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUserMeeting } from '../../src/core/ingest/user-meeting';
import type { Meeting } from '../../src/core/model';
import { launchBrowser, openPage } from './harness';

/*
 * The reader's own meetings, nothing lost and nothing hidden: records that cannot be read back (including a
 * source link that is not http(s)) are set aside with a message, downloadable, and kept until discarded; a
 * full storage when saving says so and keeps the typed texts.
 */

// TEST DATA written for this test: fictional meetings (names and dates invented), not official texts.
const CN_TEXT = `李明同约翰·史密斯举行会谈（测试数据）
2031年3月5日，外交部长李明在日内瓦同美国国务卿约翰·史密斯举行会谈。
李明表示，双方应当加强沟通，妥善管控分歧。`;
const US_TEXT = `Secretary Smith's Meeting with Foreign Minister Li Ming (test data)
March 5, 2031
Secretary of State John Smith met with Foreign Minister Li Ming in Geneva. The Secretary underscored the importance of maintaining open lines of communication.`;

const QUOTA_MESSAGE = {
  en: "Your browser's storage for this site is full, so the meeting was not saved. Your texts are still in the form.",
  zh: '此浏览器为本网站提供的存储空间已满，会晤没有保存。你输入的文本仍在表单中。',
};

function meeting(title: string, random: string, sourceUrl?: string): Meeting {
  return buildUserMeeting(
    { text: CN_TEXT, lang: 'zh', ...(sourceUrl ? { sourceUrl } : {}) },
    { text: US_TEXT, lang: 'en' },
    { date: '2031-03-05', title },
    { today: '2031-03-05', random },
  );
}

/** The good meeting with its Chinese-side source link replaced, as a tampered or older record could hold it. */
function withSourceUrl(m: Meeting, url: string): Meeting {
  const [first, ...rest] = m.readouts;
  if (!first) throw new Error('a readout expected');
  return { ...m, readouts: [{ ...first, source: { url } }, ...rest] };
}

const record = (m: Meeting) => ({ id: m.id, meeting: m, createdAt: 1, updatedAt: 1, schema: 1 });

/** Resolves once the app has created its own-meetings database with its stores (it opens it after hydrating). */
async function appDatabaseReady(page: Page): Promise<void> {
  // Polled from the test: each check is one page.evaluate, which waits for the check's promise.
  await expect.poll(() => page.evaluate(hasAppDatabase), { timeout: 20_000 }).toBe(true);
}

async function hasAppDatabase(): Promise<boolean> {
  const name = 'readout-compare-meetings';
  // Never open a database the app has not made: that would create an empty one under its name.
  if (!(await indexedDB.databases()).some((d) => d.name === name && (d.version ?? 0) >= 1)) return false;
  const open = indexedDB.open(name);
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  const ready = db.objectStoreNames.contains('meetings') && db.objectStoreNames.contains('set-aside');
  db.close();
  return ready;
}

/** Writes records straight into the app's IndexedDB store, once the app has created it. */
async function seed(page: Page, records: object[]): Promise<void> {
  await appDatabaseReady(page);
  await page.evaluate(async (values) => {
    const open = indexedDB.open('readout-compare-meetings', 1);
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction('meetings', 'readwrite');
    for (const value of values) tx.objectStore('meetings').put(value);
    await new Promise((ok, fail) => {
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, records);
}

function setAsideCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = indexedDB.open('readout-compare-meetings', 1);
    const db = await new Promise<IDBDatabase>((ok) => {
      open.onsuccess = () => ok(open.result);
    });
    const count = db.transaction('set-aside').objectStore('set-aside').count();
    const n = await new Promise<number>((ok) => {
      count.onsuccess = () => ok(count.result);
    });
    db.close();
    return n;
  });
}

async function fillAndWaitChecked(page: Page, cnLabel: string, usLabel: string): Promise<void> {
  await page.getByLabel(cnLabel).fill(CN_TEXT);
  await page.getByLabel(usLabel).fill(US_TEXT);
  // Both texts were checked in the worker: each side shows its language picker.
  await expect.poll(() => page.locator('.byo-side select').count(), { timeout: 15000 }).toBe(2);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('own meetings that cannot be read back', () => {
  it('sets a meeting with a javascript: source link aside with a message, never renders it, downloads it and keeps it until discarded', async () => {
    const { context, page, errors } = await openPage(browser, '#/', { locale: 'en-US' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const good = meeting('Readable test meeting (test data)', 'good01', 'https://example.org/cn');
    const scripted = withSourceUrl(
      meeting('Script link test meeting (test data)', 'bad001'),
      'javascript:alert(document.domain)',
    );
    await seed(page, [record(good), record(scripted), { id: 'user-garbage', meeting: 'not a meeting' }]);

    await page.reload();
    await page.getByRole('link', { name: 'Readable test meeting (test data)' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Script link test meeting (test data)' }).count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

    // Its own address shows no text of it, and no link to the script.
    await page.goto(new URL(`#/meeting/${scripted.id}`, page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Meeting not found' }).waitFor();
    expect(await page.locator('[data-readout-id]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

    await page.goto(new URL('#/new', page.url()).href);
    const notice = page.getByRole('region', { name: 'Own meetings set aside' });
    await notice.getByText('2 of your own meetings stored in this browser could not be read.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download the set-aside meetings (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^readout-compare-set-aside-meetings-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const byKey = new Map(file.records.map((r: { key: string }) => [r.key, r]));
    expect(byKey.get(scripted.id)).toMatchObject({
      reason: 'meeting readouts[0].source.url',
      value: { meeting: { title: { en: 'Script link test meeting (test data)' } } },
    });
    // Nothing lost: the record comes back exactly as it was stored.
    expect((byKey.get(scripted.id) as { value: unknown }).value).toEqual(record(scripted));
    expect(byKey.get('user-garbage')).toMatchObject({ reason: 'meeting not an object' });
    await notice
      .getByRole('status')
      .getByText(/^Downloaded readout-compare-set-aside-meetings-/)
      .waitFor();

    // Kept: a new visit still says so.
    await page.reload();
    await notice.getByText('2 of your own meetings').waitFor();
    expect(await setAsideCount(page)).toBe(2);

    await notice.getByRole('button', { name: 'Discard the set-aside meetings' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Discard for good' }).click();
    await page.getByRole('status').filter({ hasText: 'The set-aside meetings were discarded.' }).waitFor();
    expect(await setAsideCount(page)).toBe(0);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'New comparison' }).waitFor();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so in Chinese when the UI is in Chinese', async () => {
    const { context, page, errors } = await openPage(browser, '#/new', { locale: 'zh-CN' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seed(page, [
      record(withSourceUrl(meeting('Data link test meeting', 'bad002'), 'data:text/html,x')),
    ]);
    await page.reload();
    const notice = page.getByRole('region', { name: '被搁置的会晤' });
    await notice.getByText('此浏览器中保存的 1 个你自己的会晤无法读取。').waitFor();
    await notice.getByRole('button', { name: '下载被搁置的会晤（JSON）' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a full storage when saving a meeting', () => {
  for (const [locale, lang, cnLabel, usLabel, compare] of [
    ['en-US', 'en', 'Chinese-side readout text', 'US-side readout text', 'Compare'],
    ['zh-CN', 'zh', '中方纪要文本', '美方纪要文本', '对读'],
  ] as const) {
    it(`says the storage is full and keeps the typed texts (${lang})`, async () => {
      const { context, page, errors } = await openPage(browser, '#/new', { locale });
      await fillAndWaitChecked(page, cnLabel, usLabel);
      // A stand-in for a full disk: every put is refused the way the browser refuses it.
      await page.evaluate(() => {
        const store = IDBObjectStore.prototype as IDBObjectStore & { __put?: IDBObjectStore['put'] };
        store.__put = store.put;
        store.put = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.getByRole('button', { name: compare, exact: true }).click();
      await page.getByRole('alert').filter({ hasText: QUOTA_MESSAGE[lang] }).waitFor();
      expect(new URL(page.url()).hash).toBe('#/new');
      expect(await page.getByLabel(cnLabel).inputValue()).toBe(CN_TEXT);
      expect(await page.getByLabel(usLabel).inputValue()).toBe(US_TEXT);

      // Room again: the same button saves the same texts.
      await page.evaluate(() => {
        const store = IDBObjectStore.prototype as IDBObjectStore & { __put?: IDBObjectStore['put'] };
        if (store.__put) store.put = store.__put;
      });
      await page.getByRole('button', { name: compare, exact: true }).click();
      await page.waitForURL(/#\/meeting\/user-2031-03-05-/);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("says the same when Chromium's own quota refuses the write (the transaction aborts on commit)", async () => {
    const { context, page, errors } = await openPage(browser, '#/new', { locale: 'en-US' });
    await fillAndWaitChecked(page, 'Chinese-side readout text', 'US-side readout text');
    const cdp = await context.newCDPSession(page);
    const origin = new URL(page.url()).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: QUOTA_MESSAGE.en }).waitFor();
    expect(await page.getByLabel('US-side readout text').inputValue()).toBe(US_TEXT);

    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/#\/meeting\/user-2031-03-05-/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
