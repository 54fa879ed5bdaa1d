import type { Span } from '../compare/types';

/** Converts Simplified/Traditional text; injected so the core never loads dictionaries itself. */
export type TextConverter = (s: string) => string;

/**
 * A normalised text with an offset map back to the text as displayed. For each normalised UTF-16 unit `i`,
 * `starts[i]`..`ends[i]` is the range of original units it came from. Removed characters (zero-width marks,
 * folded whitespace) belong to no normalised unit.
 */
export interface NormalizedText {
  original: string;
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

export interface NormalizeOptions {
  /** Traditional → Simplified converter (see `loadSimplifier`); applied after the character folds. */
  toSimplified?: TextConverter;
}

/** What a character becomes: a replacement string, '' (removed), or SPACE / BREAK (whitespace). */
const SPACE = 1;
const BREAK = 2;
const FOLDS = new Map<number, string | typeof SPACE | typeof BREAK>();
for (const c of [0x20, 0x09, 0xa0, 0x3000, 0x202f, 0x205f]) FOLDS.set(c, SPACE);
for (let c = 0x2000; c <= 0x200a; c++) FOLDS.set(c, SPACE);
for (const c of [0x0a, 0x0d, 0x0b, 0x0c, 0x2028, 0x2029]) FOLDS.set(c, BREAK);
for (const c of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]) FOLDS.set(c, '');
// Full-width letters, digits and symbols fold to ASCII. Chinese prose punctuation (，；：！？（）) stays as
// written: it is the text's own style and the segmenter treats both forms alike.
const KEEP_FULL_WIDTH = new Set([...'，；：！？（）'].map((c) => c.charCodeAt(0)));
for (let c = 0xff01; c <= 0xff5e; c++)
  if (!KEEP_FULL_WIDTH.has(c)) FOLDS.set(c, String.fromCharCode(c - 0xfee0));
for (const c of '“”„‟「」『』〝〞＂') FOLDS.set(c.charCodeAt(0), '"');
for (const c of '‘’‚‛′＇') FOLDS.set(c.charCodeAt(0), "'");
for (const c of '‐‑‒–−') FOLDS.set(c.charCodeAt(0), '-');
for (const c of '・‧•∙･') FOLDS.set(c.charCodeAt(0), '·');
// A flat table of the units that fold: a Map lookup per character is most of the work on Chinese text.
const FOLDABLE = new Uint8Array(0x10000);
for (const c of FOLDS.keys()) FOLDABLE[c] = 1;

/** Builds the normalised text and its map; typed arrays sized up front keep this cheap on long texts. */
class MapBuilder {
  private parts: string[] = [];
  length = 0;
  starts: Uint32Array;
  ends: Uint32Array;
  constructor(capacity: number) {
    this.starts = new Uint32Array(Math.max(capacity, 16));
    this.ends = new Uint32Array(Math.max(capacity, 16));
  }
  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const size = Math.max(this.starts.length * 2, this.length + extra);
    const s = new Uint32Array(size);
    const e = new Uint32Array(size);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }
  /** Appends `s`, every unit of which came from original `[start, end)`. */
  push(s: string, start: number, end: number): void {
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
    this.parts.push(s);
  }
  /** Appends original[from, to) unchanged, unit by unit. */
  copy(original: string, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    for (let i = from; i < to; i++) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
      this.length++;
    }
    this.parts.push(original.slice(from, to));
  }
  finish(original: string): NormalizedText {
    let text = this.parts.join('');
    // Trailing whitespace carries no content.
    let len = this.length;
    while (len > 0 && (text.charCodeAt(len - 1) === 0x20 || text.charCodeAt(len - 1) === 0x0a)) len--;
    text = text.slice(0, len);
    return { original, text, starts: this.starts.slice(0, len), ends: this.ends.slice(0, len) };
  }
}

/**
 * Whether the space at `i` folds to itself: a single space after some text and before a character that is not
 * whitespace (most spaces of English prose). Copying it as it is gives the same text and map as folding it.
 */
