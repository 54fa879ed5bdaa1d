/**
 * Participants: the officials of the gazetteer named in the headline or the opening paragraph, with their
 * title on the meeting's date, in both languages. Always guesses (a name can be mentioned without taking part).
 */

import { byCodeUnits } from '../../text/code-unit-order';
import type { Gazetteer, Official } from '../officials';
import { titleOn } from '../officials';
import type { FoundParticipant } from '../types';
import { findForm, leadScopes, openingScope, type Scope } from './lead';

function firstMention(official: Official, scope: Scope): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const form of [...official.forms.en, ...official.forms.zh]) {
    const hit = findForm(scope.text, form)[0];
    // The earliest, and at one place the longest form ("Antony J. Blinken" over "Blinken").
    if (hit && (!best || hit.start < best.start || (hit.start === best.start && hit.end > best.end)))
      best = hit;
  }
  return best;
}

function inScopes(gazetteer: Gazetteer, scopes: Scope[], date: string | undefined): FoundParticipant[] {
  const found: (FoundParticipant & { rank: number })[] = [];
  for (const official of gazetteer.officials) {
    for (const [i, scope] of scopes.entries()) {
      const hit = firstMention(official, scope);
      if (!hit) continue;
      const participant: FoundParticipant & { rank: number } = {
        side: official.side,
        name: official.name,
        title: titleOn(official, date),
        official: official.id,
        short: official.short,
        guessed: true,
        evidence: { in: scope.in, start: scope.offset + hit.start, end: scope.offset + hit.end },
        rank: i * 1_000_000 + hit.start,
      };
      if (official.issuer) participant.issuer = official.issuer;
      found.push(participant);
      break;
    }
  }
  // Chinese side first (the corpus's order), then in order of mention.
  found.sort((a, b) => byCodeUnits(a.side, b.side) || a.rank - b.rank);
  return found.map(({ rank: _rank, ...participant }) => participant);
}

export function findParticipants(
  body: string,
  gazetteer: Gazetteer,
  options: { title?: string; date?: string } = {},
): FoundParticipant[] {
  const lead = inScopes(gazetteer, leadScopes(body, options.title), options.date);
  const sides = new Set(lead.map((p) => p.side));
  if (sides.size === 2) return lead;
  // One side unnamed in the lead: look a little further for it only.
  const more = inScopes(gazetteer, [openingScope(body)], options.date).filter((p) => !sides.has(p.side));
  return [...lead, ...more].sort((a, b) => byCodeUnits(a.side, b.side));
}
