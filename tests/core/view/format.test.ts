import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatList,
  formatNumber,
  formatPercent,
  formatTerms,
  localeTag,
  parseIsoDate,
  pick,
  readableUrl,
} from '../../../src/core/view/format';
import zhCommon from '../../../src/locales/zh/common.json';

describe('pick', () => {
  it('returns the UI-language half', () => {
    expect(pick({ en: 'Taiwan', zh: '台湾问题' }, 'zh')).toBe('台湾问题');
    expect(pick({ en: 'Taiwan', zh: '台湾问题' }, 'en')).toBe('Taiwan');
  });
  it('falls back to the other language when a half is empty', () => {
    expect(pick({ en: 'Taiwan', zh: ' ' }, 'zh')).toBe('Taiwan');
  });
});

describe('formatDate', () => {
  it('formats a calendar date per UI language without shifting the day', () => {
    expect(formatDate('2024-01-10', 'en')).toBe('January 10, 2024');
    expect(formatDate('2024-01-10', 'zh')).toBe('2024年1月10日');
  });
  it('returns an unparseable value unchanged', () => {
    expect(formatDate('sometime in 2024', 'en')).toBe('sometime in 2024');
    expect(parseIsoDate('2024-13-45')).toBeNull();
    expect(parseIsoDate('10/01/2024')).toBeNull();
  });
});

describe('formatDateRange', () => {
  it('shows a single day when the end equals the start or is absent', () => {
    expect(formatDateRange('2024-01-08', undefined, 'en')).toBe('January 8, 2024');
    expect(formatDateRange('2024-01-08', '2024-01-08', 'en')).toBe('January 8, 2024');
  });
  it('shows a two-day meeting as a range, the end dropping what it shares with the start', () => {
    expect(formatDateRange('2024-01-08', '2024-01-09', 'en')).toBe('January 8 – 9, 2024');
    expect(formatDateRange('2024-01-31', '2024-02-01', 'en')).toBe('January 31 – February 1, 2024');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'en')).toBe('December 31, 2023 – January 1, 2024');
    expect(formatDateRange('2024-01-08', '2024-01-09', 'en', 'medium')).toBe('Jan 8 – 9, 2024');
    expect(formatDateRange('2024-01-08', '2024-01-09', 'en', 'short')).toBe('1/8/2024 – 1/9/2024');
    expect(formatDateRange('2024-01-08', '2024-01-09', 'zh')).toBe('2024年1月8日–9日');
    expect(formatDateRange('2024-01-31', '2024-02-01', 'zh')).toBe('2024年1月31日–2月1日');
    expect(formatDateRange('2023-12-31', '2024-01-01', 'zh')).toBe('2023年12月31日–2024年1月1日');
    expect(formatDateRange('2024-01-08', '2024-01-09', 'zh', 'short')).toBe('2024/1/8–9');
  });
});

describe('dates read the same in every browser and in the build', () => {
  afterEach(() => vi.restoreAllMocks());

  it('never asks Intl.DateTimeFormat, whose spacing and punctuation differ between ICU versions', () => {
    // Node's ICU (CLDR 42+) writes "January 8 – 9, 2024" with thin spaces, browsers with plain ones: the list
    // prerendered at build time must read exactly as the browser hydrating it renders it.
    const spy = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(() => {
      throw new Error('Intl.DateTimeFormat is not to be used for dates');
    });
    expect(formatDateRange('2024-01-08', '2024-01-09', 'en')).toBe('January 8 – 9, 2024');
    expect(formatDateRange('2024-01-08', '2024-01-09', 'en')).not.toMatch(/\u2009/);
    expect(formatDate('2024-09-10', 'en', 'medium')).toBe('Sep 10, 2024');
    expect(formatDate('2024-06-01', 'zh', 'medium')).toBe('2024年6月1日');
    expect(spy).not.toHaveBeenCalled();
  });

  it('writes every date of a year as CLDR’s en and zh-CN patterns do', () => {
    const styles = { long: 'long', medium: 'short', short: 'numeric' } as const;
    for (let day = 0; day < 366; day += 7) {
      const date = new Date(Date.UTC(2024, 0, 1 + day));
      const iso = date.toISOString().slice(0, 10);
      for (const lang of ['en', 'zh'] as const) {
        for (const style of ['long', 'medium', 'short'] as const) {
          const intl = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
            year: 'numeric',
            month: styles[style],
            day: 'numeric',
            timeZone: 'UTC',
          });
          expect(formatDate(iso, lang, style), `${iso} ${lang} ${style}`).toBe(intl.format(date));
        }
      }
    }
  });
});

