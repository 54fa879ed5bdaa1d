/**
 * Real corpus meetings for the notes tests, read straight from readouts/ (a small stand-in for the corpus
 * loader, so these tests depend only on the files). Adding a regression case: put the edited readout text or
 * the note next to the test that needs it and anchor it against `readoutText(...)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Meeting, ReadoutText } from '../../../src/core/model';

const ROOT = resolve(import.meta.dirname, '../../../readouts');

function readReadout(file: string): ReadoutText {
  const raw = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m?.[1]) throw new Error(`no front matter in ${file}`);
  const front = parse(m[1]) as Partial<ReadoutText>;
  return { quotedIn: [], source: {}, ...front, text: (m[2] ?? '').trim(), file } as ReadoutText;
}

export function loadMeeting(id: string): Meeting {
  const dir = resolve(ROOT, id);
  const meta = parse(readFileSync(resolve(dir, 'meeting.yaml'), 'utf8')) as Omit<
    Meeting,
    'readouts' | 'origin'
  >;
  const readouts = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readReadout(resolve(dir, f)));
  return {
    ...meta,
    missing: meta.missing ?? [],
    date: String(meta.date),
    readouts,
    origin: 'corpus',
  } as Meeting;
}

export const FINER = '2024-01-10-liu-finer';

export function readoutText(meeting: Meeting, readoutId: string): string {
  const r = meeting.readouts.find((x) => x.id === readoutId);
  if (!r) throw new Error(`no readout ${readoutId} in ${meeting.id}`);
  return r.text;
}

/** Every meeting folder of the corpus. */
export function corpusMeetingIds(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}-\d{2}-\d{2}-/.test(d.name))
    .map((d) => d.name)
    .sort();
}
