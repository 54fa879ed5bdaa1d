import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, parseLabelledSentences } from '../../scripts/eval-topics-data';
import { compareReadouts } from '../../src/core/compare/compare-readouts';
import { correctionNote } from '../../src/core/notes/corrections';
import { exportJsonLd } from '../../src/core/notes/export-jsonld';
import { compareInputOf } from '../../src/core/view/text-choice';
import { loadMeeting } from '../core/notes/corpus-fixture';
import { dragSelect } from './drag-select';
import { axeViolations, launchBrowser, openPage, SCREENSHOTS } from './harness';

/*
 * Notes end to end in Chromium with its real IndexedDB: select with the mouse, save, reload, export, clear
 * the store, import, and every note is anchored again.
 */

const MEETING = '2024-01-10-liu-finer';
const ROUTE = `#/meeting/${MEETING}`;
/** A phrase per readout text the reader may show by default. */
const PHRASES: Record<string, string> = {
  'cn-idcpc-zh': '推动落实两国元首达成的重要共识和成果',
  'us-wh-zh-rfi': '台湾海峡和南海和平与稳定的重要性',
  'us-wh-zh-initium': '台海和南海和平与稳定的重要性',
  'us-wh-en-rfi': 'peace and stability in the Taiwan Strait',
  'cn-idcpc-en': 'advance the implementation of the important consensus',
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function shownReadouts(page: Page): Promise<string[]> {
  await page.waitForSelector('[data-readout-id][data-offset]');
  return page.evaluate(() => [
    ...new Set(
      [...document.querySelectorAll('[data-readout-id][data-offset]')].map(
        (e) => e.getAttribute('data-readout-id') ?? '',
      ),
    ),
  ]);
}

/** Drags the mouse over `phrase` in the readout's leaves, as a reader would. */
async function addNote(
  page: Page,
  readoutId: string,
  phrase: string,
  body: string,
  kind: string,
): Promise<void> {
  await dragSelect(page, readoutId, phrase);
  const panel = page.locator('.notes-panel');
  await expect.poll(() => panel.locator('.notes-selection q').first().textContent()).toBe(phrase);
  await panel.getByRole('button', { name: 'Add a note on this passage' }).click();
  const form = panel.getByRole('form', { name: 'New note' });
  await form.getByLabel('Kind').selectOption(kind);
  await form.getByLabel('Your note').fill(body);
  await form.getByRole('button', { name: 'Save note' }).click();
  await panel.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
}

/** The text of the leaves marked as carrying a note, per readout. */
async function markedText(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-note-id][data-readout-id]')) {
      const id = el.dataset.readoutId ?? '';
      out[id] = (out[id] ?? '') + (el.textContent ?? '');
    }
    return out;
  });
}

