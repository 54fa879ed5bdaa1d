/**
 * The gazetteer (data/officials.yaml): officials with their names in both languages, the forms texts use
 * for them, their titles over time, their side and office; and places where meetings are held. Parsed once;
 * lookups are pure.
 */
import { z } from 'zod';
import type { Bilingual, Side } from '../model';
import { isCalendarDate } from '../text/calendar-date';
import { byCodeUnits } from '../text/code-unit-order';
import { parseDataFile } from './data-file';
import { ExtractError } from './extract-error';

// Built on first parse only: the browser compiles data validated at build time and never loads zod's schemas.
function buildFileSchema() {
  const nonEmpty = z.string().trim().min(1, 'must not be empty');
  const bilingual = z.strictObject({ en: nonEmpty, zh: nonEmpty });
  const day = z.string().refine(isCalendarDate, 'expected a real date written YYYY-MM-DD');
  const forms = z.strictObject({ en: z.array(nonEmpty).default([]), zh: z.array(nonEmpty).default([]) });
  // YAML reads an unquoted 2024-01-10 as a date: accept both and keep the string.
  const dateField = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), day);

  const titleSchema = z.strictObject({
    en: nonEmpty,
    zh: nonEmpty,
    from: dateField.optional(),
    until: dateField.optional(),
  });

  const officialSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. wang-yi'),
    side: z.enum(['cn', 'us']),
    name: bilingual,
    short: bilingual.optional(),
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case')
      .optional(),
    match: forms.default({ en: [], zh: [] }),
    issuer: z.string().optional(),
    titles: z.array(titleSchema).min(1, 'must list at least one title'),
  });

  const placeSchema = z.strictObject({
    en: nonEmpty,
    zh: nonEmpty,
    match: forms.default({ en: [], zh: [] }),
  });

  const titleFormSchema = z.strictObject({
    key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case'),
    side: z.enum(['cn', 'us']),
    en: nonEmpty,
    zh: nonEmpty,
    forms: forms,
  });

  return z.strictObject({
    version: z.literal(1),
    officials: z.array(officialSchema).min(1, 'must list at least one official'),
    places: z.array(placeSchema).default([]),
    titles: z.array(titleFormSchema).default([]),
  });
}

let fileSchema: ReturnType<typeof buildFileSchema> | undefined;

interface OfficialTitle extends Bilingual {
  from?: string;
  until?: string;
}

export interface Official {
  id: string;
  side: Side;
  name: Bilingual;
  short: Bilingual;
  slug: string;
  /** Every form that names this official in a text, per language (name included). */
  forms: { en: string[]; zh: string[] };
  issuer?: string;
  titles: OfficialTitle[];
}

interface Place {
  name: Bilingual;
  forms: { en: string[]; zh: string[] };
}

/** A title by which a text introduces an official the gazetteer does not list. */
export interface TitleForm {
  key: string;
  side: Side;
  title: Bilingual;
  forms: { en: string[]; zh: string[] };
}

export interface Gazetteer {
  officials: Official[];
  places: Place[];
  titles: TitleForm[];
}

function defaultSlug(side: Side, nameEn: string): string {
  const words = nameEn
    .toLowerCase()
    .replace(/[^a-z\s-]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  // Chinese names put the family name first, English names last.
  return (side === 'cn' ? words[0] : words[words.length - 1]) ?? 'x';
}

/** The gazetteer as plain data (JSON-safe): what a build step can hand to the browser. */
export type GazetteerData = z.infer<ReturnType<typeof buildFileSchema>>;

/** YAML → validated plain data; throws ExtractError('bad-data') naming the file and field. */
export function parseGazetteerData(yamlText: string, file: string): GazetteerData {
  fileSchema ??= buildFileSchema();
  return parseDataFile(yamlText, file, fileSchema);
}

export function parseGazetteer(yamlText: string, file: string): Gazetteer {
  return buildGazetteer(parseGazetteerData(yamlText, file), file);
}

/** Build the lookups from validated data; needs neither yaml nor zod, so it can run in the browser. */
export function buildGazetteer(data: GazetteerData, file: string): Gazetteer {
  const ids = new Set<string>();
  const officials = data.officials.map((raw, i): Official => {
    if (ids.has(raw.id))
      throw new ExtractError('bad-data', `${file}: officials[${i}].id: duplicate id "${raw.id}"`);
    ids.add(raw.id);
    const titles = [...raw.titles].sort((a, b) => byCodeUnits(a.from ?? '', b.from ?? ''));
    titles.forEach((t, j) => {
      if (t.from && t.until && t.until <= t.from) {
        throw new ExtractError('bad-data', `${file}: officials[${i}].titles[${j}].until: must be after from`);
      }
    });
    const official: Official = {
      id: raw.id,
      side: raw.side,
      name: raw.name,
      short: raw.short ?? raw.name,
      slug: raw.slug ?? defaultSlug(raw.side, raw.name.en),
      forms: {
        en: [...new Set([raw.name.en, ...raw.match.en])],
        zh: [...new Set([raw.name.zh, ...raw.match.zh])],
      },
      titles,
    };
    if (raw.issuer) official.issuer = raw.issuer;
    return official;
  });
  const places = data.places.map((p) => ({
    name: { en: p.en, zh: p.zh },
    forms: { en: [...new Set([p.en, ...p.match.en])], zh: [...new Set([p.zh, ...p.match.zh])] },
  }));
  const titles = data.titles.map(
    (t): TitleForm => ({ key: t.key, side: t.side, title: { en: t.en, zh: t.zh }, forms: t.forms }),
  );
  return { officials, places, titles };
}

/** The official's title on `date` (the latest title begun by then); the latest title when no date. */
export function titleOn(official: Official, date: string | undefined): Bilingual {
  const { titles } = official;
  const current = date
    ? (titles.find((t) => (!t.from || t.from <= date) && (!t.until || date < t.until)) ??
      [...titles].reverse().find((t) => !t.from || t.from <= date) ??
      titles[0])
    : titles[titles.length - 1];
  const chosen = current ?? (titles[0] as OfficialTitle);
  return { en: chosen.en, zh: chosen.zh };
}
