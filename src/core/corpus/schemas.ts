import { z } from 'zod';
import { webUrl } from '../ingest/user-meeting';
import { isCalendarDate } from '../text/calendar-date';

// No `new Function` probe: the app runs under a content security policy without 'unsafe-eval', and this
// module reaches the browser (contributing a meeting back validates it).
z.config({ jitless: true });

/*
 * Schemas of the two kinds of corpus file: `meeting.yaml` and the YAML front matter of a readout `.md` file.
 * Objects are strict so a misspelt field is reported instead of silently ignored. Cross-file rules (unique ids,
 * translationOf, coverage of both sides) live in check-meeting.ts.
 */

/** Lower-case kebab-case, e.g. a text id `us-wh-zh-rfi`. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A meeting folder name / meeting id: `YYYY-MM-DD-short-slug`. */
export const MEETING_ID = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A seed file name under shared/seeds/, e.g. `000_179a8b8892f7b898.txt`. */
export const SEED_FILE = /^\d{3}_[0-9a-f]+\.txt$/;

export { isCalendarDate };

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ en: nonEmpty, zh: nonEmpty });
const side = z.enum(['cn', 'us']);
const isoDate = z.string().refine(isCalendarDate, 'expected a real date written YYYY-MM-DD');
// The app's own address check (ingest), so a source the app would not link to is refused here too.
const httpUrl = z.string().refine((value) => webUrl(value) !== undefined, 'expected an http(s) URL');

const officialSource = z.strictObject({
  title: nonEmpty.optional(),
  url: httpUrl.optional(),
  date: isoDate.optional(),
});

const quotation = z.strictObject({
  seed: z.string().regex(SEED_FILE, 'expected a seed file name such as 000_179a8b8892f7b898.txt'),
  outlet: bilingual,
  url: httpUrl.optional(),
  date: isoDate.optional(),
});

const translator = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('project') }),
  z.strictObject({ type: z.literal('outlet'), outlet: bilingual }),
]);

export const meetingFileSchema = z.strictObject({
  id: z.string().regex(MEETING_ID, 'expected YYYY-MM-DD-short-slug (lower-case letters, digits, hyphens)'),
  date: isoDate,
  endDate: isoDate.optional(),
  format: z.enum(['meeting', 'phone', 'video', 'talks']),
  place: bilingual.optional(),
  /** Which side asked for the call or meeting; absent = not stated. */
  requestedBy: side.optional(),
  title: bilingual,
  participants: z
    .array(z.strictObject({ side, name: bilingual, title: bilingual }))
    .min(1, 'must list at least one participant'),
  missing: z
    .array(
      z.strictObject({
        side,
        issuer: bilingual,
        note: bilingual.optional(),
        source: officialSource.optional(),
      }),
    )
    .default([]),
});

export const readoutFrontMatterSchema = z.strictObject({
  id: z.string().regex(KEBAB_ID, 'expected a kebab-case id such as us-wh-zh-rfi'),
  side,
  lang: z.enum(['zh', 'en']),
  kind: z.enum(['original', 'translation']),
  issuer: bilingual,
  completeness: z.enum(['full', 'excerpt']),
  translationOf: z.string().regex(KEBAB_ID, 'expected the id of another text of this meeting').optional(),
  translator: translator.optional(),
  source: officialSource.default({}),
  quotedIn: z.array(quotation).default([]),
  note: bilingual.optional(),
});

export type MeetingFile = z.infer<typeof meetingFileSchema>;
export type ReadoutFrontMatter = z.infer<typeof readoutFrontMatterSchema>;
