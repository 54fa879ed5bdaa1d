import type { Lang } from '../model';

/**
 * The lexicon's pattern syntax (documented for users in readouts/README-lexicon.md and at the top of
 * readouts/topics.yaml), turned into regular-expression source. Pure: no `yaml`, no `zod`.
 *
 * - Plain text matches literally. English: case-insensitive, whole words only, a space matches any run of
 *   spaces or hyphens, a hyphen is optional ("cross-Strait" = "cross Strait" = "crossStrait"), an apostrophe
 *   is optional, and the last word may take a plural or possessive ending (s, es, 's, ').
 * - `*` at the end of an English word: every word ending ("discuss*" = discuss, discussed, discussing…).
 * - ` ... ` (or `…`): a short gap inside one clause (English: up to 4 words; Chinese: up to 12 characters
 *   that are not sentence or clause ends).
 * - `=` prefix (English): match case exactly ("=AI" matches "AI", not "ai").
 * - `/regex/`: a JavaScript regular expression (flag u; English also i and whole-word boundaries).
 */

/** Regex source of one pattern and whether it must be matched case-sensitively. */
export interface PatternSource {
  source: string;
  caseSensitive: boolean;
}

/** Thrown for a pattern that cannot be compiled; callers add the file and field path. */
export class PatternSyntaxError extends Error {
  override readonly name = 'PatternSyntaxError';
}

// Word characters of English text as explicit ranges (ASCII and Latin accents): V8 compiles Unicode property
// classes such as \p{L} slowly under the i flag, and the lexicon has hundreds of patterns.
const WORD = 'A-Za-z0-9\\u00C0-\\u024F';
export const WORD_BEFORE = `(?<![${WORD}])`;
const WORD_AFTER = `(?![${WORD}])`;
const EN_GAP = `(?:[\\s,\\-]+(?:U\\.S\\.|[${WORD}']+)){0,4}[\\s,\\-]+`;
const ZH_GAP = '[^。！？；;!?\\n]{0,12}?';
const EN_SUFFIX = "(?:'s|s'|es|s|')?";
const GAP_SPLIT = /\s*(?:\.\.\.|…)\s*/u;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function englishLiteral(segment: string): string {
  let out = '';
  let i = 0;
  while (i < segment.length) {
    const ch = segment.charAt(i);
    if (/\s/.test(ch)) {
      while (i < segment.length && /\s/.test(segment.charAt(i))) i++;
      out += '[\\s\\-]+';
      continue;
    }
    if (ch === '-') out += '[\\s\\-]?';
    else if (ch === '*') out += `[${WORD}]*`;
    else if (ch === "'") out += "'?";
    else out += escapeChar(ch);
    i++;
  }
  return out;
}

function chineseLiteral(segment: string): string {
  let out = '';
  for (const ch of segment) {
    if (ch === '*') throw new PatternSyntaxError('"*" is for English words; use "..." for a gap in Chinese');
    out += /\s/.test(ch) ? '\\s*' : escapeChar(ch);
  }
  return out.replace(/(?:\\s\*)+/g, '\\s*');
}

function plainSource(body: string, lang: Lang): string {
  const segments = body.split(GAP_SPLIT);
  if (segments.some((s) => s.length === 0)) {
    throw new PatternSyntaxError('a gap "..." needs text on both sides');
  }
  if (lang === 'zh') {
    const inner = segments.map(chineseLiteral).join(ZH_GAP);
    // Latin words inside Chinese text (AI, MMCA) still need whole-word edges.
    const before = /^[A-Za-z]/.test(body) ? '(?<![A-Za-z])' : '';
    const after = /[A-Za-z]$/.test(body) ? '(?![A-Za-z])' : '';
    return `${before}${inner}${after}`;
  }
  const inner = segments.map(englishLiteral).join(EN_GAP);
  const suffix = /[A-Za-z\u00C0-\u024F]$/.test(body) ? EN_SUFFIX : '';
  return `${WORD_BEFORE}${inner}${suffix}${WORD_AFTER}`;
}

/**
 * Translate one lexicon pattern into regex source; throws PatternSyntaxError for malformed syntax. Cheap: it
 * does not compile the result (the browser translates every pattern on load; `checkPattern` validates at build).
 */
export function patternToSource(pattern: string, lang: Lang): PatternSource {
  let body = pattern.trim();
  if (body.length === 0) throw new PatternSyntaxError('empty pattern');
  let caseSensitive = false;
  if (body.startsWith('=')) {
    if (lang === 'zh') throw new PatternSyntaxError('"=" (exact case) is for English patterns');
    caseSensitive = true;
    body = body.slice(1).trim();
    if (body.length === 0) throw new PatternSyntaxError('empty pattern after "="');
  }
  if (body.length >= 2 && body.startsWith('/') && body.endsWith('/')) {
    const regex = body.slice(1, -1);
    const source = lang === 'en' ? `${WORD_BEFORE}(?:${regex})${WORD_AFTER}` : `(?:${regex})`;
    return { source, caseSensitive };
  }
  return { source: plainSource(body, lang), caseSensitive };
}

/** Full validation of one pattern (syntax, regular expression, no empty match); throws PatternSyntaxError. */
export function checkPattern(pattern: string, lang: Lang): PatternSource {
  const result = patternToSource(pattern, lang);
  const body = pattern.trim().replace(/^=\s*/, '');
  if (body.length >= 2 && body.startsWith('/') && body.endsWith('/')) {
    try {
      new RegExp(body.slice(1, -1), 'u');
    } catch (error) {
      throw new PatternSyntaxError(`invalid regular expression ${body}: ${(error as Error).message}`);
    }
  }
  if (new RegExp(`^(?:${result.source})$`, 'u').test('')) {
    throw new PatternSyntaxError('pattern matches the empty string');
  }
  return result;
}
