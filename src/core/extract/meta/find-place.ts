/**
 * Where a meeting took place: a gazetteer place written as 在X / 于X / "in X" (or in a Xinhua dateline,
 * 新华社X…电) in the headline or the opening paragraph. A call has no place. A place outside the gazetteer is not guessed (never invent): the reader
 * fills it in.
 */
import type { Bilingual, MeetingFormat } from '../../model';
import type { Gazetteer } from '../officials';
import type { Found } from '../types';
import { escapeRegExp, leadScopes } from './lead';

export function findPlace(
  body: string,
  gazetteer: Gazetteer,
  options: { title?: string; format?: MeetingFormat } = {},
): Found<Bilingual> | undefined {
  if (options.format === 'phone' || options.format === 'video') return undefined;
  for (const scope of leadScopes(body, options.title)) {
    let best: { start: number; end: number; name: Bilingual } | undefined;
    for (const place of gazetteer.places) {
      const zh = place.forms.zh.map((f) => `(?<=[在于赴]|新华社)${escapeRegExp(f)}`);
      const en = place.forms.en.map((f) => `(?<=\\b(?:in|at) (?:the )?)${escapeRegExp(f)}(?![\\p{L}])`);
      const re = new RegExp([...zh, ...en].join('|'), 'u');
      const m = re.exec(scope.text);
      if (m && (!best || m.index < best.start))
        best = { start: m.index, end: m.index + m[0].length, name: place.name };
    }
    if (best) {
      const start = scope.offset + best.start;
      const end = scope.offset + best.end;
      return { value: best.name, guessed: true, from: 'text', evidence: { in: scope.in, start, end } };
    }
  }
  return undefined;
}
