import type { Lang } from '../model';
import { plainSentenceEnds } from './sentence-breaks';

/** A sentence as offsets into the text that was segmented (the normalised text), plus its paragraph. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

// A line that starts a list item: bullets, "1." / "1)" / "1、", "一、" / "（一）", "a)".
const LIST_ITEM =
  /^(?:[-*+•·]\s|\d{1,2}[.)、]\s*|[（(]?[一二三四五六七八九十]{1,3}[）)、]|[（(]\d{1,2}[）)]|[a-z][.)]\s)/;
const HEADING = /^#{1,6}\s/;
// Markdown markers that are layout, not sentence content: "# ", "- ", "* ", "> ".
const LEADING_MARKUP = /^(?:#{1,6}\s+|[-*+•·]\s+|>\s*)/;
const LINE_END_TERMINAL = /[。！？!?.:：；;"')）\]]$/;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

const TITLE_ABBREV = new Set(
  'Mr Mrs Ms Dr Gen Adm Lt Col Maj Capt Cmdr Sgt Sen Rep Gov Amb Prof Rev Hon Messrs Mt Ft Sec Asst Dep Dept vs cf Cf e.g i.e'.split(
    ' ',
  ),
);
const NUMBER_ABBREV = new Set(['No', 'Nos', 'Art', 'Para', 'Fig', 'Vol', 'Sec', 'p', 'pp']);
const CONDITIONAL_ABBREV = new Set(
  'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Co Corp Ltd Jr Sr St etc approx'.split(' '),
);
// Words that usually open a new English sentence; after "U.S." they mean the abbreviation ended it.
const STARTERS = new Set(
  (
    'The This That These Those They Their There He She His Her It Its We Our I In On At As After Before During ' +
    'Both Each Also However Meanwhile Today A An And But For With While When According Following Separately'
  ).split(' '),
);

const SPACE_CHAR = /\s/;

/** The last run of non-space characters, without opening brackets and quotes (a scan: `/(\S+)\s*$/` is quadratic). */
function lastToken(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE_CHAR.test(s.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !SPACE_CHAR.test(s.charAt(start - 1))) start--;
  return s.slice(start, end).replace(/^[("'[]+/, '');
}

function firstWord(s: string): string {
  const m = /^\s*["'(]*(\S+)/.exec(s);
  return m ? (m[1] as string) : '';
}

function continuesAfterAbbrev(next: string): boolean {
  const w = firstWord(next);
  if (w === '') return false;
  if (/^[\p{Ll}\p{N}]/u.test(w)) return true;
  return !STARTERS.has(w.replace(/[^\p{L}]+$/u, ''));
}

/** Whether ICU's break after `cur` is a false sentence end caused by an abbreviation. */
function isFalseBreak(cur: string, next: string): boolean {
  // Only a token ending in "." can be an abbreviation: most breaks (every Chinese one) stop here.
  let end = cur.length;
  while (end > 0 && SPACE_CHAR.test(cur.charAt(end - 1))) end--;
  if (cur.charAt(end - 1) !== '.') return false;
  const token = lastToken(cur);
  const word = token.slice(0, -1);
  if (TITLE_ABBREV.has(word)) return true;
  if (NUMBER_ABBREV.has(word)) return /^\s*\d/.test(next);
  if (CONDITIONAL_ABBREV.has(word)) return continuesAfterAbbrev(next);
  // Initialisms (U.S., P.R.C., D.C., a.m.) and single initials (Daniel J. Kritenbrink).
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return continuesAfterAbbrev(next);
  return false;
}

interface Unit {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * Splits text into units that the sentence segmenter sees whole: soft-wrapped English lines join, list items
 * and headings stand alone; paragraphs change at blank lines, headings, and line breaks after a full stop.
 * Chinese is not hard-wrapped in practice, so there every line break ends a unit (and, outside lists, a
 * paragraph).
 */
function splitUnits(text: string, lang: Lang): Unit[] {
  const units: Unit[] = [];
  let paragraph = -1;
  let pos = 0;
  let prevLine = '';
  let prevBlank = true;
  let prevHeading = false;
  let current: Unit | null = null;
  for (const line of text.split('\n')) {
    const start = pos;
    const end = pos + line.length;
    pos = end + 1;
    if (line.trim() === '') {
      prevBlank = true;
      current = null;
      continue;
    }
    const heading = HEADING.test(line);
    const listItem = !heading && LIST_ITEM.test(line);
    const afterStop = lang === 'zh' || LINE_END_TERMINAL.test(prevLine);
    const newParagraph = prevBlank || heading || prevHeading || (!listItem && afterStop);
    if (newParagraph) paragraph++;
    if (current && !newParagraph && !listItem && lang === 'en') {
      current.end = end; // soft wrap: the line continues the sentence
    } else {
      current = { start, end, paragraph };
      units.push(current);
    }
    prevLine = line.trimEnd();
    prevBlank = false;
    prevHeading = heading;
  }
  return units;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  const marker = LEADING_MARKUP.exec(text.slice(s, e));
  if (marker) s += marker[0].length;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  return [s, e];
}

const CLAUSE_SPLIT_MIN_SENTENCE = 60;
const CLAUSE_MIN = 12;

/**
 * Chinese readouts chain parallel statements with ；(一是……；二是……; 中方在台湾问题上……；美方应……), and
 * ICU never breaks there. A long ；-chain is split so each statement (often a topic of its own) gets its own
 * row in the alignment and its own share; a short chain, or a clause too short to stand alone, stays joined
 * because it is one thought.
 */
function splitClauses(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= CLAUSE_SPLIT_MIN_SENTENCE) return [[start, end]];
  const pieces: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if ((ch === '；' || ch === ';') && i + 1 < end) {
      pieces.push([from, i + 1]);
      from = i + 1;
    }
  }
  pieces.push([from, end]);
  const merged: Array<[number, number]> = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && (p[1] - p[0] < CLAUSE_MIN || last[1] - last[0] < CLAUSE_MIN)) last[1] = p[1];
    else merged.push([p[0], p[1]]);
  }
  return merged.map(([s, e]) => trimSpan(text, s, e));
}

/** Splits a (normalised) text into sentences with Intl.Segmenter plus the fixes it needs for readouts. */
export function segmentSentences(text: string, lang: Lang): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const unit of splitUnits(text, lang)) {
    // Soft line breaks become spaces (same length) so ICU does not end a sentence at each one.
    const unitText = text.slice(unit.start, unit.end).replace(/\n/g, ' ');
    const raw: Array<[number, number]> = [];
    // Lines of plain characters take the fast path, with ICU's own results; anything else goes to ICU.
    const ends = plainSentenceEnds(unitText);
    if (ends) {
      let from = unit.start;
      for (const end of ends) {
        raw.push([from, unit.start + end]);
        from = unit.start + end;
      }
    } else {
      for (const seg of segmenterFor(lang).segment(unitText)) {
        raw.push([unit.start + seg.index, unit.start + seg.index + seg.segment.length]);
      }
    }
    const merged: Array<[number, number]> = [];
    for (const seg of raw) {
      const last = merged[merged.length - 1];
      const segText = text.slice(seg[0], seg[1]);
      if (last) {
        const lastText = text.slice(last[0], last[1]);
        // A bare list number ("1. ") or an abbreviation's false stop belongs with what follows.
        if (isFalseBreak(lastText, segText) || /^\s*\d{1,2}[.)]\s*$/.test(lastText)) {
          last[1] = seg[1];
          continue;
        }
      }
      merged.push([seg[0], seg[1]]);
    }
    for (const [s0, e0] of merged) {
      const [s, e] = trimSpan(text, s0, e0);
      if (e <= s || !HAS_CONTENT.test(text.slice(s, e))) continue;
      const pieces = lang === 'zh' ? splitClauses(text, s, e) : [[s, e] as [number, number]];
      for (const [ps, pe] of pieces) {
        if (pe > ps) out.push({ start: ps, end: pe, paragraph: unit.paragraph });
      }
    }
  }
  return out;
}
