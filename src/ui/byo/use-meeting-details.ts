import { useCallback, useMemo, useState } from 'react';
import type { MeetingForm, SideInput } from '../../core/ingest/user-meeting';
import type { Bilingual, MeetingFormat, OfficialSource, Side } from '../../core/model';

/** Where a suggested value was found: in a saved official page, or in a pasted or opened text. */
export type GuessOrigin = 'page' | 'text';

/** The optional form, as the inputs hold it (strings and checkboxes). */
export interface DetailsValues {
  title: string;
  date: string;
  endDate: string;
  format: MeetingFormat | '';
  place: string;
  /** Which side asked for the call; '' = not stated. */
  requestedBy: Side | '';
  participantsCn: string;
  participantsUs: string;
  issuerCn: string;
  issuerUs: string;
  sourceCn: string;
  sourceUs: string;
  excerptCn: boolean;
  excerptUs: boolean;
}

export type DetailsField = keyof DetailsValues;

export const EMPTY_DETAILS: DetailsValues = {
  title: '',
  date: '',
  endDate: '',
  format: '',
  place: '',
  requestedBy: '',
  participantsCn: '',
  participantsUs: '',
  issuerCn: '',
  issuerUs: '',
  sourceCn: '',
  sourceUs: '',
  excerptCn: false,
  excerptUs: false,
};

/** "The White House / 白宫", or one name when both languages agree. */
export function bilingualText(b: Bilingual | undefined): string {
  if (!b) return '';
  return b.en === b.zh ? b.en : `${b.en} / ${b.zh}`;
}

export interface MeetingDetails {
  values: DetailsValues;
  /** Fields that show a suggestion the reader has not touched, with where it was found: shown as guesses. */
  guesses: Partial<Record<DetailsField, GuessOrigin>>;
  set<K extends DetailsField>(field: K, value: DetailsValues[K]): void;
  /** Replace all values and mark them as the reader's own (editing a stored meeting). */
  reset(values: DetailsValues): void;
}

/**
 * The form's values: a field the reader has not touched shows the current suggestion; once touched it keeps
 * the reader's value, so new guesses never overwrite a correction.
 */
export function useMeetingDetails(
  suggestions: Partial<DetailsValues>,
  origin: Partial<Record<DetailsField, GuessOrigin>> = {},
): MeetingDetails {
  const [own, setOwn] = useState<Partial<DetailsValues>>({});
  const values = useMemo(() => ({ ...EMPTY_DETAILS, ...suggestions, ...own }), [suggestions, own]);
  const guesses = useMemo(() => {
    const out: Partial<Record<DetailsField, GuessOrigin>> = {};
    for (const [field, from] of Object.entries(origin) as [DetailsField, GuessOrigin][]) {
      if (!(field in own) && values[field] !== '') out[field] = from;
    }
    return out;
  }, [origin, own, values]);
  const set = useCallback(<K extends DetailsField>(field: K, value: DetailsValues[K]) => {
    setOwn((o) => ({ ...o, [field]: value }));
  }, []);
  const reset = useCallback((next: DetailsValues) => setOwn({ ...next }), []);
  return useMemo(() => ({ values, guesses, set, reset }), [values, guesses, set, reset]);
}

/** The form → the meeting builder's input. */
export function toMeetingForm(v: DetailsValues): MeetingForm {
  const form: MeetingForm = { participants: { cn: v.participantsCn, us: v.participantsUs } };
  if (v.title.trim()) form.title = v.title;
  if (v.date) form.date = v.date;
  if (v.endDate) form.endDate = v.endDate;
  if (v.format) form.format = v.format;
  if (v.place.trim()) form.place = v.place;
  if (v.requestedBy) form.requestedBy = v.requestedBy;
  return form;
}

/**
 * One side's text + its form fields → the meeting builder's side input. `page` is what the text's own page
 * states (its headline and publication date), kept in the provenance while the form's address is the page's.
 */
export function toSideInput(
  v: DetailsValues,
  side: 'cn' | 'us',
  text: string,
  lang: 'zh' | 'en',
  file: string | null,
  page: OfficialSource = {},
): SideInput {
  const cn = side === 'cn';
  const input: SideInput = {
    text,
    lang,
    issuer: cn ? v.issuerCn : v.issuerUs,
    sourceUrl: cn ? v.sourceCn : v.sourceUs,
    completeness: (cn ? v.excerptCn : v.excerptUs) ? 'excerpt' : 'full',
  };
  if (file) input.file = file;
  // Only while the address is still the page's own (or both are unknown): a title never goes with another page.
  if ((page.url ?? '') === (input.sourceUrl?.trim() ?? '')) {
    if (page.title) input.sourceTitle = page.title;
    if (page.date) input.sourceDate = page.date;
  }
  return input;
}
