/**
 * Front-matter keys → form pre-fill. Tolerant on purpose: a key of the wrong shape is ignored (the form
 * shows the guess from the text instead); only unparsable YAML is an error (see front-matter.ts). The keys
 * every reader shares (side, lang, completeness, date, source) are read by front-matter-fields.ts, so a value
 * the `compare` command or the corpus refuses is never pre-filled. Reads the `compare` command's keys and the
 * corpus readout files' keys, so a file taken from `readouts/` pre-fills fully.
 */
import type { Bilingual, MeetingFormat } from '../model';
import { isCalendarDate } from '../text/calendar-date';
import { readReadoutFields } from './front-matter-fields';
import type { MetaPrefill } from './prefill-meta';
import { webUrl } from './user-meeting';

const FORMATS: readonly MeetingFormat[] = ['meeting', 'phone', 'video', 'talks'];

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return undefined;
}

function isoDate(value: unknown): string | undefined {
  const s = str(value);
  return isCalendarDate(s) ? s : undefined;
}

function bilingual(value: unknown): Bilingual | undefined {
  const s = str(value);
  if (s) return { en: s, zh: s };
  if (value && typeof value === 'object') {
    const { en, zh } = value as { en?: unknown; zh?: unknown };
    const e = str(en);
    const z = str(zh);
    if (e || z) return { en: e ?? z ?? '', zh: z ?? e ?? '' };
  }
  return undefined;
}

function participants(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value
    .map((p) => {
      if (typeof p === 'string') return p.trim();
      const name = p && typeof p === 'object' ? bilingual((p as { name?: unknown }).name) : undefined;
      return name ? name.en || name.zh : '';
    })
    .filter((n) => n.length > 0);
  return names.length > 0 ? names : undefined;
}

export function metaFromFrontMatter(data: Record<string, unknown>): MetaPrefill {
  const meta: MetaPrefill = {};
  const { fields } = readReadoutFields(data);
  if (fields.side) meta.side = fields.side;
  if (fields.lang) meta.lang = fields.lang;
  if (fields.completeness) meta.completeness = fields.completeness;
  const date = fields.date ?? fields.sourceDate;
  if (date) meta.date = date;
  const endDate = isoDate(data.endDate ?? data.end_date);
  if (endDate) meta.endDate = endDate;
  if (typeof data.format === 'string' && (FORMATS as readonly string[]).includes(data.format)) {
    meta.format = data.format as MeetingFormat;
  }
  const issuer = bilingual(data.issuer);
  if (issuer) meta.issuer = issuer;
  const title = bilingual(data.title);
  if (title) meta.title = title.zh || title.en;
  const place = bilingual(data.place);
  if (place) meta.place = place.en || place.zh;
  const people = participants(data.participants);
  if (people) meta.participants = people;
  const url = typeof data.url === 'string' && webUrl(data.url) ? data.url.trim() : undefined;
  const sourceUrl = fields.sourceUrl ?? url;
  if (sourceUrl) meta.sourceUrl = sourceUrl;
  const source = data.source;
  if (source && typeof source === 'object' && !Array.isArray(source)) {
    const sourceTitle = str((source as { title?: unknown }).title);
    if (sourceTitle) meta.sourceTitle = sourceTitle;
  }
  return meta;
}