describe('formatPercent', () => {
  it('rounds to whole percent', () => {
    expect(formatPercent(0.213, 'en')).toBe('21%');
  });
  it('never shows a small non-zero share as 0', () => {
    expect(formatPercent(0.004, 'en')).toBe('0.4%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });
  it('says what Intl.NumberFormat says for shares and counts, in both languages', () => {
    const shares = [
      ...Array.from({ length: 1001 }, (_, k) => k / 1000),
      ...Array.from({ length: 400 }, (_, k) => 1 / (k + 1)),
      ...Array.from({ length: 400 }, (_, k) => (k * 37) / 4099),
      0.0004,
      4e-7,
      0.00999,
      0.0095,
      0.995,
    ];
    const counts = [0, 7, 999, 1000, 12_345, 1_234_567, -4200];
    for (const lang of ['en', 'zh'] as const) {
      const tag = localeTag(lang);
      for (const share of shares) {
        const digits = share > 0 && share < 0.01 ? 1 : 0;
        const intl = new Intl.NumberFormat(tag, {
          style: 'percent',
          maximumFractionDigits: digits,
          minimumFractionDigits: digits,
        });
        expect(formatPercent(share, lang), `${share} ${lang}`).toBe(intl.format(share));
      }
      const plain = new Intl.NumberFormat(tag);
      for (const n of [...counts, 2.5, 1 / 3])
        expect(formatNumber(n, lang), `${n} ${lang}`).toBe(plain.format(n));
    }
  });
});

describe('localeTag and formatList', () => {
  it('maps UI languages to BCP 47 tags', () => {
    expect(localeTag('zh')).toBe('zh-CN');
    expect(localeTag('en')).toBe('en');
  });
  it('joins lists per language', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(formatList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙和丙');
  });
  it('says what Intl.ListFormat says, for every length, in both languages', () => {
    for (const lang of ['en', 'zh'] as const) {
      const intl = new Intl.ListFormat(localeTag(lang), { style: 'long', type: 'conjunction' });
      for (let n = 0; n <= 5; n++) {
        const items = ['Taiwan', '台湾', 'trade', 'fentanyl', '南海'].slice(0, n);
        expect(formatList(items, lang)).toBe(intl.format(items));
      }
    }
  });
});

describe('readableUrl', () => {
  it('decodes the Chinese words of an outlet URL for print, keeping URL syntax escaped', () => {
    const url = 'https://www.rfi.fr/cn/%E5%9B%BD%E9%99%85/20240111-%E5%88%98%E5%BB%BA%E8%B6%85?q=a%26b%2Fc';
    expect(readableUrl(url)).toBe('https://www.rfi.fr/cn/国际/20240111-刘建超?q=a%26b%2Fc');
  });

  it('returns a URL with a broken escape as it is', () => {
    expect(readableUrl('https://example.org/%E5%9B')).toBe('https://example.org/%E5%9B');
  });
});

describe('formatTerms', () => {
  it('names each meeting format with one term per language, a phone call 通话', () => {
    const zh = {
      format: { meeting: '会见', phone: '通话', video: '视频通话', talks: '会谈' },
      formatNoun: { meeting: '会见', phone: '通话', video: '视频通话', talks: '会谈' },
    } as const;
    for (const format of ['meeting', 'phone', 'video', 'talks'] as const) {
      const terms = formatTerms(format);
      expect(terms).toEqual({ label: `format.${format}`, noun: `formatNoun.${format}` });
      const [group, key] = terms.noun.split('.') as ['formatNoun', typeof format];
      expect(zhCommon[group][key]).toBe(zh.formatNoun[format]);
      expect(zhCommon.format[format]).toBe(zh.format[format]);
    }
  });
});
