import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMeeting, readoutText } from '../core/notes/corpus-fixture';
import { appUrl, launchBrowser, openPage } from './harness';

/*
 * Notes under hostile or damaged input, in Chromium with its real IndexedDB: an imported note with a huge
 * context never freezes the page (measured with long-task timing), and nothing is lost or hidden — a note
 * deleted in another tab while being edited, a note under a numeric key, a database missing a store, and
 * records that had to be set aside.
 */

const MEETING = '2024-01-10-liu-finer';
const ROUTE = `#/meeting/${MEETING}`;
const DB = 'readout-compare-notes';

// TEST DATA written for this test (a fictional readout, not an official text): ~5,000 characters where 的
// is common, as in the reported freeze.
const LONG_CN = Array.from(
  { length: 80 },
  (_, i) => `第${i + 1}段：双方就两国关系中的重要问题以及共同关心的国际和地区问题深入交换了意见。`,
)
  .join('\n')
  .slice(0, 5000);
const SHORT_US =
  'The two sides discussed bilateral issues (test data).\nThey agreed to keep lines of communication open.';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Records every main-thread task over 50 ms from the first script on (Long Tasks API). */
async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Waits until the page has had no long task for a second (the reader done rendering the comparison). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
          .__longTasks;
        const quietSince = () => Math.max(0, ...tasks.map((t) => t.start + t.duration));
        const check = () => (performance.now() - quietSince() > 1000 ? done() : setTimeout(check, 100));
        check();
      }),
  );
}

async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((e) => e.start + e.duration >= t)
          .map((e) => e.duration),
      ),
    since,
  );
}

type RawOp = { put: unknown } | 'keys' | 'prefix-lengths' | 'shape' | 'set-aside';

/** One operation on the notes database in the page, through a connection of its own (no eval: CSP-safe). */
async function rawDb(page: Page, op: RawOp): Promise<string> {
  return page.evaluate(
    ({ db, op }) =>
      new Promise<string>((done) => {
        const req = indexedDB.open(db);
        req.onerror = () => done('open failed');
        req.onsuccess = () => {
          const conn = req.result;
          const finish = (s: string) => {
            conn.close();
            done(s);
          };
          if (op === 'shape')
            return finish(JSON.stringify([conn.version, [...conn.objectStoreNames].sort()]));
          if (op === 'set-aside') {
            const all = conn.transaction('set-aside').objectStore('set-aside').getAll();
            all.onsuccess = () => finish(JSON.stringify(all.result));
            return;
          }
          if (typeof op === 'object') {
            const tx = conn.transaction('notes', 'readwrite');
            tx.objectStore('notes').put(op.put);
            tx.oncomplete = () => finish('ok');
            return;
          }
          const store = conn.transaction('notes').objectStore('notes');
          const r = op === 'keys' ? store.getAllKeys() : store.getAll();
          r.onsuccess = () =>
            finish(
              JSON.stringify(
                op === 'keys'
                  ? r.result
                  : (r.result as { note: { targets: { selectors: { quote: { prefix: string } } }[] } }[]).map(
                      (x) => x.note.targets[0]?.selectors.quote.prefix.length,
                    ),
              ),
            );
        };
      }),
    { db: DB, op },
  );
}

function aNote(id: string, readoutId: string, side: 'cn' | 'us', exact: string, start: number, body: string) {
  const stamp = '2024-05-01T10:00:00.000Z';
  return {
    id,
    meetingId: MEETING,
    created: stamp,
    modified: stamp,
    kind: 'other',
    body,
    targets: [
      {
        readoutId,
        side,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start, end: start + exact.length },
        },
      },
    ],
  };
}

const US_TEXT_ID = 'us-wh-zh-rfi';
const US_QUOTE = '双方讨论了';

/** Where the quote is in the US text (read from the corpus file), once the page has loaded. */
async function usQuoteStart(page: Page): Promise<number> {
  await page.locator('.notes-panel .notes-hint').first().waitFor();
  const at = readoutText(loadMeeting(MEETING), US_TEXT_ID).indexOf(US_QUOTE);
  if (at < 0) throw new Error('quote not in the corpus text');
  return at;
}

