import DiffMatchPatch from 'diff-match-patch';
import type { Lang } from '../model';
import { type NormalizedText, toOriginalSpan } from '../text/normalize';
import type { DiffOp } from './types';

type RawDiff = Array<[number, string]>;

const dmp = new DiffMatchPatch();
// Per aligned pair the texts are a few sentences long; a bound keeps a pathological pair from stalling.
dmp.Diff_Timeout = 0.25;

const TOKEN = /\s+|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Maps each distinct token to one BMP character (skipping surrogates) so diff-match-patch diffs words. */
function encodeTokens(x: string, y: string): { cx: string; cy: string; table: string[] } {
  const table: string[] = [];
  const codes = new Map<string, string>();
  const encode = (s: string): string => {
    let out = '';
    for (const tok of s.match(TOKEN) ?? []) {
      let c = codes.get(tok);
      if (c === undefined) {
        let code = table.length + 0x100;
        if (code >= 0xd800) code += 0x800;
        c = String.fromCharCode(code);
        codes.set(tok, c);
        table.push(tok);
      }
      out += c;
    }
    return out;
  };
  return { cx: encode(x), cy: encode(y), table };
}

/**
 * Diffs two same-language strings with diff-match-patch and semantic clean-up: by words for English (so an
 * edit reads "stressed → underscored", not letter soup), by characters for Chinese (which has no spaces).
 */
export function diffTexts(x: string, y: string, lang: Lang): RawDiff {
  // Most pairs of two versions of one readout are unchanged.
  if (x === y) return x === '' ? [] : [[0, x]];
  if (lang === 'zh') {
    const diffs = dmp.diff_main(x, y, false) as RawDiff;
    dmp.diff_cleanupSemantic(diffs);
    return diffs.map(([op, text]) => [op, text]);
  }
  const { cx, cy, table } = encodeTokens(x, y);
  const diffs = dmp.diff_main(cx, cy, false) as RawDiff;
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => {
    let s = '';
    for (let k = 0; k < text.length; k++) {
      let code = text.charCodeAt(k);
      if (code >= 0xe000) code -= 0x800;
      s += table[code - 0x100] ?? '';
    }
    return [op, s];
  });
}

/**
 * Diffs one aligned row: normalised ranges `[aStart, aEnd)` of side a and `[bStart, bEnd)` of side b.
 * Operations carry the original (displayed) text and spans, so a Traditional or full-width text still shows
 * exactly what the reader pasted.
 */
export function diffRange(
  na: NormalizedText,
  aRange: [number, number],
  nb: NormalizedText,
  bRange: [number, number],
  lang: Lang,
): DiffOp[] {
  const raw = diffTexts(na.text.slice(aRange[0], aRange[1]), nb.text.slice(bRange[0], bRange[1]), lang);
  const ops: DiffOp[] = [];
  let pa = aRange[0];
  let pb = bRange[0];
  for (const [op, text] of raw) {
    const len = text.length;
    if (len === 0) continue;
    if (op === 0) {
      const a = toOriginalSpan(na, pa, pa + len);
      const b = toOriginalSpan(nb, pb, pb + len);
      ops.push({ op: 'equal', text: na.original.slice(a.start, a.end), a, b });
      pa += len;
      pb += len;
    } else if (op < 0) {
      const a = toOriginalSpan(na, pa, pa + len);
      ops.push({ op: 'delete', text: na.original.slice(a.start, a.end), a });
      pa += len;
    } else {
      const b = toOriginalSpan(nb, pb, pb + len);
      ops.push({ op: 'insert', text: nb.original.slice(b.start, b.end), b });
      pb += len;
    }
  }
  return ops;
}
