/**
 * Where a readout states its facts: the headline and the opening paragraph ("On January 10, Secretary
 * Blinken spoke with …", "2024年1月10日，王毅应约同…通电话"). Mentions further down (the leaders' earlier
 * summit, a third country) are not about this meeting, so the finders look here first.
 */
import type { Evidence } from '../types';

export interface Scope {
  in: Evidence['in'];
  text: string;
  /** Offset of `text` within the title or the body. */
  offset: number;
}

const LEAD_MAX = 600;

/** The title (if any), then the body's first paragraph (at most LEAD_MAX characters). */
export function leadScopes(body: string, title?: string): Scope[] {
  const scopes: Scope[] = [];
  if (title) scopes.push({ in: 'title', text: title, offset: 0 });
  const end = body.indexOf('\n\n');
  scopes.push({
    in: 'body',
    text: body.slice(0, Math.min(end < 0 ? body.length : end, LEAD_MAX)),
    offset: 0,
  });
  return scopes;
}

/** The opening of the body beyond its first paragraph, for when the lead names nothing. */
export function openingScope(body: string, length = 1500): Scope {
  return { in: 'body', text: body.slice(0, length), offset: 0 };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HAN = /\p{Script=Han}/u;

/** A two-character name's last character and the next one forming a common word: 李强调 is not 李强. */
const NOT_A_NAME_END = new Set([
  '强调',
  '强化',
  '正式',
  '正常',
  '正确',
  '正在',
  '正是',
  '正义',
  '刚刚',
  '刚才',
  '军事',
  '军队',
  '军方',
  '毅然',
  '纲要',
]);

/**
 * Every occurrence of `form` in `text`: Latin forms as whole words (case-sensitive), Chinese forms as
 * substrings, except a two-character name whose last character begins a common word with the next one.
 */
export function findForm(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (HAN.test(form)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const next = text[at + form.length] ?? '';
      if (form.length === 2 && NOT_A_NAME_END.has(`${form[1]}${next}`)) continue;
      out.push({ start: at, end: at + form.length });
    }
    return out;
  }
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