function loneSpace(original: string, i: number, afterText: boolean): boolean {
  if (!afterText) return false;
  const next = original.charCodeAt(i + 1);
  if (FOLDABLE[next] !== 1) return true;
  const f = FOLDS.get(next);
  return f !== SPACE && f !== BREAK && f !== '';
}

/**
 * Character folds with an offset map: full-width forms → ASCII, curly and corner quotes → straight, dash and
 * dot variants, invisible marks removed, whitespace runs folded (a run with a blank line becomes "\n\n",
 * one with a line break "\n", any other " "); leading and trailing whitespace dropped.
 */
function foldCharacters(original: string): NormalizedText {
  const out = new MapBuilder(original.length);
  const n = original.length;
  let plainFrom = 0; // start of a run of characters copied as they are
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    const fold = FOLDABLE[code] === 1 ? FOLDS.get(code) : undefined;
    if (fold === undefined || (code === 0x20 && loneSpace(original, i, plainFrom < i || out.length > 0))) {
      i++;
      continue;
    }
    out.copy(original, plainFrom, i);
    if (fold === SPACE || fold === BREAK) {
      const runStart = i;
      let breaks = 0;
      while (i < n) {
        const c = original.charCodeAt(i);
        const f = FOLDS.get(c);
        if (c === 0x0d && original.charCodeAt(i + 1) === 0x0a) {
          breaks++;
          i += 2;
        } else if (f === BREAK) {
          breaks++;
          i++;
        } else if (f === SPACE || f === '') {
          i++;
        } else break;
      }
      if (out.length > 0) out.push(breaks >= 2 ? '\n\n' : breaks === 1 ? '\n' : ' ', runStart, i);
    } else {
      if (fold !== '') out.push(fold, i, i + 1);
      i++;
    }
    plainFrom = i;
  }
  out.copy(original, plainFrom, n);
  return out.finish(original);
}

// Conversion is done per chunk so a converter that changes length (phrase tables, astral characters) never
// shifts the map: chunks that keep their length map unit by unit, others fall back to code points.
const CHUNK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]+/gu;

function convertMapped(folded: NormalizedText, convert: TextConverter): NormalizedText {
  const src = folded.text;
  const out = new MapBuilder(src.length);
  const copy = (from: number, to: number): void => {
    for (let k = from; k < to; k++)
      out.push(src[k] as string, folded.starts[k] as number, folded.ends[k] as number);
  };
  let last = 0;
  for (const m of src.matchAll(CHUNK)) {
    const from = m.index;
    const chunk = m[0];
    copy(last, from);
    const converted = convert(chunk);
    if (converted.length === chunk.length) {
      for (let k = 0; k < chunk.length; k++) {
        out.push(converted[k] as string, folded.starts[from + k] as number, folded.ends[from + k] as number);
      }
    } else {
      let k = 0;
      for (const cp of chunk) {
        const start = folded.starts[from + k] as number;
        const end = folded.ends[from + k + cp.length - 1] ?? start;
        out.push(convert(cp), start, end);
        k += cp.length;
      }
    }
    last = from + chunk.length;
  }
  copy(last, src.length);
  return out.finish(folded.original);
}

/** Normalises `original` for matching, keeping a map from every normalised unit back to the original. */
export function normalizeText(original: string, options: NormalizeOptions = {}): NormalizedText {
  const folded = foldCharacters(original);
  return options.toSimplified ? convertMapped(folded, options.toSimplified) : folded;
}

/** Maps a normalised span `[start, end)` to the span of the original text it came from. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): Span {
  const len = norm.text.length;
  if (len === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, len));
  const e = Math.max(s, Math.min(end, len));
  if (e === s) {
    const at = s < len ? (norm.starts[s] as number) : (norm.ends[len - 1] as number);
    return { start: at, end: at };
  }
  return { start: norm.starts[s] as number, end: norm.ends[e - 1] as number };
}