describe('notes under hostile input', () => {
  // Wall-clock task lengths on a machine two cores shared by several test runs: a busy neighbour can stretch one
  // task, so the measurement gets two more tries before it counts as a failure.
  it('imports a note with 1,000 characters of context on a 5,000-character readout, and reopens, with no task over 200 ms', {
    retry: 2,
  }, async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    await watchLongTasks(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(appUrl('#/new'));
    await page.getByLabel('Chinese-side readout text').fill(LONG_CN);
    await page.getByLabel('US-side readout text').fill(SHORT_US);
    await expect
      .poll(() => page.locator('.byo-side').getByLabel('Language').count(), { timeout: 15000 })
      .toBe(2);
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForURL(/#\/meeting\/user-/);
    const meetingId = decodeURIComponent(new URL(page.url()).hash.replace('#/meeting/', ''));
    await page.locator('[data-readout-id="cn-zh"][data-offset]').first().waitFor();
    await page.locator('.notes-panel .notes-hint').first().waitFor();

    const hostile = {
      '@context': ['http://www.w3.org/ns/anno.jsonld'],
      type: 'Annotation',
      id: 'urn:uuid:7d7d7d7d-0000-4000-8000-000000000001',
      created: '2024-05-01T10:00:00.000Z',
      body: [{ type: 'TextualBody', purpose: 'commenting', value: 'A note with a huge context.' }],
      target: {
        type: 'SpecificResource',
        source: `urn:readout-compare:${encodeURIComponent(meetingId)}/cn-zh`,
        'rc:side': 'cn',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: '的',
            prefix: '甲乙丙丁'.repeat(250),
            suffix: '子丑寅卯'.repeat(250),
          },
          { type: 'TextPositionSelector', start: 3, end: 4 },
        ],
      },
    };
    await settle(page);
    const before = await page.evaluate(() => performance.now());
    await page
      .locator('.notes-panel')
      .getByLabel('Import JSON-LD')
      .setInputFiles({
        name: 'hostile.jsonld',
        mimeType: 'application/ld+json',
        buffer: Buffer.from(JSON.stringify(hostile)),
      });
    await page
      .getByRole('region', { name: 'Import result' })
      .getByText(/1 added/)
      .waitFor();
    await page.locator('.notes-panel article').first().waitFor();
    // Let any anchoring slices run, then read the longest task since the import started.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    const atImport = await longestTaskSince(page, before);

    await page.reload();
    await page.locator('.notes-panel article').first().waitFor();
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    const atReopen = await longestTaskSince(page, 0);
    // The context was cut to 64 characters on import: the stored note carries no more.
    const stored = await rawDb(page, 'prefix-lengths');
    expect(JSON.parse(stored)).toEqual([64]);
    // Printed for the record (the bench keeps the numbers); the limit is the issue's.
    console.info(`longest main-thread task: ${atImport} ms at import, ${atReopen} ms at reopen`);
    expect(atImport).toBeLessThan(200);
    expect(atReopen).toBeLessThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('nothing lost, nothing hidden', () => {
  it('keeps the text of a note deleted in another tab while it was being edited, and saves it as a new note', async () => {
    const { context, page: tabA, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const start = await usQuoteStart(tabA);
    const shared = aNote('n-shared', US_TEXT_ID, 'us', US_QUOTE, start, 'Shared note.');
    await rawDb(tabA, { put: { id: shared.id, meetingId: MEETING, rev: 1, note: shared } });
    await tabA.reload();
    const tabB = await context.newPage();
    await tabB.goto(tabA.url());
    await tabA.bringToFront();
    const panelA = tabA.locator('.notes-panel');
    await panelA.getByRole('button', { name: 'Edit' }).click();
    const body = panelA.getByRole('form', { name: 'Edit note' }).getByLabel('Your note');
    await body.fill('Text typed in tab A that must survive.');

    await tabB.bringToFront();
    await tabB.locator('.notes-panel').getByRole('button', { name: 'Delete' }).click();
    await tabB.locator('.notes-panel').getByText('Note deleted.').waitFor();

    await tabA.bringToFront();
    await panelA
      .getByRole('alert')
      .filter({ hasText: 'deleted in another tab while you were editing it' })
      .waitFor();
    const kept = panelA.getByRole('form', { name: 'Your text (its note was deleted in another tab)' });
    expect(await kept.getByLabel('Your note').inputValue()).toBe('Text typed in tab A that must survive.');
    await kept.getByRole('button', { name: 'Save as a new note' }).click();
    await panelA.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(() => tabB.locator('.notes-panel article').count(), { timeout: 5000 }).toBe(1);
    expect(await tabB.locator('.notes-panel article').textContent()).toContain(
      'Text typed in tab A that must survive.',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('files a note stored under a numeric key again, once, and says so', async () => {
    const { context, page, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const start = await usQuoteStart(page);
    const record = {
      id: 5,
      meetingId: MEETING,
      rev: 1,
      note: aNote('n-five', US_TEXT_ID, 'us', US_QUOTE, start, 'Under key 5.'),
    };
    await rawDb(page, { put: record });
    await page.reload();
    const panel = page.locator('.notes-panel');
    await panel.getByText('Under key 5.').waitFor();
    await panel.getByText(/1 stored notes were filed under a wrong key/).waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    // Once: the next load has nothing to repair and nothing to set aside.
    await page.reload();
    await panel.getByText('Under key 5.').waitFor();
    expect(await panel.getByText(/filed under a wrong key/).count()).toBe(0);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await rawDb(page, 'keys')).toBe('["n-five"]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('repairs a database missing a store at the current version and shows every note', async () => {
    const { context, page, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const start = await usQuoteStart(page);
    await page.locator('.notes-panel .notes-hint').first().waitFor();
    const version = await page.evaluate(
      ({ db, note }) =>
        new Promise<number>((done) => {
          // The open page gives way (it closes on versionchange); then build a damaged database.
          const del = indexedDB.deleteDatabase(db);
          del.onsuccess = () => {
            const req = indexedDB.open(db, 2);
            req.onupgradeneeded = () => {
              req.result.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
            };
            req.onsuccess = () => {
              const tx = req.result.transaction('notes', 'readwrite');
              tx.objectStore('notes').put({ id: note.id, meetingId: note.meetingId, rev: 1, note });
              tx.oncomplete = () => {
                req.result.close();
                done(2);
              };
            };
          };
        }),
      { db: DB, note: aNote('n-kept', US_TEXT_ID, 'us', US_QUOTE, start, 'Kept through the repair.') },
    );
    expect(version).toBe(2);
    await page.reload();
    const panel = page.locator('.notes-panel');
    await panel.getByText('Kept through the repair.').waitFor();
    await panel.getByText(/Part of the notes database was missing/).waitFor();
    expect(await panel.getByText(/The browser refused to save/).count()).toBe(0);
    // Saving works again: edit the note.
    await panel.getByRole('button', { name: 'Edit' }).click();
    await panel
      .getByRole('form', { name: 'Edit note' })
      .getByLabel('Your note')
      .fill('Edited after the repair.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await panel.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect(await rawDb(page, 'shape')).toBe('[3,["notes","set-aside"]]');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps, through the upgrade, what an older version had set aside under its old name (quarantine)', async () => {
    const { context, page, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const start = await usQuoteStart(page);
    const old = {
      recordKey: 'old-bad',
      value: { id: 'old-bad', body: 42 },
      reason: 'note.body',
      at: '2024-03-01T00:00:00.000Z',
    };
    await page.evaluate(
      ({ db, note, old }) =>
        new Promise<void>((done) => {
          // The version-2 database the app made before `quarantine` became `set-aside`.
          const del = indexedDB.deleteDatabase(db);
          del.onsuccess = () => {
            const req = indexedDB.open(db, 2);
            req.onupgradeneeded = () => {
              req.result.createObjectStore('notes', { keyPath: 'id' }).createIndex('byMeeting', 'meetingId');
              req.result.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
            };
            req.onsuccess = () => {
              const tx = req.result.transaction(['notes', 'quarantine'], 'readwrite');
              tx.objectStore('notes').put({ id: note.id, meetingId: note.meetingId, rev: 1, note });
              tx.objectStore('quarantine').add(old);
              tx.oncomplete = () => {
                req.result.close();
                done();
              };
            };
          };
        }),
      { db: DB, note: aNote('n-old', US_TEXT_ID, 'us', US_QUOTE, start, 'Kept through the upgrade.'), old },
    );
    await page.reload();
    const panel = page.locator('.notes-panel');
    await panel.getByText('Kept through the upgrade.').waitFor();
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await rawDb(page, 'shape')).toBe('[3,["notes","set-aside"]]');
    expect(JSON.parse(await rawDb(page, 'set-aside'))).toEqual([
      { key: 'old-bad', value: old.value, reason: 'note.body', at: Date.UTC(2024, 2, 1) },
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the reader download records that had to be set aside, from the alert', async () => {
    const { context, page, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    await usQuoteStart(page);
    const broken = { id: 'broken', meetingId: MEETING, rev: 1, note: { id: 'broken', body: 42 } };
    await rawDb(page, { put: broken });
    await page.reload();
    const alert = page.locator('.notes-panel').getByRole('alert');
    await alert.getByText('1 stored note records could not be read.', { exact: false }).waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download the set-aside records' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('readout-notes-set-aside.json');
    const records = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(records).toEqual([expect.objectContaining({ recordKey: 'broken', value: broken })]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
