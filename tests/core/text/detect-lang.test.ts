import { describe, expect, it } from 'vitest';
import { detectLang, readLang } from '../../../src/core/text/detect-lang';

describe('detectLang', () => {
  it('reads a Chinese readout as zh even with Latin names in it', () => {
    expect(
      detectLang('美国首席副国家安全顾问乔恩·费纳（Jon Finer）与中共中央对外联络部部长刘建超举行会谈。'),
    ).toBe('zh');
  });

  it('reads an English readout as en even when it quotes a Chinese phrase', () => {
    expect(
      detectLang(
        'The PRC side described the talks as 坦诚 (candid) and constructive, and both sides agreed to stay in touch.',
      ),
    ).toBe('en');
  });

  it('returns null when there is nothing to tell', () => {
    expect(detectLang('2024-01-10 — 12:00')).toBeNull();
  });
});

describe('readLang', () => {
  it('is confident when one script clearly leads, and says so when it is a close call', () => {
    expect(readLang('王毅同布林肯通电话。')).toEqual({ lang: 'zh', confident: true });
    expect(readLang('Secretary Blinken spoke with Director Wang Yi.')).toEqual({
      lang: 'en',
      confident: true,
    });
    expect(readLang('APEC和G20峰会')).toEqual({ lang: 'zh', confident: false });
    expect(readLang('— 12:00 —')).toEqual({ lang: null, confident: false });
  });
});
