/*
 * A fast path for Intl.Segmenter's sentence breaks on plain text. ICU costs most of segmentation on long
 * readouts, yet on the characters readouts are made of (ideographs, ASCII, common CJK punctuation) the
 * Unicode sentence-break rules (UAX #29) are short enough to run directly. The classes below are what ICU
 * assigns (checked character by character, and against ICU on random strings in the tests); any other
 * character sends the whole line to ICU.
 */

const OLETTER = 1; // ideographs
const UPPER = 2;
const LOWER = 3;
const NUMERIC = 4;
const OTHER = 5; // symbols that never take part in a rule
const SP = 6;
const STERM = 7; // 。！？!?
const ATERM = 8; // "."
const SCONTINUE = 9; // ，、；：,;:-—–
const CLOSE = 10; // quotes and brackets

const CLASS = new Uint8Array(0x10000);
const range = (from: number, to: number, cls: number) => CLASS.fill(cls, from, to + 1);
const mark = (chars: string, cls: number) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = cls;
};
range(0x3400, 0x4dbf, OLETTER);
range(0x4e00, 0x9fff, OLETTER);
range(0x41, 0x5a, UPPER);
range(0x61, 0x7a, LOWER);
range(0x30, 0x39, NUMERIC);
mark('·…～~%／/+*=&#@$％＿_|<>', OTHER);
mark(' ', SP);
mark('。！？!?', STERM);
mark('.', ATERM);
mark('，、；：,;:-—–', SCONTINUE);
mark('"\'（）()《》〈〉「」『』【】[]{}“”‘’«»', CLOSE);

/** Whether a lowercase letter comes before any other letter or full stop from `from` on (null: unknown character). */
function lowerFollows(text: string, from: number): boolean | null {
  // UAX #29 SB8: after ".", a lowercase letter reached past digits, symbols, quotes and commas continues.
  for (let k = from; k < text.length; k++) {
    const cls = CLASS[text.charCodeAt(k)];
    if (cls === 0) return null;
    if (cls === LOWER) return true;
    if (cls === OLETTER || cls === UPPER || cls === STERM || cls === ATERM) return false;
  }
  return false;
}

/**
 * Sentence ends (exclusive offsets, the last one `text.length`) exactly as Intl.Segmenter would give them,
 * or null when the text has a character this fast path does not know (then ask ICU). `text` is one line.
 */
export function plainSentenceEnds(text: string): number[] | null {
  const n = text.length;
  const cls = (k: number) => CLASS[text.charCodeAt(k)] as number;
  const ends: number[] = [];
  let i = 0;
  scan: while (i < n) {
    const c = cls(i);
    if (c === 0) return null;
    i++;
    if (c !== STERM && c !== ATERM) continue;
    // `i` is just after a full stop. Decide whether a sentence ends after it (and its closing marks).
    for (;;) {
      const term = cls(i - 1);
      if (term === ATERM && i < n) {
        const next = cls(i);
        // SB6 "3.5", SB7 "U.S": no break inside.
        if (next === NUMERIC) continue scan;
        if (next === UPPER && i >= 2 && (cls(i - 2) === UPPER || cls(i - 2) === LOWER)) continue scan;
      }
      // SB9, SB10: closing marks, then spaces, stay with the sentence.
      let j = i;
      while (j < n && cls(j) === CLOSE) j++;
      while (j < n && cls(j) === SP) j++;
      if (j >= n) {
        i = j;
        continue scan;
      }
      const next = cls(j);
      if (next === 0) return null;
      if (term === ATERM) {
        const lower = lowerFollows(text, j);
        if (lower === null) return null;
        if (lower) {
          i = j;
          continue scan;
        }
      }
      // SB8a: a comma-like mark continues the sentence; another full stop starts the same check again.
      if (next === SCONTINUE) {
        i = j;
        continue scan;
      }
      if (next === STERM || next === ATERM) {
        i = j + 1;
        continue;
      }
      // SB11: anything else starts a new sentence.
      ends.push(j);
      i = j;
      continue scan;
    }
  }
  if (n > 0) ends.push(n);
  return ends;
}
