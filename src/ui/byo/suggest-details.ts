/**
 * What the two texts suggest for the meeting details: front matter first, then what the meeting finders read
 * in a saved page or a text (issue 11). Participants come from both texts: officials of the gazetteer in both
 * languages, and officials it does not list joined across the pair's two languages (same side, same title),
 * so a pasted pair gets its participants and a title in the corpus's style. Every value is a suggestion.
 */
import { pairTitledNames } from '../../core/extract/meta/find-titled-names';
import { meetingTitle } from '../../core/extract/meta/meeting-title';
import type { FoundParticipant, TitledName } from '../../core/extract/types';
import type { MetaPrefill } from '../../core/ingest/prefill-meta';
import type { Lang, Side } from '../../core/model';
import { byCodeUnits } from '../../core/text/code-unit-order';
import {
  bilingualText,
  type DetailsField,
  type DetailsValues,
  type GuessOrigin,
} from './use-meeting-details';

export interface Suggestions {
  values: Partial<DetailsValues>;
  /** For each suggested field, where it was found (the form marks it as a guess to check). */
  origin: Partial<Record<DetailsField, GuessOrigin>>;
  /** Every participant found, both sides, Chinese side first (for pairing with a known meeting). */
  participants: FoundParticipant[];
  /** Which side asked for the call or meeting, where a text says so, with its words (also in `values`). */
  requestedBy?: { side: Side; phrase: string; origin: GuessOrigin };
}

function originOf(meta: MetaPrefill | undefined): GuessOrigin {
  return meta?.found?.from === 'page' ? 'page' : 'text';
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Gazetteer officials from both texts, then unlisted officials paired across the two languages. */
function pairParticipants(cn: MetaPrefill | undefined, us: MetaPrefill | undefined): FoundParticipant[] {
  const listed = uniqueBy(
    [...(cn?.found?.participants ?? []), ...(us?.found?.participants ?? [])],
    (p) => `${p.side}|${p.official ?? p.name.en}`,
  );
  const unlisted = [...(cn?.found?.unlisted ?? []), ...(us?.found?.unlisted ?? [])];
  const inLang = (lang: Lang): TitledName[] =>
    uniqueBy(
      unlisted.filter((u) => u.lang === lang),
      (u) => `${u.side}|${u.name}`,
    );
  const paired = pairTitledNames(inLang('zh'), inLang('en'));
  return [...listed, ...paired].sort((a, b) => byCodeUnits(a.side, b.side));
}

/** "Wang Yi / 王毅, Minister of Foreign Affairs / 外交部长": the form's line for one participant. */
function participantLine(p: { name: FoundParticipant['name']; title: FoundParticipant['title'] }): string {
  const title = bilingualText(p.title);
  return title ? `${bilingualText(p.name)}, ${title}` : bilingualText(p.name);
}

export function suggestDetails(cn: MetaPrefill | undefined, us: MetaPrefill | undefined): Suggestions {
  const values: Partial<DetailsValues> = {};
  const origin: Suggestions['origin'] = {};
  const put = <K extends DetailsField>(field: K, value: DetailsValues[K], from: GuessOrigin) => {
    values[field] = value;
    origin[field] = from;
  };
  // The first side that has a value gives it (the Chinese side first, as before).
  const first = <T>(read: (m: MetaPrefill) => T | undefined): { value: T; from: GuessOrigin } | undefined => {
    for (const meta of [cn, us]) {
      const value = meta ? read(meta) : undefined;
      if (value !== undefined) return { value, from: originOf(meta) };
    }
    return undefined;
  };
  const both: GuessOrigin = originOf(cn) === 'page' || originOf(us) === 'page' ? 'page' : 'text';

  const date = first((m) => m.date);
  if (date) put('date', date.value, date.from);
  const endDate = first((m) => m.endDate);
  if (endDate) put('endDate', endDate.value, endDate.from);
  const format = first((m) => m.format);
  if (format) put('format', format.value, format.from);
  const place = first((m) => (m.found?.place ? bilingualText(m.found.place) : m.place));
  if (place) put('place', place.value, place.from);

  const participants = pairParticipants(cn, us);
  for (const [side, field] of [
    ['cn', 'participantsCn'],
    ['us', 'participantsUs'],
  ] as const) {
    // Participants a file's front matter lists for its own side come first.
    const stated = (side === 'cn' ? cn : us)?.participants;
    const found = participants.filter((p) => p.side === side);
    if (stated) put(field, stated.join('\n'), 'text');
    else if (found.length > 0) put(field, found.map(participantLine).join('\n'), both);
  }

  const generated = meetingTitle(participants, format?.value);
  const titles = [us?.title, cn?.title].filter((t): t is string => Boolean(t));
  if (generated) put('title', bilingualText(generated.value), both);
  else if (titles.length > 0) put('title', titles.join(' / '), both);

  for (const [meta, issuer, source, excerpt] of [
    [cn, 'issuerCn', 'sourceCn', 'excerptCn'],
    [us, 'issuerUs', 'sourceUs', 'excerptUs'],
  ] as const) {
    if (!meta) continue;
    if (meta.issuer) put(issuer, bilingualText(meta.issuer), originOf(meta));
    if (meta.sourceUrl) put(source, meta.sourceUrl, originOf(meta));
    if (meta.completeness) values[excerpt] = meta.completeness === 'excerpt';
  }

  const suggestions: Suggestions = { values, origin, participants };
  const asked = first((m) => m.found?.requestedBy);
  if (asked) {
    put('requestedBy', asked.value.side, asked.from);
    suggestions.requestedBy = { ...asked.value, origin: asked.from };
  }
  return suggestions;
}
