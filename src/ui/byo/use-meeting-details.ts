import { useCallback, useMemo, useState } from 'react';
import type { MetaPrefill } from '../../core/ingest/prefill-meta';
import type { MeetingForm, SideInput } from '../../core/ingest/user-meeting';
import type { Bilingual, MeetingFormat } from '../../core/model';

/** The optional form, as the inputs hold it (strings and checkboxes). */
export interface DetailsValues {
  title: string;
  date: string;
  endDate: string;
  format: MeetingFormat | '';
  place: string;
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

/** What the two texts suggest for each field (front matter first, then guesses from the text). */
export function suggestDetails(
  cn: MetaPrefill | undefined,
  us: MetaPrefill | undefined,
): Partial<DetailsValues> {
  const s: Partial<DetailsValues> = {};
  const titles = [us?.title, cn?.title].filter((t): t is string => Boolean(t));
  if (titles.length > 0) s.title = titles.join(' / ');
  const date = cn?.date ?? us?.date;
  if (date) s.date = date;
  const endDate = cn?.endDate ?? us?.endDate;
  if (endDate) s.endDate = endDate;
  const format = cn?.format ?? us?.format;
  if (format) s.format = format;
  const place = cn?.place ?? us?.place;
  if (place) s.place = place;
  if (cn?.participants) s.participantsCn = cn.participants.join('\n');
  if (us?.participants) s.participantsUs = us.participants.join('\n');
  if (cn?.issuer) s.issuerCn = bilingualText(cn.issuer);
  if (us?.issuer) s.issuerUs = bilingualText(us.issuer);
  if (cn?.sourceUrl) s.sourceCn = cn.sourceUrl;
  if (us?.sourceUrl) s.sourceUs = us.sourceUrl;
  if (cn?.completeness) s.excerptCn = cn.completeness === 'excerpt';
  if (us?.completeness) s.excerptUs = us.completeness === 'excerpt';
  return s;
}

export interface MeetingDetails {
  values: DetailsValues;
  set<K extends DetailsField>(field: K, value: DetailsValues[K]): void;
  /** Replace all values and mark them as the reader's own (editing a stored meeting). */
  reset(values: DetailsValues): void;
}

/**
 * The form's values: a field the reader has not touched shows the current suggestion; once touched it keeps
 * the reader's value, so new guesses never overwrite a correction.
 */
export function useMeetingDetails(suggestions: Partial<DetailsValues>): MeetingDetails {
  const [own, setOwn] = useState<Partial<DetailsValues>>({});
  const values = useMemo(() => ({ ...EMPTY_DETAILS, ...suggestions, ...own }), [suggestions, own]);
  const set = useCallback(<K extends DetailsField>(field: K, value: DetailsValues[K]) => {
    setOwn((o) => ({ ...o, [field]: value }));
  }, []);
  const reset = useCallback((next: DetailsValues) => setOwn({ ...next }), []);
  return useMemo(() => ({ values, set, reset }), [values, set, reset]);
}

/** The form → the meeting builder's input. */
export function toMeetingForm(v: DetailsValues): MeetingForm {
  const form: MeetingForm = { participants: { cn: v.participantsCn, us: v.participantsUs } };
  if (v.title.trim()) form.title = v.title;
  if (v.date) form.date = v.date;
  if (v.endDate) form.endDate = v.endDate;
  if (v.format) form.format = v.format;
  if (v.place.trim()) form.place = v.place;
  return form;
}

/** One side's text + its form fields → the meeting builder's side input. */
export function toSideInput(
  v: DetailsValues,
  side: 'cn' | 'us',
  text: string,
  lang: 'zh' | 'en',
  file: string | null,
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
  return input;
}