async function download(page: Page, button: string): Promise<{ name: string; text: string; path: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.notes-panel').getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('notes in the browser', () => {
  it('survive a reload, export as Markdown and JSON-LD, and come back anchored after clear + import', async () => {
    const { context, page, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const shown = await shownReadouts(page);
    const cn = shown.find((id) => id.startsWith('cn-') && PHRASES[id]);
    const us = shown.find((id) => id.startsWith('us-') && PHRASES[id]);
    if (!cn || !us) throw new Error(`unexpected texts on the page: ${shown.join(', ')}`);
    const cnPhrase = PHRASES[cn] as string;
    const usPhrase = PHRASES[us] as string;

    await addNote(page, us, usPhrase, 'Only the US side names Taiwan and the South China Sea.', 'omitted');
    await addNote(page, cn, cnPhrase, 'The Chinese side speaks of consensus, not outcomes.', 'reframed');
    expect(await markedText(page)).toEqual({ [cn]: cnPhrase, [us]: usPhrase });

    await page.reload();
    await page.locator('.notes-panel article').nth(1).waitFor();
    await expect.poll(() => markedText(page)).toEqual({ [cn]: cnPhrase, [us]: usPhrase });
    expect(await page.locator('.notes-orphans').count()).toBe(0);

    const md = await download(page, 'Export Markdown');
    expect(md.name).toBe(`readout-notes-${MEETING}.md`);
    expect(md.text).toContain('# Comparison notes: Liu Jianchao meets Jon Finer');
    expect(md.text).toContain('- Participants, US side: Jon Finer');
    expect(md.text).toContain('## Sources');
    expect(md.text).toContain('## Topics only one side mentions');
    expect(md.text).toMatch(/\| Taiwan \| US side \| \d+ \| Chinese side: not in the quoted excerpt \|/);
    expect(md.text).toContain(`**Compared** · International Department of the CPC Central Committee`);
    expect(md.text).toContain(`> ${cnPhrase}`);
    expect(md.text).toContain(`> ${usPhrase}`);
    expect(md.text).toMatch(/### \d\. Omitted · US side/);
    expect(md.text).toContain('Only the US side names Taiwan and the South China Sea.');

    const ld = await download(page, 'Export JSON-LD');
    expect(ld.name).toBe(`readout-notes-${MEETING}.jsonld`);
    const doc = JSON.parse(ld.text);
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    const items = doc.first.items as {
      target: { source: string; selector: { type: string; exact?: string }[] }[];
    }[];
    expect(items).toHaveLength(2);
    expect(items.map((a) => a.target[0]?.selector[0]?.exact).sort()).toEqual([cnPhrase, usPhrase].sort());
    expect(items.map((a) => a.target[0]?.source).sort()).toEqual(
      [`urn:readout-compare:${MEETING}/${cn}`, `urn:readout-compare:${MEETING}/${us}`].sort(),
    );

    // Clear the store (the open page gives way), reload: no notes.
    const deleted = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          const req = indexedDB.deleteDatabase('readout-compare-notes');
          req.onsuccess = () => done('deleted');
          req.onerror = () => done('error');
          req.onblocked = () => undefined;
        }),
    );
    expect(deleted).toBe('deleted');
    await page.reload();
    await page.locator('.notes-panel .notes-hint').first().waitFor();
    expect(await page.locator('.notes-panel article').count()).toBe(0);
    expect(await markedText(page)).toEqual({});

    await page.locator('.notes-panel').getByLabel('Import JSON-LD').setInputFiles(ld.path);
    await page
      .getByRole('region', { name: 'Import result' })
      .getByText(/2 added, 0 already here/)
      .waitFor();
    await expect.poll(() => markedText(page)).toEqual({ [cn]: cnPhrase, [us]: usPhrase });
    expect(await page.locator('.notes-panel article').count()).toBe(2);
    expect(await page.locator('.notes-orphans').count()).toBe(0);

    // The same export again is identical but for the export time.
    const again = await download(page, 'Export JSON-LD');
    const strip = (s: string) => s.replace(/"generated": "[^"]+"/, '');
    expect(strip(again.text)).toBe(strip(ld.text));

    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps two open tabs in step: each sees the other's new note at once, and neither loses one", async () => {
    const { context, page: first, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const second = await context.newPage();
    await second.goto(first.url());
    const shown = await shownReadouts(first);
    await shownReadouts(second);
    const cn = shown.find((id) => id.startsWith('cn-') && PHRASES[id]);
    const us = shown.find((id) => id.startsWith('us-') && PHRASES[id]);
    if (!cn || !us) throw new Error(`unexpected texts on the page: ${shown.join(', ')}`);
    const notesIn = (page: Page) => page.locator('.notes-panel article');

    // The tab being written in is in front, as a reader's would be (a background tab's frames are throttled).
    await first.bringToFront();
    await addNote(first, us, PHRASES[us] as string, 'Written in the first tab.', 'omitted');
    // The second tab shows it without a reload (BroadcastChannel), anchored at the same passage.
    await expect.poll(() => notesIn(second).count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => markedText(second)).toEqual({ [us]: PHRASES[us] });

    await second.bringToFront();
    await addNote(second, cn, PHRASES[cn] as string, 'Written in the second tab.', 'reframed');
    await expect.poll(() => notesIn(first).count(), { timeout: 5000 }).toBe(2);
    expect(await notesIn(first).allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Written in the first tab.'),
        expect.stringContaining('Written in the second tab.'),
      ]),
    );

    // Both notes are in the store, whichever tab reloads.
    await first.reload();
    await expect.poll(() => notesIn(first).count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the panel in English and Chinese (screenshots) with no serious accessibility violations', async () => {
    for (const [locale, lang] of [
      ['en-US', 'en'],
      ['zh-CN', 'zh'],
    ] as const) {
      const { context, page, errors } = await openPage(browser, ROUTE, { locale, width: 1280, height: 1000 });
      const shown = await shownReadouts(page);
      const us = shown.find((id) => id.startsWith('us-') && PHRASES[id]);
      if (!us) throw new Error('no US text');
      await dragSelect(page, us, PHRASES[us] as string);
      const panel = page.locator('.notes-panel');
      const addLabel = lang === 'en' ? 'Add a note on this passage' : '为此段添加笔记';
      await panel.getByRole('button', { name: addLabel }).click();
      const form = panel.locator('form');
      await form.locator('select').first().selectOption('omitted');
      await form
        .locator('textarea')
        .fill(lang === 'en' ? 'Only the US side names Taiwan.' : '只有美方提到台湾。');
      await form.locator('button[type=submit]').click();
      await panel.locator('article').first().waitFor();
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `${SCREENSHOTS}/notes-panel-${lang}.png` });

      const violations = await axeViolations(page, { within: '.notes-panel' });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('topic corrections: their own section, no marks, in both exports, back on import, and a labelled download the loader reads', async () => {
    const { context, page, errors } = await openPage(browser, ROUTE, { locale: 'en-US' });
    const shown = await shownReadouts(page);
    const meeting = loadMeeting(MEETING);
    const text = (side: 'cn' | 'us') =>
      meeting.readouts.find((r) => r.side === side && shown.includes(r.id)) ?? null;
    const [cn, us] = [text('cn'), text('us')];
    if (!cn || !us) throw new Error(`unexpected texts on the page: ${shown.join(', ')}`);
    // The comparison the page shows, made here with the same engine and lexicon.
    const lexicon = loadLexicon(resolve(import.meta.dirname, '../..'));
    const comparison = compareReadouts(compareInputOf(cn, 'cn'), compareInputOf(us, 'us'), lexicon);
    const usSentence = comparison.sides[1].sentences.find((s) => s.topicIds.length > 0);
    const cnSentence = comparison.sides[0].sentences.find((s) => !s.topicIds.includes('taiwan'));
    if (!usSentence?.topicIds[0] || !cnSentence) throw new Error('no sentence to correct');
    const removed = usSentence.topicIds[0];
    const corrections = [
      correctionNote({
        id: '5e5e5e5e-0000-4000-8000-000000000001',
        meetingId: MEETING,
        now: new Date('2026-01-06T09:00:00.000Z'),
        readout: us,
        sentence: usSentence,
        topicId: removed,
        verdict: 'absent',
      }),
      correctionNote({
        id: '5e5e5e5e-0000-4000-8000-000000000002',
        meetingId: MEETING,
        now: new Date('2026-01-06T09:01:00.000Z'),
        readout: cn,
        sentence: cnSentence,
        topicId: 'taiwan',
        verdict: 'present',
      }),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'notes-e2e-'));
    const file = join(dir, 'corrections.jsonld');
    const original = exportJsonLd(corrections, {
      now: new Date('2026-01-07T00:00:00.000Z'),
      meetingId: MEETING,
    });
    writeFileSync(file, original);

    const panel = page.locator('.notes-panel');
    await panel.getByLabel('Import JSON-LD').setInputFiles(file);
    await page
      .getByRole('region', { name: 'Import result' })
      .getByText(/2 added/)
      .waitFor();
    const section = panel.getByRole('region', { name: 'Your topic corrections (2)' });
    await section.waitFor();
    expect(await section.getByRole('listitem').count()).toBe(2);
    expect(await section.textContent()).toContain(': not mentioned · US side');
    expect(await panel.locator('.notes-list article').count()).toBe(0);
    expect(await markedText(page)).toEqual({});

    const md = await download(page, 'Export Markdown');
    expect(md.text).toContain('## Topic corrections (checked by the reader) (2)');
    expect(md.text).toContain('does not mention the topic');
    expect(md.text).toContain('## Notes (0)');
    const ld = await download(page, 'Export JSON-LD');
    const strip = (s: string) => s.replace(/"generated": "[^"]+"/, '');
    expect(strip(ld.text)).toBe(strip(original));
    expect(JSON.parse(ld.text).first.items.map((a: { motivation: string }) => a.motivation)).toEqual([
      'classifying',
      'tagging',
    ]);

    const labelled = await download(page, 'Download corrections as labelled examples');
    expect(labelled.name).toMatch(new RegExp(`^reader-labelled-${MEETING}-\\d{8}\\.jsonl$`));
    const items = parseLabelledSentences(
      labelled.text,
      labelled.name,
      new Set(lexicon.topics.map((t) => t.id)),
    );
    expect(items.map((i) => i.text)).toEqual([cnSentence.text.trim(), usSentence.text.trim()]);
    expect(items[0]?.topics).toContain('taiwan');
    expect(items[1]?.topics).not.toContain(removed);

    // The section has no serious accessibility violations.
    const violations = await axeViolations(page, { within: '.notes-corrections' });
    expect(violations).toEqual([]);

    // They persist, and an Undo takes one back.
    await page.reload();
    await section.waitFor();
    await section
      .getByRole('button', { name: /^Undo: / })
      .first()
      .click();
    await panel.getByRole('region', { name: 'Your topic corrections (1)' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
