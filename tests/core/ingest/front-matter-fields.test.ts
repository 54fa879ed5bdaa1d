import { describe, expect, it } from 'vitest';
import { readReadoutFields } from '../../../src/core/ingest/front-matter-fields';

// Test data written for these tests, not an official text.
const ZH = '2031年3月5日，外交部长李明会见美国国务卿约翰·史密斯。';

describe('readReadoutFields', () => {
  it('reads the keys every reader shares', () => {
    const fm = {
      side: 'cn',
      lang: 'zh',
      completeness: 'excerpt',
      date: '2031-03-05',
      source: { url: 'https://www.example.gov/r.html', date: '2031-03-06', title: 'x' },
    };
    expect(readReadoutFields(fm, ZH)).toEqual({
      fields: {
        side: 'cn',
        lang: 'zh',
        completeness: 'excerpt',
        date: '2031-03-05',
        sourceUrl: 'https://www.example.gov/r.html',
        sourceDate: '2031-03-06',
      },
      problems: [],
    });
  });

  it('names each wrong value by its key, in the command’s words', () => {
    const fm = {
      side: 'usa',
      lang: 'fr',
      completeness: 'partial',
      date: '2024-02-30',
      source: { url: 'javascript:alert(1)', date: '2024/01/10' },
    };
    const { fields, problems } = readReadoutFields(fm, ZH);
    expect(fields).toEqual({});
    expect(problems).toEqual([
      { field: 'side', detail: 'side must be cn or us, not "usa"' },
      { field: 'lang', detail: 'lang must be zh or en, not "fr"' },
      { field: 'completeness', detail: 'completeness must be full or excerpt, not "partial"' },
      { field: 'date', detail: 'date must be a real date written YYYY-MM-DD, not "2024-02-30"' },
      { field: 'source.url', detail: 'source.url must be an http(s) address, not "javascript:alert(1)"' },
      {
        field: 'source.date',
        detail: 'source.date must be a real date written YYYY-MM-DD, not "2024/01/10"',
      },
    ]);
  });

  it('checks a declared language against the text only when given the text', () => {
    expect(readReadoutFields({ lang: 'en' }, ZH).problems).toEqual([
      { field: 'lang', detail: 'lang is "en" but the text is mostly Chinese' },
    ]);
    expect(readReadoutFields({ lang: 'zh' }, 'The two sides met.').problems[0]?.field).toBe('lang');
    expect(readReadoutFields({ lang: 'en' }).fields.lang).toBe('en');
  });

  it('takes a YAML 1.1 timestamp as its day, and a plain-text source as no address and no problem', () => {
    const { fields, problems } = readReadoutFields({
      date: new Date('2031-03-05T00:00:00Z'),
      source: 'the ministry’s website',
    });
    expect(fields).toEqual({ date: '2031-03-05' });
    expect(problems).toEqual([]);
    expect(readReadoutFields({ source: ' https://www.example.gov/r ' }).fields.sourceUrl).toBe(
      'https://www.example.gov/r',
    );
  });
});
