import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve(__dirname, '../src/locales');
const LANGS = ['en', 'zh'] as const;
// i18next plural forms differ by language (English has _one, Chinese only _other): compare the base key.
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [prefix.replace(PLURAL, '')];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function load(lang: string, file: string): unknown {
  return JSON.parse(readFileSync(path.join(LOCALES, lang, file), 'utf8'));
}

const namespaces = [...new Set(LANGS.flatMap((lang) => readdirSync(path.join(LOCALES, lang))))].sort();

describe('locale files', () => {
  it('exist for every namespace in both languages', () => {
    expect(namespaces).toEqual(
      expect.arrayContaining(['byo.json', 'common.json', 'notes.json', 'reader.json']),
    );
    for (const lang of LANGS) expect(readdirSync(path.join(LOCALES, lang)).sort()).toEqual(namespaces);
  });

  for (const file of namespaces) {
    it(`${file}: every key exists in both languages`, () => {
      const [en, zh] = LANGS.map((lang) => new Set(keysOf(load(lang, file)).filter(Boolean)));
      const onlyEn = [...(en ?? [])].filter((k) => !zh?.has(k));
      const onlyZh = [...(zh ?? [])].filter((k) => !en?.has(k));
      expect({ onlyEn, onlyZh }).toEqual({ onlyEn: [], onlyZh: [] });
    });

    it(`${file}: no value is empty`, () => {
      for (const lang of LANGS) {
        const empty: string[] = [];
        const walk = (value: unknown, at: string) => {
          if (typeof value === 'string') {
            if (value.trim() === '') empty.push(`${lang}:${at}`);
          } else if (typeof value === 'object' && value !== null) {
            for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
          }
        };
        walk(load(lang, file), '');
        expect(empty).toEqual([]);
      }
    });
  }
});
