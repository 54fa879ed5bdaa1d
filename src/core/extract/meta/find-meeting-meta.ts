/**
 * All the metadata of a meeting found in one readout, for the reader to check: date, format, place,
 * participants (with titles on that date), a title in both languages, and who asked for it.
 */
import { findDateline } from '../dates';
import type { Gazetteer } from '../officials';
import type { ExtractedPage, Found, MeetingMeta } from '../types';
import { findFormat } from './find-format';
import { findParticipants } from './find-participants';
import { findPlace } from './find-place';
import { findTitledNames } from './find-titled-names';
import { leadScopes } from './lead';
import { meetingTitle } from './meeting-title';
import { findRequestedBy } from './requested-by';

/** A dateline in the opening (its year from the publication date if it gives none), else the publication date. */
export function findMeetingDate(page: ExtractedPage): Found<string> | undefined {
  const published = page.date?.value;
  const year = published ? Number(published.slice(0, 4)) : undefined;
  const lead = leadScopes(page.body)[0]?.text ?? '';
  const hit = findDateline(lead, year);
  if (hit) {
    let date = hit.date;
    // A yearless dateline in late December read in a January release belongs to the year before.
    if (published && date > published && year) date = `${year - 1}${date.slice(4)}`;
    return {
      value: date,
      guessed: true,
      from: 'text',
      evidence: { in: 'body', start: hit.start, end: hit.end },
    };
  }
  return page.date ? { ...page.date, guessed: true } : undefined;
}

export function findMeetingMeta(page: ExtractedPage, gazetteer: Gazetteer): MeetingMeta {
  const title = page.title?.value;
  const date = findMeetingDate(page);
  const format = findFormat(page.body, title);
  const participants = findParticipants(page.body, gazetteer, {
    ...(title ? { title } : {}),
    ...(date ? { date: date.value } : {}),
  });
  const unlisted = findTitledNames(page.body, page.lang.value, gazetteer, {
    ...(title ? { title } : {}),
    ...(page.side ? { readoutSide: page.side.value } : {}),
  });
  const meta: MeetingMeta = { participants, unlisted };
  if (date) meta.date = date;
  if (format) meta.format = format;
  const place = findPlace(page.body, gazetteer, {
    ...(title ? { title } : {}),
    ...(format ? { format: format.value } : {}),
  });
  if (place) meta.place = place;
  const meetingName = meetingTitle(participants, format?.value);
  if (meetingName) meta.title = meetingName;
  const requestedBy = findRequestedBy(page.body, {
    gazetteer,
    lang: page.lang.value,
    ...(page.side ? { readoutSide: page.side.value } : {}),
  });
  if (requestedBy) meta.requestedBy = requestedBy;
  return meta;
}
