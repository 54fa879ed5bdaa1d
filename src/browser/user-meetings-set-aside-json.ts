/**
 * The set-aside own meetings as a JSON file: each record as stored, made JSON-safe (./store/json-safe), with
 * its reason and where it is now.
 */
import { jsonSafe } from './store/json-safe';
import type { SetAsideEntry } from './user-meetings-set-aside';

function isoDate(at: number): string | null {
  return at > 0 && Number.isFinite(at) ? new Date(at).toISOString() : null;
}

/** `readout-compare-set-aside-meetings-2031-03-05.json` (the local date of the download). */
export function setAsideFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `readout-compare-set-aside-meetings-${day}.json`;
}

export function setAsideJson(entries: readonly SetAsideEntry[], now: Date): string {
  const file = {
    app: 'Readout Compare · 纪要对读',
    kind: 'set-aside own meetings',
    about:
      'Own meetings stored in this browser that this version of the app could not read. Each "value" is the ' +
      'record exactly as stored; "reason" names the first field that failed the check.',
    exportedAt: now.toISOString(),
    records: entries.map((entry) => ({
      key: jsonSafe(entry.record.key),
      reason: entry.record.reason,
      setAsideAt: isoDate(entry.record.at),
      stillInMeetingsStore: entry.store === 'meetings',
      value: jsonSafe(entry.record.value),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
