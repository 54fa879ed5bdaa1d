import { describe, expect, it } from 'vitest';
import { pageFileKind, runIngestFile, runIngestText } from '../../src/browser/compare-tasks';
import { IngestError } from '../../src/core/ingest/ingest-errors';
import { extractData } from '../ui/byo/extract-data-stub';
import { expectedPage, pageHtml, toMhtml } from '../ui/byo/saved-pages';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the worker’s ingestion with extraction (issue 11)', () => {
  it('knows saved pages by their names', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml', 'd.mhtml', 'e.MHT', 'f.txt', 'g.md'].map(pageFileKind)).toEqual([
      'html',
      'html',
      'html',
      'mhtml',
      'mhtml',
      null,
      null,
    ]);
  });

  it('reads an issuer’s saved page as its readout, with the page’s facts and the meeting’s', async () => {
    const expected = expectedPage('mofcom.html');
    const result = await runIngestFile(bytes(pageHtml('mofcom.html')), 'mofcom.html', 'cn', extractData);
    expect(result.text).toBe(expected.body);
    expect(result).toMatchObject({ lang: 'zh', langConfident: true, kind: 'html', file: 'mofcom.html' });
    expect(result.meta).toMatchObject({
      side: 'cn',
      issuer: { en: 'Ministry of Commerce of the PRC', zh: '中华人民共和国商务部' },
      sourceUrl: expected.officialUrl,
      sourceTitle: expected.title,
      sourceDate: '2024-01-11',
      // The meeting's date is the dateline's (the evening before the release).
      date: '2024-01-10',
      format: 'phone',
    });
    expect(result.meta.found).toMatchObject({
      from: 'page',
      title: { en: 'Wang Wentao – Gina Raimondo phone call', zh: '王文涛同雷蒙多通电话' },
      requestedBy: { side: 'us', phrase: '应约' },
    });
    expect(result.meta.found?.participants.map((p) => p.official)).toEqual(['wang-wentao', 'gina-raimondo']);
  });

  it('unpacks an .mhtml page and takes its address from the saved file', async () => {
    const expected = expectedPage('wh.html');
    const html = pageHtml('wh.html').replace(/<link rel="canonical"[^>]*>/, '');
    const result = await runIngestFile(
      bytes(toMhtml(html, expected.officialUrl)),
      'wh.mhtml',
      'us',
      extractData,
    );
    expect(result.text).toBe(expected.body);
    expect(result.meta).toMatchObject({ side: 'us', sourceUrl: expected.officialUrl, date: '2024-04-02' });
  });

  it('keeps a page with no readout-like block as its whole text, and refuses what it refused before', async () => {
    const note = '<html><body><p>Short note.</p><p>Another line.</p></body></html>';
    const plain = await runIngestFile(bytes(note), 'note.html', 'us');
    const withData = await runIngestFile(bytes(note), 'note.html', 'us', extractData);
    expect(withData.text).toBe(plain.text);
    expect(withData.meta.found?.from).toBe('text');

    const binary = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0, 1, 2]);
    await expect(runIngestFile(binary, 'scan.html', 'us', extractData)).rejects.toBeInstanceOf(IngestError);
    await expect(runIngestFile(bytes('not a MIME message'), 'page.mhtml', 'us', extractData)).rejects.toThrow(
      /not a saved web page/,
    );
  });

  it('reads pasted page source as a page; without the data, as before', async () => {
    const expected = expectedPage('state.html');
    const pasted = await runIngestText(pageHtml('state.html'), '(pasted)', 'us', undefined, extractData);
    expect(pasted.text).toBe(expected.body);
    expect(pasted.meta.sourceUrl).toBe(expected.officialUrl);
    const before = await runIngestText(pageHtml('state.html'), '(pasted)', 'us');
    expect(before.text).not.toBe(expected.body);
    expect(before.meta.found).toBeUndefined();
  });

  it('gives a pasted text the meeting’s metadata, front matter first', async () => {
    const text = '2024年1月10日，商务部部长王文涛应约与美国商务部长雷蒙多通电话。双方交流了意见。';
    const result = await runIngestText(text, '(pasted)', 'cn', undefined, extractData);
    expect(result.meta.found?.participants.map((p) => p.name.en)).toEqual(['Wang Wentao', 'Gina Raimondo']);
    expect(result.meta.format).toBe('phone');
    const stated = await runIngestText(
      `---\nformat: meeting\n---\n${text}`,
      'stated.md',
      'cn',
      'markdown',
      extractData,
    );
    expect(stated.meta.format).toBe('meeting');
    expect(stated.meta.found?.format).toBe('phone');
  });
});
